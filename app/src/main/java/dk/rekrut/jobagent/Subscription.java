package dk.rekrut.jobagent;

import java.time.Instant;
import java.util.UUID;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.recruitment.Category;

/** A job agent subscription and its criteria (any of them may be empty). */
public record Subscription(UUID id, String email, String language, String keywords, Category category, String location,
                           UUID unitId, String unsubscribeToken, Instant createdAt, Instant confirmedAt,
                           Instant nextDigestAt, Instant lastDigestAt) {

    /** The criteria as the public job list's filter: one rule decides what matches, list and agent alike. */
    public PublicPostings.Filter filter() {
        return new PublicPostings.Filter(keywords, location, category, unitId);
    }

    @Override
    public String toString() {
        return "Subscription[" + id + "]"; // no e-mail in logs
    }
}
