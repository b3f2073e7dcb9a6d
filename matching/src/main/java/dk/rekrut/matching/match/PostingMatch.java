package dk.rekrut.matching.match;

import java.util.List;

/**
 * One posting found for a profile, in the shape the command line and the HTTP service print. {@code occupation} is
 * the posting's ESCO occupation URI ("" when none is known); {@code distanceKm} is null without a home postcode or a
 * workplace; skills are ESCO labels; {@code fallback} marks a posting that needs no qualifications, shown because too
 * few matched.
 */
public record PostingMatch(String id, double score, String occupation, Double distanceKm, List<String> sharedSkills,
                           List<String> missingSkills, boolean fallback, String explanation) {

    public PostingMatch {
        sharedSkills = List.copyOf(sharedSkills);
        missingSkills = List.copyOf(missingSkills);
    }
}
