package dk.rekrut.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The substance of an application, keyed by candidate id (= application id) and candidate number.
 * {@code employedHere}: the applicant's own answer to whether they work for the institution today (internal
 * applicant); null when not answered. HR sees it; the committee does not need it.
 */
public record Application(UUID id, UUID caseId, String candidateNumber, ApplicationStatus status, Instant submittedAt,
                          int consentVersion, String mediumCode, String videoLink, String language,
                          Map<UUID, String> answers, Boolean employedHere) {
}
