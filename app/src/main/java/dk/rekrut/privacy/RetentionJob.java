package dk.rekrut.privacy;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.ScheduledRuns;
import dk.rekrut.shared.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes personal data when the retention rules say so:
 * <ul>
 * <li>applicants not hired: {@code rekrut.retention.not-hired-after} (default 6 months) after the case was closed;</li>
 * <li>the hired applicant: {@code rekrut.retention.hired-after} (default 3 months) after closing, time for HR to take
 * the personnel-file export;</li>
 * <li>withdrawn applications were erased at withdrawal already; any left over (older data) go with the first rule;</li>
 * <li>unless a {@link RetentionHold} (talent pool with valid consent) keeps the candidate.</li>
 * </ul>
 * Each application is erased in its own transaction. The log and the audit entry hold counts only. Several
 * instances: one runs at a time, holding the {@code retention} lease row (conditional UPDATE; a crashed holder's
 * lease runs out). Running twice is harmless: an erased application is not selected again.
 */
@Service
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final String LEASE = "retention";

    /** What one run did. {@code ran} is false when another instance held the lease. */
    public record Result(boolean ran, int notHiredErased, int hiredErased, int held) {
        String counts() {
            return "not-hired=" + notHiredErased + " hired=" + hiredErased + " held=" + held;
        }
    }

    private final ApplicantErasure erasure;
    private final ObjectProvider<RetentionHold> holds;
    private final RetentionLeaseRepository leases;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final Period notHiredAfter;
    private final Period hiredAfter;
    private final Duration leaseTime;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    RetentionJob(ApplicantErasure erasure, ObjectProvider<RetentionHold> holds, RetentionLeaseRepository leases,
                 TransactionTemplate tx,
                 AuditLog audit, Clock clock,
                 RetentionProperties settings) {
        this.erasure = erasure;
        this.holds = holds;
        this.leases = leases;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.notHiredAfter = settings.notHiredAfter();
        this.hiredAfter = settings.hiredAfter();
        this.leaseTime = settings.lease();
    }

    public Period notHiredAfter() {
        return notHiredAfter;
    }

    public Period hiredAfter() {
        return hiredAfter;
    }

    @Scheduled(cron = "${rekrut.retention.cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
    void scheduledRun() {
        ScheduledRuns.retryNextTime(LOG, "Retention run failed; the next run retries: {}", this::run);
    }

    /** One run, if this instance gets the lease. */
    public Result run() {
        Instant now = clock.instant();
        if (!leases.take(LEASE, owner, now, now.plus(leaseTime))) {
            LOG.info("Retention run skipped: another instance holds the lease");
            return new Result(false, 0, 0, 0);
        }
        Result result = null;
        try {
            result = runNow(now);
            return result;
        } finally {
            leases.release(LEASE, owner, now, result == null ? "failed" : result.counts());
        }
    }

    private Result runNow(Instant now) {
        Instant notHiredCutoff = cutoff(now, notHiredAfter);
        Instant hiredCutoff = cutoff(now, hiredAfter);
        Instant latest = notHiredCutoff.isAfter(hiredCutoff) ? notHiredCutoff : hiredCutoff;
        List<RetentionHold> holders = holds.orderedStream().toList();
        int notHired = 0;
        int hired = 0;
        int held = 0;
        for (var h : erasure.heldInCasesClosedBefore(latest)) {
            boolean isHired = h.status() == ApplicationStatus.HIRED;
            Instant cutoff = isHired ? hiredCutoff : notHiredCutoff;
            if (h.caseClosedAt().isAfter(cutoff)) {
                continue;
            }
            if (holders.stream().anyMatch(x -> x.holds(h.applicationId()))) {
                held++;
                continue;
            }
            tx.executeWithoutResult(s -> erasure.erase(h.applicationId(), ApplicantErasure.Reason.RETENTION));
            if (isHired) {
                hired++;
            } else {
                notHired++;
            }
        }
        var result = new Result(true, notHired, hired, held);
        // Counts only: never a name, an e-mail or an id in the log line.
        LOG.info("Retention run: erased {} not hired and {} hired applicants; {} kept by a hold", notHired, hired, held);
        tx.executeWithoutResult(s -> audit.recordAs("retention-job", AuditAction.RETENTION_RUN, "Retention", null,
            result.counts()));
        return result;
    }

    /** The period is counted in Danish calendar time ("6 months after closing"). */
    static Instant cutoff(Instant now, Period period) {
        return now.atZone(Time.DANISH).minus(period).toInstant();
    }

    /** When the job last ran and what it did, for the administrator's page. */
    public record LastRun(Instant at, String counts) {
    }

    public Optional<LastRun> lastRun() {
        return leases.lastRun(LEASE);
    }
}
