package dk.rekrut.interview;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import dk.rekrut.shared.Time;

/**
 * Writes iCalendar (RFC 5545) by hand: CRLF line ends, lines folded at 75 octets, text escaped, times in
 * Europe/Copenhagen with its VTIMEZONE, so Outlook and others show the right local time all year.
 */
final class ICalendar {

    record Event(String uid, int sequence, Instant start, Instant end, String summary, String location, String description,
                 String organizerEmail, String attendeeEmail, Instant stamp) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static final String VTIMEZONE = String.join("\r\n",
        "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

    private ICalendar() {
    }

    /** METHOD:REQUEST for an invitation or update, METHOD:CANCEL for a cancellation, METHOD:PUBLISH for an export. */
    static String calendar(String method, List<Event> events) {
        var sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "PRODID:-//Rekrut//Rekrut//DA");
        line(sb, "VERSION:2.0");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:" + method);
        sb.append(VTIMEZONE).append("\r\n");
        for (Event e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + e.uid());
            line(sb, "SEQUENCE:" + e.sequence());
            line(sb, "DTSTAMP:" + UTC.format(e.stamp()));
            line(sb, "DTSTART;TZID=Europe/Copenhagen:" + LOCAL.format(e.start().atZone(Time.DANISH)));
            line(sb, "DTEND;TZID=Europe/Copenhagen:" + LOCAL.format(e.end().atZone(Time.DANISH)));
            line(sb, "SUMMARY:" + text(e.summary()));
            line(sb, "LOCATION:" + text(e.location()));
            if (e.description() != null) {
                line(sb, "DESCRIPTION:" + text(e.description()));
            }
            if (e.organizerEmail() != null) {
                line(sb, "ORGANIZER:mailto:" + e.organizerEmail());
            }
            if (e.attendeeEmail() != null) {
                line(sb, "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:" + e.attendeeEmail());
            }
            line(sb, "STATUS:" + ("CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED"));
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
            .replace("\n", "\\n");
    }

    /** Folds at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
    static void line(StringBuilder sb, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            sb.append(content).append("\r\n");
            return;
        }
        int count = 0;
        boolean first = true;
        var current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            int limit = first ? 75 : 74;
            if (count + len > limit) {
                sb.append(current).append("\r\n ");
                current.setLength(0);
                count = 0;
                first = false;
            }
            current.appendCodePoint(cp);
            count += len;
            i += Character.charCount(cp);
        }
        sb.append(current).append("\r\n");
    }
}
