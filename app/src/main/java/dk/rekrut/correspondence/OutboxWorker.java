package dk.rekrut.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each run claims a batch (row locks + a lease, so several instances share the work),
 * sends each message outside any database lock, and records the outcome. A failed send is retried with
 * exponential back-off (1 min doubling up to 1 h), forever; nothing is dropped. The one duplicate window left is
 * a crash after the SMTP server accepted a message and before it was marked sent.
 */
@Component
public class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final MailTransport transport;
    private final TransactionTemplate tx;
    private final Clock clock;

    OutboxWorker(Outbox outbox, MailTransport transport, TransactionTemplate tx, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rekrut.mail.poll-interval:PT5S}", initialDelayString = "${rekrut.mail.poll-interval:PT5S}")
    public void poll() {
        while (deliverDue() == 20) {
            // a full batch: there may be more
        }
    }

    /** One batch; returns how many messages were claimed. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<UUID> claimed = tx.execute(s -> outbox.claim(now, now.plus(LEASE), 20));
        if (claimed == null) {
            return 0;
        }
        int sent = 0;
        for (UUID id : claimed) {
            var message = outbox.load(id);
            if (message.isEmpty()) {
                continue;
            }
            try {
                transport.send(message.get());
                tx.executeWithoutResult(s -> outbox.markSent(id, clock.instant()));
                sent++;
            } catch (Exception e) {
                int attempts = message.get().attempts() + 1;
                Instant next = clock.instant().plus(backoff(attempts));
                tx.executeWithoutResult(s -> outbox.markFailed(id, next, e.getClass().getSimpleName() + ": " + e.getMessage()));
                LOG.warn("Message {} not delivered (attempt {}), next try at {}: {}", id, attempts, next,
                    e.getClass().getSimpleName());
            }
        }
        if (sent > 0) {
            LOG.info("Delivered {} message(s)", sent);
        }
        return claimed.size();
    }

    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 6);
        return Duration.ofMinutes(Math.min(minutes, 60));
    }
}
