package dk.rekrut.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.Refreshed;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.SafeHtml;
import dk.rekrut.shared.Time;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution's e-mail templates, one per kind and language, with built-in Danish and English wording
 * ({@link DefaultTemplates}) until the communications role saves its own. Bodies are HTML reduced to a safe subset
 * (jsoup); placeholders such as {@code {{name}}} are filled with HTML-escaped values, and the result is sanitised
 * once more, so neither a template nor applicant input can put script or unsafe links into a message.
 */
@Service
public class MailTemplates {

    public record Template(LetterKind kind, String language, String subject, String bodyHtml, boolean customised) {
    }

    /** A rendered message: one-line subject, sanitised HTML body and its plain-text alternative. */
    public record Rendered(String subject, String html, String text) {
    }

    public static final List<String> LANGUAGES = List.of("da", "en");
    /** The placeholders callers fill; shown to the template editor. Unknown ones render as empty text. */
    public static final List<String> PLACEHOLDERS = List.of("name", "title", "institution", "link", "candidateNumber",
        "deadline", "when", "where", "duration", "panel", "contact", "reason", "body", "subject", "pool", "months", "until", "criteria", "postings",
        "unsubscribe");
    static final int MAX_BODY = 20_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    /** Stands in for a placeholder while a template is sanitised, so {@code href="{{link}}"} survives. */
    private static final Pattern SENTINEL = Pattern.compile("https://placeholder\\.invalid/([a-zA-Z]+)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "table", "tr", "blockquote", "pre", "dl", "dt", "dd");

    private final MailTemplateRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    /** The institution's own templates by kind and language, read on every message sent. */
    private final Refreshed<Map<String, MailTemplateRepository.Wording>> saved;

    MailTemplates(MailTemplateRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.saved = new Refreshed<>(repository::all);
        this.audit = audit;
        this.clock = clock;
    }

    /** Every kind in Danish and English, in enum order. */
    public List<Template> all() {
        var out = new ArrayList<Template>();
        for (LetterKind kind : LetterKind.values()) {
            for (String lang : LANGUAGES) {
                out.add(get(kind, lang));
            }
        }
        return out;
    }

    /** The institution's template, or the built-in default when none was saved. Unknown languages give Danish. */
    public Template get(LetterKind kind, String language) {
        String lang = LANGUAGES.contains(language) ? language : "da";
        var own = saved.get().get(kind.name() + "/" + lang);
        return own != null ? new Template(kind, lang, own.subject(), own.bodyHtml(), true) : DefaultTemplates.of(kind, lang);
    }

    /** For a test that deleted templates behind this class's back. */
    void forgetSaved() {
        saved.forget();
    }

    /** Saves the institution's own wording (sanitised); audited. */
    @Transactional
    public Template save(LetterKind kind, String language, String subject, String bodyHtml) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("error.template.language");
        }
        if (subject == null || subject.isBlank() || subject.length() > 500) {
            throw new RuleViolation("error.template.subject");
        }
        String clean = bodyHtml == null ? "" : sanitiseTemplate(bodyHtml);
        if (Jsoup.parse(clean).text().isBlank() || clean.length() > MAX_BODY) {
            throw new RuleViolation("error.template.body");
        }
        if ((kind == LetterKind.JOB_AGENT_CONFIRM || kind == LetterKind.JOB_AGENT_DIGEST) && !clean.contains("{{unsubscribe}}")) {
            throw new RuleViolation("error.template.unsubscribe"); // every mail to a subscriber can end it in one click
        }
        if (kind == LetterKind.JOB_AGENT_DIGEST && !clean.contains("{{postings}}")) {
            throw new RuleViolation("error.template.postings");
        }
        String oneLine = subject.strip().replaceAll("[\\r\\n\\t]+", " ");
        var now = Time.utc(clock.instant());
        saved.forget();
        repository.save(kind, language, oneLine, clean, now);
        audit.record(AuditAction.TEMPLATE_CHANGED, "MailTemplate", kind + "/" + language, null);
        return get(kind, language);
    }

    Rendered render(LetterKind kind, String language, Map<String, String> values) {
        var t = get(kind, language);
        return render(t.subject(), t.bodyHtml(), values);
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
    }

    /**
     * Fills the placeholders: in the body with HTML-escaped values (so input can never become markup or break
     * out of an attribute), then sanitises the whole body again (so a value cannot become a javascript: link);
     * in the subject, a mail header, with the raw value on one line.
     */
    static Rendered render(String subject, String bodyHtml, Map<String, String> values) {
        String s = replace(subject == null ? "" : subject, values, false).strip();
        // Sanitised once; the plain text is read from the same clean tree instead of parsing the HTML again.
        Document clean = SafeHtml.clean(Jsoup.parseBodyFragment(replace(bodyHtml == null ? "" : bodyHtml, values, true)));
        return new Rendered(s, clean.body().html(), text(clean.body()));
    }

    private static String replace(String template, Map<String, String> values, boolean escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        var sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            v = v == null ? "" : v;
            m.appendReplacement(sb, Matcher.quoteReplacement(escape ? Entities.escape(v.strip()).replaceAll("\\R", "<br>")
                : v.replaceAll("[\\p{Cntrl}]+", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String sanitise(String html) {
        return SafeHtml.sanitise(html);
    }

    /** Sanitises a template, keeping placeholders where a URL is expected ({@code <a href="{{link}}">}). */
    static String sanitiseTemplate(String html) {
        String marked = PLACEHOLDER.matcher(html).replaceAll("https://placeholder.invalid/$1");
        return SENTINEL.matcher(sanitise(marked)).replaceAll("{{$1}}");
    }

    /** The plain-text alternative: paragraphs and line breaks kept, list items dashed, link targets written out. */
    static String text(String html) {
        return text(Jsoup.parseBodyFragment(html).body());
    }

    private static String text(Element body) {
        var out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append('\n');
                        if (e.nameIs("li")) {
                            out.append("- ");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("a") && !e.attr("href").isBlank() && !e.text().strip().equals(e.attr("href"))) {
                        out.append(" (").append(e.attr("href").replaceFirst("^mailto:", "")).append(')');
                    } else if (BLOCKS.contains(e.normalName()) && !e.nameIs("li")) {
                        out.append("\n\n");
                    }
                }
            }
        });
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n")
            .replaceAll("\n{3,}", "\n\n").strip();
    }
}
