package dk.rekrut.matching.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupationTasksTest {

    private static final String O = "http://data.europa.eu/esco/occupation/";
    private static final String NURSE = O + "8d3e8aaa-791b-4c75-a465-f3f827028f50";
    private static final String WAREHOUSE = O + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
    private static final String DEVELOPER = O + "f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    private static final String COOK = O + "90f75f67-495d-49fa-ab57-2f320e251d7e";
    private static final String DRIVER = O + "00cee175-1376-43fb-9f02-ba3d7a910a58";

    /** A tiny development folder in the real files' formats, with made-up titles. */
    static Path tinyData(Path dir) throws IOException {
        List<String[]> titles = List.of(new String[] {"Staff Nurse", NURSE}, new String[] {"Warehouse Assistant", WAREHOUSE},
            new String[] {"Java Software Developer", DEVELOPER}, new String[] {"Kitchen Cook", COOK},
            new String[] {"Bus Driver (Night Shift)", DRIVER}, new String[] {"Registered Nurse - ICU", NURSE},
            new String[] {"Storekeeper", WAREHOUSE}, new String[] {"Backend Developer", DEVELOPER},
            new String[] {"Chef de partie", COOK}, new String[] {"City bus driver", DRIVER});
        var en = new StringBuilder("qid\ttitle\tesco_uri\tisco4\tin_esco_1_2_0\n");
        for (int i = 0; i < titles.size(); i++) {
            en.append("T").append(i).append('\t').append(titles.get(i)[0]).append('\t').append(titles.get(i)[1])
                .append("\t0000\tyes\n");
        }
        Files.writeString(dir.resolve(OccupationSets.ENGLISH_TITLES), en);
        var star = new StringBuilder("star_concept_uri\tstar_title_da\tstar_url\tesco_uri\tesco_preferred_label_da_1_0_8\tmatch_type\n");
        List<String[]> da = List.of(new String[] {"2221.1", "Sygeplejerske", NURSE, "exactMatch"},
            new String[] {"9333.1", "Lagermedarbejder", WAREHOUSE, "closeMatch"},
            new String[] {"2512.1", "Softwareudvikler", DEVELOPER, "exactMatch"},
            new String[] {"5120.1", "Køkkenkok", COOK, "closeMatch"},
            new String[] {"8331.1", "Buschauffør", DRIVER, "exactMatch"},
            new String[] {"8331.2", "Rutebilchauffør", DRIVER, "closeMatch"},
            new String[] {"8331.3", "Chauffør", DRIVER, "broadMatch"},
            new String[] {"2221.2", "Sygeplejerske i hjemmeplejen", NURSE, "closeMatch"});
        for (String[] r : da) {
            star.append("http://data.europa.eu/esco/concept/danish-occupations/").append(r[0]).append('\t').append(r[1])
                .append("\thttp://data.star.dk/x\t").append(r[2]).append("\tx\t").append(r[3]).append('\n');
        }
        Files.writeString(dir.resolve(OccupationSets.STAR_CROSSWALK), star);
        Files.writeString(dir.resolve(SyntheticTitledCvs.KOMPETENCER), "sent_id\tsentence_da\tskill_spans\tknowledge_spans\n"
            + "s1\tDu kan samarbejde og bevare overblikket\tsamarbejde || bevare overblikket\t\n"
            + "s2\tDu har erfaring med projektledelse\terfaring med projektledelse\t\n");
        return dir;
    }

    @Test
    void everyOccupationTaskReportsEngineAndBaselineOnTheHeldHalf(@TempDir Path dir) throws Exception {
        Path data = tinyData(dir);
        Esco esco = Esco.shipped();
        for (Task task : OccupationTasks.all()) {
            List<Measure> measures = task.run(esco, data);
            assertThat(measures).as(task.name()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.value()).isBetween(0.0, 1.0);
                assertThat(m.low()).isLessThanOrEqualTo(m.value());
                assertThat(m.high()).isGreaterThanOrEqualTo(m.value());
            });
            assertThat(measures).filteredOn(m -> m.task().endsWith("BM25 baseline"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.target()).isNull());
            assertThat(measures).filteredOn(m -> m.target() != null).isNotEmpty();
        }
    }

    @Test
    void theDanishSetTakesExactAndCloseMatchesAndMarksLiteralLabels(@TempDir Path dir) throws Exception {
        List<OccupationQuery> queries = OccupationSets.danishTitles(Esco.shipped(), tinyData(dir));
        assertThat(queries).extracting(OccupationQuery::text).doesNotContain("Chauffør").contains("Sygeplejerske");
        assertThat(queries).filteredOn(q -> q.text().equals("Sygeplejerske")).singleElement()
            .satisfies(q -> assertThat(q.literal()).isTrue());
        assertThat(queries).filteredOn(q -> q.text().equals("Sygeplejerske i hjemmeplejen")).singleElement()
            .satisfies(q -> assertThat(q.literal()).isFalse());
    }

    @Test
    void theSyntheticCvsAreRepeatableNeverNameTheirOccupationAndSplitInTwo() {
        Esco esco = Esco.shipped();
        List<OccupationQuery> a = SyntheticCvs.generate(esco, 7, 200);
        List<OccupationQuery> b = SyntheticCvs.generate(esco, 7, 200);
        assertThat(a).isEqualTo(b).hasSize(200);
        for (OccupationQuery q : a) {
            String uri = q.gold().iterator().next();
            String former = q.text().split("Work experience\n")[1].split(",")[0].toLowerCase(Locale.ROOT);
            assertThat(esco.occupation(uri).orElseThrow().labels(Lang.EN)).as(q.id()).doesNotContain(former);
        }
        long tune = IntStream.range(0, a.size()).filter(i -> a.get(i).half() == OccupationQuery.Half.TUNE).count();
        assertThat(tune).isBetween(70L, 130L);
    }

    @Test
    void theTitledCvsAreRepeatableHalfDanishAndNameTheirOccupationInTheLatestLineAndAFormerOneElsewhere() {
        Esco esco = Esco.shipped();
        List<String> danishSkills = List.of("samarbejde", "bevare overblikket", "erfaring med projektledelse");
        List<OccupationQuery> a = SyntheticTitledCvs.generate(esco, danishSkills, 7, 100);
        assertThat(a).isEqualTo(SyntheticTitledCvs.generate(esco, danishSkills, 7, 100)).hasSize(100);
        assertThat(a).filteredOn(q -> q.lang() == Lang.DA).hasSize(50);
        for (OccupationQuery q : a) {
            var o = esco.occupation(q.gold().iterator().next()).orElseThrow();
            // The open range ("2019–nu", "2019 - present") is the latest job: one of the occupation's labels.
            String latest = q.text().lines().filter(l -> l.matches(".*\\d{4}\\s*[-–]\\s*\\p{L}.*")).findFirst().orElseThrow();
            String line = latest.replaceFirst("^.*?\\d{4}\\s*[-–]\\s*(?:i dag|\\S+)\\s+", "");
            String title = line.substring(0, line.lastIndexOf(", ")).toLowerCase(Locale.ROOT);
            assertThat(o.labels(q.lang()).stream().map(l -> l.toLowerCase(Locale.ROOT))).as(q.id()).contains(title);
        }
    }

    @Test
    void aMissingDevelopmentFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> OccupationTasks.englishTitles().run(Esco.shipped(), dir))
            .hasMessageContaining(OccupationSets.ENGLISH_TITLES);
    }
}
