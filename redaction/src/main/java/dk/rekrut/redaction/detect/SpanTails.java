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
 * </ul>
 */
final class SpanTails {

    private SpanTails() {
    }

    private static final Pattern ABBREVIATION = Pattern.compile("[ \\t]*\\(\\p{Lu}[\\p{Lu}\\d]{1,5}\\)");
    private static final Pattern BIRTH_PLACE = Pattern.compile("[ \\t]+(?:i|in)[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?"
        + "(?![\\p{L}])");
    private static final Pattern POSTAL_AFTER_DASH = Pattern.compile("[ \\t]*[-–][ \\t]*\\d{4,6}(?![\\d\\p{L}.,/-])");

    /** {@code spans}: merged, in order. Returns the widened spans only (merged again by the caller). */
    static List<Span> detect(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Matcher abbreviation = ABBREVIATION.matcher(text);
        Matcher postal = POSTAL_AFTER_DASH.matcher(text);
        postal.useTransparentBounds(true);
        Matcher place = BIRTH_PLACE.matcher(text);
        place.useTransparentBounds(true);
        for (Span s : spans) {
            int to = Math.min(text.length(), s.end() + 12);
            // Any type: a special category's phrase may have been merged into a name found inside it ("the Danish Society …").
            if (abbreviation.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), abbreviation.end(), s.type(), null, s.confidence(), s.reason() + "; with its abbreviation",
                    s.origin()));
            } else if (s.type() == SpanType.BIRTH_DATE && place.region(s.end(), Math.min(text.length(), s.end() + 40)).lookingAt()) {
                out.add(new Span(s.start(), place.end(), s.type(), null, s.confidence(), s.reason() + "; with the place of birth",
                    s.origin()));
            } else if (s.type() == SpanType.ADDRESS && postal.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), postal.end(), s.type(), null, s.confidence(), s.reason() + "; with the postal code after it",
                    s.origin()));
            }
        }
        return out;
    }
}
