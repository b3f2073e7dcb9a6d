package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The intervals against published values (Newcombe 1998, Statistics in Medicine 17: 857-872 and 873-890). */
class ProportionsTest {

    @Test
    void wilsonMatchesNewcombesTable() {
        var w = Proportions.wilson(81, 263, Proportions.Z95);
        assertThat(w.lower()).isCloseTo(0.2553, within(0.00005));
        assertThat(w.upper()).isCloseTo(0.3662, within(0.00005));
        var none = Proportions.wilson(0, 10, Proportions.Z95);
        assertThat(none.lower()).isEqualTo(0.0);
        assertThat(none.upper()).isCloseTo(0.2775, within(0.00005));
    }

    @Test
    void newcombeMethod10MatchesThePaper() {
        var d = Proportions.newcombe(56, 70, 48, 80, Proportions.Z95);
        assertThat(d.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(d.lower()).isCloseTo(0.0524, within(0.00005));
        assertThat(d.upper()).isCloseTo(0.3339, within(0.00005));
    }

    @Test
    void newcombeStaysInsideMinusOneToOneWhereWaldDoesNot() {
        var d = Proportions.newcombe(10, 10, 0, 10, Proportions.Z95);
        assertThat(d.estimate()).isEqualTo(1.0);
        assertThat(d.upper()).isLessThanOrEqualTo(1.0);
        assertThat(d.lower()).isGreaterThan(0.5).isLessThan(1.0);
    }

    @Test
    void theIntervalIsSymmetricWhenTheArmsAreSwapped() {
        var a = Proportions.newcombe(30, 100, 45, 90, Proportions.Z95);
        var b = Proportions.newcombe(45, 90, 30, 100, Proportions.Z95);
        assertThat(a.lower()).isCloseTo(-b.upper(), within(1e-12));
        assertThat(a.upper()).isCloseTo(-b.lower(), within(1e-12));
    }
}
