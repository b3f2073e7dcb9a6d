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

    /** Everything an applicant submits. {@code submissionKey} is the form's one-time key (idempotency). */
    public record Submission(UUID postingId, String submissionKey, String name, String email, String phone,
                             String street, String postalCode, String town, boolean consent, Integer consentVersion,
                             String medium, Map<String, List<String>> answerFields, List<Upload> uploads,
                             String videoLink, Locale language, String linkBase, boolean preferentialAccess,
                             String employedHere) {

        /** Without a declaration of preferential access and without "are you employed here today?" (both optional). */
        public Submission(UUID postingId, String submissionKey, String name, String email, String phone, String street,
                          String postalCode, String town, boolean consent, Integer consentVersion, String medium,
                          Map<String, List<String>> answerFields, List<Upload> uploads, String videoLink, Locale language,
                          String linkBase) {
            this(postingId, submissionKey, name, email, phone, street, postalCode, town, consent, consentVersion, medium,
                answerFields, uploads, videoLink, language, linkBase, false, null);
        }

        /** This submission with the two optional declarations: preferential access and "are you employed here today?". */
        public Submission withDeclarations(boolean preferentialAccess, String employedHere) {
            return new Submission(postingId, submissionKey, name, email, phone, street, postalCode, town, consent,
                consentVersion, medium, answerFields, uploads, videoLink, language, linkBase, preferentialAccess, employedHere);
        }
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
        checkContact(s, problems);
        var answers = Answers.read(questions.forCase(c.id()), s.answerFields());
        problems.addAll(answers.problems());
        String video = checkVideo(c, s.videoLink(), s.uploads(), problems);
        var checked = uploads.check(s.uploads(), problems);
        Boolean employedHere = employedHere(s.employedHere(), problems);
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }

        UUID id = UUID.randomUUID();
        String token = Tokens.newToken();
        String medium = postings.medium(s.medium()).map(m -> m.code()).orElse(null);
        var application = new Application(id, c.id(), candidateNumbers.next(c.id()), ApplicationStatus.RECEIVED, now,
            s.consentVersion(), medium, video, language(s.language()), answers.values(), employedHere);
        repository.insert(application, s.submissionKey(), Tokens.hash(token), s.preferentialAccess()); // with its first status
        identities.store(id, new ApplicantIdentity(plain(s.name()), s.email().strip(), blank(s.phone()),
            blank(plain(s.street())), blank(s.postalCode()), blank(plain(s.town())), null));
        var documents = identities.storeDocuments(id, checked.stream().map(u -> new IdentityAccess.NewDocument(
                u.upload().kind(), u.upload().originalName(), u.type(), u.contentType(), u.upload().content())).toList())
            .stream().map(d -> new ApplicationSubmitted.SubmittedDocument(d.id(), d.kind().name())).toList();
        // In this transaction: whoever queues work for the application (redaction) commits or rolls back with it.
        events.publishEvent(new ApplicationSubmitted(id, c.id(), c.anonymous(), documents));
        sendReceipt(application, plain(s.name()), s.email().strip(), c, s.linkBase() + "/my-application/" + token);
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

    private void checkContact(Submission s, List<FieldProblem> problems) {
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
        if (!s.consent()) {
            problems.add(FieldProblem.of("consent", "error.apply.consent"));
        } else if (s.consentVersion() == null || !settings.isConsentVersion(s.consentVersion())) {
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
