package dk.rekrut.redaction;

import java.time.LocalDate;

/**
 * What the applicant typed into the form. Every field may be null. These values are redacted in every variant
 * people write them, whatever the detectors' other evidence says.
 */
public record KnownPersonalData(String fullName, String email, String phone, String address, String postalCode,
                                String town, LocalDate birthDate, String cpr) {

    public static final KnownPersonalData NONE = new KnownPersonalData(null, null, null, null, null, null, null, null);

    @Override
    public String toString() {
        return "KnownPersonalData[redacted]";
    }
}
