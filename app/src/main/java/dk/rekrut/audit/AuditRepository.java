package dk.rekrut.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log's table (audit_entry): appended to, searched, never changed. */
@Repository
class AuditRepository {

    private static final String INSERT =
        "INSERT INTO audit_entry (id, occurred_at, actor, action, object_type, object_id, details) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends entries in one statement; each is written as it is (the caller truncates). */
    void insert(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>();
        for (AuditEntry e : entries) {
            params.addAll(Arrays.asList(e.id(), Time.utc(e.occurredAt()), e.actor(), e.action().name(),
                e.objectType(), e.objectId(), e.details()));
        }
        jdbc.sql(INSERT + String.join(", ", Collections.nCopies(entries.size(), ROW))).params(params).update();
    }

    List<AuditEntry> search(AuditQuery query, int maxRows) {
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
            .append(" ROWS FETCH FIRST ").append(Math.min(Math.max(query.limit(), 1), maxRows)).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params)
            .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("details")))
            .list();
    }
}
