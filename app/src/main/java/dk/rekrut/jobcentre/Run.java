package dk.rekrut.jobcentre;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One harvest run of one source: when, how it ended, and counts. {@code messages} are error codes with the entry's
 * number or an HTTP status, never an entry's text, so the log holds no personal data.
 */
public record Run(UUID id, UUID sourceId, Instant startedAt, Instant finishedAt, Status status, int fetched,
                  int created, int updated, int duplicates, int expired, int errors, List<Message> messages) {

    public enum Status { RUNNING, OK, FAILED }

    /** An error: {@code code} names a message {@code jobcentre.error.<code>}, {@code detail} an entry number or status. */
    public record Message(String code, int detail) {

        static Message parse(String line) {
            int colon = line.indexOf(':');
            return colon < 0 ? new Message(line, 0)
                : new Message(line.substring(0, colon), Integer.parseInt(line.substring(colon + 1)));
        }

        String stored() {
            return code + ":" + detail;
        }
    }
}
