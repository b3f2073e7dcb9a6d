package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value found once is redacted everywhere: a reference's name found in a signature is also removed where the
 * letter mentions him in running text, and a surname found in "Lars Pedersen" is removed where "Pedersen" stands
 * alone. The same matchers serve the verification, so what the redaction promises is what is checked.
 */
public final class Propagation {

    /** Types that identify a person by themselves. Signals (gender, family, ...) are found by pattern everywhere anyway. */
    public static final Set<SpanType> IDENTIFYING = EnumSet.of(SpanType.NAME, SpanType.EMAIL, SpanType.PHONE, SpanType.ADDRESS,
        SpanType.BIRTH_DATE, SpanType.CPR, SpanType.URL, SpanType.ACCOUNT, SpanType.ID_NUMBER);

    /**
     * Every identifying span is propagated, however weak: the verification searches the output for each of them, so a
     * value redacted in one place and left in another would withhold the document.
     */
    private static final double MIN_CONFIDENCE = 0.0;

    /** Compiled once: {@code String.replaceAll} and {@code split} compile their pattern at every call. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern GENITIVE = Pattern.compile("(?:'s|’s)$");
    private static final Pattern FINAL_DOT = Pattern.compile("[.]$");

    /** {@code s.replaceAll("(?:'s|’s)$", "")}, without a matcher when there is no apostrophe. */
    public static String withoutGenitive(String s) {
        return s.indexOf('\'') < 0 && s.indexOf('’') < 0 ? s : GENITIVE.matcher(s).replaceAll("");
    }

    /**
     * {@code FINAL_DOT.matcher(p).replaceAll("")} without a matcher where the answer is plain: a final dot goes; a word
     * ending in a line terminator (before which {@code $} also matches) is left to the expression.
     */
    static String withoutFinalDot(String p) {
        if (p.endsWith(".")) {
            return p.substring(0, p.length() - 1);
        }
        char last = p.isEmpty() ? 0 : p.charAt(p.length() - 1);
        boolean terminator = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
        return terminator ? FINAL_DOT.matcher(p).replaceAll("") : p;
    }

