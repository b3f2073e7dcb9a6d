package dk.rekrut.application;

import java.time.Instant;

/** One step in an application's status history: who changed it and when ("applicant" for the applicant). */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, String changedBy, Instant changedAt) {
}
