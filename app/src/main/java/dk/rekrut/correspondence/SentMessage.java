package dk.rekrut.correspondence;

import java.time.Instant;
import java.util.UUID;

/** A message on an application's correspondence log. */
public record SentMessage(UUID id, LetterKind kind, String recipient, String subject, String bodyHtml, Instant createdAt,
                          Instant sentAt, int attempts) {

    public boolean delivered() {
        return sentAt != null;
    }
}
