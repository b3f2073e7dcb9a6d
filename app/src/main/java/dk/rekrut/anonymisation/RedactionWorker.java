package dk.rekrut.anonymisation;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.RedactionSources;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued redactions. Each run claims a small batch in one short transaction ({@code FOR UPDATE SKIP LOCKED},
 * a lease and a token per row, so instances take different rows and a crashed worker's rows become free when the
 * lease runs out). The engine then runs outside any transaction; the result is written in a second transaction
 * only if the claim still holds the row for the same generation (a re-run asked for meanwhile discards it).
 * An unexpected error is retried with back-off; after {@code MAX_ATTEMPTS} the item is FAILED. Logs carry ids only.
 */
@Component
public class RedactionWorker {

    static final int MAX_ATTEMPTS = 5;
    static final String ACTOR = "redaction-worker";
    private static final Logger LOG = LoggerFactory.getLogger(RedactionWorker.class);

    private final RedactionItemRepository items;
    private final RedactionSources sources;
    private final ApplicantEngine applicants;
    private final FileStore files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;

    RedactionWorker(RedactionItemRepository items, RedactionSources sources, ApplicantEngine applicants, FileStore files,
                    TransactionTemplate tx, Clock clock, RedactionProperties settings) {
        this.items = items;
        this.sources = sources;
        this.applicants = applicants;
        this.files = files;
        this.tx = tx;
        this.clock = clock;
        this.lease = settings.lease();
    }

    /** The scheduled poller; tests call {@link #runDue()} (the test profile polls once an hour). */
    @Scheduled(fixedDelayString = "${rekrut.redaction.poll-interval:PT5S}", initialDelayString = "${rekrut.redaction.poll-interval:PT5S}")
    public void poll() {
        try {
            int rounds = 0;
            while (runDue() > 0 && ++rounds < 50) {
                // more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("Redaction poll failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Claims and processes one batch of due items; returns how many were claimed. */
    public int runDue() {
        var now = clock.instant();
        List<RedactionItemRepository.Claimed> claimed = tx.execute(s -> items.claim(now, now.plus(lease), 5));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        var previous = SecurityContextHolder.getContext();
        // Identity reads are audited under the worker's name, not as "anonymous".
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            claimed.forEach(this::process);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return claimed.size();
    }

    private void process(RedactionItemRepository.Claimed claim) {
        var item = items.find(claim.id()).orElse(null);
        if (item == null) {
            return;
        }
        try {
            if (item.attempts() > MAX_ATTEMPTS) {
                finish(claim, item, new Outcome(RedactionState.FAILED, "gave up after " + MAX_ATTEMPTS + " attempts", null, null));
                return;
            }
            finish(claim, item, item.number() == 0 ? answers(item) : document(item));
        } catch (RuntimeException e) {
            LOG.warn("Redaction of item {} failed (attempt {}): {}", item.id(), item.attempts(), e.getClass().getSimpleName());
            tx.executeWithoutResult(s -> items.retryLater(claim, clock.instant().plus(Duration.ofMinutes(item.attempts()))));
        }
    }

    /** What a run produced: the new state, why, and the rendition or the redacted answers. */
    private record Outcome(RedactionState state, String reason, byte[] pdf, Map<UUID, String> answers) {
    }

    private Outcome document(RedactionItemRepository.Item item) {
        var known = applicants.known(item.applicationId(), "redaction");
        var original = sources.original(item.applicationId(), item.sourceDocumentId(), "redaction").orElse(null);
        if (original == null) {
            return new Outcome(RedactionState.FAILED, "the original document is gone", null, null);
        }
        RedactionResult r = applicants.engineFor(item.applicationId()).redact(original.content(), original.mediaType(), known);
        return switch (r.status()) {
            case CLEAN -> new Outcome(RedactionState.DONE, null, r.pdf(), null);
            case NEEDS_REVIEW -> new Outcome(RedactionState.NEEDS_REVIEW, String.join("; ", r.report().flags()), r.pdf(), null);
            // The reasons as codes (kind of data and place, never the value): the review page says them in plain words.
            case WITHHELD -> new Outcome(RedactionState.WITHHELD, RedactedDocument.reasonCodes(r.withheld()), null, null);
            // Stored as the engine's code, read back typed (RedactedDocument.failure), never taken apart here.
            case FAILED -> new Outcome(RedactionState.FAILED, r.failure().code(), null, null);
        };
    }

    /**
     * Free-text answers get what documents get ({@link RedactionEngine#redactText}): every detector with the known
     * values (special categories, dates and ages included), then what the verifier's checks would flag, then the
     * redacted text searched again. Anything still left withholds them, with its kind; and, as before, a known or
     * hand-added value that detection still finds in the redacted text.
     */
    private Outcome answers(RedactionItemRepository.Item item) {
        var known = applicants.known(item.applicationId(), "redaction of answers");
        var eng = applicants.engineFor(item.applicationId());
        var redacted = new LinkedHashMap<UUID, String>();
        for (var e : sources.freeTextAnswers(item.applicationId()).entrySet()) {
            var r = eng.redactText(e.getValue(), null, known);
            boolean leftover = eng.detect(r.text(), null, known).stream()
                .anyMatch(s -> s.origin().isGiven());
            if (!r.clean() || leftover) {
                return new Outcome(RedactionState.WITHHELD, r.clean() ? "a known value is still in a redacted answer"
                    : RedactedDocument.reasonCodes(r.withheld()), null, null);
            }
            redacted.put(e.getKey(), r.text());
        }
        return new Outcome(RedactionState.DONE, null, null, redacted);
    }

    private void finish(RedactionItemRepository.Claimed claim, RedactionItemRepository.Item item, Outcome outcome) {
        tx.executeWithoutResult(s -> {
            if (!items.stillHeld(claim)) {
                items.letGo(claim); // re-run asked for meanwhile: this result is stale
                return;
            }
            UUID file = null;
            if (outcome.pdf() != null) {
                file = files.store("redacted-document", outcome.pdf(), outcome.pdf().length, "application/pdf").id();
            }
            if (item.renditionFileId() != null) {
                files.delete(item.renditionFileId());
            }
            if (item.number() == 0) {
                items.replaceAnswers(item.applicationId(), outcome.answers() == null ? Map.of() : outcome.answers());
            }
            items.complete(item.id(), outcome.state(), outcome.reason(), file, clock.instant());
        });
        // One line per document: ids, outcome, and for a withheld one its reason codes (kinds and places, no values).
        LOG.info("Redaction item {} of application {} ({} {}): {}{}", item.id(), item.applicationId(), item.kind(),
            item.number(), outcome.state(), outcome.state() == RedactionState.WITHHELD ? " " + outcome.reason() : "");
    }
}
