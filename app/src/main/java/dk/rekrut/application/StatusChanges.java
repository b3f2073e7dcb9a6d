package dk.rekrut.application;

import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an application's status, each recorded with who made it: staff's decisions, the invitation to an
 * interview, the rejection with its letter and the applicant's own withdrawal.
 */
@Service
public class StatusChanges {

    private final ApplicationRepository repository;
    private final CaseAccess caseAccess;
    private final ApplicantViews applicants;
    private final ApplicantErasure erasure;
    private final InstitutionSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    StatusChanges(ApplicationRepository repository, CaseAccess caseAccess, ApplicantViews applicants,
                  ApplicantErasure erasure, InstitutionSettings settings, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.caseAccess = caseAccess;
        this.applicants = applicants;
        this.erasure = erasure;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The applicant withdraws: status WITHDRAWN; identity, files, answers and messages are deleted at once (GDPR).
     * The status history stays, without a person behind it, for the statistics.
     */
    @Transactional
    public void withdraw(String token) {
        var a = repository.findByToken(token).orElseThrow(() -> new NotFoundException("application"));
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
        if (to == ApplicationStatus.OFFERED) {
            // The offer goes with its letter, which cannot be called back: only offer() from its confirmation page.
            throw new RuleViolation("error.status.offer-with-letter");
        }
        if (to == ApplicationStatus.HIRED && !a.status().mayBeHired()) {
            throw new RuleViolation("error.status.hire-after-offer"); // the offer and its letter come first
        }
        repository.changeStatus(applicationId, a.status(), to, user.username(), clock.instant());
        audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", applicationId, a.status() + " -> " + to);
    }

    /**
     * The rejection letter's wording: the after-interview one for a candidate who was met, whether HR moved the
     * status on to INTERVIEWED or not ({@code metAtInterview}: the interview was held).
     */
    public static LetterKind rejectionLetter(Application a, boolean metAtInterview) {
        return a.status() == ApplicationStatus.INTERVIEWED || metAtInterview
            ? LetterKind.REJECTION_AFTER_INTERVIEW : LetterKind.REJECTION;
    }

    /**
     * Offers the candidate the position (new-user review #8: reaching OFFERED sent no letter): the status OFFERED and
     * the offer letter ({@code message}: HR's own lines, e.g. start date and whom to call), in one transaction.
     */
    @Transactional
    public void offer(CurrentUser user, UUID applicationId, String message) {
        var a = repository.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = caseAccess.requireManage(user, a.caseId());
        if (a.status().isFinal() || a.status() == ApplicationStatus.OFFERED) {
            throw new RuleViolation("error.offer.not-open");
        }
        String body = message == null ? "" : message.strip();
        if (body.length() > MAX_OFFER_MESSAGE) {
            throw new RuleViolation("error.offer.message-length");
        }
        applicants.sendIfReachable(applicationId, "offer letter", identity -> new Letter(LetterKind.OFFER,
            "offer:" + applicationId, applicationId, identity.email(), Locale.forLanguageTag(a.language()),
            Map.of("name", identity.fullName(), "title", c.title(), "body", body,
                "institution", settings.get(InstitutionSettings.NAME)), List.of()));
        repository.changeStatus(applicationId, a.status(), ApplicationStatus.OFFERED, user.username(), clock.instant());
        audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", applicationId, a.status() + " -> OFFERED (letter)");
    }

    /** The longest message HR adds to an offer letter. */
    public static final int MAX_OFFER_MESSAGE = 2000;

    /** Whether the application deadline is still ahead: rejection letters wait for it. */
    public boolean rejectionTooEarly(Instant deadline) {
        return deadline.isAfter(clock.instant());
    }

    /**
     * Rejects several candidates in one go (only once the application deadline has passed): each gets the rejection
     * letter (after-interview wording for those who were interviewed, {@link #rejectionLetter}) through the outbox,
     * and the status REJECTED, in one transaction.
     */
    @Transactional
    public int reject(CurrentUser user, UUID caseId, List<UUID> applicationIds, String reason, Set<UUID> metAtInterview) {
        var c = caseAccess.requireManage(user, caseId);
        if (rejectionTooEarly(c.deadline())) {
            // Everyone who applies in time is assessed on the same footing, so nobody is turned down while others may
            // still apply (new-user review P8); a letter cannot be called back.
            throw new RuleViolation("error.reject.before-deadline");
        }
        int rejected = 0;
        for (UUID id : applicationIds) {
            var a = repository.find(id).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("application"));
            if (a.status().isFinal()) {
                continue;
            }
            var kind = rejectionLetter(a, metAtInterview.contains(id));
            // An applicant whose data was erased has no address left: the status changes, no letter goes.
            applicants.sendIfReachable(id, "rejection letter", identity -> new Letter(kind,
                "rejection:" + id, id, identity.email(), Locale.forLanguageTag(a.language()),
                Map.of("name", identity.fullName(), "title", c.title(), "reason", reason == null ? "" : reason.strip(),
                    "institution", settings.get(InstitutionSettings.NAME)), List.of()));
            repository.changeStatus(id, a.status(), ApplicationStatus.REJECTED, user.username(), clock.instant());
            audit.record(AuditAction.APPLICATION_STATUS_CHANGED, "Application", id, a.status() + " -> REJECTED (letter)");
            rejected++;
        }
        return rejected;
    }
}
