package dk.rekrut.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a costly pattern only in windows around what each of its matches must contain: keywords (found with
 * {@link String#indexOf} in the lower-cased text) or clusters of digits. A pattern with dozens of alternatives, tried at
 * every character of a text, was most of the detection time.
 */
final class Trigger {

    private final String[] keywords;
    private final int before;
    private final int after;
    private final boolean wordStart;

    private Trigger(int before, int after, boolean wordStart, String... keywords) {
        for (String k : keywords) {
            if (k.isEmpty() || k.charAt(0) >= 128) {
                throw new IllegalArgumentException("a keyword must start with an ASCII character: " + k);
            }
        }
        this.keywords = keywords;
        this.before = before;
        this.after = after;
        this.wordStart = wordStart;
    }

    /** Windows from {@code before} characters before each keyword to {@code after} characters after its start. */
    static Trigger words(int before, int after, String... keywords) {
        return new Trigger(before, after, false, keywords);
    }

    /** As {@link #words}, but a keyword counts only at the start of a word ("far" in "far til", not in "erfaring"). */
    static Trigger wordStarts(int before, int after, String... keywords) {
        return new Trigger(before, after, true, keywords);
    }

    /** Lower case, character by character, so offsets stay those of the text. */
    static String lower(String text) {
        char[] c = text.toCharArray(); // then lower-cased in place: cheaper than charAt for every character
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            // ASCII by hand (the same answer), the rest by Character
            c[i] = ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
        }
        return new String(c);
    }

    /**
     * The lower-cased text with the places of the ASCII characters its triggers' keywords start with, made once per text
     * and shared by all triggers: a keyword is then tried only where its first character stands, instead of one
     * {@code indexOf} pass over the text per keyword. Other characters (spaces, most letters) are not listed.
     */
    record Lower(String text, int[][] at) {
        /** The index of the characters {@code firstChars} marks, as {@link Trigger#firstChars} gives them for every trigger that uses it. */
        static Lower of(String lower, boolean[] firstChars) {
            int[] count = new int[128];
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c < 128 && firstChars[c]) {
                    count[c]++;
                }
            }
            int[][] at = new int[128][];
            for (int c = 0; c < 128; c++) {
                if (firstChars[c]) {
                    at[c] = new int[count[c]];
                    count[c] = 0;
                }
            }
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c < 128 && firstChars[c]) {
                    at[c][count[c]++] = i;
                }
            }
            return new Lower(lower, at);
        }

        /** The places of {@code c}, which must be a first character the index was made for. */
        int[] places(char c) {
            int[] places = at[c];
            if (places == null) {
                throw new IllegalStateException("not indexed: '" + c + "'; make the index with every trigger that uses it");
            }
            return places;
        }
    }

    /** The first characters of the keywords of {@code triggers}, for {@link Lower#of}. */
    static boolean[] firstChars(Trigger... triggers) {
        boolean[] chars = new boolean[128];
        for (Trigger t : triggers) {
            for (String k : t.keywords) {
                chars[k.charAt(0)] = true;
            }
        }
        return chars;
    }

    void find(String text, Lower lower, Pattern p, int group, SpanType type, double confidence, String reason, List<Span> out) {
        for (int[] w : windows(lower)) {
            findIn(text, w[0], w[1], p, group, type, confidence, reason, out);
        }
    }

    /** Merged windows, in order. */
    List<int[]> windows(Lower index) {
        String lower = index.text();
        List<int[]> hits = new ArrayList<>();
        for (String k : keywords) {
            // Every place of k, as indexOf from each place on would find them; all keywords start with an ASCII character.
            for (int i : index.places(k.charAt(0))) {
                // the second character first: most places of the first are not the keyword, and startsWith costs more
                if (k.length() > 1 && (i + 1 >= lower.length() || lower.charAt(i + 1) != k.charAt(1)) || !lower.startsWith(k, i)) {
                    continue;
                }
                if (wordStart && i > 0 && Character.isLetter(lower.charAt(i - 1))) {
                    continue;
                }
                hits.add(new int[] {Math.max(0, i - before), Math.min(lower.length(), i + Math.max(after, k.length()))});
            }
        }
        return merge(hits);
    }

    static List<int[]> merge(List<int[]> hits) {
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] h : hits) {
            if (!out.isEmpty() && h[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], h[1]);
            } else {
                out.add(new int[] {h[0], h[1]});
            }
        }
        return out;
    }

    /** {@link Character#isDigit(char)} for every char, as bits: it is asked for every character of the text, several times. */
    private static final long[] DIGITS = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isDigit((char) c)) {
                DIGITS[c >>> 6] |= 1L << c;
            }
        }
    }

    /** {@link Character#isDigit(char)}, from a table. */
    static boolean isDigit(char c) {
        if (c <= '9') {
            return c >= '0';
        }
        return (DIGITS[c >>> 6] & 1L << c) != 0;
    }

    /** Runs of digits with at most three other characters between them ("+45 12 34 56 78", "030385-1234"). */
    static List<int[]> digitClusters(String text) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int last = -10;
        char[] chars = text.toCharArray(); // read once per character; cheaper than charAt
        for (int i = 0; i < chars.length; i++) {
            if (isDigit(chars[i])) {
                if (start < 0 || i - last > 4) {
                    if (start >= 0) {
                        out.add(new int[] {start, last + 1});
                    }
                    start = i;
                }
                last = i;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, last + 1});
        }
        return out;
    }

    /** The digits in [from, to), without separators. */
    static String digitsOf(String text, int from, int to) {
        var sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * As {@link #find}, for a pattern whose every alternative starts with a look-behind that excludes a letter
     * ({@code (?<![\p{L}])}): no match can start right after a letter, so the pattern is tried only at the other
     * positions, each with {@code lookingAt}. The first that matches is the match {@code find()} would report.
     */
    void findAfterNonLetters(String text, Lower lower, Pattern p, int group, SpanType type, double confidence, String reason,
                             List<Span> out) {
        for (int[] w : windows(lower)) {
            findAfterNonLetters(text, w[0], w[1], p, group, type, confidence, reason, out);
        }
    }

    /** {@link #findIn} for a pattern as {@link #findAfterNonLetters(String, Lower, Pattern, int, SpanType, double, String, List)} needs. */
    static void findAfterNonLetters(String text, int from, int to, Pattern p, int group, SpanType type, double confidence,
                                    String reason, List<Span> out) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        int end = Math.min(text.length(), to);
        int pos = Math.max(0, from);
        while (nextAfterNonLetter(m, text, pos, end)) {
            int s = m.start(group);
            int e = m.end(group);
            if (s >= 0 && e > s) {
                out.add(new Span(s, e, type, text.substring(s, e), confidence, reason));
            }
            pos = m.end() > m.start() ? m.end() : m.start() + 1;
        }
    }

    /**
     * {@code find()} in [from, to) for a pattern that cannot match right after a letter (every alternative starts with a
     * look-behind that excludes letters): {@code lookingAt} only at the other positions. On true the matcher holds the
     * match, the leftmost one, as {@code find()} would have it. The matcher must have transparent bounds.
     */
    static boolean nextAfterNonLetter(Matcher m, String text, int from, int to) {
        return nextAfterNonLetter(m, text, from, to, to, null);
    }

    /**
     * As {@link #nextAfterNonLetter(Matcher, String, int, int)}, with matches starting before {@code lastStart} only, and
     * only at characters {@code first} accepts (null: any): for a case-sensitive pattern whose matches all start with
     * one of a few characters ("+", a digit).
     */
    static boolean nextAfterNonLetter(Matcher m, String text, int from, int lastStart, int to, java.util.function.IntPredicate first) {
        int end = Math.min(lastStart, to);
        for (int p = Math.max(0, from); p < end; p++) {
            if (p > 0 && Character.isLetter(text.charAt(p - 1)) || first != null && !first.test(text.charAt(p))) {
                continue;
            }
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Matches inside [from, to), with the text around visible to look-behind and look-ahead. */
    static void findIn(String text, int from, int to, Pattern p, int group, SpanType type, double confidence, String reason,
                       List<Span> out) {
        Matcher m = p.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), to));
        m.useTransparentBounds(true);
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            if (s >= 0 && e > s) {
                out.add(new Span(s, e, type, text.substring(s, e), confidence, reason));
            }
        }
    }
}
