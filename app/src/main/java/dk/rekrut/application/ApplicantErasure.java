package dk.rekrut.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import dk.rekrut.shared.Time;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final IdentityAccess identities;
    private final EvaluationData evaluation;
    private final Correspondence correspondence;
    private final ApplicationEventPublisher events;
    private final ApplicationRepository repository;
    private final CaseAccess caseAccess;
    private final ScreeningQuestions questions;
    private final AuditLog audit;
    private final Clock clock;

    ApplicantErasure(JdbcClient jdbc, IdentityAccess identities, EvaluationData evaluation, Correspondence correspondence,
                     ApplicationEventPublisher events, ApplicationRepository repository, CaseAccess caseAccess,
                     ScreeningQuestions questions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("DELETE FROM application_answer WHERE application_id = ?").param(applicationId).update();
        correspondence.eraseFor(applicationId);
        if (reason == Reason.REQUEST) {
            evaluation.erase(applicationId);
        }
        // The token and submission key are unique columns: an unguessable marker replaces them, so no link leads here.
        String tokenUpdate = reason == Reason.WITHDRAWAL ? "" : ", access_token_hash = ?";
        var update = jdbc.sql("UPDATE application SET video_link = NULL, erased_at = ?, submission_key = ?" + tokenUpdate
            + " WHERE id = ?");
        update = update.param(Time.utc(clock.instant())).param("erased:" + applicationId);
        if (reason != Reason.WITHDRAWAL) {
            update = update.param("erased:" + applicationId);
        }
        update.param(applicationId).update();
        if (reason != Reason.WITHDRAWAL) {
            repository.deleteLinks(applicationId);
        }
        events.publishEvent(new ApplicantDataErased(applicationId));
        audit.record(AuditAction.APPLICANT_DATA_ERASED, "Application", applicationId, reason.name());
    }

    public boolean erased(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE id = ? AND erased_at IS NOT NULL").param(applicationId)
            .query(Integer.class).single() > 0;
    }

    /** Applications in cases closed at or before {@code closedBefore} whose personal data is still held. */
    public List<Held> heldInCasesClosedBefore(Instant closedBefore) {
        return jdbc.sql("""
                SELECT a.id, a.case_id, a.status, c.closed_at FROM application a
                JOIN recruitment_case c ON c.id = a.case_id
                WHERE a.erased_at IS NULL AND c.closed_at IS NOT NULL AND c.closed_at <= ?
                ORDER BY c.closed_at, a.id""")
            .param(Time.utc(closedBefore))
            .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                ApplicationStatus.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant()))
            .list();
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
        identities.reveal(a.id(), "personnel-file export").ifPresent(i -> {
            var contact = new LinkedHashMap<String, Object>();
            contact.put("name", i.fullName());
            contact.put("email", i.email());
            contact.put("phone", i.phone());
            contact.put("street", i.street());
            contact.put("postalCode", i.postalCode());
            contact.put("town", i.town());
            data.put("contact", contact);
        });
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
