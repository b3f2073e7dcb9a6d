package dk.rekrut.messaging;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.correspondence.MergeFields;
import dk.rekrut.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's wording per message kind (case_message_template), or the built-in wording in the reader's language until
 * HR saves the case's own. Merge fields stay as written; a wording with an unknown field is not saved.
 */
@Component
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

    private final CaseMessageTemplateRepository repository;
    private final MessageSource messages;
    private final Clock clock;

    CaseMessageTemplates(CaseMessageTemplateRepository repository, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.clock = clock;
    }

    /** The case's own wording of the kind, if HR saved one. */
    Optional<Wording> saved(UUID caseId, MessageKind kind) {
        return repository.find(caseId, kind);
    }

    /** The case's own wording, else the built-in one in {@code locale}. */
    Wording wording(UUID caseId, MessageKind kind, Locale locale) {
        return saved(caseId, kind).orElseGet(() -> new Wording(
            messages.getMessage("message.template." + kind + ".subject", null, locale),
            messages.getMessage("message.template." + kind + ".body", null, locale)));
    }

    void save(UUID caseId, MessageKind kind, Wording wording, String by) {
        repository.save(caseId, kind, wording.checked(), by, clock.instant());
    }
}
