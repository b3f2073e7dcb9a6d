package dk.rekrut.assessment.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.assessment.Rating;
import dk.rekrut.assessment.candidates.CandidatePages;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's pipeline board: one column per status, one card per candidate, and the moves HR makes on it. What a card
 * shows is decided here, as {@link CandidatePages} decides the candidate page: a name and key answers only in an
 * ordinary case, the candidate number alone in an anonymous one (for every reader, HR included), ratings as the reader
 * may see them, and the preferential-access flag for HR and the chair only.
 */
@Component
class Board {

    /** One answer on a card. */
    record KeyAnswer(String question, String answer) {
    }

    /**
     * One candidate on the board. {@code name} is null in an anonymous case; {@code targets} are where the reader may
     * move the card (empty for readers who do not manage the case).
     */
    record Card(UUID id, String number, String name, ApplicationStatus status, List<KeyAnswer> answers, Double average,
                int ratings, boolean preferential, boolean internal, List<ApplicationStatus> targets, boolean rejectable) {

        /** How the card is named to the reader (and to a screen reader): the name with the number, or the number. */
        public String label() {
            return name == null ? number : name + " (" + number + ")";
        }
    }

    record Column(ApplicationStatus status, List<Card> cards) {
    }

    record View(RecruitmentCase c, List<Column> columns, boolean manages, int total) {

        /** Every status a card can be moved to, for the column's bulk move. */
        public List<ApplicationStatus> moveTargets() {
            return BoardRules.moveTargets();
        }
    }

    /** What a move did, for the message that announces it. */
    record Moved(String label, ApplicationStatus to) {
    }

    private final Applications applications;
    private final StatusChanges statusChanges;
    private final CandidateNames names;
    private final ScreeningQuestions questions;
    private final Redactions redactions;
    private final Assessments assessments;
    private final CaseAccess access;

    Board(Applications applications, StatusChanges statusChanges, CandidateNames names, ScreeningQuestions questions,
          Redactions redactions, Assessments assessments, CaseAccess access) {
        this.applications = applications;
        this.statusChanges = statusChanges;
        this.names = names;
        this.questions = questions;
        this.redactions = redactions;
        this.assessments = assessments;
        this.access = access;
    }

    View view(CurrentUser user, UUID caseId, Locale locale) {
        var c = access.requireView(user, caseId);
        var all = applications.forCase(caseId);
        boolean manages = access.canManage(user, c);
        var ratings = assessments.visibleRatingsForCase(user, c);
        var ranking = assessments.ranking(caseId);
        var preferential = manages || assessments.isChair(user, c) ? applications.withPreferentialAccess(caseId) : Set.<UUID>of();
        var named = names.forOverview(user, c, all);
        // An anonymous case shows numbers only: no answers either, even chosen ones, so nothing on a card tells who.
        var key = c.anonymous() ? List.<ScreeningQuestion>of() : BoardRules.keyQuestions(questions.forCase(caseId));
        var answers = key.isEmpty() ? Map.<UUID, Map<UUID, String>>of()
            : redactions.answers(user, c, all.stream().map(Application::id).toList(), key, locale);
        var byStatus = new LinkedHashMap<ApplicationStatus, List<Card>>();
        BoardRules.columns().forEach(s -> byStatus.put(s, new ArrayList<>()));
        var ordered = new ArrayList<>(all);
        // Never by submission time (the order could point to a person): by the chair's ranking, then by number.
        ordered.sort(Comparator.comparing((Application a) -> ranking.containsKey(a.id()) && ranking.get(a.id()).rank() != null
            ? ranking.get(a.id()).rank() : Integer.MAX_VALUE).thenComparing(Application::candidateNumber));
        for (var a : ordered) {
            var rs = ratings.getOrDefault(a.id(), List.of());
            var shown = answers.getOrDefault(a.id(), Map.of());
            var cardAnswers = key.stream().filter(q -> !shown.getOrDefault(q.id(), "").isBlank())
                .map(q -> new KeyAnswer(q.text(), shown.get(q.id()))).toList();
            byStatus.get(a.status()).add(new Card(a.id(), a.candidateNumber(), named.get(a.id()), a.status(), cardAnswers,
                rs.isEmpty() ? null : rs.stream().mapToInt(Rating::score).average().orElse(0), rs.size(),
                preferential.contains(a.id()), manages && Boolean.TRUE.equals(a.employedHere()),
                manages ? BoardRules.targets(a.status()) : List.of(), manages && BoardRules.mayReject(a.status())));
        }
        var columns = byStatus.entrySet().stream().map(e -> new Column(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new View(c, columns, manages, all.size());
    }

    /** Moves one candidate; only HR handling the case, only along the status rules. */
    @Transactional
    Moved move(CurrentUser user, UUID caseId, UUID applicationId, ApplicationStatus to) {
        return moveAll(user, caseId, List.of(applicationId), to).getFirst();
    }

    /**
     * Moves several candidates of one case to {@code to}, all or none: every candidate is checked before the first
     * one moves. A candidate already there stays, without a new step in the history.
     */
    @Transactional
    List<Moved> moveAll(CurrentUser user, UUID caseId, List<UUID> applicationIds, ApplicationStatus to) {
        var c = access.requireManage(user, caseId);
        if (applicationIds.isEmpty()) {
            throw new RuleViolation("error.board.none");
        }
        var chosen = onCase(caseId, applicationIds);
        for (var a : chosen) {
            if (to == ApplicationStatus.HIRED && a.status() != to && !a.status().mayBeHired()) {
                throw new RuleViolation("error.board.hire-after-offer", a.candidateNumber());
            }
            if (a.status() != to && !BoardRules.mayMove(a.status(), to)) {
                throw new RuleViolation("error.board.move", a.candidateNumber());
            }
        }
        var named = names.forOverview(user, c, chosen);
        var moved = new ArrayList<Moved>();
        for (var a : chosen) {
            statusChanges.changeStatus(user, a.id(), to);
            String name = named.get(a.id());
            moved.add(new Moved(name == null ? a.candidateNumber() : name + " (" + a.candidateNumber() + ")", to));
        }
        return moved;
    }

    /** The case's candidates among {@code applicationIds}, in the order given; an id of another case is not found. */
    List<Application> onCase(UUID caseId, List<UUID> applicationIds) {
        var out = new ArrayList<Application>();
        for (UUID id : new LinkedHashSet<>(applicationIds)) {
            out.add(applications.find(id).filter(a -> a.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("application")));
        }
        return out;
    }
}
