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
        // ESCO lists it among the Danish names of two occupations (early years teacher, child day care worker): one of
        // them must come first; which one the data cannot say.
        assertThat(first("pædagogmedhjælper", Lang.DA).labels(Lang.DA)).contains("pædagogmedhjælper");
    }

    private static List<String> top3(String text) {
        return ENGINE.rank(text, Lang.DA, 3).stream().map(r -> r.occupation().labelEn()).toList();
    }

    @Test
    void inflectedCompoundAndTraineeVariantsFindTheOccupationAmongTheFirstThree() {
        assertThat(top3("sygeplejersker")).contains("nurse responsible for general care");
        assertThat(top3("lagermedarbejdere")).contains("warehouse worker");
        assertThat(top3("buschaufførelev")).contains("bus driver");
        assertThat(Titles.withTrades("Optikerelev")).isEqualTo("Optikerelev Optiker");
        assertThat(Titles.withTrades("Flymekanikerlærling")).isEqualTo("Flymekanikerlærling Flymekaniker");
        assertThat(Titles.withTrades("Elev")).isEqualTo("Elev");
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
        assertThat(first("Accountant", Lang.EN).labelEn()).isEqualTo("accountant");
        assertThat(first("Accountant", Lang.DA).labelEn()).isEqualTo("accountant");
    }

    @Test
    void aCvIsRankedByWhatItDescribes() {
        String cv = """
            Curriculum vitae
            Work experience: shop assistant, 3 years.
            Since then I have written Java and SQL for web applications: I design software architecture, develop
            automated software tests, debug software, use an integrated development environment and version
            control with Git, and interpret technical requirements with the customers.
            """;
        // The former job does not lead: the skills do (ISCO 251x, software and applications developers).
        assertThat(first(cv, Lang.EN).isco()).startsWith("251");
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
    void theNgramSimilarityToThePreferredLabelCountsThePreferredLabelOnly() {
        var c = ENGINE.candidates("lagerarbejder", Lang.DA);
        int preferred = Fusion.Feature.GRAM_PREFERRED.ordinal();
        int any = Fusion.Feature.GRAM_SIMILARITY.ordinal();
        boolean seen = false;
        for (int i = 0; i < c.occupations().size(); i++) {
            float[] f = c.features().get(i);
            assertThat(f[preferred]).isLessThanOrEqualTo(f[any]);
            if (c.occupations().get(i).labelDa().equals("lagerarbejder")) {
                assertThat(f[preferred]).isEqualTo(1f);
                seen = true;
            } else if (!c.occupations().get(i).labels(Lang.DA).contains("lagerarbejder")) {
                assertThat(f[preferred]).isLessThan(1f);
            }
        }
        assertThat(seen).isTrue();
    }

    @Test
    void aPartOfTheTitleThatIsAnOccupationsMainNameMarksItAsPreferred() {
        assertPreferredPart("Sales Assistant - Penang", Lang.EN, "sales assistant");
        // A trainee's trade: "Automekanikerlærling" names the trade automekaniker.
        assertPreferredPart("Automekanikerlærling", Lang.DA, "automekaniker");
    }

    private static void assertPreferredPart(String title, Lang lang, String label) {
        var c = ENGINE.candidates(title, lang);
        int preferred = Fusion.Feature.PREFERRED.ordinal();
        boolean seen = false;
        for (int i = 0; i < c.occupations().size(); i++) {
            var o = c.occupations().get(i);
            boolean main = o.labelEn().equalsIgnoreCase(label) || o.labelDa().equalsIgnoreCase(label);
            assertThat(c.features().get(i)[preferred]).as(o.labelEn()).isEqualTo(main ? 0.9f : 0f);
            seen |= main;
        }
        assertThat(seen).as(title).isTrue();
    }

    @Test
    void shippedWeightsCoverEverySignal() {
        Fusion f = Fusion.shipped();
        assertThat(f.title()).hasSize(Fusion.SIZE);
        assertThat(f.longText()).hasSize(Fusion.SIZE);
    }
}
