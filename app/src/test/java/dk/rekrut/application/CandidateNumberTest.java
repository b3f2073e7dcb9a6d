package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateNumberTest {

    @Test
    void fourDigitsForTwoRoundsThenOneDigitMoreEveryTwoRoundsUpToNine() {
        assertThat(CandidateNumbers.smallestCandidateNumber(0)).isEqualTo(1_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(1)).isEqualTo(1_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(2)).isEqualTo(10_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(3)).isEqualTo(10_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(4)).isEqualTo(100_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(10)).isEqualTo(100_000_000);
        assertThat(CandidateNumbers.smallestCandidateNumber(1_000)).isEqualTo(100_000_000);
        // The largest number drawn (from + 9 × from - 1) still fits an int and the column (VARCHAR(20) with "K-").
        assertThat(10L * CandidateNumbers.smallestCandidateNumber(1_000) - 1).isLessThan(Integer.MAX_VALUE);
    }
}
