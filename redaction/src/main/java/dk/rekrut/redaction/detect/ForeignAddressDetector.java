package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
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
 * or "Building 4" in a sentence stays. A housing block's number ("Blk 123 Bedok North Ave 3") and a numbered street
 * belong to the address.
 */
final class ForeignAddressDetector {

    private static final String CAP = "\\p{Lu}[\\p{L}'’.-]*";
    /** A town: a capitalised word of two letters or more ("Göteborg", "Warszawa", "Zürich"). */
    private static final String TOWN = "\\p{Lu}\\p{Ll}[\\p{L}'’.-]*";
    private static final String HOUSE = "\\d{1,4}[A-Za-z]?(?:[/-]\\d{1,4}[A-Za-z]?)?";
    /** Number first, then a street word: "12 Baker Street", "221B Baker St.", "4 Rue de la Paix" (English, French). */
    private static final Pattern NUMBER_STREET = Pattern.compile("(?<![\\p{L}\\d])(?:(?:Blk|Block|Bldg)\\.?[ \\t]+)?" + HOUSE
        + ",?[ \\t]+(?:" + CAP + "[ \\t]+){0,3}"
        + "(?:Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.|Close|Way|Crescent|Terrace|Gardens|Place|Pl\\.|Court|Ct\\.|"
        + "Square|Grove|Mews|Row|Walk|Parade|Boulevard|Blvd\\.?|Highway|Hill|Park)(?![\\p{L}])"
        // a numbered street ("Bedok North Ave 3", "Street 51"), as Singapore, Cambodia and Egypt write them
        + "(?:[ \\t]+\\d{1,3}(?![\\p{L}\\d.:/]))?"
        + "|(?<![\\p{L}\\d])\\d{1,4}[A-Za-z]?,?[ \\t]+(?:rue|avenue|boulevard|chemin|place|allée|impasse)[ \\t]+(?:(?:de|du|des|la|le|l')[ \\t]*)*"
        + CAP + "(?:[ \\t]+" + CAP + "){0,2}");
    /** A street word or suffix, then the number: "Storgatan 4", "Karl-Johans gate 12", "Hauptstraße 5", "Keizersgracht 123". */
    private static final Pattern STREET_NUMBER = Pattern.compile("(?<![\\p{L}])(?:" + CAP + "[ \\t]+){0,2}\\p{L}*(?iu:gatan|gata|gate|"
        + "vägen|väg|veien|vegen|vei|gränd|torget|stigen|straße|strasse|str\\.|weg|platz|gasse|allee|damm|straat|laan|"
        + "gracht|plein|kade|singel|ulica|utca|katu|tie|cesta|ulice|sokak|sokağı|caddesi|cad\\.|bulvarı)[ \\t]+" + HOUSE
        + "(?![\\p{L}\\d])");
    private static final java.util.Set<String> NUMBER_STREET_WORDS = java.util.Set.of("Street", "St", "Road", "Rd", "Avenue", "Ave",
        "Lane", "Ln", "Drive", "Dr", "Close", "Way", "Crescent", "Terrace", "Gardens", "Place", "Pl", "Court", "Ct", "Square", "Grove",
        "Mews", "Row", "Walk", "Parade", "Boulevard", "Blvd", "Highway", "Hill", "Park", "rue", "avenue", "boulevard", "chemin", "place",
        "allée", "impasse");
    private static final java.util.Set<String> PREFIX_STREET_WORDS = java.util.Set.of("ul", "ulica", "al", "aleja", "pl", "os", "Via",
        "via", "Viale", "Calle", "calle", "Avenida", "Av", "Rua", "rua", "Carrer", "Strada", "Jalan", "Jl", "Rruga", "Bulevar",
        "Bulevardi", "Ulitsa", "ulitsa", "Ulica");
    private static final String[] FOREIGN_SUFFIXES = {"gatan", "gata", "gate", "vägen", "väg", "veien", "vegen", "vei", "gränd",
        "torget", "stigen", "straße", "strasse", "str", "weg", "platz", "gasse", "allee", "damm", "straat", "laan", "gracht", "plein",
        "kade", "singel", "ulica", "utca", "katu", "tie", "cesta", "ulice", "sokak", "sokağı", "caddesi", "cad", "bulvarı"};

