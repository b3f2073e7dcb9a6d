package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.occupation.CvTitles.Phrase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CvTitlesTest {

    private static Map<String, Double> phrases(String cv) {
        return CvTitles.extract(cv).stream().collect(Collectors.toMap(Phrase::text, Phrase::weight));
    }

    @Test
    void theTitleOfADatedLineIsItsFirstPartAndTheLatestJobWeighsMost() {
        Map<String, Double> p = phrases("""
            Erhvervserfaring
            2019 – nu       Sygeplejerske, Akutmodtagelsen, Holbæk Sygehus
            jan. 2012 - 2016  Butiksassistent, Føtex Holbæk
            """);
        assertThat(p).containsKeys("sygeplejerske", "butiksassistent", "akutmodtagelsen")
            .doesNotContainKeys("jan", "nu");
        assertThat(p.get("sygeplejerske")).isEqualTo(1.0);
        // A closed range before an open one is a former job: at most half.
        assertThat(p.get("butiksassistent")).isLessThanOrEqualTo(0.5);
        // The employer, second on the line, counts less than the title.
        assertThat(p.get("akutmodtagelsen")).isLessThan(p.get("sygeplejerske"));
    }

    @Test
    void framedTitlesInSentencesAreCutAtTheirPlaceAndCountOnceEachTime() {
        Map<String, Double> p = phrases("""
            CV
            Jeg er uddannet sygeplejerske fra Professionshøjskolen Absalon i 2014 og har arbejdet som sygeplejerske
            på medicinsk afdeling på Roskilde Sygehus i otte år. Tidligere arbejdede jeg som tømrer i Køge.
            I am a qualified social worker and worked as a carpenter at Smith Ltd.
            """);
        assertThat(p).containsKeys("sygeplejerske", "tømrer", "social worker", "carpenter")
            .doesNotContainKeys("cv", "uddannet sygeplejerske");
        // Named twice, and the past-tense sentence about the former job counts half.
        assertThat(p.get("sygeplejerske")).isGreaterThan(1.0);
        assertThat(p.get("tømrer")).isEqualTo(0.5);
    }

    @Test
    void theHeadlineIsTheFirstBlockAndASectionHeadingIsNot() {
        assertThat(phrases("Mette Hansen\nSocial- og sundhedsassistent\nTlf. 12 34 56 78\n\nProfil\nJeg er glad.\n"))
            .containsKeys("mette hansen", "social og sundhedsassistent").doesNotContainKeys("profil", "tlf");
        assertThat(phrases("Curriculum vitae\n\nWork experience\nCarpenter, 12 years.\n")).isEmpty();
        assertThat(phrases("Elektrikeruddannelsen, Syddansk Erhvervsskole, 2005-2009")).containsKey("elektriker");
    }

    @Test
    void aLineOfDatesAloneDatesTheLineAfterIt() {
        // Real CVs (and PDF tables read cell by cell) put the dates on a line of their own, the job on the next.
        Map<String, Double> p = phrases("""
            Ahmed Karimi

            Erfaring
            08/2020 - nu
            SOSU-assistent, Medicinsk afdeling, Regionshospitalet Horsens
            2014 - 2016
            Lagermedarbejder, Bilka Horsens
            """);
        assertThat(p.get("sosu assistent")).isEqualTo(1.0);
        assertThat(p.get("lagermedarbejder")).isLessThanOrEqualTo(0.5);
        // A dated line keeps its own date, and the date is not carried past it.
        assertThat(phrases("2019 - nu\n2010 - 2012 Tømrer, Jensen ApS\nElektriker, Bravida\n"))
            .containsKey("tømrer").doesNotContainKey("elektriker");
    }

    @Test
    void aHeadlineJoiningNameAndTitleGivesTheTitleOnItsOwn() {
        assertThat(phrases("Jonas Frederiksen | IT-supporter\nValby\n\nProfil\n"))
            .containsEntry("it supporter", 1.0).doesNotContainKey("jonas frederiksen it supporter");
        assertThat(phrases("Lærer – Anne Holst\n\nAnsættelser\n")).containsEntry("lærer", 1.0);
        // With a phone number beside it, the title still counts; the number does not.
        assertThat(phrases("Tømrer · Svend siden 2012 · 30 87 14 22\n\nErfaring\n")).containsKey("tømrer")
            .doesNotContainKey("30 87 14 22");
        // A comma is not a headline separator: it joins a title's parts ("Postdoctoral researcher, molecular biology").
        assertThat(phrases("Postdoctoral researcher, molecular biology\n\nPositions\n"))
            .containsKey("postdoctoral researcher molecular biology");
    }

    @Test
    void oneWordJoinedByAndToALongerTitleIsPartOfIt() {
        Map<String, Double> p = phrases("2021 – present   Social and Health Care Helper, Home Care, Randers\n");
        assertThat(p).containsKey("social and health care helper").doesNotContainKey("social");
        // Two titles joined by "and"/"og" are still cut at it: the first is the title.
        assertThat(phrases("2019 – nu  Sygeplejerske og kvalitetskoordinator, Roskilde Sygehus\n"))
            .containsKey("sygeplejerske");
        assertThat(phrases("2019 – present  Nurse and midwife, Roskilde Hospital\n")).containsKey("nurse");
    }

    @Test
    void noTextGivesNoPhrases() {
        assertThat(CvTitles.extract("")).isEmpty();
        assertThat(CvTitles.extract(null)).isEmpty();
        assertThat(CvTitles.extract("2019 2020 2021")).isEqualTo(List.of());
    }
}
