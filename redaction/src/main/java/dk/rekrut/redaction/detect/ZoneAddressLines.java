package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An address of any country written as people write their own on a CV's contact lines: parts separated by commas, the
 * first with a house, block or room number, the last a town with or without a postal code ("Teheran-ro 152, Gangnam-gu,
 * Seoul 06236", "Blk 5 Lot 12, Brgy. San Isidro, Quezon City 1100", "Room 1203, Building 5, No. 88 Jianguo Road,
 * Chaoyang District, Beijing 100022", "Niels Finsens gøta 9, FO-100 Tórshavn"). The street patterns know the street
 * words of some countries; this knows the shape, and takes it only in the applicant's own lines (top, contact line and
 * its neighbours, signature, running header or footer), where an employer's address does not stand. Periods of years,
 * versions, e-mails, links and phones are not addresses.
 */
final class ZoneAddressLines {

    private ZoneAddressLines() {
    }

    private static final int ZONES = Zones.TOP | Zones.CONTACT | Zones.NEAR_CONTACT | Zones.SIGNATURE | Zones.REPEATED;
    /** What separates the pieces of a contact line ("Seoul 06236 · +82 …", "… | mail@…"). */
    private static final Pattern PIECE = Pattern.compile("[|·•∙▪\\t]|\\s[–—-]\\s|\\s{3,}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,6}[A-Za-z]?(?:/\\d{1,4})?(?![\\d.,]\\d)");
    private static final Pattern TOWN = Pattern.compile("(?:[A-Z]{1,2}-[ ]?)?(?:\\d{3,6}[ ])?\\p{Lu}[\\p{L}'’.-]*"
        + "(?:[ ]+\\p{Lu}[\\p{L}'’.-]*){0,2}(?:[ ]+(?:\\d{3,6}|[A-Z0-9]{2,4}[ ][A-Z0-9]{3}))?");
    /** A period of years or months anywhere on the line: the work history, not the applicant's lines. */
    private static final Pattern PERIOD = Pattern.compile("(?:19|20)\\d{2}[ \\t]*[-–—][ \\t]*(?:\\p{L}{3,9}\\.?[ \\t]+)?"
        // The second date may have its month first ("08/2016 – 12/2021"), as CVs write periods of employment.
        + "(?:(?:\\d{1,2}[./])?(?:19|20)\\d{2}|nu|now|present|d\\.d\\.)"
        + "|(?iu)(?<![\\p{L}])(?:since|siden|fra|from)[ \\t]+(?:19|20)\\d{2}");
    private static final Pattern NOT_ADDRESS = Pattern.compile("@|://|www\\.|:|\\+\\d|\\d[.,]\\d|(?:19|20)\\d{2}[ \\t]*[-–—/]"
        + "|[-–—][ \\t]*(?:19|20)\\d{2}|(?iu)(?<![\\p{L}])(?:tlf|tel|telefon|mobil|phone|mobile|e-?mail|version|since|siden)(?![\\p{L}])");
    /**
     * A street word of other countries ending the first part, for streets written without a house number ("King Fahd
     * Road, Al Olaya, Riyadh 12211"; rred3); then three parts at least, and the line's digit is a postal code.
     */
    private static final Pattern STREET_WORD = Pattern.compile("(?<![\\p{L}])(?:Road|Rd\\.?|Street|St\\.|Avenue|Ave\\.?|Lane"
        + "|Boulevard|Blvd\\.?|Drive|Highway|Straße|Strasse|Calle|Avenida|Rua|Rue|Ulica|Caddesi|Sokak|Shari'?a?)$");
    private static final Pattern COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");

    static List<Span> detect(String text, Zones zones) {
        List<Span> out = new ArrayList<>();
        for (Zones.Line line : zones.lines()) {
            // A comma and a digit on the line, looked for within the line only (searching on past it was quadratic).
            if (!line.is(ZONES) || line.end() - line.start() > 200 || text.indexOf(',', line.start(), line.end()) < 0
                || !DateAndAgeDetector.hasDigit(text, line.start(), line.end())) {
                continue;
            }
            String s = text.substring(line.start(), line.end());
            var m = PIECE.matcher(s);
            int from = 0;
            while (from <= s.length()) {
                int to = m.find(from) ? m.start() : s.length();
                piece(text, line.start(), s, from, to, out);
                if (to == s.length()) {
                    break;
                }
                from = m.end();
            }
        }
        return out;
    }

    private static void piece(String text, int lineStart, String s, int from, int to, List<Span> out) {
        String raw = s.substring(from, to);
        String piece = raw.strip();
        if (piece.length() < 8 || piece.length() > 120 || piece.indexOf(',') < 0) {
            return;
        }
        // The first part needs a house number (a digit before the first comma) or a street word at its end: most pieces
        // are not split at all.
        int comma = piece.indexOf(',');
        if (!DateAndAgeDetector.hasDigit(piece, 0, comma) && !STREET_WORD.matcher(piece.substring(0, comma).strip()).find()) {
            return;
        }
        String[] parts = COMMA.split(piece);
        if (parts.length < 2 || !(houseNumber(parts[0]) || parts.length >= 3 && STREET_WORD.matcher(parts[0]).find())
            || !TOWN.matcher(parts[parts.length - 1]).matches()) {
            return;
        }
        // The dearer checks last: a line of the work history ("2014 – 2026  Welder, Vestas, Hedeager 42, 8200 Aarhus N").
        if (NOT_ADDRESS.matcher(piece).find() || PERIOD.matcher(s).find()) {
            return;
        }
        for (String part : parts) {
            if (part.isEmpty() || !(Character.isUpperCase(part.charAt(0)) || Character.isDigit(part.charAt(0)) || shortLower(part))
                || lowerWords(part) > 1) {
                return; // a sentence or a list of skills, not the parts of an address
            }
        }
        int start = lineStart + from + raw.indexOf(piece);
        out.add(new Span(start, start + piece.length(), SpanType.ADDRESS, piece, 0.85,
            "pattern: comma-separated address in the applicant's lines"));
    }

    /** A house, block or room number in the first part; a year ("SAP S/4HANA 2022") is none. */
    private static boolean houseNumber(String part) {
        var n = NUMBER.matcher(part);
        while (n.find()) {
            // The number's leading digits (as replaceAll("\\D.*", ""), which compiled its pattern at every call).
            int end = n.start();
            while (end < n.end() && part.charAt(end) >= '0' && part.charAt(end) <= '9') {
                end++;
            }
            String digits = part.substring(n.start(), end);
            int v = digits.length() == 4 ? Integer.parseInt(digits) : -1;
            if (v < 1950 || v > 2035) {
                return true;
            }
        }
        return false;
    }

    /** "ul. Długa 4", "vul. Sumska 25", "kv. 8": a short abbreviation in lower case may start a part. */
    private static boolean shortLower(String part) {
        int dot = part.indexOf('.');
        return dot > 0 && dot <= 4 && part.substring(0, dot).chars().allMatch(Character::isLowerCase);
    }

    /** Words in lower case that are not an abbreviation ("gøta" in "Niels Finsens gøta 9" is one; "års erfaring" two). */
    private static int lowerWords(String part) {
        int n = 0;
        var w = WORD.matcher(part);
        while (w.find()) {
            String word = w.group();
            if (Character.isLowerCase(word.charAt(0)) && !word.endsWith(".")) {
                n++;
            }
        }
        return n;
    }
}
