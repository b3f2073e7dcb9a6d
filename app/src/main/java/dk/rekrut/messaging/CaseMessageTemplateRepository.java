package dk.rekrut.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.messaging.CaseMessageTemplates.Wording;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of case_message_template: a case's own wording per message kind. */
@Repository
class CaseMessageTemplateRepository {

    private final JdbcClient jdbc;

    CaseMessageTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Wording> find(UUID caseId, MessageKind kind) {
        return jdbc.sql("SELECT subject, body FROM case_message_template WHERE case_id = ? AND kind = ?")
            .params(caseId, kind.name()).query((rs, n) -> new Wording(rs.getString(1), rs.getString(2))).optional();
    }

    void save(UUID caseId, MessageKind kind, Wording w, String by, Instant at) {
        var now = Time.utc(at);
        int n = jdbc.sql("UPDATE case_message_template SET subject = ?, body = ?, updated_by = ?, updated_at = ? "
                + "WHERE case_id = ? AND kind = ?").params(w.subject(), w.body(), by, now, caseId, kind.name()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO case_message_template (case_id, kind, subject, body, updated_by, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(caseId, kind.name(), w.subject(), w.body(), by, now).update();
        }
    }
}
