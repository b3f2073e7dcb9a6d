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
 *   <li>a health fact, the part of the body after it ("efter en arbejdsskade i ryggen") (rred5);</li>
 *   <li>an address, a flat or unit and another country's postal code after it ("Blk 123 Bedok North Ave 3, #05-67",
 *   "22 Merrion Square, Dublin 2, D02 XY45", "Rua Augusta, 1500, apto 42", "São Paulo - SP, 01304-001") (rred4).</li>
 *   <li>after a name, the person's age in apposition ("Jens Hansen, 45 år") (rdaprose).</li>
 * </ul>
 */
final class SpanTails {

    private SpanTails() {
    }

    private static final Pattern ABBREVIATION = Pattern.compile("[ \\t]*\\(\\p{Lu}[\\p{Lu}\\d]{1,5}\\)");
    private static final Pattern BIRTH_PLACE = Pattern.compile("[ \\t]+(?:i|in)[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?"
        + "(?![\\p{L}])");
    private static final Pattern POSTAL_AFTER_DASH = Pattern.compile("[ \\t]*[-–][ \\t]*\\d{4,6}(?![\\d\\p{L}.,/-])");

    /** A name as authors are cited: the surname, a comma and the initials ("Holm, R. B. (2021)", "Holm, R.-B., Jensen"). */
    private static final Pattern CITED_INITIALS = Pattern.compile("[ \\t]*,[ \\t]*\\p{Lu}\\.(?:[ \\t]?-?\\p{Lu}\\.){0,2}"
        + "(?=[ \\t]*(?:[(,;&]|\\n|$))");
    private static final Pattern BROKEN_WORD = Pattern.compile("-[ \\t]*\\n[ \\t]*\\p{Ll}{2,}(?![\\p{L}])");
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile(",?[ \\t]*['’‘]\\d{2}(?![\\p{L}\\p{N}])");
    /**
     * After an address: a flat or unit ("apto 42", "Apt. 4B", "#05-67", "lejl. 3"), an Irish Eircode ("D02 XY45"), a
     * Brazilian CEP ("01304-001") or a state abbreviation and a CEP ("- SP, 01304-001"), each after a comma or dash.
     */
    private static final Pattern ADDRESS_TAIL = Pattern.compile("(?:[ \\t]*[,–-][ \\t]*(?:(?iu:apto|apt|apartment|flat|unit|suite|lejl"
        + "|lejlighed)\\.?[ \\t]*\\d{1,4}\\p{Lu}?|#\\d{1,3}-\\d{1,4}|\\p{Lu}\\d[\\dW][ \\t]?[\\p{Lu}\\d]{4}|\\d{5}-\\d{3}"
        + "|\\p{Lu}{2},[ \\t]*\\d{5}-\\d{3}))+(?![\\p{L}\\p{N}])");

    /**
     * The line after an address that ends its line, when that line is only a town (and a state) with a postal code at
     * its end, as addresses of other countries are written on two lines ("Rua Augusta, 1500, apto 42" then "São Paulo -
     * SP, 01304-001"; "Storgatan 4" then "SE-411 38 Göteborg" is the postal code first, read by the address patterns).
     * A year is no postal code unless a second group follows it, and a number in two groups of four is a phone.
     */
    private static final Pattern ADDRESS_NEXT_LINE = Pattern.compile("[ \\t]*\\n[ \\t]*\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}"
        + "(?:[ \\t]*[-–,][ \\t]*\\p{Lu}{2})?[ \\t]*,?[ \\t]*(?:\\p{Lu}{1,2}-)?(?!(?:19|20)\\d{2}(?!-\\d))(?:\\d{3,6}(?:-\\d{3,4})?|\\d{3} \\d{2})"
        + "[ \\t]*(?=\\n|$)");

