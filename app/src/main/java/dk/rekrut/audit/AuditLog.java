package dk.rekrut.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The audit log. Entries are written in the caller's transaction, so an action and its audit entry
 * are stored together or not at all. Details must never hold personal data of applicants.
 */
@Service
public class AuditLog {

    /** The most one search returns (the CSV export's limit; a page asks for far fewer). */
    public static final int MAX_ROWS = 10_000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(AuditAction action, String objectType, Object objectId, String details) {
        recordAs(currentActor(), action, objectType, objectId, details);
    }

    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, String details) {
        repository.insert(List.of(entry(actor, clock.instant(), action, objectType, objectId, details)));
    }

    /** Entries per statement when many objects are recorded at once. */
    private static final int ENTRIES_PER_STATEMENT = 100;

    /**
     * One entry per object, as {@link #record} would write them, in a few statements: a view of many candidates (a
     * case's board) audits each one without a statement per candidate.
     */
    public void recordAll(AuditAction action, String objectType, Collection<?> objectIds, String details) {
        var ids = List.copyOf(objectIds);
        String actor = currentActor();
        Instant at = clock.instant();
        for (int from = 0; from < ids.size(); from += ENTRIES_PER_STATEMENT) {
            repository.insert(ids.subList(from, Math.min(ids.size(), from + ENTRIES_PER_STATEMENT)).stream()
                .map(id -> entry(actor, at, action, objectType, id, details)).toList());
        }
    }

    public List<AuditEntry> search(AuditQuery query) {
        return repository.search(query, MAX_ROWS);
    }

    /** An entry as it is stored: a new id, and each text cut to its column. */
    private static AuditEntry entry(String actor, Instant at, AuditAction action, String objectType, Object objectId,
                                    String details) {
        return new AuditEntry(UUID.randomUUID(), at, truncate(actor, 100), action, objectType,
            objectId == null ? null : truncate(objectId.toString(), 100), truncate(details, 1000));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
