package dk.rekrut.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the outbox holds for a recipient, read straight from the table: counts and the private links in messages. */
public final class OutboxMessages {

    private final JdbcClient jdbc;

    public OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count(String recipient, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND kind = ?").params(recipient, kind)
            .query(Integer.class).single();
    }

    /** The link under {@code path} in the newest message of this kind to this recipient. */
    public String link(String recipient, String kind, String path) {
        String body = jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ? AND kind = ? ORDER BY created_at DESC")
            .params(recipient, kind).query(String.class).list().getFirst();
        var m = Pattern.compile("https?://[^\"<\\s]*" + Pattern.quote(path) + "[A-Za-z0-9_/-]+").matcher(body);
        assertThat(m.find()).as("link in %s", kind).isTrue();
        return m.group();
    }

    /** The link without scheme and host, for MockMvc. */
    public static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
