package dk.rekrut.redaction.detect;

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

    /**
     * The words of a text with their offsets, made once and shared by all lists. A word is not cut out of the text: it is
     * looked up by its hash and compared in place, so the thousands of words that are in no list cost no copy.
     */
    static final class Words {
        private final String text;
        private final String lowerText;
        /**
         * Per word: start, end, the hash of its lower-cased form (as {@link String#hashCode} gives it), and the index of
         * that form in {@link #beyondLatin1}, or -1 for a word of Latin-1 letters (its form is in lowerText).
         */
        private int[] words = new int[4 * 64];
        private int size;
        /** The lower-cased form of each word with a letter beyond Latin-1, whose length may change in lower case. */
        private final List<String> beyondLatin1 = new ArrayList<>();

        private Words(String text, String lowerText) {
            this.text = text;
            this.lowerText = lowerText;
        }

        /** The runs of letters ({@code \p{L}+}, by code point), found by a plain scan rather than a matcher. */
        static Words of(String text) {
            return of(text, Trigger.lower(text));
        }

        /**
         * {@code lowerText} is the text as {@link Trigger#lower} makes it. A word of Latin-1 letters is read from it: for
         * those, lower-casing char by char gives what {@code toLowerCase(Locale.ROOT)} gives.
         */
        static Words of(String text, String lowerText) {
            var out = new Words(text, lowerText);
            int n = text.length();
            for (int i = 0; i < n; ) {
                if (!isLetterAt(text, i)) {
                    i++;
                    continue;
                }
                int start = i;
                boolean latin1 = true;
                int hash = 0;
                while (i < n && isLetterAt(text, i)) {
                    char c = text.charAt(i);
                    latin1 &= c < 0x100;
                    hash = 31 * hash + lowerText.charAt(i);
                    i += c < 0x80 ? 1 : Character.charCount(Character.codePointAt(text, i));
                }
                int form = -1;
                if (!latin1) {
                    // the hash above is of lowerText's chars, which is the lower-cased word for Latin-1 letters only
                    String lower = text.substring(start, i).toLowerCase(Locale.ROOT);
                    form = out.beyondLatin1.size();
                    out.beyondLatin1.add(lower);
                    hash = lower.hashCode();
                }
                out.add(start, i, hash, form);
            }
            return out;
        }

        private void add(int start, int end, int hash, int form) {
            if (4 * size == words.length) {
                words = java.util.Arrays.copyOf(words, 2 * words.length);
            }
            words[4 * size] = start;
            words[4 * size + 1] = end;
            words[4 * size + 2] = hash;
            words[4 * size + 3] = form;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return words[4 * i];
        }

        int end(int i) {
            return words[4 * i + 1];
        }

        int hash(int i) {
            return words[4 * i + 2];
        }

        /** Whether word {@code i}, lower-cased, is {@code lower}: {@code toLowerCase(Locale.ROOT)} of it equals it. */
        boolean is(int i, String lower) {
            int form = words[4 * i + 3];
            if (form >= 0) {
                return beyondLatin1.get(form).equals(lower);
            }
            int start = start(i);
            return end(i) - start == lower.length() && lowerText.startsWith(lower, start);
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

    /** The phrases by their first word (bare, lower case); each phrase's words bare and as written. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** The first words by hash, for a lookup of a word in place: {@link #byFirstWord}'s keys in an open-addressed table. */
    private final String[] keys;

    WordList(String phrases) {
        for (String phrase : phrases.split("\\|")) {
            String[] words = phrase.strip().split(" +");
            byFirstWord.computeIfAbsent(bare(words[0]), k -> new ArrayList<>()).add(words);
        }
        // Longer phrases first, so "mor til" wins over "mor".
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        keys = new String[Integer.highestOneBit(byFirstWord.size() * 4)];
        for (String k : byFirstWord.keySet()) {
            int slot = k.hashCode() & (keys.length - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = k;
        }
    }

    /** The first word that word {@code i} is, or null. */
    private String firstWord(Words words, int i) {
        for (int slot = words.hash(i) & (keys.length - 1); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot].hashCode() == words.hash(i) && words.is(i, keys[slot])) {
                return keys[slot];
            }
        }
        return null;
    }

    /** Spans {start, end} of the phrases in the text, not overlapping. */
    List<int[]> find(Words words) {
        List<int[]> out = new ArrayList<>();
        String text = words.text;
        for (int i = 0; i < words.size(); i++) {
            String first = firstWord(words, i);
            if (first == null) {
                continue;
            }
            var candidates = byFirstWord.get(first);
            int start = words.start(i);
            if (start > 0 && text.charAt(start - 1) == '-') {
                continue; // the tail of a compound ("IT-han") is not the word on its own
            }
            for (String[] phrase : candidates) {
                int end = match(words, i, phrase);
                if (end >= 0 && end < text.length() && text.charAt(end) == '-') {
                    continue; // the head of a compound: "MR-scanner", "HR-partner"
                }
                if (end >= 0) {
                    out.add(new int[] {words.start(i), end});
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
        String text = words.text;
        if (i + phrase.length > words.size()) {
            return -1;
        }
        int end = -1;
        for (int k = 0; k < phrase.length; k++) {
            if (!words.is(i + k, bare(phrase[k]))) {
                return -1;
            }
            if (k > 0 && !text.substring(end, words.start(i + k)).isBlank()) {
                return -1;
            }
            end = words.end(i + k);
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
