package dk.rekrut.messaging;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.correspondence.MergeFields;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A case's wording per message kind (case_message_template), or the built-in wording in the reader's language until
 * HR saves the case's own. Merge fields stay as written; a wording with an unknown field is not saved.
 */
@Repository
class CaseMessageTemplates {

    /** A message's wording: a one-line subject and a plain-text body (paragraphs separated by an empty line). */
    record Wording(String subject, String body) {

        static final int MAX_SUBJECT = 300;
        static final int MAX_BODY = 10_000;

        /** Refuses an empty or too long wording, and one with a merge field that does not exist. */
        Wording checked() {
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
                throw new RuleViolation("error.message.subject", MAX_SUBJECT);
            }
            if (body == null || body.isBlank() || body.length() > MAX_BODY) {
                throw new RuleViolation("error.message.body", MAX_BODY);
            }
            MergeFields.check(subject);
            MergeFields.check(body);
            return new Wording(subject.strip().replaceAll("[\\r\\n\\t]+", " "), body.strip().replace("\r\n", "\n"));
        }
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    CaseMessageTemplates(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The case's own wording of the kind, if HR saved one. */
    Optional<Wording> saved(UUID caseId, MessageKind kind) {
        return jdbc.sql("SELECT subject, body FROM case_message_template WHERE case_id = ? AND kind = ?")
            .params(caseId, kind.name()).query((rs, n) -> new Wording(rs.getString(1), rs.getString(2))).optional();
    }

    /** The case's own wording, else the built-in one in {@code locale}. */
    Wording wording(UUID caseId, MessageKind kind, Locale locale) {
        return saved(caseId, kind).orElseGet(() -> new Wording(
            messages.getMessage("message.template." + kind + ".subject", null, locale),
            messages.getMessage("message.template." + kind + ".body", null, locale)));
    }

    void save(UUID caseId, MessageKind kind, Wording wording, String by) {
        var w = wording.checked();
        var now = Time.utc(clock.instant());
        int n = jdbc.sql("UPDATE case_message_template SET subject = ?, body = ?, updated_by = ?, updated_at = ? "
                + "WHERE case_id = ? AND kind = ?").params(w.subject(), w.body(), by, now, caseId, kind.name()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO case_message_template (case_id, kind, subject, body, updated_by, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(caseId, kind.name(), w.subject(), w.body(), by, now).update();
        }
    }
}
