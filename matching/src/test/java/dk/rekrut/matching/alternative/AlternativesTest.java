package dk.rekrut.matching.alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        assertThat(same.score()).isEqualTo(1.0);
    }

    @Test
    void anUnknownOccupationIsRefused() {
        assertThatThrownBy(() -> ALTERNATIVES.forOccupations(List.of("http://example.org/no-such"), List.of(), Lang.EN, 5))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://example.org/no-such");
    }
}
