package dk.rekrut.matching.esco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscoTest {

    private final Esco esco = Esco.shipped();

    @Test
    void theShippedSubsetHasTheOccupationsGroupsSkillsAndLinks() {
        assertThat(esco.occupations()).hasSize(3039);
        assertThat(esco.occupations().stream().filter(o -> !o.labelDa().isEmpty())).hasSize(2937);
        assertThat(esco.iscoGroups()).hasSize(619);
        assertThat(esco.skills()).hasSize(13492);
        long links = esco.occupations().stream()
            .mapToLong(o -> esco.essentialSkills(o.uri()).size() + esco.optionalSkills(o.uri()).size()).sum();
        assertThat(links).isEqualTo(129_004);
    }

    @Test
    void aNurseIsInIscoGroup2221WithDanishLabelsAndEssentialSkills() {
        Occupation nurse = esco.occupations().stream().filter(o -> o.labelDa().equals("sygeplejerske")).findFirst()
            .orElseThrow();
        assertThat(nurse.isco()).isEqualTo("2221");
        assertThat(nurse.label(Lang.DA)).isEqualTo("sygeplejerske");
        assertThat(esco.essentialSkills(nurse.uri())).isNotEmpty()
            .allSatisfy(id -> assertThat(esco.skill(id)).isPresent());
        assertThat(esco.iscoGroup("2221").orElseThrow().level()).isEqualTo(4);
    }

    @Test
    void starCodesMapToEscoOccupations() {
        // The first code in sorted order: the set's own order changes from run to run, and a few codes map to an ISCO
        // group (C2635) or to an occupation ESCO 1.2 no longer has, which this test does not ask about.
        String code = esco.starCodes().stream().sorted().findFirst().orElseThrow();
        assertThat(esco.star(code)).isNotEmpty()
            .allSatisfy(m -> assertThat(esco.occupation(m.escoUri())).isPresent());
        assertThat(esco.star("http://data.europa.eu/esco/concept/danish-occupations/" + code)).isEqualTo(esco.star(code));
        assertThat(esco.star("no-such-code")).isEmpty();
    }
}
