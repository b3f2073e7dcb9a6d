package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.assessment.Scorecard.Criterion;
import dk.rekrut.assessment.Scorecard.CriterionRating;
import org.junit.jupiter.api.Test;

/** Issue 21: the rules of the scorecard, the comparison's choice and the list's query, without a server. */
class ScorecardRulesTest {

    private static final UUID CANDIDATE = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID THIRD = UUID.randomUUID();

    private final Criterion speed = Criterion.of("Sagsbehandlingstiden er nede på 20 dage");
    private final Criterion budget = Criterion.of("Budgettet holdes");

    @Test
    void aCriterionIsKnownByItsTextWhateverTheCaseAndSpacing() {
        assertThat(Criterion.of("Budgettet  holdes ").key()).isEqualTo(budget.key());
        assertThat(Criterion.of("BUDGETTET HOLDES").key()).isEqualTo(budget.key());
        assertThat(Criterion.of("Budgettet holdes i 2027").key()).isNotEqualTo(budget.key());
        assertThat(budget.key()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void theAveragePerCriterionIsOverTheScoresGiven() {
        var ratings = List.of(rating(ME, speed, 4, null), rating(OTHER, speed, 3, "God plan"),
            rating(THIRD, speed, null, "Kun en note"), rating(ME, budget, 2, null));
        var averages = Scorecard.averages(List.of(speed, budget), ratings);
        assertThat(averages.get(speed.key())).isEqualTo(new Scorecard.Average(3.5, 2));
        assertThat(averages.get(budget.key())).isEqualTo(new Scorecard.Average(2.0, 1));
    }

    @Test
    void aCriterionNobodyScoredHasNoAverageAndARemovedCriterionIsLeftOut() {
        var removed = Criterion.of("Et kriterium, der er slettet fra profilen");
        var averages = Scorecard.averages(List.of(speed, budget),
            List.of(rating(ME, removed, 5, null), rating(OTHER, budget, null, "note")));
        assertThat(averages).isEmpty();
    }

    @Test
    void theReaderSeesTheirOwnCardAndTheAveragesOnlyWhenShown() {
        var ratings = List.of(rating(ME, speed, 4, "Min note"), rating(OTHER, speed, 2, "Hans note"));
        var shown = Scorecard.of(List.of(speed, budget), ratings, ME, true);
        assertThat(shown.myScore(speed.key())).isEqualTo(4);
        assertThat(shown.myNote(speed.key())).isEqualTo("Min note");
        assertThat(shown.myScore(budget.key())).isNull();
        assertThat(shown.average(speed.key())).isEqualTo(new Scorecard.Average(3.0, 2));

        var hidden = Scorecard.of(List.of(speed, budget), ratings, ME, false);
        assertThat(hidden.myScore(speed.key())).isEqualTo(4);
        assertThat(hidden.averages()).isEmpty();
        assertThat(hidden.average(speed.key())).isNull();
        // Another reader's card holds only their own: a member never reads another's note on the card.
        assertThat(Scorecard.of(List.of(speed), ratings, THIRD, true).mine()).isEmpty();
    }

    @Test
    void whoSeesTheOthersRatingsAndAverages() {
        // HR and the chair always; a member when ratings are not hidden, or once they have rated; support never.
        assertThat(Assessments.seesOthers(true, false, false, false)).isTrue();
        assertThat(Assessments.seesOthers(false, true, true, false)).isFalse();
        assertThat(Assessments.seesOthers(false, true, true, true)).isTrue();
        assertThat(Assessments.seesOthers(false, true, false, false)).isTrue();
        assertThat(Assessments.seesOthers(false, false, false, false)).isFalse();
    }

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

    private static CriterionRating rating(UUID rater, Criterion criterion, Integer score, String note) {
        return new CriterionRating(CANDIDATE, rater, criterion.key(), score, note);
    }
}
