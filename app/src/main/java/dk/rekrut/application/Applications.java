package dk.rekrut.application;

import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.shared.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
import dk.rekrut.recruitment.CaseStatusGuard;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.TextLimits;
import dk.rekrut.shared.Time;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving applications. {@link #submit} is one transaction: identity, original files, answers and the receipt
 * in the outbox are stored together or not at all (files written before a rollback are removed by the file
 * store). A repeated submission key is answered as a duplicate and creates nothing.
 */
@Service
public class Applications implements CaseStatusGuard {

    private static final Logger LOG = LoggerFactory.getLogger(Applications.class);
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{8,20}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CANDIDATE_NUMBERS_PER_QUERY = 4;

    /** One uploaded file as received. */
    public record Upload(DocumentKind kind, String originalName, byte[] content) {
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

        /** With a declaration of preferential access, leaving "are you employed here today?" unanswered. */
        public Submission(UUID postingId, String submissionKey, String name, String email, String phone, String street,
                          String postalCode, String town, boolean consent, Integer consentVersion, String medium,
                          Map<String, List<String>> answerFields, List<Upload> uploads, String videoLink, Locale language,
                          String linkBase, boolean preferentialAccess) {
            this(postingId, submissionKey, name, email, phone, street, postalCode, town, consent, consentVersion, medium,
                answerFields, uploads, videoLink, language, linkBase, preferentialAccess, null);
        }

        /** Answering "are you employed here today?", without a declaration of preferential access. */
        public Submission(UUID postingId, String submissionKey, String name, String email, String phone, String street,
                          String postalCode, String town, boolean consent, Integer consentVersion, String medium,
                          Map<String, List<String>> answerFields, List<Upload> uploads, String videoLink, Locale language,
                          String linkBase, String employedHere) {
            this(postingId, submissionKey, name, email, phone, street, postalCode, town, consent, consentVersion, medium,
                answerFields, uploads, videoLink, language, linkBase, false, employedHere);
        }
    }

    /** An applicant's name, e-mail and language, for a module that must write to them (e.g. a talent pool offer). */
    public record Contact(String name, String email, Locale language) {
        @Override
        public String toString() {
            return "Contact[...]"; // no personal data in logs
        }
    }

    /** What the applicant gets back. The token is shown once and e-mailed; only its hash is stored. */
    public record Receipt(UUID applicationId, String candidateNumber, String accessToken, boolean duplicate) {
    }

    private final ApplicationRepository repository;
    private final ScreeningQuestions questions;
    private final PublicPostings postings;
    private final IdentityAccess identities;
    private final Uploads uploads;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final Cases cases;
    private final TransactionTemplate tx;
    private final CaseAccess caseAccess;
    private final ApplicationEventPublisher events;
    private final ApplicantErasure erasure;
    private final SubmissionGate gate;

    Applications(ApplicationRepository repository, ScreeningQuestions questions, PublicPostings postings,
                 IdentityAccess identities, Uploads uploads, Correspondence correspondence, InstitutionSettings settings,
                 AuditLog audit, Clock clock, Cases cases,
                 TransactionTemplate tx,
                 CaseAccess caseAccess,
                 ApplicationEventPublisher events, ApplicantErasure erasure,
                 SubmissionGate gate) {
        this.gate = gate;
        this.events = events;
        this.caseAccess = caseAccess;
        this.erasure = erasure;
        this.tx = tx;
        this.cases = cases;
        this.repository = repository;
        this.questions = questions;
        this.postings = postings;
        this.identities = identities;
        this.uploads = uploads;
        this.correspondence = correspondence;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
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
        String token = newToken();
        String medium = postings.medium(s.medium()).map(m -> m.code()).orElse(null);
        var application = new Application(id, c.id(), candidateNumber(c.id()), ApplicationStatus.RECEIVED, now,
            s.consentVersion(), medium, video, language(s.language()), answers.values(), employedHere);
        repository.insert(application, s.submissionKey(), hash(token), s.preferentialAccess()); // with its first status
        identities.store(id, new ApplicantIdentity(s.name().strip(), s.email().strip(), blank(s.phone()),
            blank(s.street()), blank(s.postalCode()), blank(s.town()), null));
        var documents = identities.storeDocuments(id, checked.stream().map(u -> new IdentityAccess.NewDocument(
                u.upload().kind(), u.upload().originalName(), u.type(), u.contentType(), u.upload().content())).toList())
            .stream().map(d -> new ApplicationSubmitted.SubmittedDocument(d.id(), d.kind().name())).toList();
        // In this transaction: whoever queues work for the application (redaction) commits or rolls back with it.
        events.publishEvent(new ApplicationSubmitted(id, c.id(), c.anonymous(), documents));
        sendReceipt(application, s.name().strip(), s.email().strip(), c, s.linkBase() + "/my-application/" + token);
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

    public Optional<Application> byToken(String token) {
        return token == null || token.length() > 100 ? Optional.empty() : repository.findByTokenHash(hash(token));
    }

    /**
     * The application's substance without its answers: views read answers only through anonymisation's
     * {@code Redactions.answers}, which keeps the originals from whoever may not know who applied.
     */
    public Optional<Application> find(UUID id) {
        return repository.findWithoutAnswers(id);
    }

    public List<Application> forCase(UUID caseId) {
        return repository.forCase(caseId);
    }

    /**
     * The applicant withdraws: status WITHDRAWN; identity, files, answers and messages are deleted at once (GDPR).
     * The status history stays, without a person behind it, for the statistics.
     */
    @Transactional
    public void withdraw(String token) {
        var a = byToken(token).orElseThrow(() -> new NotFoundException("application"));
        if (a.status() == ApplicationStatus.WITHDRAWN) {
            return;
        }
        if (a.status().isFinal()) {
            throw new RuleViolation("error.apply.cannot-withdraw");
        }
        repository.changeStatus(a.id(), a.status(), ApplicationStatus.WITHDRAWN, "applicant", clock.instant());
        erasure.erase(a.id(), ApplicantErasure.Reason.WITHDRAWAL);
        audit.recordAs("applicant", AuditAction.APPLICATION_WITHDRAWN, "Application", a.id(), null);
    }

    /** Sends a fresh private link to every application made with this e-mail. The answer never says whether any exist. */
    @Transactional
    public void resendLinks(String email, Locale language, String linkBase) {
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("error.apply.email");
        }
        for (UUID id : identities.candidatesWithEmail(email.strip(), "re-send private link")) {
            var a = repository.find(id).orElse(null);
            if (a == null || a.status() == ApplicationStatus.WITHDRAWN) {
                continue;
            }
            String token = newToken();
            repository.replaceToken(id, hash(token));
            var c = cases.find(a.caseId());
            // In the language the applicant applied in, not the language of whoever typed the address in.
            Locale applicantLanguage = a.language() == null ? language : Locale.forLanguageTag(a.language());
            correspondence.send(new Letter(LetterKind.APPLICATION_LINK, "link:" + id + ":" + hash(token), id, email.strip(),
                applicantLanguage, Map.of("link", linkBase + "/my-application/" + token,
                    "title", c.map(RecruitmentCase::title).orElse(""),
                    "institution", settings.get(InstitutionSettings.NAME)),
                List.of()));
        }
    }

    /**
     * Writes to one applicant through the outbox (the caller has checked that the user may). The applicant's
     * name and e-mail are read here, audited, and never handed to the caller.
     */
    @Transactional
    public void sendToApplicant(UUID applicationId, LetterKind kind, String cause, Map<String, String> placeholders,
                                List<Letter.Attachment> attachments, String linkBase) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = cases.find(a.caseId()).orElseThrow();
        var identity = identities.reveal(applicationId, "letter " + kind).orElseThrow(() -> new NotFoundException("applicant"));
        var values = new HashMap<String, String>(placeholders);
        values.putIfAbsent("name", identity.fullName());
        values.putIfAbsent("title", c.title());
        values.putIfAbsent("institution", settings.get(InstitutionSettings.NAME));
        values.putIfAbsent("link", linkBase + "/my-application/resend");
        var filled = attachments.stream().map(at -> at.contentType().startsWith("text/calendar")
            ? new Letter.Attachment(at.fileName(), at.contentType(), refold(new String(at.content(), StandardCharsets.UTF_8)
                .replace("mailto:" + ATTENDEE_PLACEHOLDER, "mailto:" + identity.email())).getBytes(StandardCharsets.UTF_8))
            : at).toList();
        correspondence.send(new Letter(kind, cause, applicationId, identity.email(), Locale.forLanguageTag(a.language()),
            values, filled));
    }

    /** Folds iCalendar lines longer than 75 octets again after the address was filled in (RFC 5545 3.1). */
    static String refold(String ics) {
        var out = new StringBuilder();
        for (String line : ics.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int count = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (count + len > 75) {
                    out.append("\r\n ");
                    count = 1;
                }
                out.appendCodePoint(cp);
                count += len;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Stands for the applicant's e-mail in calendar attachments; replaced here, where the address is known. */
    public static final String ATTENDEE_PLACEHOLDER = "a@rekrut.invalid";

    /** The invitation to an interview moves the status to INVITED, recorded with the person who invited. */
    @Transactional
    public void recordInvited(CurrentUser user, UUID applicationId) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        caseAccess.requireView(user, a.caseId());
        if (a.status() != ApplicationStatus.INVITED && !a.status().isFinal()) {
            repository.changeStatus(applicationId, a.status(), ApplicationStatus.INVITED, user.username(), clock.instant());
            audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", applicationId, a.status() + " -> INVITED");
        }
    }

    /** A status change is always a person's decision: only this method changes a status, and it records who. */
    @Transactional
    public void changeStatus(CurrentUser user, UUID applicationId, ApplicationStatus to) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        caseAccess.requireManage(user, a.caseId());
        if (!to.settableByStaff() || a.status() == ApplicationStatus.WITHDRAWN) {
            throw new RuleViolation("error.status.withdrawn"); // only the applicant withdraws
        }
        if (a.status() == to) {
            return;
        }
        repository.changeStatus(applicationId, a.status(), to, user.username(), clock.instant());
        audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", applicationId, a.status() + " -> " + to);
    }

    /**
     * Rejects several candidates in one go: each gets the rejection letter (after-interview wording for those who
     * were interviewed) through the outbox, and the status REJECTED, in one transaction.
     */
    @Transactional
    public int reject(CurrentUser user, UUID caseId, List<UUID> applicationIds, String reason) {
        var c = caseAccess.requireManage(user, caseId);
        int rejected = 0;
        for (UUID id : applicationIds) {
            var a = repository.find(id).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("application"));
            if (a.status().isFinal()) {
                continue;
            }
            var kind = a.status() == ApplicationStatus.INTERVIEWED ? LetterKind.REJECTION_AFTER_INTERVIEW : LetterKind.REJECTION;
            // An applicant whose data was erased has no address left: the status changes, no letter goes.
            identities.reveal(id, "rejection letter").ifPresent(identity -> correspondence.send(new Letter(kind,
                "rejection:" + id, id, identity.email(), Locale.forLanguageTag(a.language()),
                Map.of("name", identity.fullName(), "title", c.title(), "reason", reason == null ? "" : reason.strip(),
                    "institution", settings.get(InstitutionSettings.NAME)), List.of())));
            repository.changeStatus(id, a.status(), ApplicationStatus.REJECTED, user.username(), clock.instant());
            audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", id, a.status() + " -> REJECTED (letter)");
            rejected++;
        }
        return rejected;
    }

    /**
     * The candidates of a case who declared a right of preferential access (fortrinsadgang), in one query. Shown to
     * HR and the chair only: the declaration can point to a disability.
     */
    public Set<UUID> withPreferentialAccess(UUID caseId) {
        return Set.copyOf(repository.withPreferentialAccess(caseId));
    }

    /** One other application by the same applicant: the case's title and its status, nothing else. */
    public record OtherApplication(UUID caseId, String caseTitle, ApplicationStatus status, Instant submittedAt) {
    }

    /**
     * The applicant's other applications at the institution, matched by e-mail here (identity stays in this module).
     * For HR handling the case only, never for a committee: audited like every look at identity.
     */
    public List<OtherApplication> otherApplications(CurrentUser user, Application a) {
        var c = caseAccess.requireView(user, a.caseId());
        if (!caseAccess.canManage(user, c)) {
            return List.of();
        }
        var identity = identities.reveal(a.id(), "other applications, by " + user.role());
        if (identity.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<OtherApplication>();
        for (UUID id : identities.candidatesWithEmail(identity.get().email(), "other applications of a candidate")) {
            if (id.equals(a.id())) {
                continue;
            }
            repository.find(id).ifPresent(o -> out.add(new OtherApplication(o.caseId(),
                cases.find(o.caseId()).map(RecruitmentCase::title).orElse(""), o.status(), o.submittedAt())));
        }
        out.sort(Comparator.comparing(OtherApplication::submittedAt).reversed());
        return out;
    }

    public List<StatusChange> history(UUID applicationId) {
        return repository.history(applicationId);
    }

    /**
     * Name and e-mail for staff who may know who the candidate is: HR handling the case, or anyone on the case
     * team when the recruitment is not anonymous. Every look is audited.
     */
    public Optional<ApplicantIdentity> identityFor(CurrentUser user, Application a) {
        var c = caseAccess.requireView(user, a.caseId());
        return mayIdentify(user, c, a) ? identities.reveal(a.id(), "case view by " + user.role()) : Optional.empty();
    }

    /**
     * Name, e-mail and language of a case's applicant, for HR who handle the case (e.g. to offer a place in a talent
     * pool). Other roles, withdrawn applications and applications of another case get nothing. Audited.
     */
    public Optional<Contact> contactFor(CurrentUser user, UUID caseId, UUID applicationId, String purpose) {
        var c = caseAccess.requireView(user, caseId);
        var a = repository.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        if (!caseAccess.canManage(user, c) || a.status() == ApplicationStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return identities.reveal(a.id(), purpose + " by " + user.role())
            .map(i -> new Contact(i.fullName(), i.email(), Locale.forLanguageTag(a.language())));
    }

    /**
     * The applicant's original documents for the case page, under the same rule as {@link #identityFor}: a file's
     * name and content reveal who applied. In an anonymous case the committee gets none until re-identification.
     */
    public List<CaseDocument> documentsFor(CurrentUser user, Application a) {
        var c = caseAccess.requireView(user, a.caseId());
        if (!mayIdentify(user, c, a)) {
            return List.of();
        }
        return identities.documents(a.id(), "case view by " + user.role()).stream()
            .map(d -> new CaseDocument(d.id(), d.kind().name(), d.detectedType(), d.sizeBytes(), d.originalName()))
            .toList();
    }

    /** One original document for download by the case team; empty where {@link #documentsFor} would not list it. */
    public Optional<IdentityAccess.DocumentContent> openDocumentFor(CurrentUser user, UUID caseId, UUID applicationId,
                                                                    UUID documentId) {
        var c = caseAccess.requireView(user, caseId);
        var a = repository.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        if (!mayIdentify(user, c, a)) {
            return Optional.empty(); // 404: the committee of an anonymous case learns nothing, not even that it exists
        }
        return identities.openDocument(a.id(), documentId, "case download by " + user.role());
    }

    /**
     * Which of the case's candidates this user may know by name, by application id, under the rule of
     * {@link #identityFor} but without reading any identity (nothing to audit), for views of many candidates at once:
     * every one for HR handling the case and in an ordinary case; in an anonymous case the re-identified ones.
     */
    public Predicate<UUID> mayIdentify(CurrentUser user, RecruitmentCase c) {
        if (caseAccess.canManage(user, c) || !c.anonymous()) {
            return id -> true;
        }
        return repository.reidentifiedIn(c.id())::contains;
    }

    private boolean mayIdentify(CurrentUser user, RecruitmentCase c, Application a) {
        return caseAccess.canManage(user, c) || !c.anonymous() || repository.reidentified(a.id());
    }

    public boolean reidentified(UUID applicationId) {
        return repository.reidentified(applicationId);
    }

    public boolean canReidentify(CurrentUser user, RecruitmentCase c, Application a) {
        return c.anonymous() && a.status().isChosen() && !repository.reidentified(a.id())
            && (caseAccess.canManage(user, c) || c.hasMember(user.id(), TeamRole.CHAIR));
    }

    /**
     * Lifts the anonymity of one candidate chosen for interview, so the committee sees who they will meet, with
     * diplomas and documents. Only HR or the chair, only after the candidate is shortlisted; audited.
     */
    @Transactional
    public void reidentify(CurrentUser user, UUID applicationId) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = caseAccess.requireView(user, a.caseId());
        if (!caseAccess.canManage(user, c) && !c.hasMember(user.id(), TeamRole.CHAIR)) {
            throw new ForbiddenException("re-identify");
        }
        if (!c.anonymous() || !a.status().isChosen()) {
            throw new RuleViolation("error.reidentify.not-chosen");
        }
        if (repository.reidentified(applicationId)) {
            return;
        }
        repository.markReidentified(applicationId, user.username(), clock.instant());
        audit.record(AuditAction.REIDENTIFIED, "Application", applicationId, "by " + user.role());
    }

    @Override
    public List<String> blockersForClosing(UUID caseId) {
        return repository.countWithoutOutcome(caseId) > 0 ? List.of("blocker.applicants-without-outcome") : List.of();
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
        if (!over.contains("name") && (s.name() == null || s.name().isBlank())) {
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

    /**
     * K-1234: random, unique within the case, reveals neither order nor time nor name. Draws four numbers at once
     * and asks which are taken in one query, so a large case rarely costs a second query; when the four-digit numbers
     * are nearly used up, more digits (see {@link #smallestCandidateNumber}).
     */
    private String candidateNumber(UUID caseId) {
        for (int round = 0; ; round++) {
            int from = smallestCandidateNumber(round);
            var drawn = new LinkedHashSet<String>();
            while (drawn.size() < CANDIDATE_NUMBERS_PER_QUERY) {
                drawn.add("K-" + (from + RANDOM.nextInt(from * 9)));
            }
            Set<String> taken = repository.candidateNumbersTaken(caseId, drawn);
            for (String n : drawn) {
                if (!taken.contains(n)) {
                    return n;
                }
            }
        }
    }

    /**
     * Four digits while they last. When two rounds in a row find every number they drew taken, the case is filling
     * its space, so the next rounds draw one digit more instead of querying on and on (a case with 9,000
     * applications took ten rounds per application). At most nine digits.
     */
    static int smallestCandidateNumber(int round) {
        int from = 1000;
        for (int i = 0; i < Math.min(round / 2, 5); i++) {
            from *= 10;
        }
        return from;
    }

    private static String language(Locale l) {
        return l != null && "en".equals(l.getLanguage()) ? "en" : "da";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
