package dk.rekrut.jobcentre.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.rekrut.jobcentre.Run;
import dk.rekrut.shared.Time;
import org.jsoup.Jsoup;

/**
 * Turns one entry's fields, by their canonical names ({@code id, title, text, employer, postcode, town, lat, lon,
 * occupation, url, deadline}), into an {@link Entry}; every format's reader ends here, so all sources follow one set
 * of rules. An entry without a title, without an id or URL, or with a deadline that is not a date is skipped with an
 * error naming its number.
 */
public final class Entries {

    /** What a source gave: the entries read, and an error per entry that could not be. */
    public record Parsed(List<Entry> entries, List<Run.Message> errors, int read) {
    }

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final Pattern POSTCODE_AND_TOWN = Pattern.compile("^(?:DK-?)?(\\d{4})\\s+(.+)$");
    private static final Pattern STAR_CODE = Pattern.compile("\\d{1,10}");
    private static final List<DateTimeFormatter> DANISH_DATES = List.of(DateTimeFormatter.ofPattern("d-M-uuuu"),
        DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private Entries() {
    }

    /** The entry, or null after adding an error for entry number {@code n}. */
    static Entry of(int n, Function<String, String> field, List<Run.Message> errors) {
        String title = clean(field.apply("title"), 500);
        String url = clean(field.apply("url"), 2000);
        if (url != null && Fetcher.httpUri(url) == null) {
            url = null;
        }
        String id = clean(field.apply("id"), 500);
        if (id == null) {
            id = url;
        }
        if (title == null) {
            errors.add(new Run.Message("missing-title", n));
            return null;
        }
        if (id == null) {
            errors.add(new Run.Message("missing-id", n));
            return null;
        }
        Instant deadline;
        try {
            deadline = deadline(field.apply("deadline"));
        } catch (DateTimeParseException e) {
            errors.add(new Run.Message("bad-deadline", n));
            return null;
        }
        String postcode = clean(field.apply("postcode"), 20);
        String town = clean(field.apply("town"), 200);
        if (town != null) {
            Matcher m = POSTCODE_AND_TOWN.matcher(town);
            if (m.matches()) {
                postcode = postcode == null ? m.group(1) : postcode;
                town = m.group(2).strip();
            }
        }
        if (postcode != null && postcode.startsWith("DK-")) {
            postcode = postcode.substring(3);
        }
        Double lat = number(field.apply("lat"));
        Double lon = number(field.apply("lon"));
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            lat = null;
            lon = null;
        }
        return new Entry(id, title, clean(text(field.apply("text")), 100_000), clean(field.apply("employer"), 300),
            postcode != null && POSTCODE.matcher(postcode).matches() ? postcode : null, town, lat, lon,
            occupation(field.apply("occupation")), url, deadline);
    }

    /**
     * A deadline as feeds write it: an instant with offset, a Danish local date-time, RFC 1123 (RSS), or a date, which
     * lasts to the end of that day in Danish time.
     */
    static Instant deadline(String value) {
        String v = clean(value, 100);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).atZone(Time.DANISH).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        String date = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
        try {
            return endOf(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            // try the Danish forms
        }
        for (DateTimeFormatter f : DANISH_DATES) {
            try {
                return endOf(LocalDate.parse(date, f));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        throw new DateTimeParseException("not a date", v, 0);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Time.DANISH).toInstant();
    }

    /** An ESCO occupation URI or a STAR code, as the engine reads them; anything else is not an occupation. */
    private static String occupation(String value) {
        String v = clean(value, 300);
        if (v == null) {
            return null;
        }
        return v.startsWith("http://data.europa.eu/esco/occupation/") || STAR_CODE.matcher(v).matches() ? v : null;
    }

    /** Text of what may be HTML (descriptions usually are). */
    static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.indexOf('<') >= 0 ? Jsoup.parse(value).text() : value;
    }

    private static Double number(String value) {
        String v = clean(value, 40);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Stripped, at most {@code max} characters, or null if blank. */
    public static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > max ? v.substring(0, max) : v;
    }
}
