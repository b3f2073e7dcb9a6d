package dk.rekrut.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import dk.rekrut.shared.Time;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The audit log. Entries are written in the caller's transaction, so an action and its audit entry
 * are stored together or not at all. Details must never hold personal data of applicants.
 */
@Service
public class AuditLog {

    /** The most one search returns (the CSV export's limit; a page asks for far fewer). */
    public static final int MAX_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(AuditAction action, String objectType, Object objectId, String details) {
        recordAs(currentActor(), action, objectType, objectId, details);
    }

    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, String details) {
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, action, object_type, object_id, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), Time.utc(clock.instant()), truncate(actor, 100), action.name(),
                objectType, objectId == null ? null : truncate(objectId.toString(), 100), truncate(details, 1000))
            .update();
    }

    /** Entries per statement when many objects are recorded at once. */
    private static final int ENTRIES_PER_STATEMENT = 100;

    /**
     * One entry per object, as {@link #record} would write them, in a few statements: a view of many candidates (a
     * case's board) audits each one without a statement per candidate.
     */
    public void recordAll(AuditAction action, String objectType, Collection<?> objectIds, String details) {
        var ids = List.copyOf(objectIds);
        String actor = truncate(currentActor(), 100);
        var at = Time.utc(clock.instant());
        for (int from = 0; from < ids.size(); from += ENTRIES_PER_STATEMENT) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + ENTRIES_PER_STATEMENT));
            var params = new ArrayList<Object>();
            for (Object id : chunk) {
                params.addAll(Arrays.asList(UUID.randomUUID(), at, actor, action.name(), objectType,
                    truncate(id.toString(), 100), truncate(details, 1000)));
            }
            jdbc.sql("INSERT INTO audit_entry (id, occurred_at, actor, action, object_type, object_id, details) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                .params(params).update();
        }
    }

    public List<AuditEntry> search(AuditQuery query) {
        var sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1=1");
        var params = new ArrayList<Object>();
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" AND LOWER(actor) LIKE ?");
            params.add("%" + query.actor().toLowerCase() + "%");
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
            params.add(query.action().name());
        }
        if (query.objectId() != null && !query.objectId().isBlank()) {
            sql.append(" AND object_id = ?");
            params.add(query.objectId().trim());
        }
        if (query.caseId() != null) {
            // An application's candidate id is the application's id (identity module), so one list serves both.
            sql.append(" AND ((object_type = 'Case' AND object_id = ?) OR (object_type IN ('Application', 'Candidate')"
                + " AND object_id IN (SELECT CAST(a.id AS VARCHAR(100)) FROM application a WHERE a.case_id = ?)))");
            params.add(query.caseId().toString());
            params.add(query.caseId());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(Time.utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(Time.utc(query.to()));
        }
        sql.append(" ORDER BY occurred_at DESC, id OFFSET ").append(Math.max(query.offset(), 0))
            .append(" ROWS FETCH FIRST ").append(Math.min(Math.max(query.limit(), 1), MAX_ROWS)).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params)
            .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("details")))
            .list();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
