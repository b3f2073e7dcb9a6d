package dk.rekrut.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The substance of an application, keyed by candidate id (= application id) and candidate number. */
public record Application(UUID id, UUID caseId, String candidateNumber, ApplicationStatus status, Instant submittedAt,
                          int consentVersion, String mediumCode, String videoLink, String language,
                          Map<UUID, String> answers) {
}
