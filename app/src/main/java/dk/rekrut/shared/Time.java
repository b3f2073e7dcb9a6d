package dk.rekrut.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Rekrut's notion of time: deadlines and publication days are Danish local time. */
public final class Time {

    public static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private Time() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DANISH));
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
