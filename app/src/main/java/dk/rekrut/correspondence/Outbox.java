package dk.rekrut.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: claiming due messages under row locks, and recording the outcome of each attempt. */
@Repository
class Outbox {

    record Message(UUID id, String recipient, String subject, String html, String text, int attempts,
                   List<Letter.Attachment> attachments) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due messages: locks them with SKIP LOCKED (other instances take other rows) and
     * sets a lease, so the send can happen outside the lock and a crashed instance's claim expires.
     * Must run in a transaction.
     */
    List<UUID> claim(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM outbox_message
                WHERE sent_at IS NULL AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY next_attempt_at""" + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
            .params(Time.utc(now), Time.utc(now)).query(UUID.class).list();
        ids.forEach(id -> jdbc.sql("UPDATE outbox_message SET claimed_until = ? WHERE id = ?")
            .params(Time.utc(leaseUntil), id).update());
        return ids;
    }

    Optional<Message> load(UUID id) {
        var attachments = jdbc.sql("SELECT file_name, content_type, content_b64 FROM outbox_attachment WHERE message_id = ?")
            .param(id).query((rs, n) -> new Letter.Attachment(rs.getString(1), rs.getString(2),
                Base64.getDecoder().decode(rs.getString(3)))).list();
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ? AND sent_at IS NULL").param(id)
            .query((rs, n) -> new Message(id, rs.getString("recipient"), rs.getString("subject"), rs.getString("body_html"),
                rs.getString("body_text"), rs.getInt("attempts"), attachments)).optional();
    }

    /** Marks sent only if still unsent: a message marked sent is never sent again. */
    boolean markSent(UUID id, Instant at) {
        return jdbc.sql("UPDATE outbox_message SET sent_at = ?, claimed_until = NULL, attempts = attempts + 1 WHERE id = ? AND sent_at IS NULL")
            .params(Time.utc(at), id).update() == 1;
    }

    void markFailed(UUID id, Instant nextAttempt, String error) {
        jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?")
            .params(Time.utc(nextAttempt), error.length() > 500 ? error.substring(0, 500) : error, id).update();
    }

    List<SentMessage> recent(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY created_at DESC FETCH FIRST " + limit + " ROWS ONLY")
            .query((rs, n) -> sentMessage(rs)).list();
    }

    Optional<SentMessage> find(UUID id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?").param(id).query((rs, n) -> sentMessage(rs)).optional();
    }

    int pending() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL").query(Integer.class).single();
    }

    static SentMessage sentMessage(ResultSet rs) throws SQLException {
        var sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new SentMessage(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body_html"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant(),
            rs.getInt("attempts"));
    }
}