    /** Spaces (or a dot and spaces: "Str. 5") and then a digit after {@code at}. */
    private static boolean numberFollows(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        int spaces = i;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > spaces && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean hasForeignSuffix(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : FOREIGN_SUFFIXES) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A street word first: "ul. Marszałkowska 10/12", "Via Roma 5", "Calle Mayor 3", "Rua Augusta 120", and the number
     * after a comma as Brazil and Portugal write it ("Rua Augusta, 1500"; rred4).
     */
    private static final Pattern PREFIX_STREET = Pattern.compile("(?<![\\p{L}])(?:ul\\.|ulica|al\\.|aleja|pl\\.|os\\.|Via|via|Viale|"
        + "Calle|calle|Avenida|Av\\.|Rua|rua|Carrer|Strada|Jalan|Jl\\.|Rruga|Bulevar|Bulevardi|Ulitsa|ulitsa|Ulica)[ \\t]+"
        + "(?:" + CAP + ",?[ \\t]+){0,3}" + HOUSE + "(?![\\p{L}\\d])");
    /** Flat, apartment, unit before a street: "Flat 3, ", "Apt. 4B ", "Lejlighed 12, ". */
    private static final Pattern FLAT = Pattern.compile("(?<![\\p{L}])(?:Flat|Apt\\.?|Apartment|Unit|Suite|Lejl\\.?|Lejlighed|Room|Værelse)"
        + "[ \\t]+\\d{1,4}[A-Za-z]?,?[ \\t]*$");
    /** Postal codes of other countries with their town: "SE-411 38 Göteborg", "00-590 Warszawa", "D-10115 Berlin", "London NW1 6XE". */
    private static final Pattern FOREIGN_POSTAL = Pattern.compile("(?<![\\p{L}\\d.-])(?:(?:[A-Z]{1,2}-[ ]?(?:\\d{4,5}|\\d{3}[ ]\\d{2})|\\d{3}[ ]\\d{2}|\\d{2}-\\d{3}|"
        + "\\d{5}|\\d{4}[ ][A-Z]{2})[ \\t]+" + TOWN + "(?:[ \\t]+" + TOWN + "){0,2})");
    /** "London NW1 6XE", "Manchester, M1 1AE": a town and a British postcode. */
    private static final Pattern UK_POSTAL = Pattern.compile("(?<![\\p{L}])" + CAP + "(?:[ \\t]+" + CAP + ")?,?[ \\t]+"
        + "[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2}(?![A-Za-z\\d])");
    /** Postal codes a country prefix or a British shape make sure of, anywhere. */
    private static final Pattern SURE_POSTAL = Pattern.compile("^(?:[A-Z]{1,2}-|\\d{2}-\\d{3}[ \\t])");
    /** Korean, Japanese and Chinese districts: "Gangnam-gu, Seoul", "Shibuya-ku, Tokyo", "Haidian-qu". */
    private static final Pattern DISTRICT = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+-(?:gu|si|dong|ro|gil|eup|myeon|ku|shi|cho|machi|"
        + "qu|xian|shi)(?![\\p{L}])(?:,[ \\t]*" + CAP + "(?:[ \\t]+" + CAP + ")?)?");
    private static final Pattern DISTRICT_HIT = Pattern.compile("-(?:gu|si|dong|ro|gil|eup|myeon|ku|shi|cho|machi|qu|xian)(?![\\p{L}])");

    /**
     * Runs of ASCII digits {start, end} (a postal code has at least two: "00-590", "411 38", "NW1 6XE" aside), in order.
     * Every digit stands in one of the text's {@link Trigger#digitClusters}, and a run never spans two, so only the
     * clusters are walked.
     */
    static List<int[]> digitRuns(String text, List<int[]> clusters) {
        List<int[]> out = new ArrayList<>();
        for (int[] cluster : clusters) {
            digitRuns(text, cluster[0], cluster[1], out);
        }
        return out;
    }

    private static void digitRuns(String text, int from, int n, List<int[]> out) {
        for (int i = from; i < n; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                int j = i;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j - i >= 1) {
                    out.add(new int[] {i, j});
                }
                i = j;
            }
        }
    }

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

    // Compiled once: String.split, matches and replaceAll compiled these at every call.
    private static final Pattern BLANK = Pattern.compile("[ \\t]");
    private static final Pattern PREFIXED = Pattern.compile("[A-Z]{1,2}-.*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern COMMAS_DOTS = Pattern.compile("[,.]");

    private final Places places;

    ForeignAddressDetector(Places places) {
        this.places = places;
    }

    List<Span> detect(String text, Zones zones) {
        return detect(text, zones, Trigger.digitClusters(text));
    }

    /** {@code clusters}: the text's {@link Trigger#digitClusters} (see {@link Candidates}). */
    List<Span> detect(String text, Zones zones, List<int[]> clusters) {
        List<Span> out = new ArrayList<>();
        List<int[]> streets = new ArrayList<>();
        // The costly street patterns are tried only on the line of a cheap hit (a street word or suffix), found in one walk
        // over the words: a pattern of alternatives tried at every position cost more than the rest of detection.
        Pattern[] full = {NUMBER_STREET, STREET_NUMBER, PREFIX_STREET};
        int[] doneTo = new int[3];
        for (Zones.Line line : zones.lines()) {
            if (hasDigit(text, line.start(), line.end())) {
                streetHits(text, line.start(), line.end(), full, doneTo, streets);
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
        // Every hit starts with '-': tried there only, the same matches as find() in the same order.
        Matcher dh = DISTRICT_HIT.matcher(text);
        dh.useTransparentBounds(true);
        dh.useAnchoringBounds(false);
        int districtTo = 0;
        int hitTo = 0;
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', Math.max(h + 1, hitTo))) {
            dh.region(h, text.length());
            if (!dh.lookingAt()) {
                continue;
            }
            hitTo = dh.end();
            if (dh.start() < districtTo) {
                continue;
            }
            Matcher d = DISTRICT.matcher(text);
            d.region(Math.max(0, dh.start() - 30), Math.min(text.length(), dh.end() + 40));
            d.useTransparentBounds(true);
            while (d.find()) {
                out.add(span(text, d.start(), d.end(), "pattern: a district of an East Asian city"));
                districtTo = d.end();
            }
        }
        // Postal codes only around runs of three or more digits, not at every capital letter.
        Matcher tc = TOWN_CODE.matcher(text);
        tc.useTransparentBounds(true);
        java.util.function.IntPredicate capital = at -> mayStartCapital(text.charAt(at));
        Matcher fp = FOREIGN_POSTAL.matcher(text);
        fp.useTransparentBounds(true);
        int tcTo = 0;
        int fpTo = 0;
        for (int[] run : digitRuns(text, clusters)) {
            int lineStart = text.lastIndexOf('\n', run[0]) + 1;
            int lineEnd = text.indexOf('\n', run[1]);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int from = Math.max(lineStart, run[0] - 40);
            int to = Math.min(lineEnd, run[1] + 50);
            int len = run[1] - run[0];
            if (len == 1 && run[0] > 0 && Character.isUpperCase(text.charAt(run[0] - 1))) {
                // "NW1 6XE": the British shape, with the town before it.
                Matcher uk = UK_POSTAL.matcher(text);
                uk.region(from, Math.min(lineEnd, run[1] + 8));
                uk.useTransparentBounds(true);
                while (uk.find()) {
                    out.add(span(text, uk.start(), uk.end(), "pattern: British postcode with its town"));
                }
                continue;
            }
            if (len < 2 || len > 5 || run[0] < fpTo) {
                continue;
            }
            if (len == 4) {
                // Every match starts with \p{Lu} after no letter: tried there only, leftmost first, as find() would.
                int tcEnd = Math.min(to, run[1] + 1);
                int pos = Math.max(from, tcTo);
                while (Trigger.nextAfterNonLetter(tc, text, pos, tcEnd, tcEnd, capital)) {
                    pos = tc.end() > tc.start() ? tc.end() : tc.start() + 1;
                    tcTo = tc.end();
                    if (places.towns(tc.group(2)).contains(tc.group(1).toLowerCase(java.util.Locale.ROOT))) {
                        out.add(span(text, tc.start(), tc.end(), "pattern: town and its own postal code"));
                    }
                }
            }
            // A code starts at this run or a country prefix ("SE-", "D-") just before it.
            // Tried only where it can start (the run, or the capital of a prefix before it), not across the whole window.
            for (int p = Math.max(Math.max(lineStart, run[0] - 4), fpTo); p <= run[0]; p++) {
                if (p < run[0] && !(text.charAt(p) >= 'A' && text.charAt(p) <= 'Z')) {
                    continue;
                }
                fp.region(p, to);
                if (fp.lookingAt()) {
                    fpTo = fp.end();
                    // A course code with its title ("course 02450 Introduction") has the shape of a code and town.
                    if ((SURE_POSTAL.matcher(fp.group()).find() || inZone(zones, fp.start())) && !CodeNumbers.after(text, fp.start())) {
                        out.add(span(text, fp.start(), fp.end(), "pattern: postal code of another country with its town"));
                    }
                    break;
                }
            }
        }
        zoneAddresses(text, zones, out);
        return out;
    }

    /** In the applicant's lines: any street and number, and the rest of a piece after "Adresse:". */
    /** A street word or suffix in the line [from, n): the full pattern of its kind is tried on the line. */
    private static void streetHits(String text, int from, int n, Pattern[] full, int[] doneTo, List<int[]> streets) {
        for (int i = from; i < n; i++) {
            if (!Trigger.isLetter(text.charAt(i)) || i > 0 && Trigger.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && Trigger.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j);
            int kind = -1;
            if (NUMBER_STREET_WORDS.contains(word)) {
                kind = 0;
            } else if (PREFIX_STREET_WORDS.contains(word)) {
                kind = 2;
            } else if (numberFollows(text, j) && hasForeignSuffix(word)) {
                kind = 1;
            }
            if (kind >= 0) {
                int lineStart = from;
                int lineEnd = n;
                if (lineStart >= doneTo[kind]) {
                    doneTo[kind] = lineEnd;
                    Matcher m = full[kind].matcher(text);
                    m.region(lineStart, lineEnd);
                    m.useTransparentBounds(true);
                    while (m.find()) {
                        streets.add(new int[] {m.start(), m.end()});
                    }
                }
            }
            i = j;
        }
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Every cue has one of these pieces ("adresse", "ADDRESS", "Bopæl", "bor på", "bosat", "lives at"): asked before the pattern. */
    private static boolean mayHaveCue(String s) {
        return s.contains("dres") || s.contains("DRES") || s.contains("opæl") || s.contains("OPÆL") || s.contains("or på")
            || s.contains("osat") || s.contains("ives at");
    }

    private void zoneAddresses(String text, Zones zones, List<Span> out) {
        // A line holds a piece of a cue only if the text does; LOOSE_STREET's house number needs a digit on the line.
        boolean cues = mayHaveCue(text);
        for (Zones.Line line : zones.lines()) {
            if (line.end() - line.start() > 200) {
                continue;
            }
            boolean street = line.flags() != 0 && line.is(Zones.TOP | Zones.CONTACT | Zones.SIGNATURE | Zones.REPEATED)
                && hasDigit(text, line.start(), line.end());
            if (!cues && !street) {
                continue;
            }
            String s = text.substring(line.start(), line.end());
            Matcher cue = CUE.matcher(s);
            if (cues && mayHaveCue(s) && cue.find() && cue.end() < s.length()) {
                Matcher e = PIECE_END.matcher(s);
                int end = e.find(cue.end()) ? e.start() : s.length();
                String rest = s.substring(cue.end(), end).strip();
                if (rest.length() >= 3 && Character.isLetterOrDigit(rest.charAt(0))) {
                    int at = line.start() + s.indexOf(rest, cue.end());
                    out.add(span(text, at, at + rest.length(), "pattern: what follows an address cue"));
                }
            }
            // The line above a footer's contact line is body text: near contact data counts only at the top or in a signature.
            if (!street) {
                continue;
            }
            // Every match starts with a capital after no letter: tried there only, the same matches as find().
            Matcher m = LOOSE_STREET.matcher(s);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int p = 0; Trigger.nextAfterNonLetter(m, s, p, s.length(), s.length(),
                    i -> Character.getType(s.codePointAt(i)) == Character.UPPERCASE_LETTER); p = m.end()) {
                String lead = BLANK.split(m.group())[0].toLowerCase(java.util.Locale.ROOT);
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

    static final Pattern YEAR_END = Pattern.compile(".*\\D(?:19|20)\\d\\d");
    static final Pattern COUNT = Pattern.compile("(?iu).*(?:siden|since|version|v|side|page|år|years?|timer|hours)\\s+\\d+");

    /** "Siden 2019", "Erfaring 12": a four-digit year or a count is no house number. */
    static boolean looksLikeYearOrCount(String m) {
        return mayEndInYear(m) && YEAR_END.matcher(m).matches() || mayEndInCount(m) && COUNT.matcher(m).matches();
    }

    /**
     * Whether {@link #YEAR_END} can match: it ends in a non-digit, then "19" or "20" and two ASCII digits ({@code \d} and
     * {@code \D} are ASCII here). Most house numbers are not years and are ruled out without the pattern.
     */
    private static boolean mayEndInYear(String m) {
        int n = m.length();
        return n >= 5 && asciiDigit(m.charAt(n - 1)) && asciiDigit(m.charAt(n - 2)) && !asciiDigit(m.charAt(n - 5))
            && (m.charAt(n - 4) == '1' && m.charAt(n - 3) == '9' || m.charAt(n - 4) == '2' && m.charAt(n - 3) == '0');
    }

    /**
     * Whether {@link #COUNT} can match: it ends in ASCII digits after blanks ({@code \s}: [ \t\n\x0B\f\r]) after a word whose
     * last letter is one of n, e, v, r, s in any case ('ſ' is an s to the case-insensitive pattern).
     */
    private static boolean mayEndInCount(String m) {
        int i = m.length();
        while (i > 0 && asciiDigit(m.charAt(i - 1))) {
            i--;
        }
        if (i == m.length() || i == 0 || " \t\n\u000B\f\r".indexOf(m.charAt(i - 1)) < 0) {
            return false;
        }
        while (i > 0 && " \t\n\u000B\f\r".indexOf(m.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && "nNeEvVrRsSſ".indexOf(m.charAt(i - 1)) >= 0;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
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
            String first = BLANK.split(piece)[0];
            boolean postal = Character.isDigit(piece.charAt(0)) || PREFIXED.matcher(piece).matches() || HAS_DIGIT.matcher(piece).matches();
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
        Zones.Line l = zones.lineAt(offset);
        return l != null && l.is(Zones.TOP | Zones.CONTACT | Zones.NEAR_CONTACT | Zones.SIGNATURE | Zones.REPEATED);
    }

    private static boolean cueBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return AddressDetector.CUE.endsLine(text.substring(lineStart, start));
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank()
            && COMMAS_DOTS.matcher(text.substring(end, lineEnd < 0 ? text.length() : lineEnd)).replaceAll("").isBlank();
    }

    private static Span span(String text, int start, int end, String reason) {
        while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        // Surer than a gazetteer's guess at a name ("London NW"), so the merged span stays an address and no place is propagated as a name.
        return new Span(start, end, SpanType.ADDRESS, text.substring(start, end), 0.92, reason);
    }

    /**
     * Whether a match of a case-sensitive pattern that starts with {@code \p{Lu}} can start at {@code c}: an upper-case
     * letter (the general category, as the pattern asks it), or a high surrogate, which may begin one beyond the Basic
     * Multilingual Plane.
     */
    private static boolean mayStartCapital(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.getType(c) == Character.UPPERCASE_LETTER || Character.isHighSurrogate(c);
    }
}
