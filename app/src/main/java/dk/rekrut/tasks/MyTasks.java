package dk.rekrut.tasks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.interview.Interviews;
import dk.rekrut.interview.References;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.CaseStatus;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.tasks.TaskRepository.CaseCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a user. The cases come from {@link Cases#list} (the access policy decides per case), each kind's
 * rules from the module that enforces them (who rates, who invites, who takes references), and each kind is one
 * aggregate query over those cases' ids on indexed columns ({@code case_id}). Only published cases count: a closed
 * case has its outcomes.
 */
@Service("myTasks")
public class MyTasks {

    /** How long before a talent pool member's consent runs out that HR is asked to act. */
    static final Duration CONSENT_WARNING = Duration.ofDays(30);

    private final Cases cases;
    private final CaseAccess access;
    private final Assessments assessments;
    private final Interviews interviews;
    private final References references;
    private final TaskRepository repository;
    private final Clock clock;

    MyTasks(Cases cases, CaseAccess access, Assessments assessments, Interviews interviews, References references,
            TaskRepository repository, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.assessments = assessments;
        this.interviews = interviews;
        this.references = references;
        this.repository = repository;
        this.clock = clock;
    }

    /** Everything waiting for the user, oldest first. */
    @Transactional(readOnly = true)
    public List<Task> forUser(CurrentUser user) {
        if (user == null || !user.role().worksOnCases()) {
            return List.of();
        }
        // HR with unit-wide rights answers for the unit's cases; everyone else for the cases they are on.
        var open = cases.list(user, new Cases.ListQuery(Cases.Scope.UNIT, null, CaseStatus.PUBLISHED, null));
        var tasks = new ArrayList<Task>();
        tasks.addAll(toRate(user, only(open, c -> assessments.canRate(user, c))));
        var managed = only(open, c -> access.canManage(user, c));
        tasks.addAll(waiting(only(managed, RecruitmentCase::anonymous), repository::unreleased,
            TaskKind.RELEASE_REDACTION, "/redaction"));
        var inviting = only(open, c -> interviews.canInvite(user, c));
        // Since the candidate was chosen: the last change of status.
        tasks.addAll(waiting(inviting, repository::uninvited, TaskKind.PLAN_INTERVIEW, "/interviews"));
        tasks.addAll(waiting(inviting, repository::declined, TaskKind.INTERVIEW_DECLINED, "/interviews"));
        tasks.addAll(waiting(only(open, c -> references.canRecord(user, c)), repository::withoutReferenceConsent,
            TaskKind.REFERENCE_CONSENT, "/candidates"));
        tasks.addAll(overdue(managed));
        if (user.role().isHr()) {
            tasks.addAll(consentExpiring());
        }
        tasks.sort(Comparator.comparing(Task::since).thenComparing(Task::where));
        return tasks;
    }

    /** For the navigation: how many things wait (the sum of the rows' counts). */
    public int count(CurrentUser user) {
        return forUser(user).stream().mapToInt(Task::count).sum();
    }

    private List<Task> toRate(CurrentUser user, Map<UUID, RecruitmentCase> byId) {
        if (byId.isEmpty()) {
            return List.of();
        }
        // Only anonymous applications are redacted: one is ready for the committee when nothing of it still waits
        // for HR's release; its "since" is the deadline, as the order of applying could point to a person.
        var rows = repository.unrated(byId.keySet(), user.id());
        return rows.stream().map(r -> {
            var c = byId.get(r.caseId());
            return new Task(TaskKind.RATE, c.title(), r.count(), c.anonymous() ? c.deadline() : r.since(),
                "/cases/" + c.id() + "/candidates");
        }).toList();
    }

    private List<Task> overdue(Map<UUID, RecruitmentCase> byId) {
        var now = clock.instant();
        var past = only(byId.values(), c -> c.deadline().isBefore(now));
        if (past.isEmpty()) {
            return List.of();
        }
        var rows = repository.withoutOutcome(past.keySet());
        return rows.stream().map(r -> {
            var c = past.get(r.caseId());
            return new Task(TaskKind.OVERDUE_CASE, c.title(), r.count(), c.deadline(), "/cases/" + c.id());
        }).toList();
    }

    private List<Task> consentExpiring() {
        var now = clock.instant();
        return repository.consentRunningOut(now, now.plus(CONSENT_WARNING)).stream()
            .map(p -> new Task(TaskKind.CONSENT_EXPIRING, p.name(), p.count(), p.until().minus(CONSENT_WARNING),
                "/talent-pools?pool=" + p.poolId()))
            .toList();
    }

    /** A task of this kind for each of these cases that the query counts something waiting in, since its oldest. */
    private static List<Task> waiting(Map<UUID, RecruitmentCase> byId,
                                      Function<Collection<UUID>, List<CaseCount>> query, TaskKind kind, String page) {
        if (byId.isEmpty()) {
            return List.of();
        }
        return query.apply(byId.keySet()).stream().map(r -> {
            var c = byId.get(r.caseId());
            return new Task(kind, c.title(), r.count(), r.since(), "/cases/" + c.id() + page);
        }).toList();
    }

    private static Map<UUID, RecruitmentCase> only(Collection<RecruitmentCase> all, Predicate<RecruitmentCase> keep) {
        return all.stream().filter(keep).collect(Collectors.toMap(RecruitmentCase::id, Function.identity()));
    }

    private static Map<UUID, RecruitmentCase> only(Map<UUID, RecruitmentCase> all, Predicate<RecruitmentCase> keep) {
        return only(all.values(), keep);
    }
}
