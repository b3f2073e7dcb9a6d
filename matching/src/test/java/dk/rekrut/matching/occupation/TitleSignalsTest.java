package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The title signals that read a title's structure: posting noise and head nouns. */
class TitleSignalsTest {

    private static final Esco ESCO = Esco.shipped();
    private static final Occupation[] OCCUPATIONS = ESCO.occupations().toArray(Occupation[]::new);
    private static final Heads HEADS = new Heads(OCCUPATIONS,
        new Compounds(ESCO.occupations().stream().flatMap(o -> o.labels(Lang.DA).stream()).toList()));

    @Test
    void postingNoiseLeavesTheTitle() {
        assertThat(Titles.clean("Senior Sales Executive (m/w/d) - Urgent")).isEqualTo("Sales Executive -");
        assertThat(Titles.clean("Lagermedarbejder søges, fuldtid")).isEqualTo("Lagermedarbejder ,");
        assertThat(Titles.clean("SAP Consultant II, ref 1433113")).isEqualTo("SAP Consultant ,");
        assertThat(Titles.clean("Sygeplejerske m/k")).isEqualTo("Sygeplejerske");
        // Words that name the work stay, and a title of noise only is kept whole.
        assertThat(Titles.clean("Lektor i jura")).isEqualTo("Lektor i jura");
        assertThat(Titles.clean("Senior")).isEqualTo("Senior");
    }

    @Test
    void theHeadIsTheLastWordTheCompoundsHeadOrTheWordBeforeItsComplement() {
        assertThat(HEADS.of("marketing executive", false)).containsExactly("en:execut");
        assertThat(HEADS.of("manager of a hotel", false)).contains("en:manag");
        assertThat(HEADS.of("lektor i jura", true)).contains("da:lektor");
        assertThat(HEADS.of("lagerarbejder", true)).containsAll(HEADS.of("arbejder", true));
        assertThat(HEADS.ofTitle("Lektor, samfundsvidenskab", List.of())).contains("da:lektor");
    }

    @Test
    void aTitleSharesItsHeadWithTheOccupationsWhoseLabelsEndInIt() {
        Set<String> heads = HEADS.ofTitle("Senior Software Developer", List.of());
        assertThat(HEADS.shares(heads, index("ICT project manager"))).isFalse();
        assertThat(HEADS.shares(heads, index("software developer"))).isTrue();
        assertThat(HEADS.shares(HEADS.ofTitle("Havnearbejder", List.of()), index("warehouse worker"))).isTrue();
        assertThat(HEADS.shares(HEADS.ofTitle("Havnearbejder", List.of()), index("nurse responsible for general care")))
            .isFalse();
    }

    private static int index(String labelEn) {
        for (int i = 0; i < OCCUPATIONS.length; i++) {
            if (OCCUPATIONS[i].labelEn().equals(labelEn)) {
                return i;
            }
        }
        throw new AssertionError("no occupation " + labelEn);
    }
}
