package dk.rekrut.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Rekrut's notion of time: deadlines and publication days are Danish local time. */
public final class Time {

    public static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private Time() {
    }

    /** Dates that come in (deadlines, interview days, slots, publications) lie in these years; others are typos. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** Whether a date that came in lies in {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
    public static boolean plausible(LocalDate date) {
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether an instant that came in lies in {@link #FIRST_YEAR}..{@link #LAST_YEAR}, Danish time. */
    public static boolean plausible(Instant instant) {
        return instant != null && plausible(instant.atZone(DANISH).toLocalDate());
    }

    private static final DateTimeFormatter WRITTEN_DA =
        DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' H.mm", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter WRITTEN_EN =
        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' H:mm", Locale.ENGLISH);

    /**
     * A time as people write it in a letter, Danish time: "torsdag 7. januar 2027 kl. 9.00" or, for a reader of
     * English, "Thursday 7 January 2027 at 9:00".
     */
    public static String written(Instant instant, String language) {
        return ("en".equals(language) ? WRITTEN_EN : WRITTEN_DA).format(instant.atZone(DANISH));
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
