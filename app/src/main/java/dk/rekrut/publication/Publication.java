package dk.rekrut.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One period in which a posting is shown in one medium (Danish calendar days, both ends included). */
public record Publication(UUID id, UUID postingId, Medium medium, LocalDate startsOn, LocalDate endsOn, BigDecimal cost) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
