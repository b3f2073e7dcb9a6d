package dk.rekrut.correspondence;

import java.time.Instant;
import java.util.UUID;

/**
 * A message on an application's correspondence log (and in the administrators' mailbox): what was queued or sent
 * to whom, when, and how delivery is going. {@code language} is the letter's own (the recipient's), which pages mark
 * on its subject and body, since it may differ from the page's.
 */
public record SentMessage(UUID id, LetterKind kind, String recipient, String subject, String bodyHtml, String bodyText,
                          Instant createdAt, Instant sentAt, int attempts, Instant nextAttemptAt, String lastError,
                          Status status, String language) {

    /** QUEUED: waiting for (another) attempt; FAILING: still retried, but has failed often enough to need a look. */
    public enum Status {
        QUEUED, SENT, FAILING
    }

    public boolean delivered() {
        return sentAt != null;
    }

    @Override
    public String toString() {
        return "SentMessage[" + id + ", " + kind + ", " + status + "]"; // no recipient or content in logs
    }
}
