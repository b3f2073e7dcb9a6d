package dk.rekrut.application;

import static dk.rekrut.shared.PlainText.plain;

import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.identity.ApplicantIdentity;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.PlainText;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.TextLimits;
import dk.rekrut.shared.Time;
import dk.rekrut.shared.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import dk.rekrut.application.submission.Answers;
import dk.rekrut.application.submission.SubmissionGate;
import dk.rekrut.application.submission.Uploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving applications. {@link #submit} is one transaction: identity, original files, answers and the receipt
 * in the outbox are stored together or not at all (files written before a rollback are removed by the file
 * store). A repeated submission key is answered as a duplicate and creates nothing.
 */
@Service
public class Submissions {

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{8,20}$");

    /** One uploaded file as received. */
    public record Upload(DocumentKind kind, String originalName, byte[] content) {

        /** An application letter, for a module that may not name the identity module's types (the demo data). */
        public static Upload applicationLetter(String originalName, byte[] content) {
            return new Upload(DocumentKind.APPLICATION, originalName, content);
        }

        /** A CV, as {@link #applicationLetter}. */
        public static Upload cv(String originalName, byte[] content) {
            return new Upload(DocumentKind.CV, originalName, content);
        }
    }

    /**
     * Everything an applicant submits. {@code submissionKey} is the form's one-time key (idempotency); the rest is
     * grouped as the applicant fills it in: who they are and where to reach them, their consent, their answers, their
     * files, and the way the application came in.
     */
    public record Submission(UUID postingId, String submissionKey, Applicant applicant, Consent consent,
                             FormAnswers answers, Enclosures enclosures, Channel channel) {

        /** This submission by someone else (the same answers and files): tests and demo data apply many times. */
        public Submission by(Applicant other) {
            return new Submission(postingId, submissionKey, other, consent, answers, enclosures, channel);
        }

        /** This submission with other answers. */
        public Submission answering(FormAnswers other) {
            return new Submission(postingId, submissionKey, applicant, consent, other, enclosures, channel);
        }

        /** This submission with the two optional declarations: preferential access and "are you employed here today?". */
        public Submission withDeclarations(boolean preferentialAccess, String employedHere) {
            return answering(new FormAnswers(answers.fields(), preferentialAccess, employedHere));
        }
    }

    /** The applicant's identity and contact as typed; it goes to the identity module only, never to the application. */
    public record Applicant(String name, String email, String phone, String street, String postalCode, String town) {

        /** Without a postal address, which is optional. */
        public Applicant(String name, String email, String phone) {
            this(name, email, phone, null, null, null);
        }

        public Applicant withName(String other) {
            return new Applicant(other, email, phone, street, postalCode, town);
        }

        public Applicant withEmail(String other) {
            return new Applicant(name, other, phone, street, postalCode, town);
        }
    }

    /** The consent box and the version of the consent text the applicant saw (a newer text must be seen first). */
    public record Consent(boolean given, Integer version) {

        /** Given to the text of that version. */
        public static Consent to(int version) {
            return new Consent(true, version);
        }
    }

    /**
     * The screening answers as the form's {@code q-...} fields, and the two optional declarations: preferential access
     * and "are you employed here today?" ("yes", "no" or not answered).
     */
    public record FormAnswers(Map<String, List<String>> fields, boolean preferentialAccess, String employedHere) {

        /** Only the screening answers, without the optional declarations. */
        public FormAnswers(Map<String, List<String>> fields) {
            this(fields, false, null);
        }
    }

    /** The uploaded files and, instead of a video file, a link to a video. */
    public record Enclosures(List<Upload> uploads, String videoLink) {

        /** Files only. */
        public Enclosures(List<Upload> uploads) {
            this(uploads, null);
        }
    }

    /**
     * How the application came in and how to answer: the medium the applicant names (a code, or none), the language
     * of the receipt and the private page, and the base of the private link in the receipt.
     */
    public record Channel(String medium, Locale language, String linkBase) {
    }

    /** What the applicant gets back. The token is shown once and e-mailed; only its hash is stored. */
    public record Receipt(UUID applicationId, String candidateNumber, String accessToken, boolean duplicate) {
    }

    private final ApplicationRepository repository;
    private final CandidateNumbers candidateNumbers;
    private final ScreeningQuestions questions;
    private final PublicPostings postings;
    private final IdentityAccess identities;
    private final Uploads uploads;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final SubmissionGate gate;

    Submissions(ApplicationRepository repository, CandidateNumbers candidateNumbers, ScreeningQuestions questions,
                PublicPostings postings, IdentityAccess identities, Uploads uploads, Correspondence correspondence,
                InstitutionSettings settings, AuditLog audit, Clock clock, TransactionTemplate tx,
                ApplicationEventPublisher events, SubmissionGate gate) {
        this.repository = repository;
        this.candidateNumbers = candidateNumbers;
        this.questions = questions;
        this.postings = postings;
        this.identities = identities;
        this.uploads = uploads;
        this.correspondence = correspondence;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
        this.gate = gate;
    }

    /**
     * Submits in one transaction. Two concurrent submissions can draw the same candidate number; the loser's
     * transaction is rolled back (files included) and run again with a new number, so the applicant never sees it.
     */
    public Receipt submit(Submission s) {
        return gate.through(() -> submitWithRetry(s));
    }

    private Receipt submitWithRetry(Submission s) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> submitOnce(s));
            } catch (RuleViolation | SubmissionRejected e) {
                // A second sending of a submission that was received (a double click after the deadline, a retry
                // after a lost answer) is answered as received, not with what would be wrong with a new one.
                if (s.submissionKey() != null && repository.submissionKeyUsed(s.submissionKey())) {
                    return new Receipt(null, null, null, true);
                }
                throw e;
            } catch (DuplicateKeyException e) {
                if (s.submissionKey() != null && repository.submissionKeyUsed(s.submissionKey())) {
                    return new Receipt(null, null, null, true); // the same submission, sent twice at once
                }
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private Receipt submitOnce(Submission s) {
        if (s.submissionKey() == null || !s.submissionKey().matches("[A-Za-z0-9\\-]{16,100}")) {
            throw new RuleViolation("error.apply.form-expired");
        }
        // No look-up of the submission key first: the unique key on the application row catches a second sending
        // (see submitWithRetry), and so does every refusal below, which checks the key before it answers.
        RecruitmentCase c = postings.openForApplications(s.postingId())
            .orElseThrow(() -> new RuleViolation("error.apply.closed"));
        Instant now = clock.instant();
        var problems = new ArrayList<FieldProblem>();
        checkContact(s.applicant(), s.consent(), problems);
        var answers = Answers.read(questions.forCase(c.id()), s.answers().fields());
        problems.addAll(answers.problems());
        String video = checkVideo(c, s.enclosures().videoLink(), s.enclosures().uploads(), problems);
        var checked = uploads.check(s.enclosures().uploads(), problems);
        Boolean employedHere = employedHere(s.answers().employedHere(), problems);
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }

        UUID id = UUID.randomUUID();
        String token = Tokens.newToken();
        String medium = postings.medium(s.channel().medium()).map(m -> m.code()).orElse(null);
        var application = new Application(id, c.id(), candidateNumbers.next(c.id()), ApplicationStatus.RECEIVED, now,
            s.consent().version(), medium, video, language(s.channel().language()), answers.values(), employedHere);
        repository.insert(application, s.submissionKey(), Tokens.hash(token), s.answers().preferentialAccess()); // with its first status
        var a = s.applicant();
        identities.store(id, new ApplicantIdentity(plain(a.name()), a.email().strip(), blank(a.phone()),
            blank(plain(a.street())), blank(a.postalCode()), blank(plain(a.town())), null));
        var documents = identities.storeDocuments(id, checked.stream().map(u -> new IdentityAccess.NewDocument(
                u.upload().kind(), u.upload().originalName(), u.type(), u.contentType(), u.upload().content())).toList())
            .stream().map(d -> new ApplicationSubmitted.SubmittedDocument(d.id(), d.kind().name())).toList();
        // In this transaction: whoever queues work for the application (redaction) commits or rolls back with it.
        events.publishEvent(new ApplicationSubmitted(id, c.id(), c.anonymous(), documents));
        sendReceipt(application, plain(a.name()), a.email().strip(), c, s.channel().linkBase() + "/my-application/" + token);
        audit.recordAs("applicant", AuditAction.APPLICATION_RECEIVED, "Application", id, "case " + c.id());
        LOG.info("Application {} received for case {}", id, c.id());
        return new Receipt(id, application.candidateNumber(), token, false);
    }

    /** The optional answer: "yes" internal, "no" external, blank or missing not answered; anything else is wrong. */
    private static Boolean employedHere(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> {
                problems.add(FieldProblem.of("employedHere", "error.apply.employed-here"));
                yield null;
            }
        };
    }

    private void sendReceipt(Application a, String name, String email, RecruitmentCase c, String link) {
        correspondence.send(new Letter(LetterKind.RECEIPT, "receipt:" + a.id(), a.id(), email,
            Locale.forLanguageTag(a.language()),
            Map.of("name", name, "title", c.title(), "link", link, "candidateNumber", a.candidateNumber(),
                "institution", settings.get(InstitutionSettings.NAME),
                "deadline", c.deadline().atZone(Time.DANISH).toLocalDate().toString()),
            List.of()));
    }

    /**
     * What the applicant's own fields may hold: the applicant_identity columns (V1__foundation.sql), checked before
     * anything is written; each field has its own message. The video link's pattern holds it within its column.
     */
    static final TextLimits CONTACT_LIMITS = TextLimits.of()
        .field("name", 200)
        .field("email", EmailAddress.MAX_LENGTH)
        .field("phone", 20)
        .field("street", 300)
        .field("postalCode", 10)
        .field("town", 100);

    private static final Map<String, String> TOO_LONG = Map.of("name", "error.apply.name", "email", "error.apply.email",
        "phone", "error.apply.phone", "street", "error.apply.street", "postalCode", "error.case.postal-code",
        "town", "error.apply.town");

    private void checkContact(Applicant s, Consent consent, List<FieldProblem> problems) {
        var tooLong = CONTACT_LIMITS.check().value("name", s.name()).value("email", s.email()).value("phone", s.phone())
            .value("street", s.street()).value("postalCode", s.postalCode()).value("town", s.town())
            .tooLong();
        tooLong.forEach(t -> problems.add(FieldProblem.of(t.field(), TOO_LONG.get(t.field()), t.max())));
        var over = tooLong.stream().map(TextLimits.TooLong::field).collect(Collectors.toSet());
        if (!over.contains("name") && PlainText.plainOrNull(s.name()) == null) {
            problems.add(FieldProblem.of("name", "error.apply.name"));
        }
        if (!over.contains("email") && !EmailAddress.isValid(s.email())) {
            problems.add(FieldProblem.of("email", "error.apply.email"));
        }
        if (!over.contains("phone") && s.phone() != null && !s.phone().isBlank() && !PHONE.matcher(s.phone().strip()).matches()) {
            problems.add(FieldProblem.of("phone", "error.apply.phone"));
        }
        if (!over.contains("postalCode") && s.postalCode() != null && !s.postalCode().isBlank()
            && !s.postalCode().strip().matches("\\d{4}")) {
            problems.add(FieldProblem.of("postalCode", "error.case.postal-code"));
        }
        if (!consent.given()) {
            problems.add(FieldProblem.of("consent", "error.apply.consent"));
        } else if (consent.version() == null || !settings.isConsentVersion(consent.version())) {
            problems.add(FieldProblem.of("consent", "error.apply.consent-version"));
        }
    }

    private static String checkVideo(RecruitmentCase c, String link, List<Upload> files, List<FieldProblem> problems) {
        boolean file = files.stream().anyMatch(u -> u.kind() == DocumentKind.VIDEO);
        if (file && (!c.videoAllowed() || c.anonymous())) {
            problems.add(FieldProblem.of("video", "error.apply.video-not-allowed"));
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        if (file) {
            problems.add(FieldProblem.of("videoLink", "error.apply.video-both"));
            return null;
        }
        if (!c.videoAllowed() || c.anonymous()) {
            problems.add(FieldProblem.of("videoLink", "error.apply.video-not-allowed"));
            return null;
        }
        String v = link.strip();
        if (!v.matches("https://[^\\s]{4,490}")) {
            problems.add(FieldProblem.of("videoLink", "error.apply.video-link"));
            return null;
        }
        return v;
    }

    private static String language(Locale l) {
        return l != null && "en".equals(l.getLanguage()) ? "en" : "da";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
