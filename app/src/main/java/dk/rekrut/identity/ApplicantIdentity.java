package dk.rekrut.identity;

import java.time.LocalDate;

/** Who an applicant is. Never logged, never in exceptions, never shown to a committee in an anonymous case. */
public record ApplicantIdentity(String fullName, String email, String phone, String street, String postalCode,
                                String town, LocalDate birthDate) {

    @Override
    public String toString() {
        // Keeps identity out of logs and error messages even if someone logs the record by mistake.
        return "ApplicantIdentity[redacted]";
    }
}
