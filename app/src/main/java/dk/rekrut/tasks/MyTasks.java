package dk.rekrut.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Statuses with an outcome; SQL literals from the application module's enum. */
    private static final String FINAL = "('HIRED', 'REJECTED', 'WITHDRAWN')";

    private final Cases cases;
    private final CaseAccess access;
    private final Assessments assessments;
    private final Interviews interviews;
    private final References references;
    private final JdbcClient jdbc;
    private final Clock clock;

    MyTasks(Cases cases, CaseAccess access, Assessments assessments, Interviews interviews, References references,
            JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.assessments = assessments;
        this.interviews = interviews;
        this.references = references;
        this.jdbc = jdbc;
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
        tasks.addAll(toRelease(only(managed, RecruitmentCase::anonymous)));
        var inviting = only(open, c -> interviews.canInvite(user, c));
        tasks.addAll(toInvite(inviting));
        tasks.addAll(declined(inviting));
        tasks.addAll(referenceConsent(only(open, c -> references.canRecord(user, c))));
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
        var rows = jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n, MIN(a.submitted_at) AS since FROM application a
                WHERE a.case_id IN (%s) AND a.status NOT IN %s
                  AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.application_id = a.id AND r.rater_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM redaction_item ri WHERE ri.case_id = a.case_id
                                  AND ri.application_id = a.id AND ri.state IN ('PENDING', 'DONE', 'NEEDS_REVIEW'))
                GROUP BY a.case_id""".formatted(in(byId.keySet()), FINAL))
            .params(params(byId.keySet(), user.id())).query(this::row).list();
        return rows.stream().map(r -> {
            var c = byId.get(r.caseId());
            return new Task(TaskKind.RATE, c.title(), r.count(), c.anonymous() ? c.deadline() : r.since(),
                "/cases/" + c.id() + "/candidates");
        }).toList();
    }

    private List<Task> toRelease(Map<UUID, RecruitmentCase> byId) {
        if (byId.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                SELECT ri.case_id, COUNT(DISTINCT ri.application_id) AS n, MIN(ri.created_at) AS since
                FROM redaction_item ri WHERE ri.case_id IN (%s) AND ri.state IN ('DONE', 'NEEDS_REVIEW')
                GROUP BY ri.case_id""".formatted(in(byId.keySet())))
            .params(params(byId.keySet())).query(this::row).list();
        return tasks(rows, byId, TaskKind.RELEASE_REDACTION, "/redaction");
    }

    private List<Task> toInvite(Map<UUID, RecruitmentCase> byId) {
        if (byId.isEmpty()) {
            return List.of();
        }
        // Since the candidate was chosen: the last change of status.
        var rows = jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n,
                       MIN((SELECT MAX(s.changed_at) FROM application_status_change s WHERE s.application_id = a.id)) AS since
                FROM application a WHERE a.case_id IN (%s) AND a.status = 'SHORTLISTED'
                  AND NOT EXISTS (SELECT 1 FROM interview_invitation i WHERE i.application_id = a.id AND i.cancelled = FALSE)
                GROUP BY a.case_id""".formatted(in(byId.keySet())))
            .params(params(byId.keySet())).query(this::row).list();
        return tasks(rows, byId, TaskKind.PLAN_INTERVIEW, "/interviews");
    }

    private List<Task> declined(Map<UUID, RecruitmentCase> byId) {
        if (byId.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                SELECT i.case_id, COUNT(*) AS n, MIN(i.updated_at) AS since FROM interview_invitation i
                JOIN application a ON a.id = i.application_id
                WHERE i.case_id IN (%s) AND i.reply = 'DECLINED' AND i.cancelled = FALSE AND a.status NOT IN %s
                GROUP BY i.case_id""".formatted(in(byId.keySet()), FINAL))
            .params(params(byId.keySet())).query(this::row).list();
        return tasks(rows, byId, TaskKind.INTERVIEW_DECLINED, "/interviews");
    }

    private List<Task> referenceConsent(Map<UUID, RecruitmentCase> byId) {
        if (byId.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n,
                       MIN((SELECT MAX(s.changed_at) FROM application_status_change s WHERE s.application_id = a.id)) AS since
                FROM application a WHERE a.case_id IN (%s) AND a.status IN ('INTERVIEWED', 'OFFERED')
                  AND NOT EXISTS (SELECT 1 FROM reference_consent rc WHERE rc.application_id = a.id)
                GROUP BY a.case_id""".formatted(in(byId.keySet())))
            .params(params(byId.keySet())).query(this::row).list();
        return tasks(rows, byId, TaskKind.REFERENCE_CONSENT, "/candidates");
    }

    private List<Task> overdue(Map<UUID, RecruitmentCase> byId) {
        var now = clock.instant();
        var past = only(byId.values(), c -> c.deadline().isBefore(now));
        if (past.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n, MIN(a.submitted_at) AS since FROM application a
                WHERE a.case_id IN (%s) AND a.status NOT IN %s GROUP BY a.case_id""".formatted(in(past.keySet()), FINAL))
            .params(params(past.keySet())).query(this::row).list();
        return rows.stream().map(r -> {
            var c = past.get(r.caseId());
            return new Task(TaskKind.OVERDUE_CASE, c.title(), r.count(), c.deadline(), "/cases/" + c.id());
        }).toList();
    }

    private List<Task> consentExpiring() {
        var now = clock.instant();
        return jdbc.sql("""
                SELECT p.id, p.name, COUNT(*) AS n, MIN(m.consent_until) AS until FROM talent_member m
                JOIN talent_pool p ON p.id = m.pool_id
                WHERE m.status = 'ACTIVE' AND m.consent_until >= ? AND m.consent_until < ?
                GROUP BY p.id, p.name""")
            .params(Time.utc(now), Time.utc(now.plus(CONSENT_WARNING)))
            .query((rs, n) -> new Task(TaskKind.CONSENT_EXPIRING, rs.getString("name"), rs.getInt("n"),
                rs.getObject("until", OffsetDateTime.class).toInstant().minus(CONSENT_WARNING),
                "/talent-pools?pool=" + rs.getObject("id", UUID.class)))
            .list();
    }

    private record Row(UUID caseId, int count, Instant since) {
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var since = rs.getObject("since", OffsetDateTime.class);
        return new Row(rs.getObject(1, UUID.class), rs.getInt("n"), since == null ? Instant.EPOCH : since.toInstant());
    }

    private static List<Task> tasks(List<Row> rows, Map<UUID, RecruitmentCase> byId, TaskKind kind, String page) {
        return rows.stream().map(r -> {
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

    private static String in(Collection<UUID> ids) {
        return String.join(",", ids.stream().map(u -> "?").toList());
    }

    private static List<Object> params(Collection<UUID> ids, Object... more) {
        var params = new ArrayList<Object>(ids);
        params.addAll(List.of(more));
        return params;
    }
}
