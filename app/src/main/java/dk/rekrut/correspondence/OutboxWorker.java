package dk.rekrut.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, at least once and, for a message marked sent, never again.
 *
 * <p>Each run claims a small batch in one short transaction: {@code SELECT ... FOR UPDATE SKIP LOCKED} (so
 * concurrent workers on several instances take different rows) plus a lease and a claim token on each row. After
 * that commit no database lock is held. For each message, once half the lease has passed since the claim, the
 * worker renews the lease (only if its token is still on the row and the row is unsent); it sends the message
 * through the {@link MailTransport}, and then marks it sent, or counts the failed attempt and schedules the next
 * one with exponential back-off (1 min doubling, at most 1 h). It never gives up; after
 * {@code rekrut.mail.flag-after-attempts} attempts the message is shown as failing in the administrators' mailbox.
 * A worker that dies leaves its claims to expire; another worker takes them over.
 *
 * <p>The remaining duplicate windows, where a recipient can get a message twice: (1) the process dies, or the
 * database is unreachable, after the SMTP server accepted the message and before it was marked sent; (2) one
 * SMTP conversation takes longer than the lease ({@code rekrut.mail.lease}, keep it well above the SMTP
 * timeouts), so another worker re-claims and sends the message while the first is still sending. Both resend
 * with the same Message-ID header, which many mail systems use to suppress the copy.
 */
@Component
public class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final MailTransport transport;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;

    @Autowired
    OutboxWorker(OutboxRepository outbox, MailTransport transport, TransactionTemplate tx, Clock clock, MailProperties settings) {
        this(outbox, transport, tx, clock, settings.lease(), settings.batchSize());
    }

    OutboxWorker(OutboxRepository outbox, MailTransport transport, TransactionTemplate tx, Clock clock, Duration lease, int batchSize) {
        this.outbox = outbox;
        this.transport = transport;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    /** The scheduled poller; tests call {@link #deliverDue()} directly (the test profile polls once an hour). */
    @Scheduled(fixedDelayString = "${rekrut.mail.poll-interval:PT1S}", initialDelayString = "${rekrut.mail.poll-interval:PT1S}")
    public void poll() {
        try {
            int claimed;
            int rounds = 0;
            do {
                claimed = deliverDue();
            } while (claimed == batchSize && ++rounds < 50); // a full batch: there may be more due now
        } catch (RuntimeException e) {
            // e.g. the database is briefly unreachable; the next poll tries again
            LOG.warn("Outbox poll failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Claims and processes one batch of due messages; returns how many were claimed. */
    public int deliverDue() {
        Instant now = clock.instant();
        OutboxRepository.Claim claim = tx.execute(s -> outbox.claim(now, now.plus(lease), batchSize));
        if (claim == null || claim.messages().isEmpty()) {
            return 0;
        }
        int sent = 0;
        int failed = 0;
        // While less than half the lease has passed since the claim, the claim still holds: no other worker can have
        // claimed these rows, and only the holder sends them (given instances' clocks agree within half the lease).
        // Renewing, an update and a commit per message, is needed only after that.
        Instant renewFrom = now.plus(lease.dividedBy(2));
        for (var message : claim.messages()) {
            UUID id = message.id();
            if (clock.instant().isAfter(renewFrom) && !outbox.renew(id, claim.token(), clock.instant().plus(lease))) {
                LOG.info("Message {} skipped: its claim was taken over", id);
                continue;
            }
            try {
                transport.send(message);
            } catch (Exception e) {
                failed++;
                int attempts = message.attempts() + 1;
                Instant next = clock.instant().plus(backoff(attempts));
                outbox.markFailed(id, claim.token(), next, e.getClass().getSimpleName() + ": " + e.getMessage());
                // The exception text can quote the address (e.g. "550 <x@y>: unknown user"): it goes to the
                // database for the administrators, never to the log.
                LOG.warn("Message {} not delivered (attempt {}), next try at {}: {}", id, attempts, next,
                    e.getClass().getSimpleName());
                continue;
            }
            sent++;
            if (!outbox.markSent(id, clock.instant())) {
                LOG.warn("Message {} was sent after another worker had already sent it (lease ran out mid-send)", id);
            }
        }
        if (sent > 0 || failed > 0) {
            LOG.info("Outbox: {} message(s) delivered, {} failed, of {} claimed", sent, failed, claim.messages().size());
        }
        return claim.messages().size();
    }

    /** 1, 2, 4, 8, 16, 32 minutes, then every hour. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.max(0, Math.min(attempts - 1, 6));
        return Duration.ofMinutes(Math.min(minutes, 60));
    }
}
