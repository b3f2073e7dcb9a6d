package dk.rekrut.assessment.shortlist;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortlisting in one flow: HR sees the chair's shortlist and with one confirmation moves every candidate on it who
 * is still being screened to "Udvalgt" (through {@link StatusChanges}, so each change records who made it), and in an
 * anonymous case may re-identify them in the same step (through {@link ApplicantViews#reidentify}, audited).
 */
@Service
class Shortlisting {

    /** A candidate on the chair's shortlist; {@code moves}: confirming sets "Udvalgt" (still in screening). */
    record Line(UUID id, String label, Integer rank, ApplicationStatus status, boolean moves, boolean reidentified) {
    }

    record View(RecruitmentCase c, List<Line> lines) {

        public long moving() {
            return lines.stream().filter(Line::moves).count();
        }

        /** Re-identification is offered in an anonymous case for candidates not yet re-identified and not rejected. */
        public boolean offersReidentification() {
            return c.anonymous() && lines.stream().anyMatch(l -> !l.reidentified() && (l.moves() || l.status().isChosen()));
        }
    }

    record Confirmed(int moved, int reidentified) {
    }

    private final CaseAccess access;
    private final Assessments assessments;
    private final Applications applications;
    private final CandidateNames names;
    private final StatusChanges statusChanges;
    private final ApplicantViews applicants;

    Shortlisting(CaseAccess access, Assessments assessments, Applications applications, CandidateNames names,
                 StatusChanges statusChanges, ApplicantViews applicants) {
        this.access = access;
        this.assessments = assessments;
        this.applications = applications;
        this.names = names;
        this.statusChanges = statusChanges;
        this.applicants = applicants;
    }

    /** The chair's shortlist as HR handling the case sees it, in the chair's order. */
    View view(CurrentUser user, UUID caseId) {
        var c = access.requireManage(user, caseId);
        var ranking = assessments.ranking(caseId);
        List<Application> listed = applications.forCase(caseId).stream()
            .filter(a -> ranking.containsKey(a.id()) && ranking.get(a.id()).shortlisted())
            .sorted(Comparator.comparing((Application a) -> ranking.get(a.id()).rank(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Application::candidateNumber))
            .toList();
        Map<UUID, String> named = c.anonymous() ? Map.of() : names.forOverview(user, c, listed);
        return new View(c, listed.stream().map(a -> new Line(a.id(),
            named.containsKey(a.id()) ? named.get(a.id()) + " (" + a.candidateNumber() + ")" : a.candidateNumber(),
            ranking.get(a.id()).rank(), a.status(), moves(a.status()),
            c.anonymous() && applicants.reidentified(a.id()))).toList());
    }

    /**
     * Confirms the shortlist HR was shown ({@code seen}: refused if the chair has changed it since), in one
     * transaction: all move, and with {@code reidentify} in an anonymous case all chosen ones are re-identified.
     */
    @Transactional
    Confirmed confirm(CurrentUser user, UUID caseId, List<UUID> seen, boolean reidentify) {
        var view = view(user, caseId);
        if (view.lines().isEmpty()) {
            throw new RuleViolation("error.shortlist.empty");
        }
        if (seen == null || !new HashSet<>(seen).equals(new HashSet<>(view.lines().stream().map(Line::id).toList()))) {
            throw new RuleViolation("error.shortlist.changed");
        }
        int moved = 0;
        int reidentified = 0;
        for (var line : view.lines()) {
            if (line.moves()) {
                statusChanges.changeStatus(user, line.id(), ApplicationStatus.SHORTLISTED);
                moved++;
            }
            boolean chosen = line.moves() || line.status().isChosen();
            if (reidentify && view.c().anonymous() && chosen && !line.reidentified()) {
                applicants.reidentify(user, line.id());
                reidentified++;
            }
        }
        return new Confirmed(moved, reidentified);
    }

    private static boolean moves(ApplicationStatus s) {
        return s == ApplicationStatus.RECEIVED || s == ApplicationStatus.IN_SCREENING;
    }
}
