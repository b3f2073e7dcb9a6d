package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Origin through language. A language is a qualification and stays; a native level reveals origin. Only the level
 * becomes a span of type {@link SpanType#LANGUAGE_LEVEL} ("[FLYDENDE]"): "Tigrinya – Native", "Urdu: mother tongue",
 * "Polish (native speaker)", "Modersmål: arabisk" (the language name stays, "Modersmål" goes). Other levels
 * ("Engelsk – flydende", "German B2") are untouched. A level counts only next to a language name, so "React Native" and
 * "native apps" stay. Language names come from the JDK's ISO 639 tables in Danish and English, plus a few the tables lack.
 */
final class LanguageLevelDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Compiled once: {@code String.matches} and {@code replaceAll} compiled these at every call. */
    private static final Pattern CEFR_LEVEL = Pattern.compile("[ABC][12]");
    private static final Pattern CELL_MARKS = Pattern.compile("[:\\-–—|]");
    /** Level phrases that say "native" with a language word of their own; the bare "native" is handled apart. */
    private static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}\\p{N}])(?:native\\s+or\\s+bilingual(?:\\s+proficiency)?"
        + "|native[\\s-]+(?:speaker|proficiency|level|language|tongue|fluency)|mother[\\s-]+tongue(?:s|\\(s\\))?|modersmålsniveau|modersmålsbruger"
        + "|modersmål|førstesprog|first\\s+language|muttersprache|native)(?![\\p{L}\\p{N}])", F);
    private static final Set<String> LANGUAGES = languages();
    /** What may stand between a language and a bare "native": separators and a CEFR level ("Arabic – C2, native"). */
    private static final Pattern BETWEEN = Pattern.compile("[\\s:–—\\-,()/|·]*(?:[ABC][12][\\s:–—\\-,()/|·]*)?", F);

    List<Span> detect(String text) {
        return detect(text, text == null ? null : Trigger.lower(text));
    }

    /**
     * {@code lower}: the text as {@link Trigger#lower} makes it (made once per text and shared), whose offsets are the
     * text's; {@code String.toLowerCase} shifted them after a character it lower-cases into two ("İ").
     */
    List<Span> detect(String text, String lower) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // The pattern is tried only near a word every level has ("native", "tongue", "modersmål", ...).
        Matcher m = LEVEL.matcher(text);
        m.useTransparentBounds(true);
        List<int[]> windows = new ArrayList<>();
        for (String k : KEYWORDS) {
            for (int i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) {
                windows.add(new int[] {Math.max(0, i - 20), Math.min(text.length(), i + k.length() + 40)});
            }
        }
        for (int[] w : Trigger.merge(windows)) {
            m.region(w[0], w[1]);
            while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean bare = m.group().equalsIgnoreCase("native");
            if (bare ? nextToLanguage(text, s, e) : languageNear(text, s, e)) {
                out.add(new Span(s, e, SpanType.LANGUAGE_LEVEL, m.group(), 0.85, "signal: native language level"));
            }
            }
        }
        return dedupe(out);
    }

    private static final List<String> KEYWORDS = List.of("native", "tongue", "modersmål", "førstesprog", "first language",
        "muttersprache");

    private static List<Span> dedupe(List<Span> spans) {
        var seen = new java.util.HashSet<Integer>();
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (seen.add(s.start())) {
                out.add(s);
            }
        }
        return out;
    }

    /** "Arabic – native", "Arabic (native)", "native Polish speaker": a language right before or right after. */
    private static boolean nextToLanguage(String text, int s, int e) {
        int lineStart = text.lastIndexOf('\n', s - 1) + 1;
        int wordEnd = s;
        for (int k = 0; k < 2; k++) { // the word before, or the one before a CEFR level ("Arabic C2 native")
            while (wordEnd > lineStart && !Character.isLetterOrDigit(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > lineStart && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordEnd == wordStart || !BETWEEN.matcher(text.substring(wordEnd, s)).matches()) {
                break;
            }
            if (isLanguage(text.substring(wordStart, wordEnd))) {
                return true;
            }
            if (wordStart > lineStart && text.charAt(wordStart - 1) == '(' && wordEnd < s && text.charAt(wordEnd) == ')') {
                // "Persian (Farsi): native": the name in brackets is the language's other name; the word before it counts
                int b = wordStart - 1;
                while (b > lineStart && text.charAt(b - 1) == ' ') {
                    b--;
                }
                int a = b;
                while (a > lineStart && Trigger.isLetter(text.charAt(a - 1))) {
                    a--;
                }
                return a < b && isLanguage(text.substring(a, b));
            }
            if (!CEFR_LEVEL.matcher(text.substring(wordStart, Math.min(text.length(), wordStart + 2))).matches()) {
                break;
            }
            wordEnd = wordStart;
        }
        int a = e;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        int w = a;
        while (w < text.length() && Trigger.isLetter(text.charAt(w))) {
            w++;
        }
        return w > a && a > e && isLanguage(text.substring(a, w));
    }

    /** A language name on the same line within 60 characters, or alone on the next line (a table: "Modersmål⏎arabisk"). */
    private static boolean languageNear(String text, int s, int e) {
        int lineStart = text.lastIndexOf('\n', s - 1) + 1;
        int lineEnd = text.indexOf('\n', e);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (anyLanguage(text, Math.max(lineStart, s - 60), s) || anyLanguage(text, e, Math.min(lineEnd, e + 60))) {
            return true;
        }
        // a table or a form: the level in one cell, the language in the next ("Mother tongue⏎⏎Urdu", "Modersmål:⏎dansk")
        if (!CELL_MARKS.matcher(text.substring(e, lineEnd).strip()).replaceAll("").isEmpty()) {
            return false;
        }
        int from = lineEnd;
        for (int k = 0; k < 3 && from < text.length(); k++) {
            int nextEnd = text.indexOf('\n', from + 1);
            nextEnd = nextEnd < 0 ? text.length() : nextEnd;
            String line = text.substring(from + 1, nextEnd);
            if (!line.isBlank()) {
                return line.strip().length() <= 40 && anyLanguage(text, from + 1, nextEnd);
            }
            from = nextEnd;
        }
        return false;
    }

    private static boolean anyLanguage(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Trigger.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int w = i;
            while (w < to && Trigger.isLetter(text.charAt(w))) {
                w++;
            }
            if ((i == 0 || !Trigger.isLetter(text.charAt(i - 1))) && (w == text.length() || !Trigger.isLetter(text.charAt(w)))
                && isLanguage(text.substring(i, w))) {
                return true;
            }
            i = w;
        }
        return false;
    }

    static boolean isLanguage(String word) {
        return word.length() >= 3 && LANGUAGES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> languages() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            var l = Locale.of(code);
            for (Locale in : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
                String name = l.getDisplayLanguage(in).toLowerCase(Locale.ROOT);
                if (!name.equals(code) && !name.contains(" ") && name.length() >= 4) {
                    out.add(name);
                }
            }
        }
        // Names used in CVs that the ISO tables do not give as such.
        out.addAll(List.of("farsi", "dari", "mandarin", "kantonesisk", "cantonese", "sorani", "kurmanji", "badini", "berber",
            "amazigh", "tamazight", "tigrigna", "tigrinja", "serbokroatisk", "serbo-croatian", "levantine", "egyptian",
            "filipino", "tagalog", "punjabi", "panjabi", "hindi", "urdu", "pashto", "pashtu", "somalisk", "tyrkisk", "kurdisk",
            "arabisk", "persisk", "polsk", "dansk", "engelsk", "tysk", "fransk", "spansk", "svensk", "norsk", "italiensk"));
        // ISO display names that are also ordinary words or names here.
        out.removeAll(List.of("bini", "male", "kara", "ewe", "tonga", "luba", "duala", "kongo", "songhai", "manx", "mari",
            "sango", "kamba", "sumerisk", "sumerian", "herero", "ossetic", "hupa", "yapese", "moksha"));
        return Set.copyOf(out);
    }
}
