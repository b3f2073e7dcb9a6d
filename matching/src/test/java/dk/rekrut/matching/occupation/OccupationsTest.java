package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationsTest {

    private static final Occupations ENGINE = new Occupations(Esco.shipped());

    private static Occupation first(String text, Lang lang) {
        List<RankedOccupation> ranked = ENGINE.rank(text, lang, 5);
        assertThat(ranked).as(text).isNotEmpty();
        return ranked.get(0).occupation();
    }

    @Test
    void danishCompoundsRankTheirOccupationFirst() {
        assertThat(first("sygeplejerske", Lang.DA).labelDa()).isEqualTo("sygeplejerske");
        assertThat(first("lagerarbejder", Lang.DA).labelEn()).isEqualTo("warehouse worker");
        assertThat(first("socialrådgiver", Lang.DA).labelDa()).isEqualTo("socialrådgiver");
        // Two occupations list it among their Danish names; the day-care one, not the teacher, is the helper's job.
        assertThat(first("pædagogmedhjælper", Lang.DA).isco()).isEqualTo("5311");
    }

    @Test
    void inflectedAndCompoundVariantsStillFindTheOccupation() {
        assertThat(first("sygeplejersker", Lang.DA).isco()).isEqualTo("2221");
        assertThat(first("lagermedarbejdere", Lang.DA).labelEn()).isEqualTo("warehouse worker");
    }

    @Test
    void theJobSeekersFramingIsStripped() {
        assertThat(first("Jeg søger job som sygeplejerske", Lang.DA).labelDa()).isEqualTo("sygeplejerske");
        assertThat(first("Stilling som lagerarbejder", Lang.DA).labelEn()).isEqualTo("warehouse worker");
        assertThat(first("I am looking for a job as a software developer", Lang.EN).isco()).isEqualTo("2512");
        assertThat(Titles.strip("Jeg søger job som sygeplejerske")).isEqualTo("sygeplejerske");
        assertThat(Titles.strip("Job som en pædagog")).isEqualTo("pædagog");
        assertThat(Titles.strip("job")).isEqualTo("job");
    }

    @Test
    void englishTitlesWorkWhateverLanguageTheyAreTakenFor() {
        assertThat(first("software developer", Lang.EN).labelEn()).isEqualTo("software developer");
        assertThat(first("software developer", Lang.DA).labelEn()).isEqualTo("software developer");
        assertThat(first("Senior Accountant (m/f)", Lang.EN).isco()).isEqualTo("2411");
    }

    @Test
    void aCvIsRankedByWhatItDescribes() {
        String cv = """
            Curriculum vitae
            Work experience: shop assistant, 3 years.
            I have worked on hospital wards where I administered medication, monitored patients' vital signs,
            provided nursing care to patients with chronic illness and documented the care in the patient record.
            I apply health sciences in nursing, support patients' independence and work in multidisciplinary
            health teams. I follow clinical guidelines and respond to emergency care situations.
            """;
        assertThat(first(cv, Lang.EN).isco()).isIn("2221", "3221");
    }

    @Test
    void emptyTextsGiveNothingAndTopIsRespected() {
        assertThat(ENGINE.rank("", Lang.DA, 10)).isEmpty();
        assertThat(ENGINE.rank(" ,. ", Lang.DA, 10)).isEmpty();
        assertThat(ENGINE.rank("sygeplejerske", Lang.DA, 0)).isEmpty();
        assertThat(ENGINE.rank("sygeplejerske", Lang.DA, 3)).hasSize(3);
        List<RankedOccupation> ranked = ENGINE.rank("kok", Lang.DA, 10);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
    }

    @Test
    void theBaselineIsStillThereToCompareWith() {
        OccupationRanker baseline = Occupations.baseline(Esco.shipped());
        assertThat(baseline.rank("nurse", Lang.EN, 3)).hasSize(3);
    }

    @Test
    void shippedWeightsCoverEverySignal() {
        Fusion f = Fusion.shipped();
        assertThat(f.title()).hasSize(Fusion.SIZE);
        assertThat(f.longText()).hasSize(Fusion.SIZE);
    }
}
