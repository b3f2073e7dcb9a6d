package dk.rekrut.application.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import dk.rekrut.identity.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files held for an application form's retry (pending_upload), by the hash of the form's token; the bytes are in
 * the file store, under {@code storedFileId}.
 */
@Repository
class PendingUploadRepository {

    /** One held file. */
    record Row(UUID id, DocumentKind kind, String originalName, UUID storedFileId) {
    }

    private final JdbcClient jdbc;

    PendingUploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The files held for a form, in the order they were kept. */
    List<Row> forForm(String tokenHash) {
        return jdbc.sql("""
                SELECT id, kind, original_name, stored_file_id FROM pending_upload
                WHERE form_token_hash = ? ORDER BY created_at, id""")
            .param(tokenHash)
            .query((rs, n) -> row(rs))
            .list();
    }

    /** The files kept before {@code cutoff} (UTC): nobody came back for them. */
    List<Row> keptBefore(OffsetDateTime cutoff) {
        return jdbc.sql("SELECT id, kind, original_name, stored_file_id FROM pending_upload WHERE created_at < ?")
            .param(cutoff)
            .query((rs, n) -> row(rs))
            .list();
    }

    void insert(String tokenHash, DocumentKind kind, String originalName, UUID storedFileId, OffsetDateTime createdAt) {
        jdbc.sql("""
                INSERT INTO pending_upload (id, form_token_hash, kind, original_name, stored_file_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), tokenHash, kind.name(), originalName, storedFileId, createdAt)
            .update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("original_name"), rs.getObject("stored_file_id", UUID.class));
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM pending_upload WHERE id = ?").param(id).update();
    }
}
