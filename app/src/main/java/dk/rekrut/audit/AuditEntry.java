package dk.rekrut.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntry(UUID id, Instant occurredAt, String actor, AuditAction action, String objectType,
                         String objectId, String details) {
}
