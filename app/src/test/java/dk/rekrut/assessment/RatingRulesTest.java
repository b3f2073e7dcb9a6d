package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 21: who sees the others' ratings and the averages of the scorecard, without a server. */
class RatingRulesTest {

    @Test
    void whoSeesTheOthersRatingsAndAverages() {
        // HR and the chair always; a member when ratings are not hidden, or once they have rated; support never.
        assertThat(Assessments.seesOthers(true, false, false, false)).isTrue();
        assertThat(Assessments.seesOthers(false, true, true, false)).isFalse();
        assertThat(Assessments.seesOthers(false, true, true, true)).isTrue();
        assertThat(Assessments.seesOthers(false, true, false, false)).isTrue();
        assertThat(Assessments.seesOthers(false, false, false, false)).isFalse();
    }
}
