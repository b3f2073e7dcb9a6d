package dk.rekrut.correspondence;

import java.util.Map;
import org.springframework.stereotype.Component;

/** A letter as it will be sent (subject and sanitised HTML), shown before an action that sends it cannot be undone. */
@Component
public class LetterPreviews {

    public record Preview(String subject, String html) {
    }

    private final MailTemplates templates;

    LetterPreviews(MailTemplates templates) {
        this.templates = templates;
    }

    /** The institution's template of this kind in the letter's language ("da" or "en"), filled with these values. */
    public Preview of(LetterKind kind, String language, Map<String, String> values) {
        var rendered = templates.render(kind, language, values);
        return new Preview(rendered.subject(), rendered.html());
    }
}
