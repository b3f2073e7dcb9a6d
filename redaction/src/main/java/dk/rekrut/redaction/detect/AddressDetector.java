package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish addresses not in the form: a street (a name ending in a Danish street suffix) with a house number, and a
 * valid postal code followed by its own town (from PostNord's list). A street with a number counts when a postal
 * code follows, when it stands alone on a line (the top of a CV) or after a cue ("Adresse:", "bor på"); a postal code
 * counts only followed by the town that code belongs to, so "2200 medarbejdere" is not an address.
 */
final class AddressDetector {

    private static final String SUFFIX = "vej|vejen|gade|gaden|allé|alle|stræde|strædet|torv|torvet|plads|pladsen|vænge|vænget|"
        + "park|parken|boulevard|have|haven|høj|højen|bakke|bakken|sti|stien|eng|engen|toft|toften|vang|vangen|hegn|holm|lund|"
        + "skov|mark|marken|ager|dal|dalen|bro|kaj|kajen|bjerg|gård|gården|løkke|løkken|krog|kvarter|centret|passage|række|"
        + "rækken|tværvej|stien|volden|dige|diget|bugt|strand|strandvej|kær|kæret|toften|ly|lyst|minde|bjerget|huse|hus|gyde|stræde";
    /** One or more words, the last ending in a street suffix: "Nørrebrogade", "Gammel Kongevej", "H.C. Andersens Boulevard". */
    private static final String STREET = "(?:\\p{Lu}[\\p{L}.'-]*[ \\t]+){0,3}\\p{L}*(?iu:" + SUFFIX + ")";
    private static final String NUMBER = "\\d{1,4}(?:[ ]?[A-Z])?(?![\\p{L}\\d])";
    /** Floor and side: "2. tv", "st. th.", "1. sal"; a floor always has its dot, so ", 2200" is never taken for one. */
    private static final String FLOOR = "(?:,?[ \\t]*(?:st|kl|\\d{1,2})\\.(?:[ \\t]*(?:sal|th|tv|mf|\\d{1,3})(?![\\p{L}\\d])\\.?)?)?";
    static final Pattern STREET_NUMBER = Pattern.compile("(?<![\\p{L}])" + STREET + "[ \\t]+" + NUMBER + FLOOR);
    static final Pattern POSTAL = Pattern.compile("(?<![\\d\\p{L}-])(?:DK-?\\s?)?(\\d{4})\\s+(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})");
    static final Cue CUE = new Cue(Pattern.compile("(?:adresse|address|bopæl|bor på|bor i|bosat|residence|lives at|privat)\\s*:?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "adresse", "address", "bopæl", "bor på", "bor i", "bosat", "residence",
        "lives at", "privat");

    private final Places places;

    /** The postal codes and their towns come from {@link Places}, read once for every detector that needs them. */
    AddressDetector(Places places) {
        this.places = places;
    }

    List<Span> detect(String text) {
        return detect(text, Trigger.digitClusters(text));
    }

    /** {@code clusters} as {@link Trigger#digitClusters} makes them. */
    List<Span> detect(String text, List<int[]> clusters) {
        List<Span> out = new ArrayList<>();
        List<int[]> postals = postals(text, clusters);
        for (int[] p : postals) {
            out.add(new Span(p[0], p[1], SpanType.ADDRESS, text.substring(p[0], p[1]), 0.85,
                "pattern: postal code with its own town"));
        }
        for (int[] found : streets(text, clusters)) {
            int start = found[0];
            int end = found[1];
            if (!Character.isUpperCase(text.charAt(start))) {
                continue; // streets are written with a capital; "om vejen 3 gange" is not a street
            }
            // A postal code within the next few characters (", " or a line break) joins the street into one address.
            int[] follow = null;
            for (int[] p : postals) {
                if (p[0] >= end && p[0] - end <= 4 && SPACES_COMMAS.matcher(text.substring(end, p[0])).matches()) {
                    follow = p;
                }
            }
            if (follow != null) {
                out.add(new Span(start, follow[1], SpanType.ADDRESS, text.substring(start, follow[1]), 0.95,
                    "pattern: street, number and valid postal code with town"));
            } else if (CUE.endsLine(lineBefore(text, start))) {
                int to = townAfter(text, end);
                out.add(new Span(start, to, SpanType.ADDRESS, text.substring(start, to), 0.9,
                    "pattern: street and number after a cue"));
            } else if (LIVES_AT.matcher(lineBefore(text, start)).find()) {
                int to = townAfter(text, end);
                out.add(new Span(start, to, SpanType.ADDRESS, text.substring(start, to), 0.9,
                    "pattern: street and number after a verb of living"));
            } else if (aloneOnLine(text, start, end)) {
                out.add(new Span(start, end, SpanType.ADDRESS, text.substring(start, end), 0.8,
                    "pattern: street and number on its own line"));
            }
        }
        postalFields(text, out);
        return out;
    }

    /**
     * A form's postal-code field: "Postnr./by", "Postnummer og by", "Post code/town", "ZIP". What follows it is a postal
     * code and town of any country (Greenland's and the Faroes' are not in PostNord's list, nor are foreign ones), so
     * the field's label, not the list, says it is one (rred5 without form data).
     */
    private static final Pattern POSTAL_FIELD = Pattern.compile("(?<![\\p{L}])(?iu:post(?:nr|nummer)\\.?(?:[ \\t]*(?:/|og|&)[ \\t]*by)?"
        + "|post(?:al)?[ \\t]?code(?:[ \\t]*(?:/|and|&)[ \\t]*(?:town|city))?|zip(?:[ \\t]?code)?|postleitzahl|plz)"
        + "[ \\t]*[:.]?[ \\t]*(?:\\r?\\n[ \\t]*)?((?:[A-Z]{1,3}[ \\t-]?)?\\d{3,5}[ \\t]+\\p{Lu}[\\p{L}\\-]+(?:[ \\t]\\p{Lu}[\\p{L}\\-]*)?)"
        + "(?![\\p{L}\\p{N}])");

    private static void postalFields(String text, List<Span> out) {
        String lower = Trigger.lower(text);
        if (!lower.contains("post") && !lower.contains("zip") && !lower.contains("plz")) {
            return;
        }
        Matcher m = POSTAL_FIELD.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(1), m.end(1), SpanType.ADDRESS, m.group(1), 0.85, "context: postal code and town after its field"));
        }
    }

    /**
     * A form of "bo" or "flytte" and up to three words, then "på", right before a street: "Jeg har boet på", "bor i dag
     * på", "har boet alene på", "er flyttet til ... på". The cue words above must end the line; prose puts words between.
     */
    private static final Pattern LIVES_AT = Pattern.compile("(?<![\\p{L}])(?iu:bor|boede|boet|bo|bosat|flyttet|flyttede|flytter)"
        + "(?:[ \t]+\\p{Ll}+){0,3}[ \t]+på[ \t]*$");
    /** ", i Odense NV", " i København N", " i Ringe": the town of a street written in prose instead of a postal code. */
    private static final Pattern IN_TOWN = Pattern.compile(",?[ \t]+i[ \t]+(\\p{Lu}[\\p{L}-]*)(?:[ \t]+(\\p{Lu}{1,2}|\\p{Lu}[\\p{L}-]*))?(?![\\p{L}-])");

    /** The end of the town after {@code end} when a Danish town follows as {@link #IN_TOWN}, else {@code end}. */
    private int townAfter(String text, int end) {
        Matcher m = IN_TOWN.matcher(text).region(end, Math.min(text.length(), end + 50));
        if (!m.lookingAt()) {
            return end;
        }
        String one = m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(2) != null && places.isPlace(one + " " + m.group(2).toLowerCase(Locale.ROOT))) {
            return m.end(2);
        }
        return places.isPlace(one) ? m.end(1) : end;
    }

    // Compiled once: String.matches and replaceAll compiled them at every call.
    private static final Pattern SPACES_COMMAS = Pattern.compile("[\\s,]*");
    private static final Pattern COMMAS_DOTS = Pattern.compile("[,.]");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<=\\p{L})[ \\t]+\\d{1,4}(?!\\d)");

    /**
     * Street-and-number spans {start, end}. The street pattern is costly to try at every position, so it is tried only
     * in the line before each house number (a number after a word), which keeps detection linear in the text.
     */
    private static List<int[]> streets(String text, List<int[]> clusters) {
        List<int[]> out = new ArrayList<>();
        Matcher number = HOUSE_NUMBER.matcher(text);
        number.useTransparentBounds(true);
        int coveredTo = -1;
        // Only where a run of digits follows spaces after a letter ("Vestergade 12"), not at every character; every digit
        // stands in one of the digit clusters, so only they are walked.
        for (int[] cluster : clusters) {
            for (int i = Math.max(1, cluster[0]); i < cluster[1]; i++) {
                if (!Trigger.isDigit(text.charAt(i)) || Trigger.isDigit(text.charAt(i - 1))
                    || text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
                    continue;
                }
                int s = i - 1;
                while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
                    s--;
                }
                if (s == 0 || !Trigger.isLetter(text.charAt(s - 1))) {
                    continue;
                }
                number.region(s, Math.min(text.length(), i + 5));
                if (!number.lookingAt()) {
                    continue;
                }
                if (!endsWithSuffix(text, number.start())) {
                    continue; // "med 12 års", "i 2019": the word before the number is no street
                }
                int lineStart = text.lastIndexOf('\n', number.start() - 1) + 1;
                int from = Math.max(Math.max(lineStart, number.start() - 80), coveredTo);
                Matcher m = STREET_NUMBER.matcher(text);
                m.useTransparentBounds(true);
                // The pattern starts with (?<![\p{L}]): it is tried only where no letter stands before, and only before the
                // number, since a match that starts later is never taken and the search goes on only until one is.
                int to = Math.min(text.length(), number.end() + 40);
                int pos = from;
                while (Trigger.nextAfterNonLetter(m, text, pos, number.start(), to, p -> mayStartStreet(text, p))) {
                    if (m.start() < number.start() && m.end() >= number.end()) {
                        out.add(new int[] {m.start(), m.end()});
                        coveredTo = m.end();
                        break;
                    }
                    pos = m.end();
                }
            }
        }
        return out;
    }

    /**
     * Whether {@link #STREET_NUMBER} can match at {@code p}, by the shape of what follows: up to three capitalised words
     * ({@code \p{Lu}[\p{L}.'-]*}), then a word of letters only (the one with the suffix), each followed by spaces or
     * tabs, and then a digit. Trying the pattern at every word of the 80 characters before a house number, with its
     * dozens of suffixes at every letter, was the address detector's largest cost; most words start no such run
     * ("Jeg bor på Nørrebrogade 12": only "Nørrebrogade"). This is only a necessary condition; the pattern decides.
     */
    static boolean mayStartStreet(String text, int p) {
        int n = text.length();
        int i = p;
        for (int words = 1; words <= 4; words++) {
            // the word: everything up to the next space or tab
            int j = i;
            boolean lettersOnly = true;
            boolean streetChars = true;
            while (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
                int cp = text.codePointAt(j);
                if (!Character.isLetter(cp)) {
                    lettersOnly = false;
                    streetChars &= cp == '.' || cp == '\'' || cp == '-';
                    if (!streetChars) {
                        return false; // a character no word of a street has
                    }
                }
                j += Character.charCount(cp);
            }
            int next = j;
            while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (j == i || next == j) {
                return false; // no word, or none of the spaces that must follow it
            }
            if (lettersOnly && next < n && text.charAt(next) >= '0' && text.charAt(next) <= '9') {
                return true; // the word with the suffix, and the house number
            }
            if (words == 4 || !streetChars || Character.getType(text.codePointAt(i)) != Character.UPPERCASE_LETTER) {
                return false; // not one of the capitalised words before it
            }
            i = next;
        }
        return false;
    }

    private static final List<String> SUFFIXES = List.of(SUFFIX.split("\\|"));
    /** The last letters of the suffixes: a word ending in none of them ends in no suffix (none is empty). */
    private static final String SUFFIX_ENDS = SUFFIXES.stream().map(x -> x.substring(x.length() - 1)).distinct()
        .collect(java.util.stream.Collectors.joining());

    /** Whether the word just before {@code at} ends like a street name: a cheap test before the costly pattern. */
    private static boolean endsWithSuffix(String text, int at) {
        int end = at;
        int start = end;
        while (start > 0 && Trigger.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.isEmpty() || SUFFIX_ENDS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Postal code and town spans {start, end} where the town is the one the code belongs to. */
    private List<int[]> postals(String text, List<int[]> clusters) {
        List<int[]> out = new ArrayList<>();
        Matcher m = POSTAL.matcher(text);
        m.useTransparentBounds(true);
        int coveredTo = 0;
        // Only around four-digit numbers (a postal code), not at every character.
        for (int[] c : clusters) {
            if (c[1] - c[0] < 4 || c[1] <= coveredTo) {
                continue;
            }
            // The pattern starts with (?<![\d\p{L}-]): it is tried only where no letter stands before.
            int to = Math.min(text.length(), c[1] + 60);
            int pos = Math.max(coveredTo, c[0] - 4);
            while (Trigger.nextAfterNonLetter(m, text, pos, to, to, p -> mayStartPostal(text, p))) {
                if (m.end() == to && to < text.length()) {
                    // Cut by this window ("5240 Od" of "5240 Odense NØ" 60 characters after a phone): the code's own
                    // cluster tries it whole. Marking it covered here skipped that cluster, and the address was lost.
                    break;
                }
                coveredTo = Math.max(coveredTo, m.end());
                postal(m, out);
                pos = m.end();
            }
        }
        return out;
    }

    /**
     * Whether {@link #POSTAL} (case-sensitive) can match at {@code p}: it starts with "DK", or with four ASCII digits and
     * whitespace, and no digit or '-' stands before it. Most digits of a cluster follow another digit, or start a run that
     * is no postal code; the pattern was tried at each.
     */
    static boolean mayStartPostal(String text, int p) {
        if (p > 0 && (isAsciiDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '-')) {
            return false;
        }
        if (text.startsWith("DK", p)) {
            return true;
        }
        return p + 4 < text.length() && isAsciiDigit(text.charAt(p)) && isAsciiDigit(text.charAt(p + 1))
            && isAsciiDigit(text.charAt(p + 2)) && isAsciiDigit(text.charAt(p + 3)) && Literal.isSpace(text.charAt(p + 4));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void postal(Matcher m, List<int[]> out) {
        {
            List<String> known = places.towns(m.group(1));
            if (known.isEmpty()) {
                return;
            }
            String words = m.group(2).toLowerCase(Locale.ROOT);
            for (String town : known) {
                if (words.startsWith(town) && (words.length() == town.length() || !Trigger.isLetter(words.charAt(town.length())))) {
                    out.add(new int[] {m.start(), m.start(2) + town.length()});
                    break;
                }
            }
        }
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int lineEnd = text.indexOf('\n', end);
        return lineBefore(text, start).isBlank() && COMMAS_DOTS.matcher(text.substring(end, lineEnd < 0 ? text.length() : lineEnd)).replaceAll("").isBlank();
    }

    private static String lineBefore(String text, int start) {
        return text.substring(text.lastIndexOf('\n', start - 1) + 1, start);
    }
}
