package dk.rekrut.application;

import java.util.UUID;

/**
 * Published inside the withdrawal's transaction, when the applicant's identity and original files are erased.
 * Modules that keep material derived from them (e.g. redacted renditions) erase it in the same transaction.
 */
public record ApplicationWithdrawn(UUID applicationId) {
}
