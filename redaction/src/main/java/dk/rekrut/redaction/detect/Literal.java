package dk.rekrut.redaction.detect;

import java.util.List;

/**
 * A known value as a sequence of literal pieces with whitespace between them, matched by hand at one position. It
 * stands for the regular expression the value used to be compiled into (quoted pieces, {@code \s+} between them, an
 * optional genitive, word boundaries as look-behind and look-ahead), with the same semantics: case-insensitive
 * comparison as {@code CASE_INSENSITIVE | UNICODE_CASE} does it, {@code \s} as ASCII whitespace, {@code \d} as ASCII
 * digits. Compiling such expressions for every applicant was a large part of the detection time. Values with
 * surrogate pairs are left to the regular expression (see {@link #bmp}).
 */
public final class Literal {

    /** What may stand before a piece: {@code \s+}, {@code \s*}, {@code \s?}, {@code [\s.-]?} or {@code [\s-]?}. */
    enum Gap { SPACES, ANY_SPACES, ONE_SPACE, SEPARATOR, SPACE_OR_DASH }

    /** What must not stand before the match: a letter or number ({@code (?<![\p{L}\p{N}])}), an ASCII digit, or nothing. */
    enum Behind { LETTER_OR_NUMBER, DIGIT, NONE }

    /** Pieces, and the gap before each piece but the first. */
    record Seq(char[][] pieces, Gap[] gaps) {
    }

    /** An array, not a list: {@link #match} runs at many positions, and the list's iterator was allocated at each. */
    private final Seq[] alternatives;
    private final boolean ignoreCase;
    private final Behind behind;
    private final boolean genitive;
    private final boolean wordEnd;
    private final boolean digitEnd;
    private final boolean numberEnd;

    Literal(List<Seq> alternatives, boolean ignoreCase, Behind behind, boolean genitive, boolean wordEnd) {
        this(alternatives, ignoreCase, behind, genitive, wordEnd, false);
    }

    /** {@code digitEnd}: no ASCII digit may follow ({@code (?!\d)}). */
    Literal(List<Seq> alternatives, boolean ignoreCase, Behind behind, boolean genitive, boolean wordEnd, boolean digitEnd) {
        this(alternatives, ignoreCase, behind, genitive, wordEnd, digitEnd, false);
    }

    private Literal(List<Seq> alternatives, boolean ignoreCase, Behind behind, boolean genitive, boolean wordEnd, boolean digitEnd,
                    boolean numberEnd) {
        this.numberEnd = numberEnd;
        this.digitEnd = digitEnd;
        this.alternatives = alternatives.toArray(new Seq[0]);
        this.ignoreCase = ignoreCase;
        this.behind = behind;
        this.genitive = genitive;
        this.wordEnd = wordEnd;
    }

    /** No number may follow ({@code (?![\p{N}])}) instead of no letter or number. */
    Literal numberEnd() {
        return new Literal(List.of(alternatives), ignoreCase, behind, genitive, false, digitEnd, true);
    }

    /** Matches that start in [from, to) and end by {@code to}, as {@code find()} in that region with transparent bounds. */
    void find(String text, int from, int to, java.util.function.BiConsumer<Integer, Integer> found) {
        int pos = from;
        while (pos < to) {
            int end = match(text, pos, to);
            if (end > pos) {
                found.accept(pos, end);
                pos = end;
            } else {
                pos++;
            }
        }
    }

    /** The pieces of {@code literal} split on whitespace, {@code \s+} between them (as {@link KnownValueDetector#flexibleSpaces}). */
    static Seq flexible(String literal) {
        String[] words = splitSpaces(literal);
        char[][] pieces = new char[words.length][];
        Gap[] gaps = new Gap[words.length];
        for (int i = 0; i < words.length; i++) {
            pieces[i] = words[i].toCharArray();
            gaps[i] = Gap.SPACES;
        }
        return new Seq(pieces, gaps);
    }

    /** The digits of {@code value}, each but the first after an optional separator, as {@code 1[\s.-]?2[\s.-]?3}. */
    static Seq digits(String digits) {
        char[][] pieces = new char[digits.length()][];
        Gap[] gaps = new Gap[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = new char[] {digits.charAt(i)};
            gaps[i] = Gap.SEPARATOR;
        }
        return new Seq(pieces, gaps);
    }

    /** {@code s.split("\\s+")} without a regex: the same pieces, a leading empty one, no trailing empty ones. */
    public static String[] splitSpaces(String s) {
        return split(s, false);
    }

