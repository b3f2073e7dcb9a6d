package dk.rekrut.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: queueing, claiming due messages under row locks with a lease, and recording the outcome of
 * each attempt. Every state change after the claim is guarded by the claim token, so a worker whose lease ran
 * out (and whose message another worker has claimed since) can neither send nor mark it.
 */
@Repository
class OutboxRepository {

    /** A message as the transport needs it. */
    record Message(UUID id, String recipient, String subject, String html, String text, int attempts,
                   List<Letter.Attachment> attachments, String listUnsubscribe) {

        Message with(List<Letter.Attachment> attached) {
            return new Message(id, recipient, subject, html, text, attempts, attached, listUnsubscribe);
        }

        @Override
        public String toString() {
            return "Message[" + id + "]"; // no recipient or content in logs
        }
    }

    /** A claimed batch: the rows this worker may send until {@code leaseUntil}, identified by {@code token}. */
    record Claim(UUID token, List<Message> messages) {

        List<UUID> ids() {
            return messages.stream().map(Message::id).toList();
        }
    }

    private final JdbcClient jdbc;
    private final int flagAfterAttempts;

    OutboxRepository(JdbcClient jdbc, MailProperties settings) {
        this.jdbc = jdbc;
        this.flagAfterAttempts = settings.flagAfterAttempts();
    }

    /** Inserts a message unless one with the same cause to the same recipient exists. Returns whether it did. */
    boolean enqueue(UUID id, Letter letter, String recipient, String language, MailTemplates.Rendered rendered,
                    Instant now) {
        // One statement that inserts only when no such message exists: on PostgreSQL a failing INSERT would abort the
        // caller's whole transaction, so a duplicate must never reach the unique constraint in the ordinary
        // (sequential) case. The constraint stays as the last line: two concurrent transactions queueing the same
        // cause make one of them fail whole. Every value is cast, so both databases know each column's type even
        // when it is null. (A count, not NOT EXISTS: H2 2.4 inserted the duplicate with NOT EXISTS here when the
        // first row was in the same open transaction.)
        int inserted = jdbc.sql("""
                INSERT INTO outbox_message (id, kind, cause_key, application_id, recipient, language, subject, body_html,
                                            body_text, attempts, next_attempt_at, created_at, list_unsubscribe)
                SELECT CAST(? AS UUID), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS UUID), CAST(? AS VARCHAR),
                       CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), 0,
                       CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR)
                WHERE (SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND cause_key = ?) = 0""")
            .params(id, letter.kind().name(), letter.causeKey(), letter.applicationId(), recipient, language,
                rendered.subject(), rendered.html(), rendered.text(), Time.utc(now), Time.utc(now),
                letter.unsubscribeUrl(), recipient, letter.causeKey())
            .update();
        if (inserted == 0) {
            return false;
        }
        int i = 0;
        for (var a : letter.attachments() == null ? List.<Letter.Attachment>of() : letter.attachments()) {
            jdbc.sql("""
                    INSERT INTO outbox_attachment (id, message_id, file_name, content_type, sort_order, content_b64)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, a.fileName(), a.contentType(), i++,
                    Base64.getEncoder().encodeToString(a.content()))
                .update();
        }
        return true;
    }

    /**
     * Claims up to {@code limit} due messages: locks them with SKIP LOCKED (a concurrent worker takes other rows)
     * and writes a lease and a fresh token in the same transaction, so the send can happen after commit, outside
     * the lock, and a crashed worker's claim runs out. Must run in a transaction.
     */
    Claim claim(Instant now, Instant leaseUntil, int limit) {
        UUID token = UUID.randomUUID();
        // The messages come with the claim, so sending needs no second read per message.
        record Row(Message message, boolean hasAttachments) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT m.*, (SELECT COUNT(*) FROM outbox_attachment a WHERE a.message_id = m.id) AS attachment_count
                FROM outbox_message m
                WHERE m.sent_at IS NULL AND m.next_attempt_at <= ? AND (m.claimed_until IS NULL OR m.claimed_until < ?)
                ORDER BY m.next_attempt_at, m.created_at
                FETCH FIRST %d ROWS ONLY
                FOR UPDATE SKIP LOCKED""".formatted(limit))
            .params(Time.utc(now), Time.utc(now)).query((rs, n) -> new Row(
                new Message(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                    rs.getString("body_html"), rs.getString("body_text"), rs.getInt("attempts"), List.of(),
                    rs.getString("list_unsubscribe")),
                rs.getInt("attachment_count") > 0)).list();
        // Attachments are read after the claim's result set is closed; most messages have none.
        List<Message> messages = rows.stream().map(r -> !r.hasAttachments() ? r.message()
            : r.message().with(attachments(r.message().id()))).toList();
        if (!messages.isEmpty()) {
            var params = new ArrayList<Object>(messages.size() + 2);
            params.add(Time.utc(leaseUntil));
            params.add(token);
            messages.forEach(m -> params.add(m.id()));
            jdbc.sql("UPDATE outbox_message SET claimed_until = ?, claim_token = ? WHERE id IN ("
                    + String.join(", ", Collections.nCopies(messages.size(), "?")) + ")")
                .params(params).update();
        }
        return new Claim(token, messages);
    }

    /**
     * Just before sending: extends the lease if this claim still holds the message and it is unsent. False means
     * the lease ran out and another worker took the message over (its claim wrote a new token), or it was sent:
     * this worker must not send it. (A lease that ran out without anyone claiming the row may be renewed: a
     * concurrent claim either skips the row this update locks, or has locked it first, and then this update waits
     * and finds the new token.)
     */
    boolean renew(UUID id, UUID token, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE outbox_message SET claimed_until = ?
                WHERE id = ? AND claim_token = ? AND sent_at IS NULL""")
            .params(Time.utc(leaseUntil), id, token).update() == 1;
    }

    private List<Letter.Attachment> attachments(UUID messageId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content_b64 FROM outbox_attachment WHERE message_id = ? ORDER BY sort_order""")
            .param(messageId).query((rs, n) -> new Letter.Attachment(rs.getString(1), rs.getString(2),
                Base64.getDecoder().decode(rs.getString(3)))).list();
    }