    /** After a health fact, the part of the body it is in ("en arbejdsskade i ryggen", "an injury to my knee"; rred5). */
    private static final Pattern BODY_PART = Pattern.compile("[ \\t]+(?:i|in|to|på)[ \\t]+(?:(?:the|my|min|mit|mine)[ \\t]+)?"
        + "(?:ryggen|lænden|nakken|knæet|knæene|skulderen|skuldrene|hoften|armen|hånden|foden|hovedet|hjertet|back|lower[ \\t]+back"
        + "|neck|knees?|shoulders?|hips?|arms?|hands?|foot|feet|head|heart|ryg|knæ|skulder|hofte|arm|hånd|fod)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A person's age in apposition after their name, as case notes write it: "Borger (Jens Hansen, 45 år)", "eleven Noah
     * Berg, 11 år, f. …". Only right after a found name and closed by a comma, bracket, full stop or the line's end, so a
     * skill's years ("Java, 5 år erfaring") stay.
     */
    private static final Pattern AGE_AFTER_NAME = Pattern.compile(",[ \\t]*(\\d{1,3}[ \\t]*år)(?=[ \\t]*(?:[,).;]|\\n|$))");

    /** {@code spans}: merged, in order. Returns the widened spans only (merged again by the caller). */
    static List<Span> detect(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Matcher abbreviation = ABBREVIATION.matcher(text);
        Matcher postal = POSTAL_AFTER_DASH.matcher(text);
        postal.useTransparentBounds(true);
        Matcher place = BIRTH_PLACE.matcher(text);
        place.useTransparentBounds(true);
        Matcher broken = BROKEN_WORD.matcher(text).useTransparentBounds(true);
        Matcher initials = CITED_INITIALS.matcher(text).useTransparentBounds(true);
        Matcher year = APOSTROPHE_YEAR.matcher(text).useTransparentBounds(true);
        Matcher unit = ADDRESS_TAIL.matcher(text).useTransparentBounds(true);
        Matcher nextLine = ADDRESS_NEXT_LINE.matcher(text).useTransparentBounds(true);
        Matcher bodyPart = BODY_PART.matcher(text).useTransparentBounds(true);
        Matcher age = AGE_AFTER_NAME.matcher(text).useTransparentBounds(true);
        for (Span s : spans) {
            if (s.type() == SpanType.NAME && age.region(s.end(), Math.min(text.length(), s.end() + 12)).lookingAt()) {
                out.add(new Span(age.start(1), age.end(1), SpanType.AGE, null, 0.85, "context: an age in apposition after a name"));
            }
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
            } else if (s.type() == SpanType.NAME && initials.region(s.end(), Math.min(text.length(), s.end() + 20)).lookingAt()) {
                out.add(new Span(s.start(), initials.end(), s.type(), null, s.confidence(), s.reason() + "; with the initials cited after it",
                    s.origin()));
            } else if (s.type() == SpanType.BIRTH_DATE && year.region(s.end(), to).lookingAt()) {
                out.add(new Span(s.start(), year.end(), s.type(), null, s.confidence(), s.reason() + "; with its year after an apostrophe",
                    s.origin()));
            } else if (s.type() == SpanType.HEALTH && bodyPart.region(s.end(), Math.min(text.length(), s.end() + 30)).lookingAt()) {
                out.add(new Span(s.start(), bodyPart.end(), s.type(), null, s.confidence(), s.reason() + "; with the body part after it",
                    s.origin()));
            } else if (s.type() == SpanType.ADDRESS) {
                Span whole = addressTail(text, s, unit, postal, nextLine);
                if (whole != null) {
                    out.add(whole);
                }
            }
        }
        return out;
    }

    /** An address with its flat or postal code after it, then the town and postal code line after that; null if none. */
    private static Span addressTail(String text, Span s, Matcher unit, Matcher postal, Matcher nextLine) {
        int end = s.end();
        String reason = s.reason();
        if (unit.region(end, Math.min(text.length(), end + 40)).lookingAt()) {
            end = unit.end();
            reason += "; with the flat or postal code after it";
        } else if (postal.region(end, Math.min(text.length(), end + 12)).lookingAt()) {
            end = postal.end();
            reason += "; with the postal code after it";
        }
        if (nextLine.region(end, Math.min(text.length(), end + 60)).lookingAt()) {
            end = nextLine.end();
            reason += "; with its town and postal code on the next line";
        }
        return end == s.end() ? null : new Span(s.start(), end, s.type(), null, s.confidence(), reason, s.origin());
    }
}
