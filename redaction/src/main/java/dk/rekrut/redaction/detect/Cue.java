package dk.rekrut.redaction.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue pattern anchored at the end of a line ({@code (?:word|word|...)[,:]?\s*$}, case-insensitive), with the words
 * it can end in: {@link #endsLine} asks the pattern only where the line ends in one of them. The pattern was searched
 * for nearly every capitalised word and cost about a tenth of the detection time; most lines end in no cue at all.
 *
 * <p>Why the words suffice: after a cue word only {@link #TAIL} characters follow ({@code [,:]}, whitespace, a final line
 * terminator), and no cue word ends in one of them. So a match's cue word ends exactly where the line's tail of such
 * characters starts; if no listed word (or the word before a final "." such as "attn.") ends there, the pattern cannot
 * match. The words are compared as the pattern compares a literal ({@code CASE_INSENSITIVE | UNICODE_CASE}); for the
 * case-sensitive titles ({@code (?-i:[Hh]r)}) that is looser, which only means the pattern is asked.
 */
final class Cue {

    /** What may stand between a cue and the end of its line: whitespace, ",", ":" and the line terminators {@code $} allows. */
    static final String TAIL = " \t\n\u000B\f\r,:\u0085\u2028\u2029";
    /** Longer than any cue's words ("referencerperson", "samarbejde med"); a cue ends within this of the line's end. */
    private static final int LONGEST = 40;

    private final Pattern pattern;
    /** Each cue word of the pattern without an optional final ".", in lower case. */
    private final String[] words;
    /** What may stand between a cue word and the end of the line; see {@link #TAIL}. */
    private final String tail;
    /** Whether a match ends within {@link #LONGEST} of the line's end, so only that end is searched. */
    private final boolean near;

    /** {@code words}: every alternative of the pattern's cue group, without an optional final "." (checked by a test). */
    Cue(Pattern pattern, String... words) {
        this(pattern, TAIL, true, words);
    }

    /**
     * A cue whose word may be followed by more than {@link #TAIL} before the end of the line: {@code tail}, the characters
     * that may (with the line terminators {@code $} allows), and words the pattern may end in after the cue word (such
     * as "nr" in {@code tlf[ .:]*(?:nr\.?)?[ .:]*$}) among {@code words}. The whole line is searched: the characters of
     * the tail may be many.
     */
    static Cue withTail(Pattern pattern, String tail, String... words) {
        return new Cue(pattern, tail + "\n\r\u0085\u2028\u2029", false, words);
    }

    private Cue(Pattern pattern, String tail, boolean near, String... words) {
        for (String w : words) {
            if (w.isEmpty() || tail.indexOf(w.charAt(w.length() - 1)) >= 0 || !w.equals(fold(w))) {
                throw new IllegalArgumentException("a cue word is lower case and ends in no tail character: " + w);
            }
            if (w.length() + 1 > LONGEST) {
                throw new IllegalArgumentException("cue word longer than the searched end of the line: " + w);
            }
        }
        this.pattern = pattern;
        this.words = words;
        this.tail = tail;
        this.near = near;
    }

    Pattern pattern() {
        return pattern;
    }

    List<String> words() {
        return List.of(words);
    }

    /**
     * {@code pattern.matcher(line).find()}: searched only in the line's last characters (a match ends where only
     * {@link #TAIL} characters follow, and no cue is longer than {@link #LONGEST}), and only when a cue word ends there.
     * Transparent bounds let the look-behind see the character before.
     */
    boolean endsLine(String line) {
        int k = line.length();
        while (k > 0 && tail.indexOf(line.charAt(k - 1)) >= 0) {
            k--;
        }
        if (!endsInWord(line, k) && !(k > 0 && line.charAt(k - 1) == '.' && endsInWord(line, k - 1))) {
            return false;
        }
        Matcher m = pattern.matcher(line);
        m.region(near ? Math.max(0, k - LONGEST) : 0, line.length());
        m.useTransparentBounds(true);
        return m.find();
    }

    private boolean endsInWord(String line, int end) {
        for (String w : words) {
            if (endsWith(line, end, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} stands right before {@code end}, compared char by char as a case-insensitive Unicode regex does. */
    private static boolean endsWith(String line, int end, String word) {
        int from = end - word.length();
        if (from < 0) {
            return false;
        }
        for (int i = word.length() - 1; i >= 0; i--) { // from the end: most words differ in their last letters
            int c = line.charAt(from + i);
            int p = word.charAt(i);
            if (c != p && fold(c) != p) {
                return false;
            }
        }
        return true;
    }

    /** The folding of {@code Pattern}'s case-insensitive Unicode literals: lower case of upper case (for ASCII by hand). */
    private static int fold(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String fold(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.appendCodePoint(fold(s.charAt(i)));
        }
        return sb.toString();
    }
}
