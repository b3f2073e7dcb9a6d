package dk.rekrut.assessment;

import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.application.Applications;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings, settings and the chair's ranking of one case. Nothing here changes a candidate's status. */
@Service
public class Assessments {

    public record Settings(RatingScale scale, boolean blindUntilRated) {
    }

    public record Ranked(UUID applicationId, Integer rank, boolean shortlisted) {
    }

    private final AssessmentRepository repository;
    private final CaseAccess access;
    private final Applications applications;
    private final Clock clock;
    private final AuditLog audit;

    Assessments(AssessmentRepository repository, CaseAccess access, Applications applications, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.access = access;
        this.applications = applications;
        this.clock = clock;
    }

    public Settings settings(UUID caseId) {
        return repository.settings(caseId).orElse(new Settings(RatingScale.ONE_TO_FIVE, true));
    }

    @Transactional
    public void saveSettings(CurrentUser user, UUID caseId, RatingScale scale, boolean blind) {
        access.requireManage(user, caseId);
        if (scale == null) {
            throw new RuleViolation("error.assessment.scale");
        }
        repository.saveSettings(caseId, scale, blind);
    }

    /** Committee members (chair included) and the hiring manager rate; HR and support do not. */
    public boolean canRate(CurrentUser user, RecruitmentCase c) {
        return c.hasMember(user.id(), TeamRole.CHAIR, TeamRole.COMMITTEE_MEMBER, TeamRole.HIRING_MANAGER);
    }

    public boolean isChair(CurrentUser user, RecruitmentCase c) {
        return c.hasMember(user.id(), TeamRole.CHAIR);
    }

    @Transactional
    public void rate(CurrentUser user, UUID applicationId, int score, String comment) {
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = access.requireView(user, a.caseId());
        if (!canRate(user, c)) {
            throw new ForbiddenException("rate");
        }
        var scale = settings(c.id()).scale();
        if (score < 1 || score > scale.max()) {
            throw new RuleViolation("error.assessment.score");
        }
        if (comment != null && comment.length() > 4000) {
            throw new RuleViolation("error.assessment.comment");
        }
        repository.saveRating(applicationId, user.id(), score, comment == null || comment.isBlank() ? null : comment.strip(),
            Time.utc(clock.instant()));
        // The score is not in the log: the log is for who did what, the rating itself is in the case.
        audit.record(AuditAction.RATED, "Application", applicationId, "by " + user.role());
    }

    /**
     * The ratings of one candidate that this user may see: all of them for HR and the chair, and for a member
     * only their own until they have rated (when the case hides ratings to avoid anchoring). Support sees none.
     */
    public List<Rating> visibleRatings(CurrentUser user, RecruitmentCase c, UUID applicationId) {
        var all = ratingsOf(List.of(applicationId)).getOrDefault(applicationId, List.of());
        return filterVisible(user, c, all);
    }

