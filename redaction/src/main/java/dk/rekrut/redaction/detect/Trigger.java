package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a costly pattern only in windows around what each of its matches must contain: keywords (found in the
 * lower-cased text, all triggers' keywords in one pass: {@link Keywords}) or clusters of digits. A pattern with dozens of alternatives, tried at
 * every character of a text, was most of the detection time.
 */
final class Trigger {

    private final String[] keywords;
    private final int before;
    private final int after;
    private final boolean wordStart;
    /** See {@link #inEveryMatch()}. */
    private final boolean inEveryMatch;

    private Trigger(int before, int after, boolean wordStart, String... keywords) {
        this(before, after, wordStart, false, keywords);
    }

    private Trigger(int before, int after, boolean wordStart, boolean inEveryMatch, String... keywords) {
        for (String k : keywords) {
            if (k.isEmpty() || k.charAt(0) >= 128) {
                throw new IllegalArgumentException("a keyword must start with an ASCII character: " + k);
            }
        }
        this.keywords = keywords;
        this.before = before;
        this.after = after;
        this.wordStart = wordStart;
        this.inEveryMatch = inEveryMatch;
    }

    /**
     * This trigger, for a pattern each of whose matches contains one of the keywords where it counts (at a word start,
     * for {@link #wordStarts}), compared as the pattern compares it. Then no match starts after the last keyword of its
     * window, and {@link #findAfterNonLetters(String, Found, Pattern, int, SpanType, double, String, List)} tries no
     * position after it: in a window of 60 characters after "far" or ".com/", most positions were tried for nothing.
     */
    Trigger inEveryMatch() {
        return new Trigger(before, after, wordStart, true, keywords);
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
     * The keywords of a fixed set of triggers, found in one pass over a lower-cased text: at each character, only the
     * keywords that start with it and go on with the next character are compared. This replaced an index of the places
     * of each character and then one walk over those places per keyword; both find the same places.
     */
    static final class Keywords {
        /** A keyword, with the index of its trigger. */
        private record Entry(int trigger, String keyword) {
        }

        private final List<Trigger> triggers;
        /** The keywords by their first character (all are ASCII). */
        private final Entry[][] byFirst = new Entry[128][];
        /**
         * The pairs of first and second character (below 256) some keyword starts with, as bits of {@code first << 8 | second}:
         * one test per character of the text, which is rarely true, so the branch is well predicted. Two tests (a first
         * character, then a second) were each true for many letters and cost more than the comparisons they saved.
         */
        private final long[] pairs = new long[128 * 256 / 64];
        /** First characters after which any character may follow: of a keyword of one character, or one with an unusual second. */
        private final boolean[] anySecond = new boolean[128];

        Keywords(Trigger... triggers) {
            this.triggers = List.of(triggers);
            List<List<Entry>> entries = new ArrayList<>();
            for (int c = 0; c < 128; c++) {
                entries.add(new ArrayList<>());
            }
            for (int t = 0; t < triggers.length; t++) {
                for (String k : triggers[t].keywords) {
                    entries.get(k.charAt(0)).add(new Entry(t, k));
                }
            }
            for (int c = 0; c < 128; c++) {
                if (entries.get(c).isEmpty()) {
                    continue;
                }
                byFirst[c] = entries.get(c).toArray(new Entry[0]);
                for (Entry e : byFirst[c]) {
                    if (e.keyword().length() == 1 || e.keyword().charAt(1) >= 256) {
                        anySecond[c] = true;
                    } else {
                        int pair = c << 8 | e.keyword().charAt(1);
                        pairs[pair >>> 6] |= 1L << pair;
                    }
                }
            }
        }

        /** The windows of each trigger in {@code lower} (the text as {@link Trigger#lower} makes it). */
        Found find(String lower) {
            List<List<int[]>> hits = new ArrayList<>();
            for (int t = 0; t < triggers.size(); t++) {
                hits.add(new ArrayList<>());
            }
            char[] chars = lower.toCharArray(); // read once per character: cheaper than charAt
            int n = chars.length;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c >= 128) {
                    continue;
                }
                int next = i + 1 < n ? chars[i + 1] : 256;
                int pair = c << 8 | next;
                if (!(next < 256 && (pairs[pair >>> 6] & 1L << pair) != 0 || anySecond[c])) {
                    continue;
                }
                // Inside a word only the keywords of triggers that take them anywhere count ("en" in "den" is no "enke").
                boolean inWord = i > 0 && isLetter(chars[i - 1]);
                for (Entry e : byFirst[c]) {
                    Trigger t = triggers.get(e.trigger());
                    if (!(inWord && t.wordStart) && lower.startsWith(e.keyword(), i)) {
                        t.hit(lower, i, e.keyword(), hits.get(e.trigger()));
                    }
                }
            }
            List<List<int[]>> windows = new ArrayList<>(hits.size());
            for (List<int[]> h : hits) {
                windows.add(mergeHits(h));
            }
            return new Found(triggers, windows);
        }
    }

    /**
     * Windows {from, to, place} (the place of a keyword in the window), merged as {@link #merge} merges them, each with
     * the place of its last keyword.
     */
    private static List<int[]> mergeHits(List<int[]> hits) {
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] h : hits) {
            if (!out.isEmpty() && h[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], h[1]);
                out.getLast()[2] = Math.max(out.getLast()[2], h[2]);
            } else {
                out.add(new int[] {h[0], h[1], h[2]});
            }
        }
        return out;
    }

    /** The merged windows {from, to, place of the last keyword}, in order, of each trigger of a {@link Keywords} in one text. */
    record Found(List<Trigger> triggers, List<List<int[]>> windows) {
        List<int[]> of(Trigger t) {
            int i = triggers.indexOf(t);
            if (i < 0) {
                throw new IllegalArgumentException("not a trigger of these keywords");
            }
            return windows.get(i);
        }
    }

    void find(String text, Found found, Pattern p, int group, SpanType type, double confidence, String reason, List<Span> out) {
        for (int[] w : found.of(this)) {
            findIn(text, w[0], w[1], p, group, type, confidence, reason, out);
        }
    }

    /**
     * As {@link #find(String, Found, Pattern, int, SpanType, double, String, List)}, for a pattern without anchors whose
     * every match starts with one of {@code firstLetters} (lower-case ASCII letters, compared in any case) or with a
     * character beyond ASCII (which a case-insensitive pattern may take for one of them, as 'ſ' for 's'): it is tried
     * with {@code lookingAt} at those positions only, instead of {@code find()} at every position of the windows.
     */
    void find(String text, Found found, Pattern p, String firstLetters, int group, SpanType type, double confidence, String reason,
              List<Span> out) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        for (int[] w : found.of(this)) {
            int to = Math.min(text.length(), w[1]);
            int pos = Math.max(0, w[0]);
            while (pos < to) {
                if (!mayStart(text.charAt(pos), firstLetters)) {
                    pos++;
                    continue;
                }
                m.region(pos, to);
                if (!m.lookingAt()) {
                    pos++;
                    continue;
                }
                int s = m.start(group);
                int e = m.end(group);
                if (s >= 0 && e > s) {
                    out.add(new Span(s, e, type, text.substring(s, e), confidence, reason));
                }
                pos = m.end() > m.start() ? m.end() : m.start() + 1;
            }
        }
    }

    /** The window of keyword {@code k} found at {@code i}, if it counts there (a word start where one is needed). */
    private void hit(String lower, int i, String k, List<int[]> hits) {
        if (wordStart && i > 0 && isLetter(lower.charAt(i - 1))) {
            return;
        }
        hits.add(new int[] {Math.max(0, i - before), Math.min(lower.length(), i + Math.max(after, k.length())), i});
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
    void findAfterNonLetters(String text, Found found, Pattern p, int group, SpanType type, double confidence, String reason,
                             List<Span> out) {
        findAfterNonLetters(text, found, p, null, group, type, confidence, reason, out);
    }

    /**
     * As {@link #findAfterNonLetters(String, Found, Pattern, int, SpanType, double, String, List)}, tried only where a
     * match can start by {@link #mayStart} with {@code firstChars} (null: anywhere).
     */
    void findAfterNonLetters(String text, Found found, Pattern p, String firstChars, int group, SpanType type, double confidence,
                             String reason, List<Span> out) {
        for (int[] w : found.of(this)) {
            // A match holds a keyword of this window (see inEveryMatch), found in the lower-cased text. That holds where
            // lower-casing folds as the pattern's case-insensitive comparison does and keeps letters letters; a window
            // with a character such as 'ſ' or 'ı' is searched whole.
            int lastStart = inEveryMatch && plainCase(text, w[0] - 1, w[1]) ? w[2] + 1 : w[1];
            findAfterNonLetters(text, w[0], lastStart, w[1], p, firstChars, group, type, confidence, reason, out);
        }
    }

    /**
     * Characters whose {@link Character#toLowerCase(char)} (as {@link #lower} makes the text) is what a case-insensitive
     * Unicode pattern compares them as (lower case of upper case), and is a letter exactly when the character is one.
     */
    private static final long[] PLAIN_CASE = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            if (lower == Character.toLowerCase(Character.toUpperCase((char) c))
                && Character.isLetter((char) c) == Character.isLetter(lower)) {
                PLAIN_CASE[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Whether every character in [from, to) (clipped to the text) is {@link #PLAIN_CASE}. */
    static boolean plainCase(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            char c = text.charAt(i);
            if (c >= 128 && (PLAIN_CASE[c >>> 6] & 1L << c) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #findIn} for a pattern as {@link #findAfterNonLetters(String, Found, Pattern, int, SpanType, double, String, List)} needs. */
    static void findAfterNonLetters(String text, int from, int to, Pattern p, int group, SpanType type, double confidence,
                                    String reason, List<Span> out) {
        findAfterNonLetters(text, from, to, to, p, null, group, type, confidence, reason, out);
    }

    /** As {@link #findAfterNonLetters(String, int, int, Pattern, int, SpanType, double, String, List)}, tried only where {@link #mayStart}. */
    static void findAfterNonLetters(String text, int from, int to, Pattern p, String firstChars, int group, SpanType type,
                                    double confidence, String reason, List<Span> out) {
        findAfterNonLetters(text, from, to, to, p, firstChars, group, type, confidence, reason, out);
    }

    /**
     * Whether a match of a pattern whose every match starts with one of {@code firstChars} (ASCII: digits, and letters in
     * lower case, which a case-insensitive pattern compares in any case) can start with {@code c}. A character beyond
     * ASCII always can: a case-insensitive pattern takes 'ſ' for 's' and the Kelvin sign for 'k'.
     */
    static boolean mayStart(char c, String firstChars) {
        return c >= 128 || firstChars.indexOf(c >= 'A' && c <= 'Z' ? c + 32 : c) >= 0;
    }

    /** As {@link #findAfterNonLetters(String, int, int, Pattern, int, SpanType, double, String, List)}, with matches starting before {@code lastStart} only. */
    private static void findAfterNonLetters(String text, int from, int lastStart, int to, Pattern p, String firstChars, int group,
                                            SpanType type, double confidence, String reason, List<Span> out) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        int end = Math.min(text.length(), to);
        int pos = Math.max(0, from);
        java.util.function.IntPredicate start = firstChars == null ? null : at -> mayStart(text.charAt(at), firstChars);
        while (nextAfterNonLetter(m, text, pos, lastStart, end, start)) {
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
     * only at positions {@code start} accepts (null: any): where a cheap look at the text shows that a match can start,
     * e.g. for a case-sensitive pattern whose matches all start with one of a few characters ("+", a digit).
     */
    static boolean nextAfterNonLetter(Matcher m, String text, int from, int lastStart, int to, java.util.function.IntPredicate start) {
        int end = Math.min(lastStart, to);
        for (int p = Math.max(0, from); p < end; p++) {
            if (p > 0 && isLetter(text.charAt(p - 1)) || start != null && !start.test(p)) {
                continue;
            }
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetter(char)}, ASCII answered by hand (the same answer): asked at nearly every character. */
    static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
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