    /** {@code s.replaceAll("\\s+", " ")}, by hand: each run of whitespace becomes one space. */
    static String oneSpace(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            if (!Literal.isSpace(s.charAt(i))) {
                if (sb != null) {
                    sb.append(s.charAt(i));
                }
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Literal.isSpace(s.charAt(j))) {
                j++;
            }
            if (sb == null && (j - i > 1 || s.charAt(i) != ' ')) {
                sb = new StringBuilder(s.length()).append(s, 0, i); // the first run that is not one space already
            }
            if (sb != null) {
                sb.append(' ');
            }
            i = j;
        }
        return sb == null ? s : sb.toString();
    }

    private Propagation() {
    }

    static List<Span> propagate(String text, List<Span> found) {
        return propagate(text, null, null, found);
    }

    /**
     * {@code lower} and {@code clusters}: the text lower-cased by {@link Trigger#lower} and its {@link Trigger#digitClusters},
     * or null to have them made here.
     */
    static List<Span> propagate(String text, String lower, List<int[]> clusters, List<Span> found) {
        // Distinct values per type, each with the span it was first found in (for the reason).
        Map<SpanType, Map<String, Span>> sources = new java.util.EnumMap<>(SpanType.class);
        for (Span s : found) {
            if (IDENTIFYING.contains(s.type()) && s.confidence() >= MIN_CONFIDENCE) {
                for (String v : values(s.type(), text.substring(s.start(), s.end()))) {
                    sources.computeIfAbsent(s.type(), k -> new LinkedHashMap<>()).putIfAbsent(v, s);
                }
            }
        }
        List<Span> out = new ArrayList<>();
        Map<Span, String> reasons = new java.util.IdentityHashMap<>();
        for (var byType : sources.entrySet()) {
            SpanType type = byType.getKey();
            Map<String, Span> values = byType.getValue();
            if (type == SpanType.NAME) {
                names(text, values, reasons, out);
                continue;
            }
            // One scan per type with all values as alternatives (longest first), not one scan per value.
            List<String> sorted = new ArrayList<>(values.keySet());
            sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
            List<int[]> windows = windows(text, lower, clusters, type, sorted);
            if (windows.isEmpty()) {
                continue; // the values stand nowhere else: nothing to compile or search
            }
            Map<String, Span> byKey = byNormalKey(type, values);
            for (int from = 0; from < sorted.size(); from += 200) {
                List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + 200));
                List<Literal> literals = literals(type, chunk);
                if (literals != null) {
                    for (int[] w : windows) {
                        int pos = w[0];
                        while (pos < w[1]) {
                            int end = -1;
                            for (int k = 0; k < literals.size(); k++) { // by index: an iterator at every position cost an allocation
                                end = literals.get(k).match(text, pos, w[1]);
                                if (end >= 0) {
                                    break;
                                }
                            }
                            if (end > pos) {
                                String group = text.substring(pos, end);
                                Span src = byKey.getOrDefault(normal(type, group), values.values().iterator().next());
                                if (pos != src.start() || end != src.end()) {
                                    out.add(new Span(pos, end, type, group, Math.min(src.confidence(), 0.85), reason(src, reasons), src.origin()));
                                }
                                pos = end;
                            } else {
                                pos++;
                            }
                        }
                    }
                    continue;
                }
                Matcher m = matcher(type, chunk).matcher(text);
                m.useTransparentBounds(true);
                for (int[] w : windows) {
                  m.region(w[0], w[1]);
                  while (m.find()) {
                    Span src = source(type, m.group(), values);
                    if (src != null && (m.start() != src.start() || m.end() != src.end())) {
                        out.add(new Span(m.start(), m.end(), type, m.group(), Math.min(src.confidence(), 0.85), reason(src, reasons), src.origin()));
                    }
                  }
                }
            }
        }
        return out;
    }

    /**
     * Where a value can stand again: around clusters of digits holding its digits (phones, CPR), or from each place its
     * first word occurs, in any case (the rest). The matcher runs only there, not over the whole text.
     */
    private static List<int[]> windows(String text, String lower, List<int[]> clusters, SpanType type, List<String> values) {
        List<int[]> hits = new ArrayList<>();
        if (type == SpanType.PHONE || type == SpanType.CPR) {
            List<String> digits = new ArrayList<>(values.size());
            for (String v : values) {
                String d = asciiDigits(v); // as NOT_DIGIT.matcher(v).replaceAll("")
                if (!d.isEmpty()) {
                    digits.add(d);
                }
            }
            for (int[] c : clusters != null ? clusters : Trigger.digitClusters(text)) {
                String d = Trigger.digitsOf(text, c[0], c[1]);
                if (digits.stream().anyMatch(d::contains)) {
                    hits.add(new int[] {Math.max(0, c[0] - 8), Math.min(text.length(), c[1] + 2)});
                }
            }
            return Trigger.merge(hits);
        }
        if (lower == null) {
            lower = Trigger.lower(text);
        }
        for (String v : values) {
            String first = Trigger.lower(firstPiece(v.strip()));
            if (first.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(first); i >= 0; i = lower.indexOf(first, i + 1)) {
                hits.add(new int[] {i, Math.min(text.length(), i + v.length() * 2 + 20)});
            }
        }
        return Trigger.merge(hits);
    }

    /** {@code NOT_DIGIT.matcher(v).replaceAll("")}: the ASCII digits of {@code v} ({@code \\D} is every other character). */
    public static String asciiDigits(String v) {
        var sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code SEPARATORS.split(v)[0]}: what stands before the first whitespace or comma (empty if one comes first; all of
     * {@code v} if none does). For a value of separators only the split gave no piece at all and threw; here it gives
     * an empty piece, which is skipped.
     */
    private static String firstPiece(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return v.substring(0, i);
            }
        }
        return v;
    }

    /**
     * The first match of {@code [\p{L}\p{N}]+} in {@code v}, or null: found by hand, stepping one char at a time as the
     * matcher does (LiteralTest compares the two).
     */
    static String firstWord(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Literal.isLetterOrNumber(Character.codePointAt(v, i))) {
                int end = i;
                while (end < v.length() && Literal.isLetterOrNumber(Character.codePointAt(v, end))) {
                    end += Character.charCount(Character.codePointAt(v, end));
                }
                return v.substring(i, end);
            }
        }
        return null;
    }

    /**
     * Names by their first word: the text is split into words once, and only where a word is the first word of a found
     * name (as written, in capitals, or with a genitive s) is the whole name tried. A long document with hundreds of
     * names stays linear.
     */
    /** The reason of a span propagated from {@code src}, made once per source: a name may stand many times. */
    private static String reason(Span src, Map<Span, String> reasons) {
        return reasons.computeIfAbsent(src, s -> "propagated: same value as found at " + s.start() + " (" + s.reason() + ")");
    }

    private static final java.util.Comparator<Map.Entry<String, NameMatcher>> LONGER_NAME_FIRST =
        java.util.Comparator.comparingInt((Map.Entry<String, NameMatcher> e) -> e.getKey().length()).reversed();

    private static void names(String text, Map<String, Span> values, Map<Span, String> reasons, List<Span> out) {
        Map<String, List<Map.Entry<String, NameMatcher>>> byFirstWord = new java.util.HashMap<>();
        for (String v : values.keySet()) {
            String first = firstWord(v);
            if (first == null) {
                continue;
            }
            var entry = Map.entry(v, new NameMatcher(v));
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
            byFirstWord.computeIfAbsent(first.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        }
        // Longer names first, so "Lars Pedersen" wins over "Lars".
        for (var l : byFirstWord.values()) {
            if (l.size() > 1) {
                l.sort(LONGER_NAME_FIRST);
            }
        }
        // A word (or the word without its genitive s) is a key only if it is at most one longer than the longest: longer
        // words are ruled out without being cut out of the text and hashed.
        int longest = 0;
        for (String k : byFirstWord.keySet()) {
            longest = Math.max(longest, k.length());
        }
        int n = text.length();
        // Every word that resolves to a key starts with that key (the genitive s comes after it): the places to look at
        // are where a key stands, found by indexOf of each key, not by telling words apart at every char of the text.
        for (int wordStart : keyStarts(text, byFirstWord.keySet())) {
            // The words of [\p{L}\p{N}]+, as the pattern [\p{L}\p{N}]+ finds them: a word starts at a letter or number with
            // none before it (a code point, so a pair of surrogates counts as one).
            if (wordStart > 0 && Literal.isLetterOrNumber(Character.codePointBefore(text, wordStart))
                || !Literal.isLetterOrNumber(Character.codePointAt(text, wordStart))) {
                continue;
            }
            int i = wordStart;
            while (i < n && Literal.isLetterOrNumber(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            if (i - wordStart > longest + 1) {
                continue;
            }
            String word = text.substring(wordStart, i);
            var candidates = byFirstWord.get(word);
            if (candidates == null && word.length() > 2 && (word.endsWith("s") || word.endsWith("S"))) {
                candidates = byFirstWord.get(word.substring(0, word.length() - 1));
            }
            if (candidates == null) {
                continue;
            }
            for (var c : candidates) {
                int end = c.getValue().match(text, wordStart);
                if (end >= 0) {
                    Span src = values.get(c.getKey());
                    if (wordStart != src.start() || end != src.end()) {
                        out.add(new Span(wordStart, end, SpanType.NAME, text.substring(wordStart, end), Math.min(src.confidence(), 0.85),
                            reason(src, reasons), src.origin()));
                    }
                    break;
                }
            }
        }
    }

    /** Where any of {@code keys} stands in {@code text}, each place once, in order. */
    static int[] keyStarts(String text, java.util.Set<String> keys) {
        int[] at = new int[8];
        int count = 0;
        for (String k : keys) {
            for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
        }
        java.util.Arrays.sort(at, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || at[distinct - 1] != at[i]) {
                at[distinct++] = at[i];
            }
        }
        return java.util.Arrays.copyOf(at, distinct);
    }

    /**
     * A found name as {@link #matcher} would match it, by hand where it can (see {@link Literal}). The hand matcher is
     * made when the name's first word first stands in the text: most found names stand nowhere else.
     */
    private static final class NameMatcher {
        private final String value;
        private Literal literal;
        private boolean made;
        private Pattern pattern;

        NameMatcher(String value) {
            this.value = value;
        }

        /** The end of the name starting at {@code at}, or -1. */
        int match(String text, int at) {
            if (!made) {
                String upper = value.toUpperCase(Locale.ROOT);
                literal = Literal.bmp(value + upper) ? new Literal(List.of(Literal.flexible(value), Literal.flexible(upper)), false,
                    Literal.Behind.LETTER_OR_NUMBER, true, true) : null;
                made = true;
            }
            if (literal != null) {
                return literal.match(text, at);
            }
            if (pattern == null) {
                pattern = matcher(SpanType.NAME, value);
            }
            Matcher m = pattern.matcher(text);
            m.region(at, text.length());
            m.useTransparentBounds(true);
            return m.lookingAt() ? m.end() : -1;
        }
    }

    /**
     * The values of a chunk as {@link #matcher} would match them, in its order of alternatives, or null where only the
     * regex will do (surrogates, a value without digits for a phone).
     */
    private static List<Literal> literals(SpanType type, List<String> values) {
        List<Literal> out = new ArrayList<>(values.size());
        for (String value : values) {
            if (!Literal.bmp(value)) {
                return null;
            }
            if (type == SpanType.PHONE || type == SpanType.CPR) {
                String digits = NOT_DIGIT.matcher(value).replaceAll("");
                if (digits.isEmpty()) {
                    return null;
                }
                out.add(new Literal(List.of(Literal.digits(digits)), false, Literal.Behind.DIGIT, false, false, true));
            } else {
                out.add(new Literal(List.of(Literal.flexible(value)), true, Literal.Behind.LETTER_OR_NUMBER, false, true));
            }
        }
        return out;
    }

    /** The found values by the key {@link #source} compares them by; the first value with a key wins, as there. */
    private static Map<String, Span> byNormalKey(SpanType type, Map<String, Span> values) {
        Map<String, Span> out = new java.util.HashMap<>();
        for (var e : values.entrySet()) {
            out.putIfAbsent(normal(type, e.getKey()), e.getValue());
        }
        return out;
    }

    /** Which found value a match stands for, compared the way the matcher compares. */
    private static Span source(SpanType type, String match, Map<String, Span> values) {
        String key = normal(type, match);
        for (var e : values.entrySet()) {
            if (normal(type, e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return values.values().iterator().next();
    }

    private static String normal(SpanType type, String v) {
        String s = withoutGenitive(oneSpace(v));
        if (type == SpanType.PHONE || type == SpanType.CPR) {
            return NOT_DIGIT.matcher(s).replaceAll("");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * A word that labels or introduces a name ("Name", "Navn", "Reference", "Kære"): found inside a name's span (a table
     * row "Father's Name Murugesan"), it is no part of the name, so it is neither propagated alone nor searched for.
     */
    public static boolean isNameLabel(String word) {
        return NameDetector.isNameCue(withoutGenitive(word).toLowerCase(Locale.ROOT));
    }

    /** The values worth looking for elsewhere: the whole text, and for a name of several words each surname-like part. */
    static List<String> values(SpanType type, String found) {
        String v = withoutGenitive(found.strip());
        List<String> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        out.add(v);
        if (type == SpanType.NAME) {
            String[] parts = SEPARATORS.split(v);
            if (parts.length > 1) {
                for (String p : parts) {
                    String part = withoutFinalDot(p);
                    if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))
                        && !NameDetector.isStopWord(part.toLowerCase(Locale.ROOT)) && !isNameLabel(part)) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Names: whole words, as written or in capitals, also in genitive; case matters, so "Storm" found as a name does
     * not take the weather ("storm") with it. Everything else: any case, any spacing.
     */
    public static Pattern matcher(SpanType type, String value) {
        return matcher(type, List.of(value));
    }

    public static Pattern matcher(SpanType type, List<String> values) {
        var alternatives = new StringBuilder();
        for (String value : values) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            if (type == SpanType.NAME) {
                alternatives.append(KnownValueDetector.flexibleSpaces(value)).append('|')
                    .append(KnownValueDetector.flexibleSpaces(value.toUpperCase(Locale.ROOT)));
            } else if (type == SpanType.PHONE || type == SpanType.CPR) {
                String digits = NOT_DIGIT.matcher(value).replaceAll("");
                for (int i = 0; i < digits.length(); i++) {
                    alternatives.append(digits.charAt(i));
                    if (i < digits.length() - 1) {
                        alternatives.append("[\\s.-]?");
                    }
                }
            } else {
                alternatives.append(KnownValueDetector.flexibleSpaces(value));
            }
        }
        if (type == SpanType.NAME) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|'s|’s)?(?![\\p{L}\\p{N}])");
        }
        if (type == SpanType.PHONE || type == SpanType.CPR) {
            return Pattern.compile("(?<!\\d)(?:" + alternatives + ")(?!\\d)");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
