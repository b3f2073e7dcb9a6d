package dk.rekrut.storage;

import dk.rekrut.storage.backend.StorageBackend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes bytes that have no {@code stored_file} row and are older than the grace period: what a process killed
 * between writing a file and committing leaves behind (no rollback clean-up ran), and temporary files of
 * interrupted writes. The grace period must be longer than any transaction that stores files.
 *
 * <p>Several instances: one sweeps at a time, holding the {@code orphan-sweep} lease row (a conditional UPDATE on
 * {@code locked_until}, so a crashed holder's lease simply runs out). Even without the lease a double sweep would be
 * harmless, since deleting a missing object is a no-op and an object is deleted only if no row names it at the time.
 */
class OrphanSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);
    static final String LEASE = "orphan-sweep";
    private static final int BATCH = 500;

    private final StorageBackend backend;
    private final StoredFileRepository rows;
    private final Clock clock;
    private final Duration grace;
    private final Duration leaseTime;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    OrphanSweeper(StorageBackend backend, StoredFileRepository rows, Clock clock, Duration grace, Duration leaseTime) {
        this.backend = backend;
        this.rows = rows;
        this.clock = clock;
        this.grace = grace;
        this.leaseTime = leaseTime;
    }

    @Scheduled(fixedDelayString = "${rekrut.storage.sweep-interval:PT1H}",
               initialDelayString = "${rekrut.storage.sweep-initial-delay:PT10M}")
    void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("Orphan sweep failed; next run retries: {}", e.toString());
        }
    }

    /** Runs one sweep if this instance gets the lease; returns the number of objects removed, or -1 if skipped. */
    int sweep() {
        Instant now = clock.instant();
        if (!rows.takeLease(LEASE, owner, now, now.plus(leaseTime))) {
            return -1;
        }
        try {
            return sweepNow(now.minus(grace));
        } finally {
            rows.releaseLease(LEASE, owner);
        }
    }

    private int sweepNow(Instant cutoff) {
        List<String> candidates = new ArrayList<>();
        int[] removed = {0};
        try {
            backend.list(o -> {
                if (o.lastModified().isBefore(cutoff)) {
                    candidates.add(o.key());
                    if (candidates.size() >= BATCH) {
                        removed[0] += removeOrphans(candidates);
                        candidates.clear();
                    }
                }
            });
            removed[0] += removeOrphans(candidates);
        } catch (IOException e) {
            LOG.warn("Orphan sweep stopped early: {}", e.toString());
        }
        if (removed[0] > 0) {
            LOG.info("Removed {} orphaned stored objects (no row, older than {})", removed[0], grace);
        }
        return removed[0];
    }

    /** Deletes those of the keys that no row names, checked against the database right before deleting. */
    private int removeOrphans(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> known = rows.knownKeys(keys);
        int removed = 0;
        for (String key : keys) {
            if (known.contains(key)) {
                continue;
            }
            try {
                backend.delete(key);
                removed++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not remove orphan {}: {}", key, e.toString());
            }
        }
        return removed;
    }
}
