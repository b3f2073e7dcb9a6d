package dk.rekrut.assessment.board;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;

/**
 * The pipeline board's rules, pure so they are tested without a server. The board adds no status rules of its own:
 * a move is what {@link ApplicationStatus} lets staff set, except that rejection always goes with its letter (the
 * board's reject action), never as a bare move.
 */
public final class BoardRules {

    /** Key answers on a card: enough to tell candidates apart at a glance, few enough to keep cards small. */
    static final int KEY_ANSWERS = 2;

    private BoardRules() {
    }

    /** One column per status, in the order a recruitment runs. */
    static List<ApplicationStatus> columns() {
        return List.of(ApplicationStatus.values());
    }

    /**
     * Where staff may move a candidate who stands at {@code from}: none once the applicant withdrew, and hired only
     * from offered (the offer letter comes first; a move to hired from earlier leads to the offer's confirmation).
     */
    static List<ApplicationStatus> targets(ApplicationStatus from) {
        if (from == ApplicationStatus.WITHDRAWN) {
            return List.of();
        }
        return Arrays.stream(ApplicationStatus.values())
            .filter(s -> s != from && s.settableByStaff() && s != ApplicationStatus.REJECTED)
            .filter(s -> s != ApplicationStatus.HIRED || from.mayBeHired()).toList();
    }

    /** Every status a move may lead to (a column's bulk move offers these). */
    static List<ApplicationStatus> moveTargets() {
        return Arrays.stream(ApplicationStatus.values())
            .filter(s -> s.settableByStaff() && s != ApplicationStatus.REJECTED).toList();
    }

    static boolean mayMove(ApplicationStatus from, ApplicationStatus to) {
        return to != null && targets(from).contains(to);
    }

    /** A candidate may be rejected from the board unless they already have an outcome (hired, rejected, withdrawn). */
    static boolean mayReject(ApplicationStatus from) {
        return !from.isFinal();
    }

    /**
     * The questions whose answers a card shows: the first yes/no and single-choice questions (short answers, the
     * knock-out kind). Free text is never on a card: it is long and it is what can name a person.
     */
    static List<ScreeningQuestion> keyQuestions(List<ScreeningQuestion> asked) {
        return asked.stream().filter(q -> q.kind() == QuestionKind.YES_NO || q.kind() == QuestionKind.SINGLE_CHOICE)
            .limit(KEY_ANSWERS).toList();
    }

    /** The questions a knock-out filter can ask for: "must answer yes" needs a yes/no question. */
    public static List<ScreeningQuestion> knockOutQuestions(List<ScreeningQuestion> asked) {
        return asked.stream().filter(q -> q.kind() == QuestionKind.YES_NO).toList();
    }

    /**
     * Whether a candidate's answers (in words, by question id) pass the knock-out filter: every question in
     * {@code mustBeYes} answered with {@code yes} (the same word the answers are given in). No filter passes all.
     */
    public static boolean passes(Map<UUID, String> answers, Set<UUID> mustBeYes, String yes) {
        return mustBeYes.stream().allMatch(q -> yes.equals(answers.get(q)));
    }
}
