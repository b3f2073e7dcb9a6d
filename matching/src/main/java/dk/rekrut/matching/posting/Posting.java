package dk.rekrut.matching.posting;

import dk.rekrut.matching.geo.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A job posting as a source delivers it. {@code occupation} is an ESCO occupation URI (a STAR code is resolved to one
 * when the posting is read) or "" when the source gives none and the engine must infer it. {@code place} is the
 * workplace: the given coordinates or the postcode's centroid; empty when neither is known. Text fields are "" when
 * absent.
 */
public record Posting(String id, String title, String text, String employer, String postcode, Optional<Place> place,
                      String occupation, List<String> sources, String url, Optional<LocalDate> deadline) {

    public Posting {
        sources = List.copyOf(sources);
    }

    /** Whether the posting's last day to apply is before {@code today}: it then leaves the index. */
    public boolean expired(LocalDate today) {
        return deadline.map(d -> d.isBefore(today)).orElse(false);
    }
}
