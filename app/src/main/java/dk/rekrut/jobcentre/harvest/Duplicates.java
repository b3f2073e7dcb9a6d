package dk.rekrut.jobcentre.harvest;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * When two entries are the same job seen on two portals. Text is compared normalised (accents and case folded,
 * punctuation and repeated spaces gone; for employers also a trailing legal form such as "A/S" or "ApS"), and:
 * the same employer, titles within a small edit distance (2, or a tenth of the longer title) with the same numbers,
 * the same postcode or the same town, and deadlines at most {@link #DEADLINE_TOLERANCE} apart when both have one. An entry without an
 * employer is never merged with another: too little to tell two jobs apart.
 */
public final class Duplicates {

    static final Duration DEADLINE_TOLERANCE = Duration.ofDays(3);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?: (?:a s|aps|i s|p s|k s|ivs|amba|a m b a|smba|ltd|inc|gmbh))+$");

    /** The values the rule compares, normalised once. */
    public record Key(String employer, String title, String postcode, String town, Instant deadline) {

        public static Key of(String employer, String title, String postcode, String town, Instant deadline) {
            return new Key(Duplicates.employer(employer), normalise(title), blankToNull(postcode), blankToNull(normalise(town)),
                deadline);
        }
    }

    private Duplicates() {
    }

    public static boolean same(Key a, Key b) {
        return !a.employer().isEmpty() && a.employer().equals(b.employer())
            && titlesClose(a.title(), b.title())
            && samePlace(a, b)
            && deadlinesClose(a.deadline(), b.deadline());
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    static String employer(String employer) {
        return LEGAL_FORM.matcher(normalise(employer)).replaceAll("").strip();
    }

    /** Numbers in a title tell jobs apart ("Elektriker 1", "Elektriker 2"): they must agree exactly. */
    static boolean titlesClose(String a, String b) {
        if (!numbers(a).equals(numbers(b))) {
            return false;
        }
        int allowed = Math.max(2, Math.max(a.length(), b.length()) / 10);
        return Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b) <= allowed;
    }

    private static List<String> numbers(String s) {
        return NUMBER.matcher(s).results().map(MatchResult::group).toList();
    }

    private static boolean samePlace(Key a, Key b) {
        return (a.postcode() != null && a.postcode().equals(b.postcode()))
            || (a.town() != null && a.town().equals(b.town()));
    }

    private static boolean deadlinesClose(Instant a, Instant b) {
        return a == null || b == null || Duration.between(a, b).abs().compareTo(DEADLINE_TOLERANCE) <= 0;
    }

    /** Levenshtein distance, two rows. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
