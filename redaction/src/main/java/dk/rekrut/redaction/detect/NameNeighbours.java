package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands beside a found name and is the same person's name, found before the values are propagated so that each is
 * then removed wherever else it stands (issue 17, fifth red-team round, rred5):
 * <ul>
 *   <li>a nickname in quotes right after a name part ({@code GEORGIOS "GIORGOS" PAPADOPOULOS}, {@code Oluwaseun 'Seun'
 *   Adeyemi-Clarke}): the nickname is then also found in the prose ("Giorgos to friends");</li>
 *   <li>the name written in another script on the name's line or alone on the line after it ({@code Wang Wei (王伟)},
 *   {@code Min-jun Kim} then {@code 김민준}, {@code Khalid Al-Harbi — خالد الحربي}): a run of letters of a script other
 *   than Latin beside a name is that name; elsewhere such a run (a language's own name, a quote) stays.</li>
 * </ul>
 * And a first name in the possessive, wherever it stands ({@link #possessives}).
 */
final class NameNeighbours {

    private NameNeighbours() {
    }

    /** Group 1: a capitalised word between straight or typographic quotes. */
    private static final Pattern QUOTED = Pattern.compile("[ \\t]*[\"“„«'‘]((?-i:\\p{Lu})[\\p{L}'’-]{1,20})[\"”“»'’](?![\\p{L}])");

    /** {@code spans}: merged, in order. Returns the names found beside them. */
    static List<Span> detect(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text).useTransparentBounds(true);
        int lastLine = -1;
        for (Span s : spans) {
            if (s.type() != SpanType.NAME) {
                continue;
            }
            if (quoted.region(s.end(), Math.min(text.length(), s.end() + 30)).lookingAt()) {
                out.add(new Span(quoted.start(1), quoted.end(1), SpanType.NAME, quoted.group(1), s.confidence(),
                    "context: a nickname in quotes beside a name", s.origin()));
                elsewhere(text, quoted.group(1), out);
            }
            int ls = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            if (ls == lastLine) {
                continue; // this line was read for another part of the name
            }
            lastLine = ls;
            int le = lineEnd(text, s.end());
            otherScript(text, ls, le, out);
            // The line after, when it holds nothing but letters of another script (a signature's second line).
            if (le < text.length()) {
                int ne = lineEnd(text, le + 1);
                if (onlyOtherScript(text, le + 1, ne)) {
                    otherScript(text, le + 1, ne, out);
                }
            }
        }
        return out;
    }

    /**
     * The nickname wherever else it stands capitalised, in any case ("GIORGOS" in a heading, "Giorgos" in the prose):
     * propagation matches a name as written or in capitals only.
     */
    private static void elsewhere(String text, String nickname, List<Span> out) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(nickname) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.start()))) {
                out.add(new Span(m.start(), m.end(), SpanType.NAME, m.group(), 0.9, "propagated: a nickname given in quotes"));
            }
        }
    }

    /** Group 1: a capitalised word with an English possessive "'s" after it. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}.'’])(\\p{Lu}\\p{Ll}{2,})['’]s(?![\\p{L}])");
    private static final Pattern SAINT_BEFORE = Pattern.compile("(?:St|Saint|Sankt|Skt)\\.?\\s+$");

    /**
     * A first name of the gazetteers in the possessive ("Sasha's former team lead", "Ahmed's"): a possessive is said of a
     * person or a firm, and a first name is the person's. A saint's church or hospital ("St. Mary's") and ordinary words,
     * places and organisations stay.
     */
    static List<Span> possessives(String text, NameDetector names) {
        List<Span> out = new ArrayList<>();
        if (text.indexOf("'s") < 0 && text.indexOf("’s") < 0) {
            return out;
        }
        Matcher m = POSSESSIVE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!names.isFirstName(word) || NameDetector.isOrdinaryWord(lower) || NameDetector.isNotAPerson(lower)
                || NameDetector.isStopWord(lower) || SAINT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 7), m.start())).find()) {
                continue;
            }
            out.add(new Span(m.start(1), m.end(1), SpanType.NAME, word, 0.75, "gazetteer: a first name in the possessive"));
        }
        return out;
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    /** Each run of letters of another script than Latin in [from, to), blanks inside a run included. */
    private static void otherScript(String text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!isOtherScriptLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int end = i;
            while (i < to) {
                int d = text.codePointAt(i);
                if (isOtherScriptLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(d);
                    end = i;
                } else if (d == ' ' || d == '-' || d == '\u200C' || d == '\u00B7' || d == '\u30FB') {
                    i += Character.charCount(d);
                } else {
                    break;
                }
            }
            // Two letters at least: a Han name has two ("王伟"); one letter alone is a symbol or a stray glyph.
            if (text.codePointCount(start, end) >= 2) {
                out.add(new Span(start, end, SpanType.NAME, text.substring(start, end), 0.8,
                    "context: the name in another script beside it"));
            }
        }
    }

    private static boolean onlyOtherScript(String text, int from, int to) {
        boolean any = false;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (isOtherScriptLetter(c)) {
                any = true;
            } else if (c != ' ' && c != '\t' && c != '-' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(c);
        }
        return any;
    }

    static boolean isOtherScriptLetter(int c) {
        if (c < 0x370 || !Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
            && script != Character.UnicodeScript.INHERITED;
    }
}