    /**
     * {@code s.split("\\s+")}, or with {@code blanksOnly} {@code s.split("[ \\t]+")}, without a regex: the pieces between
     * runs of those characters, a leading empty piece when {@code s} starts with one, no trailing empty pieces.
     */
    static String[] split(String s, boolean blanksOnly) {
        java.util.ArrayList<String> out = null;
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; ) {
            if (blanksOnly ? isBlank(s.charAt(i)) : isSpace(s.charAt(i))) {
                int j = i;
                while (j < n && (blanksOnly ? isBlank(s.charAt(j)) : isSpace(s.charAt(j)))) {
                    j++;
                }
                if (out == null) {
                    out = new java.util.ArrayList<>();
                }
                out.add(s.substring(from, i));
                from = j;
                i = j;
            } else {
                i++;
            }
        }
        if (out == null) {
            return new String[] {s};
        }
        out.add(s.substring(from));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** One piece, taken as written. */
    static Seq exact(String literal) {
        return new Seq(new char[][] {literal.toCharArray()}, new Gap[] {Gap.SPACES});
    }

    /** {@code a} followed by {@code b}, with {@code gap} between. */
    static Seq join(Seq a, Gap gap, Seq b) {
        char[][] pieces = new char[a.pieces().length + b.pieces().length][];
        Gap[] gaps = new Gap[pieces.length];
        System.arraycopy(a.pieces(), 0, pieces, 0, a.pieces().length);
        System.arraycopy(b.pieces(), 0, pieces, a.pieces().length, b.pieces().length);
        System.arraycopy(a.gaps(), 0, gaps, 0, a.gaps().length);
        System.arraycopy(b.gaps(), 0, gaps, a.gaps().length, b.gaps().length);
        gaps[a.pieces().length] = gap;
        return new Seq(pieces, gaps);
    }

    /** No surrogates: the hand matcher compares UTF-16 units, which equals the regex only for the basic plane. */
    static boolean bmp(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of a match starting exactly at {@code at}, or -1 (as {@code lookingAt} with transparent bounds). */
    int match(String text, int at) {
        return match(text, at, text.length());
    }

    /** As {@link #match(String, int)} with the region ending at {@code limit}: the look-ahead sees past it, the match not. */
    int match(String text, int at, int limit) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (behind == Behind.LETTER_OR_NUMBER && isLetterOrNumber(before) || behind == Behind.DIGIT && before >= '0' && before <= '9') {
                return -1;
            }
        }
        for (Seq alt : alternatives) {
            int end = sequence(text, at, alt, limit);
            if (end < 0) {
                continue;
            }
            if (genitive) {
                int g = genitiveEnd(text, end, limit);
                if (g >= 0 && endOk(text, g)) {
                    return g;
                }
            }
            if (endOk(text, end)) {
                return end;
            }
        }
        return -1;
    }

    private int sequence(String text, int at, Seq seq, int n) {
        int pos = at;
        for (int k = 0; k < seq.pieces().length; k++) {
            if (k > 0) {
                int spaces = 0;
                Gap gap = seq.gaps()[k];
                if (gap == Gap.SEPARATOR || gap == Gap.SPACE_OR_DASH) {
                    if (pos < n && (isSpace(text.charAt(pos)) || text.charAt(pos) == '-' || gap == Gap.SEPARATOR && text.charAt(pos) == '.')) {
                        pos++;
                    }
                } else {
                    while (pos < n && isSpace(text.charAt(pos)) && (gap != Gap.ONE_SPACE || spaces == 0)) {
                        pos++;
                        spaces++;
                    }
                }
                if (gap == Gap.SPACES && spaces == 0) {
                    return -1;
                }
            }
            char[] piece = seq.pieces()[k];
            if (pos + piece.length > n) {
                return -1;
            }
            if (piece.length == 0) {
                continue;
            }
            if (piece.length == 1 && ignoreCase && uncased(piece[0])) {
                // A lone character the regex compares exactly when it has no case (Pattern.single).
                if (text.charAt(pos) != piece[0]) {
                    return -1;
                }
            } else {
                for (int j = 0; j < piece.length; j++) {
                    if (!same(piece[j], text.charAt(pos + j))) {
                        return -1;
                    }
                }
            }
            pos += piece.length;
        }
        return pos;
    }

    /** The end of "s", "'s" or "’s" at {@code at}, or -1. */
    private int genitiveEnd(String text, int at, int limit) {
        if (at < limit) {
            char c = text.charAt(at);
            if (same('s', c)) {
                return at + 1;
            }
            if ((c == '\'' || c == '’') && at + 1 < limit && same('s', text.charAt(at + 1))) {
                return at + 2;
            }
        }
        return -1;
    }

    private boolean endOk(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        if (digitEnd && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            return false;
        }
        if (numberEnd && isNumber(Character.codePointAt(text, at))) {
            return false;
        }
        return !wordEnd || !isLetterOrNumber(Character.codePointAt(text, at));
    }

    private boolean same(char p, char c) {
        if (p == c) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        int folded = fold(p);
        return folded == c || folded == fold(c);
    }

    private static boolean uncased(char c) {
        int upper = Character.toUpperCase(c);
        return upper == Character.toLowerCase(upper);
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code \p{N}}. */
    static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code [\p{L}\p{N}]}. */
    static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            // ASCII: the letters and digits are exactly its letters and numbers; asked for every character of the text
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
