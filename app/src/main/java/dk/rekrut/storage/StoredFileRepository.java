package dk.rekrut.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of stored files (stored_file) and the sweeper's lease (storage_lease); the bytes are the backend's. */
@Repository
class StoredFileRepository {

    /** A file's row: what the caller knows of it, and where its bytes are. */
    record Row(StoredFile file, String key) {
    }

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    StoredFileRepository(JdbcClient jdbc, JdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The rows of written files, in one batch. */
    void insert(String purpose, List<Row> rows, OffsetDateTime created) {
        batch.batchUpdate("""
                INSERT INTO stored_file (id, storage_key, purpose, size_bytes, sha256, content_type, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
            rows.stream().map(r -> new Object[] {r.file().id(), r.key(), purpose, r.file().size(),
                r.file().sha256(), r.file().contentType(), created}).toList());
    }

    Optional<StoredFile> find(UUID id) {
        return jdbc.sql("SELECT id, size_bytes, sha256, content_type FROM stored_file WHERE id = ?").param(id)
            .query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("content_type")))
            .optional();
    }

    Optional<String> keyOf(UUID id) {
        return jdbc.sql("SELECT storage_key FROM stored_file WHERE id = ?").param(id).query(String.class).optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM stored_file WHERE id = ?").param(id).update();
    }

    /** Those of the keys that a row names. */
    Set<String> knownKeys(Collection<String> keys) {
        return Set.copyOf(jdbc.sql("SELECT storage_key FROM stored_file WHERE storage_key IN (:keys)")
            .param("keys", keys).query(String.class).list());
    }

    /** Takes the lease if it has run out, in one conditional UPDATE; false when another owner holds it. */
    boolean takeLease(String name, String owner, Instant now, Instant until) {
        return jdbc.sql("UPDATE storage_lease SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
            .params(Time.utc(until), owner, name, Time.utc(now)).update() == 1;
    }

    /** Gives the lease back, if this owner still holds it. */
    void releaseLease(String name, String owner) {
        jdbc.sql("UPDATE storage_lease SET locked_until = ?, locked_by = NULL WHERE name = ? AND locked_by = ?")
            .params(Time.utc(Instant.EPOCH), name, owner).update();
    }
}
