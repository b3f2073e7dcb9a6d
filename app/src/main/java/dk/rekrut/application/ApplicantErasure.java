package dk.rekrut.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.evaluation.EvaluationData;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing an applicant's personal data: identity, original files (bytes in the file store included), screening
 * answers, video link, every message sent to them, the committee's ratings and comments. What stays is an anonymous
 * row: case, candidate number, medium, dates, status history, and (unless the applicant asked for erasure) the
 * voluntary evaluation bands, so statistics do not change when personal data is deleted. See docs/privacy.md.
 */
@Service
public class ApplicantErasure {

    /** Why data is erased; it decides what else goes. */
    public enum Reason {
        /** The applicant withdrew: the private link keeps working, to show that the application is withdrawn. */
        WITHDRAWAL,
        /** The retention period ran out: the link stops working, evaluation bands stay for statistics. */
        RETENTION,
        /** The applicant asked for erasure: the link stops working and the evaluation answers go too. */
        REQUEST
    }

    /** An application in a closed case whose personal data is still held. */
    public record Held(UUID applicationId, UUID caseId, ApplicationStatus status, Instant caseClosedAt) {
    }

    private final ApplicantErasureRepository erasures;
    private final IdentityAccess identities;
    private final EvaluationData evaluation;
    private final Correspondence correspondence;
    private final ApplicationEventPublisher events;
    private final ApplicationRepository repository;
    private final CaseAccess caseAccess;
    private final ScreeningQuestions questions;
    private final AuditLog audit;
    private final Clock clock;

    ApplicantErasure(ApplicantErasureRepository erasures, IdentityAccess identities, EvaluationData evaluation, Correspondence correspondence,
                     ApplicationEventPublisher events, ApplicationRepository repository, CaseAccess caseAccess,
                     ScreeningQuestions questions, AuditLog audit, Clock clock) {
        this.erasures = erasures;
        this.identities = identities;
        this.evaluation = evaluation;
        this.correspondence = correspondence;
        this.events = events;
        this.repository = repository;
        this.caseAccess = caseAccess;
        this.questions = questions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Erases the applicant's personal data in one transaction (files go once it commits); audited without names. */
    @Transactional
    public void erase(UUID applicationId, Reason reason) {
        if (reason == Reason.REQUEST) {
            // Asking for erasure ends an application still in progress: it is withdrawn, so the case can be closed.
            repository.find(applicationId).filter(a -> !a.status().isFinal()).ifPresent(a -> repository.changeStatus(
                applicationId, a.status(), ApplicationStatus.WITHDRAWN, "applicant", clock.instant()));
        }
        identities.erase(applicationId);
        erasures.deleteAnswers(applicationId);
        correspondence.eraseFor(applicationId);
        if (reason == Reason.REQUEST) {
            evaluation.erase(applicationId);
        }
        // After withdrawal the private link keeps working, to show that the application is withdrawn.
        erasures.markErased(applicationId, reason != Reason.WITHDRAWAL, clock.instant());
        if (reason != Reason.WITHDRAWAL) {
            repository.deleteLinks(applicationId);
        }
        events.publishEvent(new ApplicantDataErased(applicationId));
        audit.record(AuditAction.APPLICANT_DATA_ERASED, "Application", applicationId, reason.name());
    }

    public boolean erased(UUID applicationId) {
        return erasures.erased(applicationId);
    }

    /** Applications in cases closed at or before {@code closedBefore} whose personal data is still held. */
    public List<Held> heldInCasesClosedBefore(Instant closedBefore) {
        return erasures.heldInCasesClosedBefore(closedBefore);
    }

    /**
     * The personnel-file export of a hired candidate, for HR to file in the personnel system before Rekrut deletes
     * the application: contact data, answers, status history and the original documents (Base64). Audited.
     */
    @Transactional
    public Map<String, Object> personnelFile(CurrentUser user, UUID caseId, UUID applicationId) {
        var c = caseAccess.requireManage(user, caseId);
        var a = repository.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .filter(x -> x.status() == ApplicationStatus.HIRED && !erased(x.id()))
            .orElseThrow(() -> new NotFoundException("application"));
        var data = new LinkedHashMap<String, Object>();
        data.put("position", c.title());
        data.put("caseId", c.id().toString());
        data.put("candidateNumber", a.candidateNumber());
        data.put("status", a.status().name());
        data.put("submittedAt", a.submittedAt().toString());
        identities.reveal(a.id(), "personnel-file export")
            .ifPresent(i -> data.put("contact", PersonalDataExport.contact(i)));
        data.put("answers", questions.describe(a, Map.of("yes", "ja", "no", "nej")));
        data.put("statusHistory", repository.history(a.id()).stream()
            .map(h -> Map.of("to", h.to().name(), "at", h.changedAt().toString())).toList());
        data.put("documents", identities.documents(a.id(), "personnel-file export").stream().map(d -> {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("name", d.originalName());
            doc.put("kind", d.kind().name());
            doc.put("type", d.detectedType());
            doc.put("contentBase64", identities.openDocument(a.id(), d.id(), "personnel-file export")
                .map(x -> Base64.getEncoder().encodeToString(x.content())).orElse(""));
            return doc;
        }).toList());
        audit.record(AuditAction.PERSONNEL_FILE_EXPORTED, "Application", a.id(), null);
        return data;
    }
}
