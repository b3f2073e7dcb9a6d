package dk.rekrut.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Built-in wording until the communications role writes the institution's own, one resource file per letter and
 * language ({@code letters/RECEIPT.da.html}): a {@code Subject:} line, an empty line, then the body's HTML with one
 * block per line; the lines are joined without a separator, so break a line only between tags. Placeholders:
 * {@code {{name}}} etc. Every file is read once, at start, and a missing one stops the start.
 */
final class DefaultTemplates {

    private static final Map<LetterKind, Map<String, MailTemplates.Template>> ALL = load();

    private DefaultTemplates() {
    }

    static MailTemplates.Template of(LetterKind kind, String lang) {
        return ALL.get(kind).get("en".equals(lang) ? "en" : "da");
    }

    private static Map<LetterKind, Map<String, MailTemplates.Template>> load() {
        var all = new EnumMap<LetterKind, Map<String, MailTemplates.Template>>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            all.put(kind, Map.of("da", read(kind, "da"), "en", read(kind, "en")));
        }
        return all;
    }

    private static MailTemplates.Template read(LetterKind kind, String lang) {
        String name = "letters/" + kind + "." + lang + ".html";
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in letter " + name + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int blank = text.indexOf("\n\n");
            if (!text.startsWith("Subject: ") || blank < 0) {
                throw new IllegalStateException(name + " must start with a Subject: line and an empty line");
            }
            String subject = text.substring("Subject: ".length(), blank).strip();
            String body = String.join("", text.substring(blank + 2).strip().lines().map(String::strip).toList());
            return new MailTemplates.Template(kind, lang, subject, body, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