    /** All ratings of a case's candidates in one query (the list and the chair's overview). */
    public Map<UUID, List<Rating>> visibleRatingsForCase(CurrentUser user, RecruitmentCase c) {
        var all = repository.ratingsOfCase(c.id()).stream()
            .collect(Collectors.groupingBy(Rating::applicationId));
        // The case's settings and the user's rights are read once for the whole list, not once per candidate.
        boolean seesAll = access.canManage(user, c) || isChair(user, c);
        boolean rates = canRate(user, c);
        boolean blind = !seesAll && rates && settings(c.id()).blindUntilRated();
        return all.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
            e -> filterVisible(user, seesAll, rates, blind, e.getValue())));
    }

    private List<Rating> filterVisible(CurrentUser user, RecruitmentCase c, List<Rating> all) {
        boolean seesAll = access.canManage(user, c) || isChair(user, c);
        boolean rates = canRate(user, c);
        return filterVisible(user, seesAll, rates, !seesAll && rates && settings(c.id()).blindUntilRated(), all);
    }

    private static List<Rating> filterVisible(CurrentUser user, boolean seesAll, boolean rates, boolean blind, List<Rating> all) {
        boolean ratedIt = all.stream().anyMatch(r -> r.raterId().equals(user.id()));
        return seesOthers(seesAll, rates, blind, ratedIt) ? all : List.of();
    }

    /**
     * Whether this reader sees the others' ratings of a candidate they have ({@code ratedIt}) or have not given an
     * overall rating: the rule of the ratings above, which the scorecards' averages per criterion follow too.
     */
    public boolean seesOthers(CurrentUser user, RecruitmentCase c, boolean ratedIt) {
        boolean seesAll = access.canManage(user, c) || isChair(user, c);
        boolean rates = canRate(user, c);
        return seesOthers(seesAll, rates, !seesAll && rates && settings(c.id()).blindUntilRated(), ratedIt);
    }

    /** HR and the chair see all; a member sees the others' unless the case hides them until the member has rated. */
    static boolean seesOthers(boolean seesAll, boolean rates, boolean blind, boolean ratedIt) {
        return seesAll || rates && (!blind || ratedIt);
    }

    /** One member's rating of one candidate's answer to one screening question (horizontal review). */
    public record AnswerRating(UUID applicationId, UUID questionId, UUID raterId, String raterName, Integer score, String note) {
    }

    /**
     * Saves a member's ratings of every candidate's answer to one question in one go. A candidate left without
     * score and note has no rating (an earlier one is removed). Same rights and scale as the candidate rating.
     */
    @Transactional
    public void rateAnswers(CurrentUser user, UUID caseId, UUID questionId, Map<UUID, Integer> scores, Map<UUID, String> notes) {
        var c = access.requireView(user, caseId);
        if (!canRate(user, c)) {
            throw new ForbiddenException("rate");
        }
        var ids = applications.forCase(caseId).stream().map(a -> a.id()).collect(Collectors.toSet());
        if (!ids.containsAll(scores.keySet()) || !ids.containsAll(notes.keySet())) {
            throw new NotFoundException("application");
        }
        int max = settings(caseId).scale().max();
        if (scores.values().stream().anyMatch(v -> v != null && (v < 1 || v > max))) {
            throw new RuleViolation("error.assessment.score");
        }
        if (notes.values().stream().anyMatch(v -> v != null && v.length() > 2000)) {
            throw new RuleViolation("error.assessment.note");
        }
        repository.deleteAnswerRatings(questionId, user.id());
        var now = Time.utc(clock.instant());
        for (UUID id : ids) {
            Integer score = scores.get(id);
            String note = notes.get(id) == null || notes.get(id).isBlank() ? null : notes.get(id).strip();
            if (score != null || note != null) {
                repository.insertAnswerRating(id, questionId, user.id(), score, note, now);
            }
        }
    }

    /**
     * The answer ratings of one question this user may see, by candidate: the user's own, and the others' too for
     * HR and the chair, or for a member who has rated this question (when ratings are hidden until one has rated).
     */
    public Map<UUID, List<AnswerRating>> answerRatings(CurrentUser user, RecruitmentCase c, UUID questionId) {
        var all = repository.answerRatings(c.id(), questionId);
        boolean seesAll = access.canManage(user, c) || isChair(user, c);
        boolean ratedAny = all.stream().anyMatch(r -> r.raterId().equals(user.id()));
        boolean others = seesAll || canRate(user, c) && (ratedAny || !settings(c.id()).blindUntilRated());
        return all.stream().filter(r -> others || r.raterId().equals(user.id()))
            .collect(Collectors.groupingBy(AnswerRating::applicationId));
    }

    /**
     * Candidates with a declared right of preferential access who are being left out of the interviews: not on the
     * chair's shortlist and not invited (or already rejected), once a shortlist or an invitation exists. A candidate
     * with preferential access who meets the formal qualifications must be called to interview; a person decides.
     */
    public List<String> preferentialLeftOut(UUID caseId) {
        var preferential = applications.withPreferentialAccess(caseId);
        return preferential.isEmpty() ? List.of()
            : preferentialLeftOut(applications.forCase(caseId), ranking(caseId), preferential);
    }

    /** As {@link #preferentialLeftOut(UUID)}, on the candidates, ranking and declarations a page has already read. */
    public List<String> preferentialLeftOut(List<Application> all, Map<UUID, Ranked> ranking,
                                            Set<UUID> preferential) {
        if (preferential.isEmpty()) {
            return List.of();
        }
        boolean choosing = ranking.values().stream().anyMatch(Ranked::shortlisted)
            || all.stream().anyMatch(a -> a.status().isChosen());
        if (!choosing) {
            return List.of();
        }
        return all.stream().filter(a -> preferential.contains(a.id()))
            .filter(a -> a.status() != ApplicationStatus.WITHDRAWN && !a.status().isChosen())
            .filter(a -> ranking.get(a.id()) == null || !ranking.get(a.id()).shortlisted())
            .map(a -> a.candidateNumber()).sorted().toList();
    }

    /** The candidate numbers among {@code applicationIds} that have declared preferential access. */
    public List<String> preferentialAmong(UUID caseId, Collection<UUID> applicationIds) {
        var preferential = applications.withPreferentialAccess(caseId);
        return applications.forCase(caseId).stream().filter(a -> applicationIds.contains(a.id()) && preferential.contains(a.id()))
            .map(a -> a.candidateNumber()).sorted().toList();
    }

    public Map<UUID, Ranked> ranking(UUID caseId) {
        return repository.ranking(caseId).stream().collect(Collectors.toMap(Ranked::applicationId, r -> r));
    }

    /** The chair's final ranking and shortlist: a suggestion for HR, never a status change. */
    @Transactional
    public void saveRanking(CurrentUser user, UUID caseId, Map<UUID, Integer> ranks, List<UUID> shortlist) {
        saveRanking(user, caseId, ranks, shortlist, null);
    }

    /**
     * Saves the ranking and shortlist of the candidates {@code shown} on one page of the list (all candidates when
     * null); the others keep theirs. Ranks must stay distinct across the whole case.
     */
    @Transactional
    public void saveRanking(CurrentUser user, UUID caseId, Map<UUID, Integer> ranks, List<UUID> shortlist, List<UUID> shown) {
        var c = access.requireView(user, caseId);
        if (!isChair(user, c)) {
            throw new ForbiddenException("ranking");
        }
        var all = applications.forCase(caseId).stream().map(a -> a.id()).collect(Collectors.toSet());
        var ids = shown == null ? all : new HashSet<>(shown);
        if (!all.containsAll(ids) || !ids.containsAll(ranks.keySet()) || !ids.containsAll(shortlist)) {
            throw new NotFoundException("application");
        }
        var used = new ArrayList<>(ranks.values().stream().filter(r -> r != null).toList());
        ranking(caseId).values().stream().filter(r -> !ids.contains(r.applicationId()) && r.rank() != null)
            .forEach(r -> used.add(r.rank()));
        if (used.stream().anyMatch(r -> r < 1) || used.size() != used.stream().distinct().count()) {
            throw new RuleViolation("error.assessment.ranks");
        }
        if (shown == null) {
            repository.deleteRanking(caseId);
        } else {
            for (UUID id : ids) {
                repository.deleteRank(id);
            }
        }
        for (UUID id : ids) {
            Integer rank = ranks.get(id);
            boolean listed = shortlist.contains(id);
            if (rank != null || listed) {
                repository.insertRank(id, caseId, rank, listed, user.username(), Time.utc(clock.instant()));
            }
        }
        audit.record(AuditAction.RANKING_CHANGED, "Case", caseId,
            ranks.values().stream().filter(r -> r != null).count() + " ranked, " + shortlist.size() + " shortlisted");
    }

    private Map<UUID, List<Rating>> ratingsOf(List<UUID> applicationIds) {
        return repository.ratingsOf(applicationIds).stream().collect(Collectors.groupingBy(Rating::applicationId));
    }
}
