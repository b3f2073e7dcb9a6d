package dk.rekrut.matching.alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.IscoGroup;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Skill;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    private static final Esco ESCO = Esco.shipped();
    private static final Alternatives ALTERNATIVES = new Alternatives(ESCO);

    private static Occupation nurse() {
        return ESCO.occupations().stream().filter(o -> o.labelDa().equals("sygeplejerske")).findFirst().orElseThrow();
    }

    private static Set<String> essentialLabels(String uri) {
        Set<String> labels = new HashSet<>();
        ESCO.essentialSkills(uri).forEach(id -> labels.add(ESCO.skill(id).orElseThrow().label()));
        return labels;
    }

    @Test
    void aNursesAlternativesAreOutsideIsco2221RankedByTheSkillsTheyShare() {
        Occupation nurse = nurse();
        List<Alternative> alternatives = ALTERNATIVES.forOccupations(List.of(nurse.uri()), List.of(), Lang.DA, 10);

        assertThat(alternatives).hasSize(10).allSatisfy(a -> {
            assertThat(a.isco()).isNotEqualTo("2221").hasSize(4);
            assertThat(a.uri()).isNotEqualTo(nurse.uri());
            assertThat(a.sharedSkills()).isNotEmpty();
            // Shared and missing together are exactly the alternative's essential skills, each on one side.
            assertThat(new HashSet<>(a.sharedSkills())).doesNotContainAnyElementsOf(a.missingSkills());
            Set<String> both = new HashSet<>(a.sharedSkills());
            both.addAll(a.missingSkills());
            assertThat(both).isEqualTo(essentialLabels(a.uri()));
            // What carries over is what the nurse has: the nurse's own essential skills.
            assertThat(essentialLabels(nurse.uri())).containsAll(a.sharedSkills());
            assertThat(a.label()).isEqualTo(ESCO.occupation(a.uri()).orElseThrow().label(Lang.DA));
        });
        assertThat(alternatives).extracting(Alternative::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(alternatives.get(0).score()).isGreaterThan(alternatives.get(9).score());
    }

    @Test
    void skillsFromTheCvAddToWhatCarriesOver() {
        Occupation nurse = nurse();
        Alternative first = ALTERNATIVES.forOccupations(List.of(nurse.uri()), List.of(), Lang.EN, 1).get(0);
        List<String> missingIds = ESCO.essentialSkills(first.uri()).stream()
            .filter(id -> !ESCO.essentialSkills(nurse.uri()).contains(id)).toList();
        assertThat(missingIds).isNotEmpty();

        List<Alternative> withCv = ALTERNATIVES.forOccupations(List.of(nurse.uri()), missingIds, Lang.EN, 3000);
        Alternative same = withCv.stream().filter(a -> a.uri().equals(first.uri())).findFirst().orElseThrow();
        assertThat(same.missingSkills()).isEmpty();
        assertThat(same.score()).isGreaterThan(first.score());
        // With skill coverage alone, an alternative whose every essential skill the citizen has scores 1.
        Alternative alone = new Alternatives(ESCO, Alternatives.Weights.SKILLS_ONLY)
            .forOccupations(List.of(nurse.uri()), missingIds, Lang.EN, 3000).stream()
            .filter(a -> a.uri().equals(first.uri())).findFirst().orElseThrow();
        assertThat(alone.score()).isEqualTo(1.0);
    }

    /**
     * Two alternatives cover the citizen's skills equally; the one in the citizen's own ISCO-3 minor group, and the
     * one whose ISCO-4 group holds more occupations the citizen covers, rank first.
     */
    @Test
    void theNearerGroupAndTheBetterCoveredGroupRankFirstAtEqualCoverage() {
        var own = occupation("own", "1111", "a", "b");
        var near = occupation("near", "1112", "a", "x1");
        var far = occupation("far", "5555", "a", "x2");
        var broad = occupation("broad", "6666", "b", "x3");
        var broadSibling = occupation("broadSibling", "6666", "b", "x4");
        var apart = occupation("apart", "7777", "b", "x5");
        var all = List.of(own, near, far, broad, broadSibling, apart);
        Esco esco = esco(all, List.of());
        var weights = new Alternatives.Weights(0.2, 0.1, 1, 2, 0);

        List<String> a = new Alternatives(esco, weights).forOccupations(List.of(own.occupation().uri()), List.of(),
            Lang.EN, 10).stream().map(Alternative::uri).toList();

        assertThat(a.indexOf(near.occupation().uri())).isLessThan(a.indexOf(far.occupation().uri()));
        assertThat(a.indexOf(broad.occupation().uri())).isLessThan(a.indexOf(apart.occupation().uri()));
        // Skill coverage alone ties each pair; ties go by URI.
        List<String> alone = new Alternatives(esco, Alternatives.Weights.SKILLS_ONLY)
            .forOccupations(List.of(own.occupation().uri()), List.of(), Lang.EN, 10).stream().map(Alternative::uri).toList();
        assertThat(alone.indexOf("urn:far")).isLessThan(alone.indexOf("urn:near"));
        assertThat(alone.indexOf("urn:apart")).isLessThan(alone.indexOf("urn:broad"));
    }

    @Test
    void aCapPerGroupSpreadsTheListOverGroupsAndFillsItWithTheRest() {
        var own = occupation("own", "1111", "a");
        var fixtures = new java.util.ArrayList<>(List.of(own));
        for (int i = 0; i < 4; i++) {
            fixtures.add(occupation("big" + i, "5555", "a"));
        }
        fixtures.add(occupation("other", "6666", "a", "x"));
        Esco esco = esco(fixtures, List.of());

        List<String> capped = new Alternatives(esco, new Alternatives.Weights(0, 0, 0, 1, 2))
            .forOccupations(List.of("urn:own"), List.of(), Lang.EN, 5).stream().map(Alternative::isco).toList();
        List<String> uncapped = new Alternatives(esco, Alternatives.Weights.SKILLS_ONLY)
            .forOccupations(List.of("urn:own"), List.of(), Lang.EN, 5).stream().map(Alternative::isco).toList();

        assertThat(uncapped).containsExactly("5555", "5555", "5555", "5555", "6666");
        assertThat(capped).containsExactly("5555", "5555", "6666", "5555", "5555");
    }

    /**
     * Two alternatives in other groups cover the citizen's skills equally. The citizen's own group also holds a
     * sibling occupation; the alternative that is its twin (by skills, or by its Danish name) ranks first with the
     * twin signal on, and second (ties by URI) with it off.
     */
    @Test
    void theTwinOfAnOccupationOfTheCitizensGroupRanksFirstAtEqualCoverage() {
        var own = named("own", "1111", "ekspedient", "a", "b");
        var sibling = named("sibling", "1111", "lagerarbejder", "a", "t1", "t2");
        var twin = named("twin", "5555", "lagermedarbejder", "a", "t1", "t2", "x");
        var plain = named("plain", "6666", "kok", "a", "y1", "y2", "x2");
        var apart = named("apart", "7777", "", "y1", "y2");
        var all = List.of(own, sibling, twin, plain, apart);
        Esco esco = esco(all, List.of());
        var alternatives = new Alternatives(esco, Alternatives.Weights.SKILLS_ONLY);

        assertThat(uris(alternatives, "urn:own")).containsExactly("urn:plain", "urn:twin");
        assertThat(uris(alternatives.with(new Alternatives.Weights(0, 0, 0, 1, 0, 1, 0)), "urn:own"))
            .containsExactly("urn:twin", "urn:plain");
        assertThat(uris(alternatives.with(new Alternatives.Weights(0, 0, 0, 1, 0, 0, 1)), "urn:own"))
            .containsExactly("urn:twin", "urn:plain");
    }

    /**
     * Three alternatives in other groups cover the citizen's skills equally. ISCO's description of the citizen's group
     * names one of them as related, and another group's description names the citizen's: with the cross-reference
     * weight on, both rank before the third; off, ties go by URI. A number that is no unit group (a year) or the
     * group's own code relates nothing.
     */
    @Test
    void groupsThatIscoNamesAsRelatedEitherWayRankFirstAtEqualCoverage() {
        var own = occupation("own", "1111", "a", "b");
        var plain = occupation("a-plain", "7777", "a", "x1");
        var named = occupation("b-named", "5555", "a", "x2");
        var naming = occupation("c-naming", "6666", "a", "x3");
        var all = List.of(own, plain, named, naming);
        List<IscoGroup> groups = List.of(
            new IscoGroup("1111", 4, "own", "", "111",
                "Own work, classified as 1111 since 2008. Some related occupations classified elsewhere: - Named - 5555"),
            new IscoGroup("5555", 4, "named", "", "555", ""),
            new IscoGroup("6666", 4, "naming", "", "666", "Notes: supervisors are classified in Unit Group 1111."),
            new IscoGroup("7777", 4, "plain", "", "777", "Not to be confused with 2008 or 9999."));
        Esco esco = esco(all, groups);
        var alternatives = new Alternatives(esco, Alternatives.Weights.SKILLS_ONLY);

        assertThat(uris(alternatives, "urn:own")).containsExactly("urn:a-plain", "urn:b-named", "urn:c-naming");
        assertThat(uris(alternatives.with(new Alternatives.Weights(0, 0, 0, 1, 0, 0, 0, 0.25)), "urn:own"))
            .containsExactly("urn:b-named", "urn:c-naming", "urn:a-plain");
    }

    private static List<String> uris(Alternatives alternatives, String uri) {
        return alternatives.forOccupations(List.of(uri), List.of(), Lang.EN, 10).stream()
            .map(Alternative::uri).toList();
    }

    private record Fixture(Occupation occupation, List<String> skills) {
    }

    /** Reference data of these occupations, their skills (essential) and these ISCO groups. */
    private static Esco esco(List<Fixture> all, List<IscoGroup> groups) {
        return new Esco(all.stream().map(Fixture::occupation).toList(), groups,
            all.stream().flatMap(f -> f.skills().stream()).distinct()
                .map(id -> new Skill(id, id, "", "", List.of(), 0, 0)).toList(),
            all.stream().collect(Collectors.toMap(f -> f.occupation().uri(), Fixture::skills)),
            Map.of(), Map.of(), List.of());
    }

    private static Fixture occupation(String name, String isco, String... skills) {
        return named(name, isco, "", skills);
    }

    private static Fixture named(String name, String isco, String danish, String... skills) {
        return new Fixture(new Occupation("urn:" + name, "", isco, name, List.of(), List.of(), "", danish, List.of()),
            List.of(skills));
    }

    @Test
    void anUnknownOccupationIsRefused() {
        assertThatThrownBy(() -> ALTERNATIVES.forOccupations(List.of("http://example.org/no-such"), List.of(), Lang.EN, 5))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://example.org/no-such");
    }
}
