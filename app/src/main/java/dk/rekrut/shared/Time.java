package dk.rekrut.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Rekrut's notion of time: deadlines and publication days are Danish local time. */
public final class Time {

    public static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private Time() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DANISH));
    }

    /**
     * For the database: UTC, truncated to microseconds (what H2 and PostgreSQL store), so a time written and a
     * time compared against it are the same value.
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