    /**
     * Marks sent (once): a message marked sent is never sent again. Not guarded by the claim token on purpose: if
     * this worker's lease ran out mid-send and another worker claimed the message meanwhile, marking it stops that
     * worker from sending it too (its {@link #renew} fails).
     */
    boolean markSent(UUID id, Instant at) {
        return jdbc.sql("""
                UPDATE outbox_message SET sent_at = ?, claimed_until = NULL, claim_token = NULL, attempts = attempts + 1,
                                          last_error = NULL
                WHERE id = ? AND sent_at IS NULL""")
            .params(Time.utc(at), id).update() == 1;
    }

    /** Counts a failed attempt and releases the claim; the message becomes due again at {@code nextAttempt}. */
    boolean markFailed(UUID id, UUID token, Instant nextAttempt, String error) {
        String e = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        return jdbc.sql("""
                UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL,
                                          claim_token = NULL, last_error = ?
                WHERE id = ? AND claim_token = ? AND sent_at IS NULL""")
            .params(Time.utc(nextAttempt), e, id, token).update() == 1;
    }

    List<SentMessage> recent(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY created_at DESC, id FETCH FIRST %d ROWS ONLY".formatted(limit))
            .query((rs, n) -> sentMessage(rs)).list();
    }

    /** Deletes every message (and its attachments) to one applicant: they hold the name and e-mail address. */
    int deleteForApplication(UUID applicationId) {
        jdbc.sql("DELETE FROM outbox_attachment WHERE message_id IN (SELECT id FROM outbox_message WHERE application_id = ?)")
            .param(applicationId).update();
        return jdbc.sql("DELETE FROM outbox_message WHERE application_id = ?").param(applicationId).update();
    }

    List<SentMessage> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE application_id = ? ORDER BY created_at DESC, id")
            .param(applicationId).query((rs, n) -> sentMessage(rs)).list();
    }

    Optional<SentMessage> find(UUID id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?").param(id).query((rs, n) -> sentMessage(rs)).optional();
    }

    List<String> attachmentNames(UUID id) {
        return jdbc.sql("SELECT file_name FROM outbox_attachment WHERE message_id = ? ORDER BY sort_order")
            .param(id).query(String.class).list();
    }

    int pending() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL").query(Integer.class).single();
    }

    /** Unsent messages that have failed at least {@code rekrut.mail.flag-after-attempts} times. */
    int failing() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL AND attempts >= ?")
            .param(flagAfterAttempts).query(Integer.class).single();
    }

    private SentMessage sentMessage(ResultSet rs) throws SQLException {
        var sent = rs.getObject("sent_at", OffsetDateTime.class);
        int attempts = rs.getInt("attempts");
        var status = sent != null ? SentMessage.Status.SENT
            : attempts >= flagAfterAttempts ? SentMessage.Status.FAILING : SentMessage.Status.QUEUED;
        return new SentMessage(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant(),
            attempts, rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
            status, rs.getString("language"));
    }
}
