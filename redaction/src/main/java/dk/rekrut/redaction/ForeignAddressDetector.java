package dk.rekrut.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses {@link AddressDetector} does not read: other orders ("Hundested, 3390"), other countries' streets and postal
 * codes ("12 Baker Street, London NW1 6XE", "Storgatan 4, SE-411 38 Göteborg", "ul. Marszałkowska 10/12, 00-590
 * Warszawa", "Gangnam-gu, Seoul"), flats ("Flat 3, 221B …"), and an address without a postal code where the applicant
 * writes theirs: the top lines, the contact line, the signature, after "Adresse:" or "Bopæl:".
 *
 * <p>A street whose shape says "street" (a street word or suffix of its country and a house number) counts where a
 * Danish street would: with a postal code or town after it, after a cue, alone on its line, or in the applicant's zones.
 * Weaker shapes (any capitalised words and a number, a bare five-digit code and a town) count only in those zones, so an
 * employer's address in an employment line is judged like today (a street and postal code still go) but "Version 2"
 * or "Building 4" in a sentence stays.
 */
final class ForeignAddressDetector {

    private static final String CAP = "\\p{Lu}[\\p{L}'’.-]*";
    /** A town: a capitalised word of two letters or more ("Göteborg", "Warszawa", "Zürich"). */
    private static final String TOWN = "\\p{Lu}\\p{Ll}[\\p{L}'’.-]*";
    private static final String HOUSE = "\\d{1,4}[A-Za-z]?(?:[/-]\\d{1,4}[A-Za-z]?)?";
    /** Number first, then a street word: "12 Baker Street", "221B Baker St.", "4 Rue de la Paix" (English, French). */
    private static final Pattern NUMBER_STREET = Pattern.compile("(?<![\\p{L}\\d])" + HOUSE + ",?[ \\t]+(?:" + CAP + "[ \\t]+){0,3}"
        + "(?:Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.|Close|Way|Crescent|Terrace|Gardens|Place|Pl\\.|Court|Ct\\.|"
        + "Square|Grove|Mews|Row|Walk|Parade|Boulevard|Blvd\\.?|Highway|Hill|Park)(?![\\p{L}])"
        + "|(?<![\\p{L}\\d])\\d{1,4}[A-Za-z]?,?[ \\t]+(?:rue|avenue|boulevard|chemin|place|allée|impasse)[ \\t]+(?:(?:de|du|des|la|le|l')[ \\t]*)*"
        + CAP + "(?:[ \\t]+" + CAP + "){0,2}");
    /** A street word or suffix, then the number: "Storgatan 4", "Karl-Johans gate 12", "Hauptstraße 5", "Keizersgracht 123". */
    private static final Pattern STREET_NUMBER = Pattern.compile("(?<![\\p{L}])(?:" + CAP + "[ \\t]+){0,2}\\p{L}*(?iu:gatan|gata|gate|"
        + "vägen|väg|veien|vegen|vei|gränd|torget|stigen|straße|strasse|str\\.|weg|platz|gasse|allee|damm|straat|laan|"
        + "gracht|plein|kade|singel|ulica|utca|katu|tie|cesta|ulice|sokak|sokağı|caddesi|cad\\.|bulvarı)[ \\t]+" + HOUSE
        + "(?![\\p{L}\\d])");
    private static final Pattern NUMBER_STREET_HIT = Pattern.compile("(?<![\\p{L}])(?:Street|St\\.|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr\\.|"
        + "Close|Way|Crescent|Terrace|Gardens|Place|Pl\\.|Court|Ct\\.|Square|Grove|Mews|Row|Walk|Parade|Boulevard|Blvd|Highway|Hill|Park|"
        + "rue|avenue|boulevard|chemin|place|allée|impasse)(?![\\p{L}])");
    private static final Pattern STREET_NUMBER_HIT = Pattern.compile("(?iu)(?:gatan|gata|gate|vägen|väg|veien|vegen|vei|gränd|torget|stigen|"
        + "straße|strasse|str\\.|weg|platz|gasse|allee|damm|straat|laan|gracht|plein|kade|singel|ulica|utca|katu|tie|cesta|ulice|"
        + "sokak|sokağı|caddesi|cad\\.|bulvarı)[ \\t]+\\d");
    private static final Pattern PREFIX_STREET_HIT = Pattern.compile("(?<![\\p{L}])(?:ul\\.|ulica|al\\.|aleja|pl\\.|os\\.|Via|via|Viale|"
        + "Calle|calle|Avenida|Av\\.|Rua|rua|Carrer|Strada|Jalan|Jl\\.|Rruga|Bulevar|Bulevardi|Ulitsa|ulitsa|Ulica)[ \\t]");
    /** A street word first: "ul. Marszałkowska 10/12", "Via Roma 5", "Calle Mayor 3", "Rua Augusta 120". */
    private static final Pattern PREFIX_STREET = Pattern.compile("(?<![\\p{L}])(?:ul\\.|ulica|al\\.|aleja|pl\\.|os\\.|Via|via|Viale|"
        + "Calle|calle|Avenida|Av\\.|Rua|rua|Carrer|Strada|Jalan|Jl\\.|Rruga|Bulevar|Bulevardi|Ulitsa|ulitsa|Ulica)[ \\t]+"
        + "(?:" + CAP + "[ \\t]+){0,3}" + HOUSE + "(?![\\p{L}\\d])");
    /** Flat, apartment, unit before a street: "Flat 3, ", "Apt. 4B ", "Lejlighed 12, ". */
    private static final Pattern FLAT = Pattern.compile("(?<![\\p{L}])(?:Flat|Apt\\.?|Apartment|Unit|Suite|Lejl\\.?|Lejlighed|Room|Værelse)"
        + "[ \\t]+\\d{1,4}[A-Za-z]?,?[ \\t]*$");
    /** Postal codes of other countries with their town: "SE-411 38 Göteborg", "00-590 Warszawa", "D-10115 Berlin", "London NW1 6XE". */
    private static final Pattern FOREIGN_POSTAL = Pattern.compile("(?<![\\p{L}\\d.-])(?:(?:[A-Z]{1,2}-[ ]?(?:\\d{4,5}|\\d{3}[ ]\\d{2})|\\d{3}[ ]\\d{2}|\\d{2}-\\d{3}|"
        + "\\d{5}|\\d{4}[ ][A-Z]{2})[ \\t]+" + TOWN + "(?:[ \\t]+" + TOWN + "){0,2}"
        + "|" + CAP + "(?:[ \\t]+" + CAP + ")?,?[ \\t]+[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2}(?![A-Za-z\\d]))");
    /** Postal codes a country prefix or a British shape make sure of, anywhere. */
    private static final Pattern SURE_POSTAL = Pattern.compile("^(?:[A-Z]{1,2}-|.*[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2}$|\\d{2}-\\d{3}[ \\t])");
    /** Korean, Japanese and Chinese districts: "Gangnam-gu, Seoul", "Shibuya-ku, Tokyo", "Haidian-qu". */
    private static final Pattern DISTRICT = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+-(?:gu|si|dong|ro|gil|eup|myeon|ku|shi|cho|machi|"
        + "qu|xian|shi)(?![\\p{L}])(?:,[ \\t]*" + CAP + "(?:[ \\t]+" + CAP + ")?)?");
    /** Town and Danish postal code the other way round: "Hundested, 3390", "Hundested 3390". */
    private static final Pattern TOWN_CODE = Pattern.compile("(?<![\\p{L}])(" + CAP + "(?:[ \\t]+" + CAP + ")?),?[ \\t]+(?:DK-?)?(\\d{4})(?![\\d-])");
    /** Any street in the applicant's zones: capitalised words and a number ("Skovbrynet 7B", "Rosenlunden 3, 1. th"). */
    private static final Pattern LOOSE_STREET = Pattern.compile("(?<![\\p{L}\\d])(?:" + CAP + "[ \\t]+){0,3}\\p{Lu}\\p{Ll}{2,}[ \\t]+" + HOUSE
        + "(?:,?[ \\t]*(?:st|kl|\\d{1,2})\\.(?:[ \\t]*(?:sal|th|tv|mf)\\.?)?)?(?![\\p{L}\\d])(?=[ \\t]*(?:[,|·•–\\t]|$))");
    /** After these the rest of the piece is an address, postal code or not. */
    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:adresse|address|bopæl|bor på|bosat på|lives at|home address|"
        + "privatadresse)[ \\t]*:?[ \\t]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The end of an address piece on a contact line: a separator, an e-mail or phone cue. */
    private static final Pattern PIECE_END = Pattern.compile("[|·•∙▪\\t]|\\s[–—-]\\s|\\s{3,}|(?i:tlf|tel|telefon|mobil|phone|e-?mail|mail)\\b|@|\\+\\d");

    private final Places places;

    ForeignAddressDetector(Places places) {
        this.places = places;
    }

    List<Span> detect(String text, Zones zones) {
        List<Span> out = new ArrayList<>();
        List<int[]> streets = new ArrayList<>();
        // The costly street patterns are tried only on the line of a cheap hit (a street word or suffix), not at every letter.
        for (Pattern[] p : List.of(new Pattern[] {NUMBER_STREET_HIT, NUMBER_STREET}, new Pattern[] {STREET_NUMBER_HIT, STREET_NUMBER},
            new Pattern[] {PREFIX_STREET_HIT, PREFIX_STREET})) {
            Matcher hit = p[0].matcher(text);
            int done = 0;
            while (hit.find()) {
                int lineStart = text.lastIndexOf('\n', hit.start()) + 1;
                int lineEnd = text.indexOf('\n', hit.end());
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                if (lineStart < done) {
                    continue;
                }
                done = lineEnd;
                Matcher m = p[1].matcher(text);
                m.region(lineStart, lineEnd);
                m.useTransparentBounds(true);
                while (m.find()) {
                    streets.add(new int[] {m.start(), m.end()});
                }
            }
        }
        for (int[] s : streets) {
            int start = flatBefore(text, s[0]);
            int end = townAfter(text, s[1]);
            boolean zone = inZone(zones, s[0]);
            if (end > s[1] || zone || cueBefore(text, start) || aloneOnLine(text, start, s[1])) {
                out.add(span(text, start, end, "pattern: street and house number of another country with town or in the applicant's lines"));
            }
        }
        Matcher d = DISTRICT.matcher(text);
        while (d.find()) {
            out.add(span(text, d.start(), d.end(), "pattern: a district of an East Asian city"));
        }
        Matcher tc = TOWN_CODE.matcher(text);
        while (tc.find()) {
            if (places.towns(tc.group(2)).contains(tc.group(1).toLowerCase(java.util.Locale.ROOT))) {
                out.add(span(text, tc.start(), tc.end(), "pattern: town and its own postal code"));
            }
        }
        Matcher fp = FOREIGN_POSTAL.matcher(text);
        while (fp.find()) {
            if (SURE_POSTAL.matcher(fp.group()).find() || inZone(zones, fp.start())) {
                out.add(span(text, fp.start(), fp.end(), "pattern: postal code of another country with its town"));
            }
        }
        zoneAddresses(text, zones, out);
        return out;
    }

    /** In the applicant's lines: any street and number, and the rest of a piece after "Adresse:". */
    private void zoneAddresses(String text, Zones zones, List<Span> out) {
        for (Zones.Line line : zones.lines()) {
            String s = text.substring(line.start(), line.end());
            Matcher cue = CUE.matcher(s);
            if (cue.find() && cue.end() < s.length()) {
                Matcher e = PIECE_END.matcher(s);
                int end = e.find(cue.end()) ? e.start() : s.length();
                String rest = s.substring(cue.end(), end).strip();
                if (rest.length() >= 3 && Character.isLetterOrDigit(rest.charAt(0))) {
                    int at = line.start() + s.indexOf(rest, cue.end());
                    out.add(span(text, at, at + rest.length(), "pattern: what follows an address cue"));
                }
            }
            // The line above a footer's contact line is body text: near contact data counts only at the top or in a signature.
            if (line.flags() == 0 || !line.is(Zones.TOP | Zones.CONTACT | Zones.SIGNATURE | Zones.REPEATED)) {
                continue;
            }
            Matcher m = LOOSE_STREET.matcher(s);
            while (m.find()) {
                String lead = m.group().split("[ \\t]")[0].toLowerCase(java.util.Locale.ROOT);
                if (looksLikeYearOrCount(m.group()) || NameDetector.isStopWord(lead) || NOT_STREET.contains(lead)) {
                    continue;
                }
                int start = flatBefore(text, line.start() + m.start());
                out.add(span(text, start, townAfter(text, line.start() + m.end()), "pattern: street and number in the applicant's contact lines"));
            }
        }
    }

    /** Words that start a phrase with a number, not a street: "Over 20", "Gennem 21", "Since 2019", "Top 10". */
    private static final java.util.Set<String> NOT_STREET = java.util.Set.of("over", "gennem", "since", "siden", "top", "version",
        "side", "page", "level", "niveau", "step", "trin", "fase", "phase", "uge", "week", "kapitel", "chapter", "bilag", "appendix",
        "windows", "java", "python", "office", "iso", "kl", "klokken", "nr", "no", "figur", "figure", "tabel", "table", "modul", "module");

    /** "Siden 2019", "Erfaring 12": a four-digit year or a count is no house number. */
    private static boolean looksLikeYearOrCount(String m) {
        return m.matches(".*\\D(?:19|20)\\d\\d") || m.matches("(?iu).*(?:siden|since|version|v|side|page|år|years?|timer|hours)\\s+\\d+");
    }

    /** ", London", ", SE-411 38 Göteborg", ", Hundested", ", 1. th, 2200 København N": what follows a street and belongs to it. */
    private int townAfter(String text, int end) {
        int at = end;
        for (int n = 0; n < 3; n++) {
            Matcher m = AFTER.matcher(text);
            m.region(at, Math.min(text.length(), at + 60));
            if (!m.lookingAt()) {
                break;
            }
            String piece = m.group(1);
            String first = piece.split("[ \\t]")[0];
            boolean postal = Character.isDigit(piece.charAt(0)) || piece.matches("[A-Z]{1,2}-.*") || piece.matches(".*\\d.*");
            if (!postal && !places.isPlace(first.toLowerCase(java.util.Locale.ROOT)) && n > 0) {
                break;
            }
            if (!postal && NameDetector.isNotAPerson(first.toLowerCase(java.util.Locale.ROOT))
                && !NameDetector.isOrganisationPlaceOrLanguage(first.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            at = m.end();
        }
        return at;
    }

    private static final Pattern AFTER = Pattern.compile(",?[ \\t]*(?:\\n[ \\t]*)?((?:[A-Z]{1,2}-[ ]?)?(?:\\d{3}[ ]\\d{2}|\\d{2}-\\d{3}|\\d{4,5})[ \\t]+"
        + CAP + "(?:[ \\t]+" + CAP + ")?|" + CAP + "(?:[ \\t]+" + CAP + ")?(?:[ \\t]+[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2})?)(?=[ \\t]*(?:[,|·\\n]|$))",
        Pattern.MULTILINE);

    private static int flatBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher m = FLAT.matcher(text.substring(lineStart, start));
        return m.find() ? lineStart + m.start() : start;
    }

    private static boolean inZone(Zones zones, int offset) {
        for (Zones.Line l : zones.lines()) {
            if (offset >= l.start() && offset <= l.end()) {
                return l.is(Zones.TOP | Zones.CONTACT | Zones.NEAR_CONTACT | Zones.SIGNATURE | Zones.REPEATED);
            }
        }
        return false;
    }

    private static boolean cueBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return AddressDetector.CUE.endsLine(text.substring(lineStart, start));
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank()
            && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).replaceAll("[,.]", "").isBlank();
    }

    private static Span span(String text, int start, int end, String reason) {
        while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        // Surer than a gazetteer's guess at a name ("London NW"), so the merged span stays an address and no place is propagated as a name.
        return new Span(start, end, SpanType.ADDRESS, text.substring(start, end), 0.92, reason);
    }
}
