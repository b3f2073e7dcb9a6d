package dk.rekrut.application;

import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.identity.ApplicantIdentity;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy door: every read of an applicant's identity (name, e-mail, address, original files) by staff or for
 * a letter goes through this class, under one rule ({@link #mayIdentify}) and audited by the identity module. Other
 * modules get a {@link Contact} or a filled-in letter, never an {@link ApplicantIdentity} of their own.
 */
@Service
public class ApplicantViews {

    /** An applicant's name, e-mail and language, for a module that must write to them (e.g. a talent pool offer). */
    public record Contact(String name, String email, Locale language) {
        @Override
        public String toString() {
            return "Contact[...]"; // no personal data in logs
        }
    }

    /** One other application by the same applicant: the case's title and its status, nothing else. */
    public record OtherApplication(UUID caseId, String caseTitle, ApplicationStatus status, Instant submittedAt) {
    }

    private final ApplicationRepository repository;
    private final IdentityAccess identities;
    private final CaseAccess caseAccess;
    private final Cases cases;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    ApplicantViews(ApplicationRepository repository, IdentityAccess identities, CaseAccess caseAccess, Cases cases,
                   Correspondence correspondence, InstitutionSettings settings, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.identities = identities;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.correspondence = correspondence;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
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

    /**
     * Name and e-mail for staff who may know who the candidate is: HR handling the case, or anyone on the case
     * team when the recruitment is not anonymous. Every look is audited.
     */
    public Optional<ApplicantIdentity> identityFor(CurrentUser user, Application a) {
        var c = caseAccess.requireView(user, a.caseId());
        return mayIdentify(user, c, a) ? identities.reveal(a.id(), "case view by " + user.role()) : Optional.empty();
    }

    /** The candidate's name under the rule of {@link #identityFor} (audited the same way); empty where it withholds. */
    public Optional<String> nameFor(CurrentUser user, Application a) {
        return identityFor(user, a).map(ApplicantIdentity::fullName);
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
     * The names of the applicants to {@code caseIds} whose name or e-mail holds {@code text}, at most {@code limit}, by
     * candidate id in name order, for {@link ApplicantSearch}, which has decided that the user may know who applied
     * to these cases (ordinary cases the user may see). Every name found is audited as an identity read.
     */
    Map<UUID, String> namesMatching(CurrentUser user, Collection<UUID> caseIds, String text, int limit) {
        return identities.matchingInCases(caseIds, text, limit, "search by " + user.role());
    }

    /**
     * The names of the case's candidates among {@code shown}, by application id, for the pages that show many
     * candidates at once (the board, the candidate table, the ratings overview, the interview page): only in an
     * ordinary case, where the whole case team may know who applied. An anonymous case shows candidate numbers in its
     * overviews to everyone, HR included, so a name never lands on a screen the committee may be looking at; nothing
     * is read then. Applications of another case are left out, whatever the caller passes. Audited, as every read.
     */
    public Map<UUID, String> namesForOverview(CurrentUser user, RecruitmentCase c, Collection<Application> shown) {
        caseAccess.requireView(user, c.id());
        var ids = shown.stream().filter(a -> a.caseId().equals(c.id())).map(Application::id).toList();
        if (c.anonymous() || ids.isEmpty()) {
            return Map.of();
        }
        return identities.names(ids, "case overview by " + user.role());
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

    /** A letter to one applicant whose attachments do not name the applicant; see the method below. */
    @Transactional
    public void sendToApplicant(UUID applicationId, LetterKind kind, String cause, Map<String, String> placeholders,
                                List<Letter.Attachment> attachments, String linkBase) {
        sendToApplicant(applicationId, kind, cause, placeholders, contact -> attachments, linkBase);
    }

    /**
     * Writes to one applicant through the outbox (the caller has checked that the user may), with a personal link to
     * the applicant's page unless the placeholders hold a link. The applicant's name and e-mail are read here, audited, and never handed to the caller; attachments that must name the
     * applicant (an invitation's attendee) are made from the {@link Contact} inside this call.
     */
    @Transactional
    public void sendToApplicant(UUID applicationId, LetterKind kind, String cause, Map<String, String> placeholders,
                                Function<Contact, List<Letter.Attachment>> attachments, String linkBase) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = cases.find(a.caseId()).orElseThrow();
        var identity = identities.reveal(applicationId, "letter " + kind).orElseThrow(() -> new NotFoundException("applicant"));
        var language = Locale.forLanguageTag(a.language());
        var values = new HashMap<String, String>(placeholders);
        values.putIfAbsent("name", identity.fullName());
        values.putIfAbsent("title", c.title());
        values.putIfAbsent("institution", settings.get(InstitutionSettings.NAME));
        if (!values.containsKey("link")) {
            values.put("link", personalLink(applicationId, linkBase));
        }
        var contact = new Contact(identity.fullName(), identity.email(), language);
        correspondence.send(new Letter(kind, cause, applicationId, identity.email(), language, values,
            attachments.apply(contact)));
    }

    /**
     * A private link of its own to the applicant's page, for a letter that links there: only its hash is kept, and
     * the applicant's earlier links keep working (until the applicant asks for a new link: {@link #resendLinks}). For letters only: the caller puts it into the letter and nowhere
     * a member of staff could read it.
     */
    @Transactional
    public String personalLink(UUID applicationId, String linkBase) {
        String token = Tokens.newToken();
        repository.addLink(applicationId, Tokens.hash(token), clock.instant());
        return linkBase + "/my-application/" + token;
    }

    /**
     * Sends the letter {@code letter} makes from the applicant's identity, if there is one: an applicant whose data
     * was erased has no address left, and nothing is sent.
     */
    void sendIfReachable(UUID applicationId, String purpose, Function<ApplicantIdentity, Letter> letter) {
        identities.reveal(applicationId, purpose).ifPresent(identity -> correspondence.send(letter.apply(identity)));
    }

    /**
     * Sends a fresh private link to every application made with this e-mail, and revokes every earlier one (the
     * receipt's and those in letters), so an applicant who fears a link was forwarded can shut it. The answer never
     * says whether any exist.
     */
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
            String token = Tokens.newToken();
            // The page promises that an earlier link stops working: the receipt's and every letter's link alike.
            repository.replaceToken(id, Tokens.hash(token));
            repository.deleteLinks(id);
            var c = cases.find(a.caseId());
            // In the language the applicant applied in, not the language of whoever typed the address in.
            Locale applicantLanguage = a.language() == null ? language : Locale.forLanguageTag(a.language());
            correspondence.send(new Letter(LetterKind.APPLICATION_LINK, "link:" + id + ":" + Tokens.hash(token), id, email.strip(),
                applicantLanguage, Map.of("link", linkBase + "/my-application/" + token,
                    "title", c.map(RecruitmentCase::title).orElse(""),
                    "institution", settings.get(InstitutionSettings.NAME)),
                List.of()));
        }
    }
}
