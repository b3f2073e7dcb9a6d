package dk.rekrut.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.Application;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's request to have their data erased (GDPR art. 17), made on their private page and handled by an
 * administrator, who carries it out or declines it with a reason (e.g. the hired candidate's data the employer must
 * keep). The request names the application only; each step is in the audit log.
 */
@Service
public class ErasureRequests {

    public enum Status {
        OPEN, ERASED, DECLINED;

        /** Waiting for an administrator, who may still carry it out or decline it. */
        public boolean isOpen() {
            return this == OPEN;
        }
    }

    public record Request(UUID id, UUID applicationId, UUID caseId, Instant requestedAt, Status status,
                          String handledBy, Instant handledAt, String note) {
    }

    private final ErasureRequestRepository repository;
    private final ApplicantErasure erasure;
    private final AuditLog audit;
    private final Clock clock;

    ErasureRequests(ErasureRequestRepository repository, ApplicantErasure erasure, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the request; a second request while one is open is the same request. */
    @Transactional
    public Request request(Application a) {
        var open = openFor(a.id());
        if (open != null) {
            return open;
        }
        var id = UUID.randomUUID();
        repository.insertOpen(id, a.id(), a.caseId(), Time.utc(clock.instant()));
        audit.recordAs("applicant", AuditAction.ERASURE_REQUESTED, "Application", a.id(), "request " + id);
        return find(id);
    }

    public Request openFor(UUID applicationId) {
        return repository.openFor(applicationId).orElse(null);
    }

    public List<Request> all(CurrentUser user) {
        requireAdministrator(user);
        return repository.all();
    }

    /** Carries out the request: everything personal about the application goes, the evaluation answers too. */
    @Transactional
    public void carryOut(CurrentUser user, UUID requestId) {
        var r = openRequest(user, requestId);
        erasure.erase(r.applicationId(), ApplicantErasure.Reason.REQUEST);
        close(user, r, Status.ERASED, null);
    }

    /** Declines with a reason the administrator gives (no personal data belongs there; it is kept on the request). */
    @Transactional
    public void decline(CurrentUser user, UUID requestId, String note) {
        var r = openRequest(user, requestId);
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new RuleViolation("error.erasure.note");
        }
        close(user, r, Status.DECLINED, note.strip());
    }

    private Request openRequest(CurrentUser user, UUID requestId) {
        requireAdministrator(user);
        var r = find(requestId);
        if (r == null) {
            throw new NotFoundException("erasure request");
        }
        if (r.status() != Status.OPEN) {
            throw new RuleViolation("error.erasure.handled");
        }
        return r;
    }

    private void close(CurrentUser user, Request r, Status status, String note) {
        repository.close(r.id(), status, user.username(), Time.utc(clock.instant()), note);
        audit.record(AuditAction.ERASURE_HANDLED, "Application", r.applicationId(), status.name() + " request " + r.id());
    }

    private Request find(UUID id) {
        return repository.find(id).orElse(null);
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.is(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("erasure requests");
        }
    }
}
