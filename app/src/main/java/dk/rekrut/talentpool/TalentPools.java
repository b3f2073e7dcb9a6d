package dk.rekrut.talentpool;

import static dk.rekrut.organisation.Role.HR_CASE_HANDLING;
import static dk.rekrut.organisation.Role.HR_EXTENDED;
import static dk.rekrut.organisation.Role.HR_LIMITED;

import dk.rekrut.storage.DetectedType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.Postings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.PlainText;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import dk.rekrut.shared.Tokens;
import dk.rekrut.storage.FileStore;
import dk.rekrut.storage.UploadInspector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent pools. Nobody becomes a member without their own acceptance through a private link; consent runs for the
 * pool's period from acceptance (or renewal). Only HR roles read or change members; every such read of one member
 * and every change is audited by member id (never by name).
 */
@Service
public class TalentPools {

    /** HR's search: every criterion given must hold; {@code iconIds} must all be on the member. */
    public record Search(String text, UUID poolId, Set<UUID> iconIds, Integer minRating) {
        public static final Search ALL = new Search(null, null, Set.of(), null);
    }

    /** A public enrolment as submitted. */
    public record Enrolment(UUID poolId, String name, String email, String profile, String cvFileName, byte[] cv,
                            boolean consent, Locale language) {
        @Override
        public String toString() {
            return "Enrolment[" + poolId + "]";
        }
    }

    /** What the person behind a private link sees: their pool, their state and (if a member) until when. */
    public record ConsentView(String poolName, int consentMonths, MemberStatus status, Instant consentUntil) {
    }

    private final TalentPoolRepository repository;
    private final Applications applications;
    private final ApplicantViews applicants;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final CaseAccess caseAccess;
    private final Postings postings;
    private final PublicPostings publicPostings;
    private final FileStore files;
    private final UploadInspector inspector;
    private final AuditLog audit;
    private final Clock clock;

