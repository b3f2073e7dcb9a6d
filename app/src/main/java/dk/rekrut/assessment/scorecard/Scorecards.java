package dk.rekrut.assessment.scorecard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.application.Applications;
import dk.rekrut.assessment.scorecard.Scorecard.Criterion;
import dk.rekrut.assessment.scorecard.Scorecard.CriterionRating;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard: each member who rates scores every success criterion of the job profile on the case's scale, with
 * an optional note, beside the overall rating. Same rights as the overall rating; the averages per criterion are
 * shown to whoever sees the others' overall ratings.
 */
@Service
public class Scorecards {

    /** As long as the answer notes of the horizontal review. */
    static final int NOTE_LENGTH = 2000;

    private final ScorecardRepository repository;
    private final Assessments assessments;
    private final Applications applications;
    private final CaseAccess access;
    private final Clock clock;
    private final AuditLog audit;

    Scorecards(ScorecardRepository repository, Assessments assessments, Applications applications, CaseAccess access,
               Clock clock, AuditLog audit) {
        this.repository = repository;
        this.assessments = assessments;
        this.applications = applications;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** The scorecards of one candidate go with the applicant's data (see {@code RatingErasure}). */
    public void eraseFor(UUID applicationId) {
        repository.deleteFor(applicationId);
    }

    /** The reader's scorecard of each candidate; {@code averagesShown} says for whom the committee's averages show. */
    public Map<UUID, Scorecard> of(CurrentUser user, RecruitmentCase c, List<UUID> applicationIds, Predicate<UUID> averagesShown) {
        var criteria = Criterion.of(c.profile());
        var ratings = criteria.isEmpty() ? Map.<UUID, List<CriterionRating>>of()
            : repository.of(applicationIds).stream().collect(Collectors.groupingBy(CriterionRating::applicationId));
        return applicationIds.stream().distinct().collect(Collectors.toMap(id -> id,
            id -> Scorecard.of(criteria, ratings.getOrDefault(id, List.of()), user.id(), averagesShown.test(id))));
    }

    /**
     * Replaces the member's scorecard of one candidate: a score (1..the scale's maximum, or none) and a note per
     * criterion, by the criterion's key; a criterion left without both has no rating. A key that is not a criterion of
     * the profile as it is now (it was edited since the page was opened) refuses the whole card.
     */
    @Transactional
    public void save(CurrentUser user, UUID caseId, UUID applicationId, Map<String, Integer> scores, Map<String, String> notes) {
        var c = access.requireView(user, caseId);
        applications.find(applicationId).filter(a -> a.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        if (!assessments.canRate(user, c)) {
            throw new ForbiddenException("rate");
        }
        var criteria = Criterion.of(c.profile());
        if (criteria.isEmpty()) {
            throw new RuleViolation("error.scorecard.none");
        }
        var keys = criteria.stream().map(Criterion::key).toList();
        if (!keys.containsAll(scores.keySet()) || !keys.containsAll(notes.keySet())) {
            throw new RuleViolation("error.scorecard.changed");
        }
        int max = assessments.settings(caseId).scale().max();
        if (scores.values().stream().anyMatch(v -> v != null && (v < 1 || v > max))) {
            throw new RuleViolation("error.assessment.score");
        }
        if (notes.values().stream().anyMatch(v -> v != null && v.length() > NOTE_LENGTH)) {
            throw new RuleViolation("error.assessment.note");
        }
        List<ScorecardRepository.Entry> entries = new ArrayList<>();
        for (var criterion : criteria) {
            Integer score = scores.get(criterion.key());
            String note = notes.get(criterion.key()) == null || notes.get(criterion.key()).isBlank() ? null
                : notes.get(criterion.key()).strip();
            if (score != null || note != null) {
                entries.add(new ScorecardRepository.Entry(criterion, score, note));
            }
        }
        repository.replace(applicationId, user.id(), entries, Time.utc(clock.instant()));
        // Like the overall rating: who rated is logged, the scores and notes stay in the case.
        audit.record(AuditAction.RATED, "Application", applicationId,
            "scorecard, " + entries.size() + " of " + criteria.size() + " criteria, by " + user.role());
    }
}
