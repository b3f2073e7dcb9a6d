package dk.rekrut.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate counts behind "my tasks": one query per kind over the given cases' ids, on indexed columns. Read-only:
 * tasks is a declared reader of the other modules' tables (docs/architecture.md, "Tables and their owners").
 */
@Repository
class TaskRepository {

    /** Statuses with an outcome; SQL literals from the application module's enum. */
    private static final String FINAL = "('HIRED', 'REJECTED', 'WITHDRAWN')";

    /** How many wait in one case, and since when (the epoch when unknown). */
    record CaseCount(UUID caseId, int count, Instant since) {
    }

    /** How many members of one pool have consent that runs out soon, and the first such moment. */
    record PoolCount(UUID poolId, String name, int count, Instant until) {
    }

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applications without the rater's rating. Only anonymous applications are redacted: one is ready for the
     * committee when nothing of it still waits for HR's release.
     */
    List<CaseCount> unrated(Collection<UUID> caseIds, UUID raterId) {
        return jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n, MIN(a.submitted_at) AS since FROM application a
                WHERE a.case_id IN (%s) AND a.status NOT IN %s
                  AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.application_id = a.id AND r.rater_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM redaction_item ri WHERE ri.case_id = a.case_id
                                  AND ri.application_id = a.id AND ri.state IN ('PENDING', 'DONE', 'NEEDS_REVIEW'))
                GROUP BY a.case_id""".formatted(in(caseIds), FINAL))
            .params(params(caseIds, raterId)).query(TaskRepository::row).list();
    }

    /** Applications with redactions waiting for HR's release. */
    List<CaseCount> unreleased(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT ri.case_id, COUNT(DISTINCT ri.application_id) AS n, MIN(ri.created_at) AS since
                FROM redaction_item ri WHERE ri.case_id IN (%s) AND ri.state IN ('DONE', 'NEEDS_REVIEW')
                GROUP BY ri.case_id""".formatted(in(caseIds)))
            .params(params(caseIds)).query(TaskRepository::row).list();
    }

    /** Shortlisted candidates without an invitation, since the last change of status. */
    List<CaseCount> uninvited(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n,
                       MIN((SELECT MAX(s.changed_at) FROM application_status_change s WHERE s.application_id = a.id)) AS since
                FROM application a WHERE a.case_id IN (%s) AND a.status = 'SHORTLISTED'
                  AND NOT EXISTS (SELECT 1 FROM interview_invitation i WHERE i.application_id = a.id AND i.cancelled = FALSE)
                GROUP BY a.case_id""".formatted(in(caseIds)))
            .params(params(caseIds)).query(TaskRepository::row).list();
    }

    /** Invitations declined by candidates still in the running. */
    List<CaseCount> declined(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT i.case_id, COUNT(*) AS n, MIN(i.updated_at) AS since FROM interview_invitation i
                JOIN application a ON a.id = i.application_id
                WHERE i.case_id IN (%s) AND i.reply = 'DECLINED' AND i.cancelled = FALSE AND a.status NOT IN %s
                GROUP BY i.case_id""".formatted(in(caseIds), FINAL))
            .params(params(caseIds)).query(TaskRepository::row).list();
    }

    /** Interviewed or offered candidates whose consent to references is not recorded. */
    List<CaseCount> withoutReferenceConsent(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n,
                       MIN((SELECT MAX(s.changed_at) FROM application_status_change s WHERE s.application_id = a.id)) AS since
                FROM application a WHERE a.case_id IN (%s) AND a.status IN ('INTERVIEWED', 'OFFERED')
                  AND NOT EXISTS (SELECT 1 FROM reference_consent rc WHERE rc.application_id = a.id)
                GROUP BY a.case_id""".formatted(in(caseIds)))
            .params(params(caseIds)).query(TaskRepository::row).list();
    }

    /** Applications without an outcome. */
    List<CaseCount> withoutOutcome(Collection<UUID> caseIds) {
        return jdbc.sql("""
                SELECT a.case_id, COUNT(*) AS n, MIN(a.submitted_at) AS since FROM application a
                WHERE a.case_id IN (%s) AND a.status NOT IN %s GROUP BY a.case_id""".formatted(in(caseIds), FINAL))
            .params(params(caseIds)).query(TaskRepository::row).list();
    }

    /** Per pool: active members whose consent runs out in [from, to). */
    List<PoolCount> consentRunningOut(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT p.id, p.name, COUNT(*) AS n, MIN(m.consent_until) AS until FROM talent_member m
                JOIN talent_pool p ON p.id = m.pool_id
                WHERE m.status = 'ACTIVE' AND m.consent_until >= ? AND m.consent_until < ?
                GROUP BY p.id, p.name""")
            .params(Time.utc(from), Time.utc(to))
            .query((rs, n) -> new PoolCount(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("n"),
                rs.getObject("until", OffsetDateTime.class).toInstant()))
            .list();
    }

    private static CaseCount row(ResultSet rs, int n) throws SQLException {
        var since = rs.getObject("since", OffsetDateTime.class);
        return new CaseCount(rs.getObject(1, UUID.class), rs.getInt("n"), since == null ? Instant.EPOCH : since.toInstant());
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
