package dk.rekrut.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution's templates per kind and language, with built-in defaults until someone edits them. */
@Service
public class MailTemplates {

    public record Template(LetterKind kind, String language, String subject, String bodyHtml, boolean customised) {
    }

    record Rendered(String subject, String html, String text) {
    }

    public static final List<String> LANGUAGES = List.of("da", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "https", "mailto");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MailTemplates(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Template> all() {
        var out = new ArrayList<Template>();
        for (LetterKind kind : LetterKind.values()) {
            for (String lang : LANGUAGES) {
                out.add(get(kind, lang));
            }
        }
        return out;
    }

    public Template get(LetterKind kind, String language) {
        String lang = LANGUAGES.contains(language) ? language : "da";
        return jdbc.sql("SELECT subject, body_html FROM mail_template WHERE kind = ? AND language = ?")
            .params(kind.name(), lang)
            .query((rs, n) -> new Template(kind, lang, rs.getString("subject"), rs.getString("body_html"), true))
            .optional().orElseGet(() -> DefaultTemplates.of(kind, lang));
    }

    @Transactional
    public Template save(LetterKind kind, String language, String subject, String bodyHtml) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("error.template.language");
        }
        if (subject == null || subject.isBlank() || subject.length() > 500) {
            throw new RuleViolation("error.template.subject");
        }
        if (bodyHtml == null || bodyHtml.isBlank()) {
            throw new RuleViolation("error.template.body");
        }
        String clean = sanitise(bodyHtml);
        int n = jdbc.sql("UPDATE mail_template SET subject = ?, body_html = ?, updated_at = ? WHERE kind = ? AND language = ?")
            .params(subject.strip(), clean, Time.utc(clock.instant()), kind.name(), language).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO mail_template (kind, language, subject, body_html, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), language, subject.strip(), clean, Time.utc(clock.instant())).update();
        }
        audit.record(AuditAction.TEMPLATE_CHANGED, "MailTemplate", kind + "/" + language, null);
        return get(kind, language);
    }

    Rendered render(LetterKind kind, Locale locale, Map<String, String> values) {
        var t = get(kind, locale == null ? "da" : locale.getLanguage());
        return render(t.subject(), t.bodyHtml(), values);
    }

    /** Placeholders are replaced by escaped values, so applicant input can never become markup. */
    static Rendered render(String subject, String bodyHtml, Map<String, String> values) {
        String s = replace(subject, values, false);
        String html = replace(sanitise(bodyHtml), values, true);
        Document doc = Jsoup.parse(html);
        doc.select("br").after("\\n");
        doc.select("p, h1, h2, h3, li").after("\\n\\n");
        String text = doc.text().replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return new Rendered(s, html, text);
    }

    private static String replace(String template, Map<String, String> values, boolean escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        var sb = new StringBuilder();
        while (m.find()) {
            String v = values.getOrDefault(m.group(1), "");
            m.appendReplacement(sb, Matcher.quoteReplacement(escape ? Entities.escape(v) : v.replaceAll("[\\r\\n]", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String sanitise(String html) {
        return Jsoup.clean(html, "", SAFE, new Document.OutputSettings().prettyPrint(false));
    }
}
