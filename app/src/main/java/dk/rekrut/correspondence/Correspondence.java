package dk.rekrut.correspondence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction: what causes a message and the message itself
 * commit together or not at all. The {@link OutboxWorker} delivers them afterwards.
 */
@Service
public class Correspondence {

    private static final Logger LOG = LoggerFactory.getLogger(Correspondence.class);
    /** Base64 of an attachment must fit the portable VARCHAR(1000000) column. */
    static final int MAX_ATTACHMENT_BYTES = 700_000;

    private final OutboxRepository outbox;
    private final MailTemplates templates;
    private final Clock clock;

    Correspondence(OutboxRepository outbox, MailTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Renders the institution's template for the letter's kind and language (Danish unless English is asked for)
     * with the placeholders, HTML-escaped, and queues the message in the caller's transaction. A second letter with
     * the same cause to the same recipient (e-mail compared case-insensitively) is silently ignored and does not
     * disturb the caller's transaction.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(letter.kind(), "kind");
        if (letter.causeKey() == null || letter.causeKey().isBlank() || letter.causeKey().length() > 200) {
            throw new IllegalArgumentException("causeKey must be 1-200 characters");
        }
        if (letter.recipientEmail() == null || letter.recipientEmail().isBlank() || letter.recipientEmail().length() > 300
            || letter.recipientEmail().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("recipientEmail is missing or invalid");
        }
        if (letter.unsubscribeUrl() != null && (!letter.unsubscribeUrl().matches("https?://[^\\s<>]{1,480}"))) {
            throw new IllegalArgumentException("unsubscribeUrl must be an http(s) URL");
        }
        var attachments = letter.attachments() == null ? List.<Letter.Attachment>of() : letter.attachments();
        for (var a : attachments) {
            if (a.content() == null || a.content().length > MAX_ATTACHMENT_BYTES || a.fileName() == null
                || a.fileName().isBlank() || a.fileName().length() > 200 || a.contentType() == null) {
                throw new IllegalArgumentException("attachment missing, unnamed or over " + MAX_ATTACHMENT_BYTES + " bytes");
            }
        }
        String recipient = letter.recipientEmail().strip().toLowerCase(Locale.ROOT);
        String language = MailTemplates.language(letter.language());
        var rendered = render(letter);
        UUID id = UUID.randomUUID();
        if (outbox.enqueue(id, letter, recipient, language, rendered, clock.instant())) {
            LOG.info("Queued {} message {} for application {}", letter.kind(), id, letter.applicationId());
        } else {
            LOG.info("{} for application {} already queued for this recipient and cause; nothing new queued",
                letter.kind(), letter.applicationId());
        }
    }

    /**
     * The message {@link #send} would queue for this letter, rendered by the same code from the same template:
     * what a preview shows is what the recipient gets. Nothing is queued.
     */
    public MailTemplates.Rendered render(Letter letter) {
        Map<String, String> values = letter.placeholders() == null ? Map.of() : letter.placeholders();
        return templates.render(letter.kind(), MailTemplates.language(letter.language()), values);
    }

    /** The application's correspondence log: everything queued or sent to its applicant, newest first. */
    @Transactional(readOnly = true)
    public List<SentMessage> log(UUID applicationId) {
        return outbox.forApplication(applicationId);
    }

    /**
     * Erasure (withdrawal, retention, the applicant's request): deletes every message to the applicant, sent or not,
     * in the caller's transaction. The messages carry the name, the address and the private link.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int eraseFor(UUID applicationId) {
        return outbox.deleteForApplication(applicationId);
    }

    /** Sample values for the template preview. */
    static Map<String, String> sample(String language) {
        boolean en = "en".equals(language);
        return Map.ofEntries(Map.entry("name", "Jens Hansen"),
            Map.entry("title", en ? "Senior Consultant" : "Specialkonsulent"),
            Map.entry("institution", "Københavns Kommune"),
            Map.entry("link", "https://rekrut.example/my-application/eksempel"),
            Map.entry("candidateNumber", "K-4821"), Map.entry("deadline", "2026-12-31"),
            Map.entry("when", en ? "Monday 4 January 2027 at 10:00" : "mandag 4. januar 2027 kl. 10.00"),
            Map.entry("where", "Rådhuspladsen 1, 1550 København V"),
            Map.entry("duration", en ? "45 minutes" : "45 minutter"),
            Map.entry("panel", en ? "Head of office Mette Holm and the assessment committee" : "kontorchef Mette Holm og bedømmelsesudvalget"),
            Map.entry("contact", "Mette Holm, 33 66 33 66, mette.holm@kommune.example"),
            Map.entry("reason", en ? "Other applicants matched the requirements better." : "Andre ansøgere matchede kravene bedre."),
            Map.entry("body", en ? "Free text written by the case handler." : "Fri tekst skrevet af sagsbehandleren."),
            Map.entry("subject", en ? "A message about your application" : "Besked om din ansøgning"),
            Map.entry("pool", en ? "Leadership talents" : "Ledertalenter"), Map.entry("months", "12"),
            Map.entry("until", "2027-12-31"), Map.entry("count", "3"), Map.entry("criteria", en ? "IT, Copenhagen" : "IT, København"),
            Map.entry("postings", "Specialkonsulent – https://rekrut.example/jobs/eksempel"),
            Map.entry("unsubscribe", "https://rekrut.example/jobs/agent/unsubscribe/eksempel"));
    }
}
