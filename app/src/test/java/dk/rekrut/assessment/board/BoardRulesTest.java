package dk.rekrut.assessment.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;
import org.junit.jupiter.api.Test;

/** The pipeline board's rules, without a server. */
class BoardRulesTest {

    @Test
    void everyStatusHasAColumnInTheOrderARecruitmentRuns() {
        assertThat(BoardRules.columns()).containsExactly(ApplicationStatus.values());
    }

    @Test
    void staffMoveAlongTheStatusRulesButNeverRejectWithoutALetterNorMoveAWithdrawnApplicant() {
        assertThat(BoardRules.mayMove(ApplicationStatus.RECEIVED, ApplicationStatus.SHORTLISTED)).isTrue();
        assertThat(BoardRules.mayMove(ApplicationStatus.SHORTLISTED, ApplicationStatus.IN_SCREENING)).isTrue();
        assertThat(BoardRules.mayMove(ApplicationStatus.REJECTED, ApplicationStatus.IN_SCREENING)).isTrue();
        assertThat(BoardRules.mayMove(ApplicationStatus.RECEIVED, ApplicationStatus.REJECTED)).isFalse();
        assertThat(BoardRules.mayMove(ApplicationStatus.RECEIVED, ApplicationStatus.WITHDRAWN)).isFalse();
        assertThat(BoardRules.mayMove(ApplicationStatus.RECEIVED, ApplicationStatus.RECEIVED)).isFalse();
        assertThat(BoardRules.mayMove(ApplicationStatus.RECEIVED, null)).isFalse();
        for (var to : ApplicationStatus.values()) {
            assertThat(BoardRules.mayMove(ApplicationStatus.WITHDRAWN, to)).as("withdrawn -> %s", to).isFalse();
        }
        assertThat(BoardRules.targets(ApplicationStatus.WITHDRAWN)).isEmpty();
        assertThat(BoardRules.targets(ApplicationStatus.INTERVIEWED)).doesNotContain(ApplicationStatus.HIRED)
            .contains(ApplicationStatus.OFFERED);
        assertThat(BoardRules.targets(ApplicationStatus.OFFERED)).contains(ApplicationStatus.HIRED);
        assertThat(BoardRules.moveTargets()).doesNotContain(ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
            .contains(ApplicationStatus.RECEIVED, ApplicationStatus.HIRED);
    }

    @Test
    void onlyCandidatesWithoutAnOutcomeCanBeRejected() {
        assertThat(BoardRules.mayReject(ApplicationStatus.INTERVIEWED)).isTrue();
        assertThat(BoardRules.mayReject(ApplicationStatus.RECEIVED)).isTrue();
        assertThat(BoardRules.mayReject(ApplicationStatus.HIRED)).isFalse();
        assertThat(BoardRules.mayReject(ApplicationStatus.REJECTED)).isFalse();
        assertThat(BoardRules.mayReject(ApplicationStatus.WITHDRAWN)).isFalse();
    }

    @Test
    void cardsShowTheFirstTwoShortAnswersAndNeverFreeText() {
        var free = question(QuestionKind.FREE_TEXT, 1);
        var yes = question(QuestionKind.YES_NO, 2);
        var multi = question(QuestionKind.MULTIPLE_CHOICE, 3);
        var single = question(QuestionKind.SINGLE_CHOICE, 4);
        var yes2 = question(QuestionKind.YES_NO, 5);
        assertThat(BoardRules.keyQuestions(List.of(free, yes, multi, single, yes2))).containsExactly(yes, single);
        assertThat(BoardRules.keyQuestions(List.of(free, multi))).isEmpty();
        assertThat(BoardRules.knockOutQuestions(List.of(free, yes, multi, single, yes2))).containsExactly(yes, yes2);
    }

    @Test
    void theKnockOutFilterPassesOnlyCandidatesWhoAnsweredYesToEveryTickedQuestion() {
        UUID licence = UUID.randomUUID();
        UUID degree = UUID.randomUUID();
        var both = Map.of(licence, "Ja", degree, "Ja");
        var one = Map.of(licence, "Ja", degree, "Nej");
        var none = Map.<UUID, String>of();
        assertThat(BoardRules.passes(both, Set.of(licence, degree), "Ja")).isTrue();
        assertThat(BoardRules.passes(one, Set.of(licence), "Ja")).isTrue();
        assertThat(BoardRules.passes(one, Set.of(licence, degree), "Ja")).isFalse();
        assertThat(BoardRules.passes(none, Set.of(licence), "Ja")).as("not answered is not yes").isFalse();
        assertThat(BoardRules.passes(none, Set.of(), "Ja")).as("no filter").isTrue();
        assertThat(BoardRules.passes(both, Set.of(licence), "Yes")).as("the answers' own language").isFalse();
    }

    private static ScreeningQuestion question(QuestionKind kind, int position) {
        return new ScreeningQuestion(UUID.randomUUID(), UUID.randomUUID(), position, kind, "Q" + position, true, null, null,
            null, List.of(), List.of());
    }
}
