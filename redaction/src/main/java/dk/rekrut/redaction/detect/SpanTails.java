package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a found span takes from right after it (issue 17, rred3), where the rest would still say what the span hid:
 * <ul>
 *   <li>any span, an abbreviation in brackets right after it: the organisation's in a special category's phrase ("member
 *   of the Danish Society of Engineers (IDA)"), a person's initials after a name;</li>
 *   <li>a birth date, the place of birth after it ("Født: 17.11.1986 i Łódź", "born on 23/07/1989 in Alexandria"),
 *   which tells origin as the date tells age;</li>
 *   <li>an address, a postal code after a dash, as Indian and some other addresses end ("Anna Nagar, Chennai -
 *   600040").</li>
 *   <li>a name, the rest of its last word after a hyphen at a line's end ("Kasper Vester-\nholm"): a word broken
 *   across lines is still the name (rred4);</li>
 *   <li>a birth date, a two-digit year after an apostrophe ("12 March '92") (rred4);</li>
 *   <li>an address, a flat or unit and another country's postal code after it ("Blk 123 Bedok North Ave 3, #05-67",
 *   "22 Merrion Square, Dublin 2, D02 XY45", "Rua Augusta, 1500, apto 42", "São Paulo - SP, 01304-001") (rred4).</li>
 * </ul>
 */
final class SpanTails {

    private SpanTails() {
    }

    private static final Pattern ABBREVIATION = Pattern.compile("[ \\t]*\\(\\p{Lu}[\\p{Lu}\\d]{1,5}\\)");
    private static final Pattern BIRTH_PLACE = Pattern.compile("[ \\t]+(?:i|in)[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?"
        + "(?![\\p{L}])");
    private static final Pattern POSTAL_AFTER_DASH = Pattern.compile("[ \\t]*[-–][ \\t]*\\d{4,6}(?![\\d\\p{L}.,/-])");

    private static final Pattern BROKEN_WORD = Pattern.compile("-[ \\t]*\\n[ \\t]*\\p{Ll}{2,}(?![\\p{L}])");
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile(",?[ \\t]*['’‘]\\d{2}(?![\\p{L}\\p{N}])");
    /**
     * After an address: a flat or unit ("apto 42", "Apt. 4B", "#05-67", "lejl. 3"), an Irish Eircode ("D02 XY45"), a
     * Brazilian CEP ("01304-001") or a state abbreviation and a CEP ("- SP, 01304-001"), each after a comma or dash.
     */
    private static final Pattern ADDRESS_TAIL = Pattern.compile("(?:[ \\t]*[,–-][ \\t]*(?:(?iu:apto|apt|apartment|flat|unit|suite|lejl"
        + "|lejlighed)\\.?[ \\t]*\\d{1,4}\\p{Lu}?|#\\d{1,3}-\\d{1,4}|\\p{Lu}\\d[\\dW][ \\t]?[\\p{Lu}\\d]{4}|\\d{5}-\\d{3}"
        + "|\\p{Lu}{2},[ \\t]*\\d{5}-\\d{3}))+(?![\\p{L}\\p{N}])");

    /** {@code spans}: merged, in order. Returns the widened spans only (merged again by the caller). */
    static List<Span> detect(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Matcher abbreviation = ABBREVIATION.matcher(text);
        Matcher postal = POSTAL_AFTER_DASH.matcher(text);
        postal.useTransparentBounds(true);
        Matcher place = BIRTH_PLACE.matcher(text);
        place.useTransparentBounds(true);
        Matcher broken = BROKEN_WORD.matcher(text).useTransparentBounds(true);
        Matcher year = APOSTROPHE_YEAR.matcher(text).useTransparentBounds(true);
        Matcher unit = ADDRESS_TAIL.matcher(text).useTransparentBounds(true);
        for (Span s : spans) {
            int to = Math.min(text.length(), s.end() + 12);
            // Any type: a special category's phrase may have been merged into a name found inside it ("the Danish Society …").
            if (abbreviation.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), abbreviation.end(), s.type(), null, s.confidence(), s.reason() + "; with its abbreviation",
                    s.origin()));
            } else if (s.type() == SpanType.BIRTH_DATE && place.region(s.end(), Math.min(text.length(), s.end() + 40)).lookingAt()) {
                out.add(new Span(s.start(), place.end(), s.type(), null, s.confidence(), s.reason() + "; with the place of birth",
                    s.origin()));
            } else if (s.type() == SpanType.NAME && broken.region(s.end(), Math.min(text.length(), s.end() + 40)).lookingAt()) {
                out.add(new Span(s.start(), broken.end(), s.type(), null, s.confidence(), s.reason() + "; with its word broken across lines",
                    s.origin()));
            } else if (s.type() == SpanType.BIRTH_DATE && year.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), year.end(), s.type(), null, s.confidence(), s.reason() + "; with its year after an apostrophe",
                    s.origin()));
            } else if (s.type() == SpanType.ADDRESS && unit.region(s.end(), Math.min(text.length(), s.end() + 40)).lookingAt()) {
                out.add(new Span(s.start(), unit.end(), s.type(), null, s.confidence(), s.reason() + "; with the flat or postal code after it",
                    s.origin()));
            } else if (s.type() == SpanType.ADDRESS && postal.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), postal.end(), s.type(), null, s.confidence(), s.reason() + "; with the postal code after it",
                    s.origin()));
            }
        }
        return out;
    }
}
