package dk.rekrut.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.privacy.ErasureRequests.Request;
import dk.rekrut.privacy.ErasureRequests.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applicants' erasure requests (erasure_request). */
@Repository
class ErasureRequestRepository {

    private final JdbcClient jdbc;

    ErasureRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOpen(UUID id, UUID applicationId, UUID caseId, OffsetDateTime requestedAt) {
        jdbc.sql("""
                INSERT INTO erasure_request (id, application_id, case_id, requested_at, status)
                VALUES (?, ?, ?, ?, ?)""")
            .params(id, applicationId, caseId, requestedAt, Status.OPEN.name()).update();
    }

    Optional<Request> openFor(UUID applicationId) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE application_id = ? AND status = 'OPEN'").param(applicationId)
            .query((rs, n) -> request(rs)).list().stream().findFirst();
    }

    /** Open requests first, then the newest. */
    List<Request> all() {
        return jdbc.sql("SELECT * FROM erasure_request ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, requested_at DESC")
            .query((rs, n) -> request(rs)).list();
    }

    Optional<Request> find(UUID id) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE id = ?").param(id).query((rs, n) -> request(rs)).list()
            .stream().findFirst();
    }

    void close(UUID id, Status status, String handledBy, OffsetDateTime handledAt, String note) {
        jdbc.sql("UPDATE erasure_request SET status = ?, handled_by = ?, handled_at = ?, note = ? WHERE id = ?")
            .params(status.name(), handledBy, handledAt, note, id).update();
    }

    private static Request request(ResultSet rs) throws SQLException {
        var handled = rs.getObject("handled_at", OffsetDateTime.class);
        return new Request(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
            rs.getObject("case_id", UUID.class), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
            Status.valueOf(rs.getString("status")), rs.getString("handled_by"), handled == null ? null : handled.toInstant(),
            rs.getString("note"));
    }
}
