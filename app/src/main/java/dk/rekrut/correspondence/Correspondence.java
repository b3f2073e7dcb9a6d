package dk.rekrut.correspondence;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction: what causes a message and the message itself
 * commit together or not at all. The {@link OutboxWorker} delivers them.
 */
@Service
public class Correspondence {

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final Clock clock;

    Correspondence(JdbcClient jdbc, MailTemplates templates, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock;
    }

    /** Queues a letter. A second letter with the same cause to the same recipient is ignored. */
    @Transactional
    public void send(Letter letter) {
        String recipient = letter.recipientEmail().strip().toLowerCase(java.util.Locale.ROOT);
        var rendered = templates.render(letter.kind(), letter.language(), letter.placeholders());
        UUID id = UUID.randomUUID();
        var now = Time.utc(clock.instant());
        // Checked before inserting: a failed insert would abort the caller's PostgreSQL transaction. Two concurrent
        // transactions with the same cause can still meet the unique constraint; one of them then fails whole.
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND cause_key = ?")
            .params(recipient, letter.causeKey()).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        int inserted = jdbc.sql("""
                INSERT INTO outbox_message (id, kind, cause_key, application_id, recipient, language, subject, body_html,
                                            body_text, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
            .params(id, letter.kind().name(), letter.causeKey(), letter.applicationId(), recipient,
                letter.language() == null ? "da" : letter.language().getLanguage(), rendered.subject(), rendered.html(),
                rendered.text(), now, now)
            .update();
        if (inserted == 1 && letter.attachments() != null) {
            for (var a : letter.attachments()) {
                jdbc.sql("INSERT INTO outbox_attachment (id, message_id, file_name, content_type, content_b64) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, a.fileName(), a.contentType(), Base64.getEncoder().encodeToString(a.content()))
                    .update();
            }
        }
    }

    /** Everything sent or queued to an application's applicant, newest first. */
    public List<SentMessage> log(UUID applicationId) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE application_id = ? ORDER BY created_at DESC")
            .param(applicationId).query((rs, n) -> Outbox.sentMessage(rs)).list();
    }

    static Map<String, String> sample() {
        return Map.ofEntries(Map.entry("name", "Jens Hansen"), Map.entry("title", "Specialkonsulent"),
            Map.entry("institution", "Københavns Kommune"), Map.entry("link", "https://rekrut.example/my-application/…"),
            Map.entry("candidateNumber", "K-4821"), Map.entry("deadline", "2026-12-31"),
            Map.entry("when", "mandag 4. januar kl. 10.00"), Map.entry("where", "Rådhuspladsen 1"),
            Map.entry("reason", ""), Map.entry("body", "…"), Map.entry("subject", "…"));
    }

}
