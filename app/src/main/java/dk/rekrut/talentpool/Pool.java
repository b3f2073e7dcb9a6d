package dk.rekrut.talentpool;

import java.util.UUID;

/** A talent pool: members consent for {@code consentMonths}; {@code publicEnrolment} lists it on the public site. */
public record Pool(UUID id, String name, String description, int consentMonths, boolean publicEnrolment) {
}
