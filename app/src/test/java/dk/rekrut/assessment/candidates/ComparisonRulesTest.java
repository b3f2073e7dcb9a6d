package dk.rekrut.assessment.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.ApplicationStatus;
import org.junit.jupiter.api.Test;

/** Issue 21: the comparison's choice and the candidate list's query, without a server. */
class ComparisonRulesTest {

    @Test
    void twoToFourDifferentCandidatesCanBeCompared() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        assertThat(Comparisons.comparable(null)).isFalse();
        assertThat(Comparisons.comparable(List.of(a))).isFalse();
        assertThat(Comparisons.comparable(List.of(a, a))).as("the same candidate twice is one").isFalse();
        assertThat(Comparisons.comparable(List.of(a, b))).isTrue();
        assertThat(Comparisons.comparable(List.of(a, b, UUID.randomUUID(), UUID.randomUUID()))).isTrue();
        assertThat(Comparisons.comparable(List.of(a, b, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))).isFalse();
    }

    @Test
    void theListQueryKeepsOnlyWhatDiffersFromTheDefaultListAndNeverAnUnknownOrder() {
        assertThat(new ListQuery(null, null, null).suffix()).isEmpty();
        assertThat(new ListQuery(null, "rank", Set.of()).suffix()).isEmpty();
        assertThat(new ListQuery(null, "\"><script>", null).sort()).isEqualTo("rank");
        var q = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(new ListQuery(ApplicationStatus.IN_SCREENING, "number", Set.of(q)).suffix())
            .isEqualTo("?status=IN_SCREENING&sort=number&mustBeYes=" + q);
    }
}
