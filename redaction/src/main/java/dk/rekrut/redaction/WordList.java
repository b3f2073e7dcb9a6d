package dk.rekrut.redaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words and short phrases found by looking each word of the text up in a table, instead of trying a regex with dozens
 * of alternatives at every character: the text is split into words once and each list costs one lookup per word.
 * A phrase word ending in "." needs a dot after it ("hr." matches "Hr." but not "HR-partner"); ending in ".?" it takes a
 * dot along if there is one ("mr.?" matches "Mr." and "Mr").
 */
final class WordList {

    /** The words of a text, lower-cased, with their offsets; made once and shared by all lists. */
    record Words(String text, List<int[]> spans, List<String> lower) {
        /** The runs of letters ({@code \p{L}+}, by code point), found by a plain scan rather than a matcher. */
        static Words of(String text) {
            return of(text, Trigger.lower(text));
        }

        /**
         * {@code lowerText} is the text as {@link Trigger#lower} makes it. A word of Latin-1 letters is cut from it: for
         * those, lower-casing char by char gives what {@code toLowerCase(Locale.ROOT)} gives, without a copy per word.
         */
        static Words of(String text, String lowerText) {
            List<int[]> spans = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            int n = text.length();
            for (int i = 0; i < n; ) {
                if (!isLetterAt(text, i)) {
                    i++;
                    continue;
                }
                int start = i;
                boolean latin1 = true;
                while (i < n && isLetterAt(text, i)) {
                    char c = text.charAt(i);
                    latin1 &= c < 0x100;
                    i += c < 0x80 ? 1 : Character.charCount(Character.codePointAt(text, i));
                }
                spans.add(new int[] {start, i});
                lower.add(latin1 ? lowerText.substring(start, i) : text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            return new Words(text, spans, lower);
        }

        /** {@code Character.isLetter(Character.codePointAt(text, i))}, with ASCII answered by hand: it is asked for every character. */
        private static boolean isLetterAt(String text, int i) {
            char c = text.charAt(i);
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            }
            return Character.isLetter(Character.codePointAt(text, i));
        }
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    WordList(String phrases) {
        for (String phrase : phrases.split("\\|")) {
            String[] words = phrase.strip().split(" +");
            byFirstWord.computeIfAbsent(bare(words[0]), k -> new ArrayList<>()).add(words);
        }
        // Longer phrases first, so "mor til" wins over "mor".
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    /** Spans {start, end} of the phrases in the text, not overlapping. */
    List<int[]> find(Words words) {
        List<int[]> out = new ArrayList<>();
        String text = words.text();
        for (int i = 0; i < words.lower().size(); i++) {
            var candidates = byFirstWord.get(words.lower().get(i));
            if (candidates == null) {
                continue;
            }
            int start = words.spans().get(i)[0];
            if (start > 0 && text.charAt(start - 1) == '-') {
                continue; // the tail of a compound ("IT-han") is not the word on its own
            }
            for (String[] phrase : candidates) {
                int end = match(words, i, phrase);
                if (end >= 0 && end < text.length() && text.charAt(end) == '-') {
                    continue; // the head of a compound: "MR-scanner", "HR-partner"
                }
                if (end >= 0) {
                    out.add(new int[] {words.spans().get(i)[0], end});
                    i += phrase.length - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static String bare(String word) {
        return word.replace(".?", "").replace(".", "");
    }

    /** The end of the phrase starting at word {@code i}, or -1; words must be separated by spaces only. */
    private static int match(Words words, int i, String[] phrase) {
        String text = words.text();
        if (i + phrase.length > words.lower().size()) {
            return -1;
        }
        int end = -1;
        for (int k = 0; k < phrase.length; k++) {
            int[] span = words.spans().get(i + k);
            if (!words.lower().get(i + k).equals(bare(phrase[k]))) {
                return -1;
            }
            if (k > 0 && !text.substring(end, span[0]).isBlank()) {
                return -1;
            }
            end = span[1];
            boolean dot = end < text.length() && text.charAt(end) == '.';
            if (phrase[k].endsWith(".") && !dot) {
                return -1;
            }
            if ((phrase[k].endsWith(".") || phrase[k].endsWith(".?")) && dot) {
                end++;
            }
        }
        return end;
    }
}