    TalentPools(TalentPoolRepository repository, Applications applications, ApplicantViews applicants,
                Correspondence correspondence, InstitutionSettings settings, CaseAccess caseAccess, Postings postings,
                PublicPostings publicPostings, FileStore files, UploadInspector inspector, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.applications = applications;
        this.applicants = applicants;
        this.correspondence = correspondence;
        this.settings = settings;
        this.caseAccess = caseAccess;
        this.postings = postings;
        this.publicPostings = publicPostings;
        this.files = files;
        this.inspector = inspector;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- HR

    /**
     * Offers a case's applicant a place in a pool: reads name and e-mail through the audited application API
     * (HR handling the case only) and mails a private link. The applicant is not a member until they accept.
     */
    @Transactional
    public void offer(CurrentUser user, UUID caseId, UUID applicationId, UUID poolId, String linkBase) {
        requireHr(user);
        var pool = repository.pool(poolId).orElseThrow(() -> new RuleViolation("error.pool.choose"));
        var contact = applicants.contactFor(user, caseId, applicationId, "talent pool offer")
            .orElseThrow(() -> new ForbiddenException("talent pool offer"));
        String email = contact.email().strip().toLowerCase(Locale.ROOT);
        var existing = repository.byPoolAndEmail(poolId, email);
        if (existing.isPresent() && existing.get().status() == MemberStatus.ACTIVE) {
            throw new RuleViolation("error.pool.already-member");
        }
        String token = Tokens.newToken();
        String language = "en".equals(contact.language().getLanguage()) ? "en" : "da";
        Instant now = clock.instant();
        UUID id;
        if (existing.isPresent()) {
            id = existing.get().id();
            repository.renewPending(id, MemberStatus.OFFERED, contact.name(), language, existing.get().profile(),
                existing.get().cvFileId(), applicationId, Tokens.hash(token), now);
        } else {
            id = UUID.randomUUID();
            repository.insertMember(id, poolId, MemberStatus.OFFERED, contact.name(), email, language, null, null,
                applicationId, Tokens.hash(token), now);
        }
        correspondence.send(new Letter(LetterKind.TALENT_POOL_OFFER, "pool-offer:" + id + ":" + Tokens.hash(token), null,
            email, Locale.forLanguageTag(language), Map.of("name", contact.name(), "pool", pool.name(),
                "months", String.valueOf(pool.consentMonths()), "link", consentLink(linkBase, token),
                "institution", settings.get(InstitutionSettings.NAME)), List.of()));
        audit.record(AuditAction.TALENT_POOL_OFFERED, "TalentMember", id, "pool " + poolId + ", application " + applicationId);
    }

    /** Active members matching the search; HR roles only. */
    public List<Member> search(CurrentUser user, Search s) {
        requireHr(user);
        Integer min = s.minRating() == null || s.minRating() < 1 ? null : Math.min(s.minRating(), 5);
        return repository.search(s.text(), s.poolId(), s.iconIds() == null ? Set.of() : s.iconIds(), min, clock.instant());
    }

    /**
     * One member, audited. An active member consented to the organisation's pool, so every HR user may see them; a
     * pending offer is only a case's applicant so far, seen by the HR who may manage that case (a self-enrolment
     * not yet confirmed by its link is seen by no one). Anything else answers as if the member did not exist.
     */
    @Transactional
    public Member member(CurrentUser user, UUID memberId) {
        requireHr(user);
        var m = repository.member(memberId).filter(found -> mayRead(user, found))
            .orElseThrow(() -> new NotFoundException("member"));
        audit.record(AuditAction.TALENT_MEMBER_READ, "TalentMember", memberId, "by " + user.role());
        return m;
    }

    private boolean mayRead(CurrentUser user, Member m) {
        if (m.status() == MemberStatus.ACTIVE) {
            return true;
        }
        return m.sourceApplicationId() != null && applications.find(m.sourceApplicationId())
            .filter(a -> caseAccess.canManage(user, a.caseId())).isPresent();
    }

    /** The member's CV (self-enrolled members only), audited. */
    @Transactional
    public Optional<byte[]> cv(CurrentUser user, UUID memberId) {
        var m = member(user, memberId);
        return m.cvFileId() == null ? Optional.empty() : Optional.of(files.read(m.cvFileId()));
    }

    public Optional<String> cvContentType(UUID memberId) {
        return repository.member(memberId).map(Member::cvFileId).map(f -> files.describe(f).contentType());
    }

    @Transactional
    public void tag(CurrentUser user, UUID memberId, Collection<UUID> iconIds, Integer rating) {
        requireHr(user);
        var m = repository.member(memberId).filter(found -> mayRead(user, found))
            .orElseThrow(() -> new NotFoundException("member"));
        if (m.status() != MemberStatus.ACTIVE) {
            throw new RuleViolation("error.pool.not-member");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new RuleViolation("error.pool.rating");
        }
        var known = repository.icons().stream().map(Icon::id).toList();
        var chosen = new LinkedHashSet<UUID>(iconIds == null ? List.of() : iconIds);
        if (!known.containsAll(chosen)) {
            throw new RuleViolation("error.pool.icon-unknown");
        }
        repository.setIconsAndRating(memberId, chosen, rating);
        audit.record(AuditAction.TALENT_MEMBER_CHANGED, "TalentMember", memberId, "icons " + chosen.size() + ", rating " + rating);
    }

    /**
     * Sends chosen members the link to a case's posting. The posting must be publicly visible now: a pool member
     * still applies like everyone else. The same posting never goes to the same member twice. Returns how many
     * were sent now.
     */
    @Transactional
    public int sendPosting(CurrentUser user, UUID caseId, Collection<UUID> memberIds, String linkBase) {
        requireHr(user);
        var c = caseAccess.requireManage(user, caseId);
        var posting = postings.forCase(caseId).flatMap(p -> publicPostings.page(p.id()))
            .orElseThrow(() -> new RuleViolation("error.pool.posting-not-public"));
        if (memberIds == null || memberIds.isEmpty()) {
            throw new RuleViolation("error.pool.no-members-chosen");
        }
        Instant now = clock.instant();
        int sent = 0;
        for (UUID id : new LinkedHashSet<>(memberIds)) {
            var m = repository.member(id).orElseThrow(() -> new NotFoundException("member"));
            if (m.status() != MemberStatus.ACTIVE || !m.consentUntil().isAfter(now)) {
                continue;
            }
            correspondence.send(new Letter(LetterKind.TALENT_POOL_POSTING, "pool-posting:" + id + ":" + posting.id(), null,
                m.email(), Locale.forLanguageTag(m.language()), Map.of("name", m.name(), "pool", m.poolName(),
                    "title", c.title(), "link", linkBase + "/jobs/" + posting.id(),
                    "institution", settings.get(InstitutionSettings.NAME)), List.of()));
            audit.record(AuditAction.TALENT_MEMBER_READ, "TalentMember", id, "sent posting " + posting.id());
            sent++;
        }
        return sent;
    }

    /**
     * For retention: whether the applicant of this application is in a pool with valid consent (their application
     * data may then be kept beyond the ordinary retention period).
     */
    public boolean hasValidConsent(UUID applicationId) {
        return repository.hasValidConsent(applicationId, clock.instant());
    }

    // ---- the public side: the private link and self-enrolment

    /**
     * Self-enrolment from the public site: stores the person as UNCONFIRMED (CV inspected and stored) and mails the
     * confirmation link. The answer is the same whether or not the e-mail is already in the pool.
     */
    @Transactional
    public void enrol(Enrolment e, String linkBase) {
        var pool = repository.pool(e.poolId()).filter(Pool::publicEnrolment)
            .orElseThrow(() -> new RuleViolation("error.pool.choose"));
        // The name heads HR's member list and the letters: no bidirectional controls (PlainText).
        String name = required(PlainText.plain(e.name()), 200, "error.pool.person-name");
        if (!EmailAddress.isValid(e.email())) {
            throw new RuleViolation("error.apply.email");
        }
        String profile = required(e.profile(), 4000, "error.pool.profile");
        if (!e.consent()) {
            throw new RuleViolation("error.pool.consent");
        }
        if (e.cv() == null || e.cv().length == 0) {
            throw new RuleViolation("error.pool.cv");
        }
        var inspection = inspector.inspect(e.cvFileName(), e.cv());
        if (inspection instanceof UploadInspector.Refused refused) {
            throw new RuleViolation(refused.messageKey(), refused.args().toArray());
        }
        var accepted = (UploadInspector.Accepted) inspection;
        String email = e.email().strip().toLowerCase(Locale.ROOT);
        var existing = repository.byPoolAndEmail(pool.id(), email);
        if (existing.isPresent() && existing.get().status() == MemberStatus.ACTIVE) {
            return; // already a member; say nothing that tells a stranger so
        }
        var stored = files.store("talent-pool-cv", e.cv(), e.cv().length, accepted.contentType());
        String token = Tokens.newToken();
        String language = e.language() != null && "en".equals(e.language().getLanguage()) ? "en" : "da";
        Instant now = clock.instant();
        UUID id;
        if (existing.isPresent()) {
            id = existing.get().id();
            if (existing.get().cvFileId() != null) {
                files.delete(existing.get().cvFileId());
            }
            repository.renewPending(id, MemberStatus.UNCONFIRMED, name, language, profile, stored.id(), null,
                Tokens.hash(token), now);
        } else {
            id = UUID.randomUUID();
            repository.insertMember(id, pool.id(), MemberStatus.UNCONFIRMED, name, email, language, profile, stored.id(),
                null, Tokens.hash(token), now);
        }
        correspondence.send(new Letter(LetterKind.TALENT_POOL_CONFIRM, "pool-confirm:" + id + ":" + Tokens.hash(token), null,
            email, Locale.forLanguageTag(language), Map.of("name", name, "pool", pool.name(),
                "months", String.valueOf(pool.consentMonths()), "link", consentLink(linkBase, token),
                "institution", settings.get(InstitutionSettings.NAME)), List.of()));
    }

    /** What the private link shows; empty for an unknown or used-up link. */
    public Optional<ConsentView> consentView(String token) {
        return byToken(token).map(m -> {
            var pool = repository.pool(m.poolId()).orElseThrow();
            return new ConsentView(pool.name(), pool.consentMonths(), m.status(), m.consentUntil());
        });
    }

    /** Accepts an offer, confirms an enrolment or renews consent: consent until now plus the pool's period. */
    @Transactional
    public ConsentView accept(String token) {
        var m = byToken(token).orElseThrow(() -> new NotFoundException("consent link"));
        var pool = repository.pool(m.poolId()).orElseThrow();
        Instant until = clock.instant().atZone(Time.DANISH).plusMonths(pool.consentMonths()).toInstant();
        repository.activate(m.id(), until);
        audit.recordAs("candidate", m.status() == MemberStatus.ACTIVE ? AuditAction.TALENT_MEMBER_CHANGED
            : AuditAction.TALENT_MEMBER_JOINED, "TalentMember", m.id(), "consent until " + until);
        return new ConsentView(pool.name(), pool.consentMonths(), MemberStatus.ACTIVE, until);
    }

    /**
     * The person withdraws consent (or declines the offer): removed and deleted at once, CV file included. An
     * unknown link (e.g. a second click) does nothing: the outcome is the same, no data is kept.
     */
    @Transactional
    public void leave(String token) {
        var found = byToken(token);
        if (found.isEmpty()) {
            return;
        }
        var m = found.get();
        remove(m.id(), m.cvFileId(), "candidate", "withdrawn by the candidate");
    }

    void remove(UUID memberId, UUID cvFileId, String actor, String why) {
        repository.delete(memberId);
        if (cvFileId != null) {
            files.delete(cvFileId);
        }
        audit.recordAs(actor, AuditAction.TALENT_MEMBER_REMOVED, "TalentMember", memberId, why);
    }

    /** The file extension for a stored CV's content type, for the download's name. */
    static String extensionFor(String contentType) {
        for (var t : DetectedType.values()) {
            if (t.contentType().equals(contentType)) {
                return t.extension();
            }
        }
        return "bin";
    }

    static String consentLink(String linkBase, String token) {
        return linkBase + "/jobs/talent-pool/consent/" + token;
    }

    private Optional<Member> byToken(String token) {
        return Tokens.plausible(token) ? repository.byTokenHash(Tokens.hash(token)) : Optional.empty();
    }

    static void requireHr(CurrentUser user) {
        if (user == null || !user.is(HR_EXTENDED, HR_CASE_HANDLING, HR_LIMITED)) {
            throw new ForbiddenException("talent pools");
        }
    }

    static String required(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RuleViolation(key);
        }
        return value.strip();
    }

    static String blank(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation("error.pool.description");
        }
        return value.strip();
    }

    static List<UUID> ids(List<String> raw) {
        var out = new ArrayList<UUID>();
        for (String s : raw == null ? List.<String>of() : raw) {
            try {
                out.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("error.pool.icon-unknown");
            }
        }
        return out;
    }
}
