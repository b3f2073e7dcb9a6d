package dk.rekrut.assessment.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import dk.rekrut.assessment.scorecard.Scorecard.Criterion;
import dk.rekrut.assessment.scorecard.Scorecard.CriterionRating;
import org.junit.jupiter.api.Test;

/** Issue 21: the rules of the scorecard, without a server (the comparison's choice and the list's query are in
 * {@code ComparisonRulesTest}, who sees the others' ratings in {@code RatingRulesTest}). */
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

    private static CriterionRating rating(UUID rater, Criterion criterion, Integer score, String note) {
        return new CriterionRating(CANDIDATE, rater, criterion.key(), score, note);
    }
}
