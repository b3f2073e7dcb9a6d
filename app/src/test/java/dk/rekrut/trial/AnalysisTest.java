package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static Analysis.FollowUp f(Arm arm, int days, boolean event) {
        LocalDate on = LocalDate.of(2026, 1, 1);
        return new Analysis.FollowUp(arm, on, on.plusMonths(6), true, event ? on.plusDays(days) : null, false, false,
            days, event);
    }

    /** The textbook example: times 6, 6, 6, 6+, 7, 9+, 10, 10+, ... worked by hand. */
    @Test
    void kaplanMeierByHand() {
        List<Analysis.FollowUp> arm = List.of(f(Arm.TOOL, 2, true), f(Arm.TOOL, 3, false), f(Arm.TOOL, 4, true),
            f(Arm.TOOL, 4, true), f(Arm.TOOL, 5, false), f(Arm.TOOL, 8, true));
        // t=2: 6 at risk, 1 event -> 5/6; t=4: 4 at risk (3+ censored), 2 events -> 5/6 * 2/4 = 5/12;
        // t=8: 1 at risk, 1 event -> 0.
        assertThat(Analysis.survival(arm, 1)).isEqualTo(1.0);
        assertThat(Analysis.survival(arm, 3)).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(Analysis.survival(arm, 7)).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(Analysis.survival(arm, 8)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void theMedianAndTheMonthlySharesAreSuppressedWithFewEvents() {
        List<Analysis.FollowUp> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(f(Arm.TOOL, 10 + i, i < 12));
            all.add(f(Arm.USUAL_PRACTICE, 10 + i, i < 3));
        }
        var medians = Analysis.medians(all);
        assertThat(medians.get(0).suppressed()).isFalse();
        assertThat(medians.get(0).days()).isEqualTo(19); // the 10th of 20 events-first subjects: S(19) = 10/20
        assertThat(medians.get(1).suppressed()).isTrue();
        var month1 = Analysis.months(all, 6).getFirst();
        assertThat(month1.shareTool()).isCloseTo(12 / 20.0, within(1e-12));
        assertThat(month1.shareUsual()).isNull();
    }

    @Test
    void intentionToTreatCountsEveryCompletedSubjectInItsArmAndSuppressesSmallCells() {
        List<Analysis.FollowUp> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(f(Arm.TOOL, 20, i < 30));
            all.add(f(Arm.USUAL_PRACTICE, 20, i < 20));
        }
        var itt = Analysis.itt(all);
        assertThat(itt.suppressed()).isFalse();
        assertThat(itt.difference().estimate()).isCloseTo(30 / 40.0 - 20 / 40.0, within(1e-12));
        all.removeIf(x -> x.arm() == Arm.USUAL_PRACTICE);
        for (int i = 0; i < 40; i++) {
            all.add(f(Arm.USUAL_PRACTICE, 20, i < 38)); // 2 not employed: a small cell
        }
        assertThat(Analysis.itt(all).suppressed()).isTrue();
    }
}
