package dk.rekrut.jobcentre.harvest;

import java.time.Instant;

/**
 * One posting as a source gives it, before it is merged into the stored postings. {@code externalId} is the source's
 * own id for it (guid, id, identifier, or its URL). Any field may be missing; the merge checks what it needs.
 */
public record Entry(String externalId, String title, String text, String employer, String postcode, String town, Double lat,
             Double lon, String occupation, String url, Instant deadline) {
}
