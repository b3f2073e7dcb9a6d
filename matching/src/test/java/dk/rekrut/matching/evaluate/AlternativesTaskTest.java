package dk.rekrut.matching.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Skill;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativesTaskTest {

    private static Occupation occupation(String name, String isco) {
        return new Occupation("urn:" + name, "", isco, name, List.of(), List.of(), "", "", List.of());
    }

    private static Skill skill(String id) {
        return new Skill(id, "skill " + id, "", "", List.of(), 0, 0);
    }

    /**
     * A STAR concept joins the nurse's group (1111) with the care assistant's (2222). Ten decoys in groups of their
     * own share one common skill with the nurse; the care assistant shares one rare skill. Ours ranks the care
     * assistant first for the nurse; the raw count ties all eleven at one shared skill and, ordering ties by URI, puts
     * the ten decoys ("urn:a...") first. Only the nurse and the care assistant are queries (the decoys have no family).
     */
    private static Esco fixture() {
        var nurse = occupation("nurse", "1111");
        var care = occupation("care", "2222");
        var occupations = new java.util.ArrayList<>(List.of(nurse, care));
        var skills = new java.util.ArrayList<>(List.of(skill("rare"), skill("common"), skill("lift")));
        var essential = new java.util.HashMap<String, List<String>>(Map.of(
            nurse.uri(), List.of("rare", "common"),
            care.uri(), List.of("rare", "lift")));
        for (int i = 0; i < 10; i++) {
            var decoy = occupation("a" + i, "90" + i + "0");
            occupations.add(decoy);
            skills.add(skill("own" + i));
            essential.put(decoy.uri(), List.of("common", "own" + i));
        }
        return new Esco(occupations, List.of(), skills, essential, Map.of(), Map.of(),
            List.of(new Esco.StarMapping("1111.1", "Sygeplejerske", nurse.uri(), "exactMatch"),
                new Esco.StarMapping("1111.1", "Sygeplejerske", care.uri(), "closeMatch")));
    }

    @Test
    void familiesJoinTheGroupsOneStarConceptMapsTo() {
        assertThat(AlternativesTask.families(fixture()))
            .isEqualTo(Map.of("1111", java.util.Set.of("2222"), "2222", java.util.Set.of("1111")));
    }

    @Test
    void measuresOursTheBaselineAndChanceOnTheFixture() throws Exception {
        List<Measure> measures = new AlternativesTask(o -> true).run(fixture(), Path.of("unused"));
        assertThat(measures).extracting(Measure::metric).containsExactly("P@10", "P@10 skill coverage alone",
            "P@10 baseline (raw shared-skill count)", "P@10 chance (random ranking)");
        assertThat(measures).allSatisfy(m -> assertThat(m.n()).isEqualTo(2));
        // Both queries find their one related occupation in the first ten: 1/10 each.
        assertThat(measures.get(0).value()).isCloseTo(0.1, within(1e-9));
        assertThat(measures.get(1).value()).isCloseTo(0.1, within(1e-9));
        // The baseline finds it for the care assistant only (the nurse's first ten are the decoys).
        assertThat(measures.get(2).value()).isCloseTo(0.05, within(1e-9));
        // One related occupation among the eleven in other groups.
        assertThat(measures.get(3).value()).isCloseTo(1.0 / 11, within(1e-9));
        assertThat(measures.get(0).target()).isEqualTo(0.30);
        assertThat(measures.get(0).met()).isFalse();
    }

    @Test
    void theDefaultTaskReportsOnlyTheQueriesOfTheReportGroups() throws Exception {
        // 1111 and 2222 fall in different halves by their ISCO-4 group: each half has one query.
        assertThat(OccupationQuery.Half.of("1111")).isNotEqualTo(OccupationQuery.Half.of("2222"));
        assertThat(new AlternativesTask().run(fixture(), Path.of("unused"))).allSatisfy(m -> assertThat(m.n()).isEqualTo(1));
    }

    @Test
    void precisionCountsRelevantGroupsAmongTheFirstTenAndGapsAsWrong() {
        assertThat(AlternativesTask.precision(List.of("a", "b", "a"), java.util.Set.of("a"))).isEqualTo(0.2);
        assertThat(AlternativesTask.precision(List.of("a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a"),
            java.util.Set.of("a"))).isEqualTo(1.0);
    }
}
