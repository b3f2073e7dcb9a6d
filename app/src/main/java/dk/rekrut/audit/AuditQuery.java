package dk.rekrut.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A search of the audit log: who (part of the user name), what, which object, which case (the case and its
 * applications and candidates), the period [from, to), and the page (offset, limit).
 */
public record AuditQuery(String actor, AuditAction action, String objectId, UUID caseId, Instant from, Instant to,
                         int offset, int limit) {

    public AuditQuery(String actor, AuditAction action, String objectId, Instant from, Instant to, int limit) {
        this(actor, action, objectId, null, from, to, 0, limit);
    }
}
