package dk.rekrut.interview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.CaseStatusGuard;
import dk.rekrut.recruitment.ClosingCheck;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * References (referencetagning): only with the candidate's recorded consent. A reference that holds information
 * to the candidate's disadvantage that matters for the decision obliges the employer to hear the candidate
 * (partshøring, forvaltningsloven § 19) before deciding; until HR records the hearing, the case cannot close.
 */
@Service
public class References implements CaseStatusGuard {

    /** How the candidate gave consent. */
    public enum ConsentWay { AT_INTERVIEW, BY_EMAIL, BY_PHONE, IN_WRITING }

    public record Consent(UUID applicationId, LocalDate givenOn, ConsentWay how, String recordedBy) {
    }

    /** What HR or the hiring manager enters for one reference. */
    public record Draft(String refereeName, String organisation, String phone, LocalDate takenOn, String notes,
                        boolean needsHearing) {
    }

    public record Reference(UUID id, UUID applicationId, String refereeName, String organisation, String phone,
                            LocalDate takenOn, String notes, boolean needsHearing, LocalDate hearingDoneOn,
                            String hearingReply, String recordedBy) {

        public boolean hearingOutstanding() {
            return needsHearing && hearingDoneOn == null;
        }
    }

    private final ReferenceRepository repository;
    private final CaseAccess access;
    private final Applications applications;
    private final ApplicantViews applicants;
    private final AuditLog audit;
    private final Clock clock;

    References(ReferenceRepository repository, CaseAccess access, Applications applications, ApplicantViews applicants, AuditLog audit,
               Clock clock) {
        this.repository = repository;
        this.access = access;
        this.applications = applications;
        this.applicants = applicants;
        this.audit = audit;
        this.clock = clock;
    }

    /** HR on the case and the hiring manager take references. */
    public boolean canRecord(CurrentUser user, RecruitmentCase c) {
        return access.canManage(user, c) || c.hasMember(user.id(), TeamRole.HIRING_MANAGER);
    }

    /**
     * The committee reads references too, but in an anonymous case only once the candidate is re-identified:
     * a referee's name and organisation point to the person.
     */
    public boolean canView(CurrentUser user, RecruitmentCase c, Application a) {
        return canRecord(user, c) || c.hasMember(user.id(), TeamRole.CHAIR, TeamRole.COMMITTEE_MEMBER)
            && (!c.anonymous() || applicants.reidentified(a.id()));
    }

    public Optional<Consent> consent(UUID applicationId) {
        return repository.consent(applicationId);
    }

    @Transactional
    public Consent recordConsent(CurrentUser user, UUID applicationId, LocalDate givenOn, ConsentWay how) {
        var a = recorderOf(user, applicationId);
        if (givenOn == null || how == null) {
            throw new RuleViolation("error.reference.consent-missing");
        }
        if (givenOn.isAfter(Time.today(clock))) {
            throw new RuleViolation("error.reference.future");
        }
        var consent = new Consent(a.id(), givenOn, how, user.username());
        repository.saveConsent(consent, clock.instant());
        audit.record(AuditAction.CASE_CHANGED, "Application", a.id(), "reference consent recorded (" + how + ")");
        return consent;
    }

    /** Saves a reference; refused while the candidate's consent is not recorded, or for a date before it. */
    @Transactional
    public Reference record(CurrentUser user, UUID applicationId, Draft d) {
        var a = recorderOf(user, applicationId);
        var consent = consent(a.id()).orElseThrow(() -> new RuleViolation("error.reference.no-consent"));
        if (d.refereeName() == null || d.refereeName().isBlank() || d.refereeName().length() > 200) {
            throw new RuleViolation("error.reference.name");
        }
        if (d.takenOn() == null || d.takenOn().isAfter(Time.today(clock))) {
            throw new RuleViolation("error.reference.date");
        }
        if (d.takenOn().isBefore(consent.givenOn())) {
            throw new RuleViolation("error.reference.before-consent");
        }
        if (length(d.organisation()) > 200 || length(d.phone()) > 30 || length(d.notes()) > 4000) {
            throw new RuleViolation("error.reference.too-long");
        }
        var id = UUID.randomUUID();
        repository.insert(new ReferenceRepository.NewReference(id, a.id(), a.caseId(), d.refereeName().strip(),
            blank(d.organisation()), blank(d.phone()), d.takenOn(), blank(d.notes()), d.needsHearing(), user.username()),
            clock.instant());
        audit.record(AuditAction.CASE_CHANGED, "Application", a.id(), "reference recorded");
        return find(id).orElseThrow();
    }

    /** HR records that the candidate was heard on the reference: when, and what the candidate answered. */
    @Transactional
    public void recordHearing(CurrentUser user, UUID referenceId, LocalDate doneOn, String reply) {
        var r = find(referenceId).orElseThrow(() -> new NotFoundException("reference"));
        recorderOf(user, r.applicationId());
        if (doneOn == null || doneOn.isAfter(Time.today(clock)) || doneOn.isBefore(r.takenOn())) {
            throw new RuleViolation("error.reference.hearing-date");
        }
        if (length(reply) > 4000) {
            throw new RuleViolation("error.reference.too-long");
        }
        repository.recordHearing(referenceId, doneOn, blank(reply), user.username());
        audit.record(AuditAction.CASE_CHANGED, "Application", r.applicationId(), "hearing on reference recorded");
    }

    public List<Reference> forApplication(UUID applicationId) {
        return repository.forApplication(applicationId);
    }

    public Optional<Reference> find(UUID id) {
        return repository.find(id);
    }

    /** Candidate ids of the case with a hearing still outstanding. */
    public List<UUID> hearingsOutstanding(UUID caseId) {
        return repository.hearingsOutstanding(caseId);
    }

    @Override
    public List<ClosingCheck> closingChecks(UUID caseId) {
        var ids = applications.forCase(caseId).stream().map(Application::id).toList();
        return List.of(ClosingCheck.required("check.hearings", hearingsOutstanding(caseId).isEmpty()),
            ClosingCheck.waivable("check.references", repository.countPending(ids) == 0));
    }

    private Application recorderOf(CurrentUser user, UUID applicationId) {
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = access.requireView(user, a.caseId());
        if (!canRecord(user, c)) {
            throw new ForbiddenException("references");
        }
        return a;
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
