package dk.rekrut.correspondence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The institution's own mail templates (mail_template). */
@Repository
class MailTemplateRepository {

    /** A saved template's wording. */
    record Wording(String subject, String bodyHtml) {
    }

    private final JdbcClient jdbc;

    MailTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every saved wording, keyed by "KIND/language". */
    Map<String, Wording> all() {
        return jdbc.sql("SELECT kind, language, subject, body_html FROM mail_template").query(rs -> {
            var all = new HashMap<String, Wording>();
            while (rs.next()) { // kept as text, so a kind this version does not know cannot break the others
                all.put(rs.getString("kind") + "/" + rs.getString("language"),
                    new Wording(rs.getString("subject"), rs.getString("body_html")));
            }
            return Map.copyOf(all);
        });
    }

    void save(LetterKind kind, String language, String subject, String bodyHtml, OffsetDateTime now) {
        int n = jdbc.sql("UPDATE mail_template SET subject = ?, body_html = ?, updated_at = ? WHERE kind = ? AND language = ?")
            .params(subject, bodyHtml, now, kind.name(), language).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO mail_template (kind, language, subject, body_html, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), language, subject, bodyHtml, now).update();
        }
    }
}
