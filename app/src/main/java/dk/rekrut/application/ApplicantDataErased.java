package dk.rekrut.application;

import java.util.UUID;

/**
 * Published synchronously, inside the erasing transaction, when an applicant's personal data is erased. Modules
 * that keep something personal about an application (the committee's comments) delete it in their listener, so
 * the erasure commits everywhere or nowhere.
 */
public record ApplicantDataErased(UUID applicationId) {
}
