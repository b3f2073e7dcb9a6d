package dk.rekrut.audit;

import java.time.Instant;

public record AuditQuery(String actor, AuditAction action, String objectId, Instant from, Instant to, int limit) {
}
