package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Special categories of personal data (GDPR art. 9): health and disability, trade-union membership, religion,
 * political opinion and sexual orientation. A category word alone is rarely the fact: a nurse "arbejder med patienter
 * med diabetes", a caseworker is "Sagsbehandler hos FOA". The fact is a term of the category's vocabulary tied to the
 * writer by a cue before it ("har sklerose", "medlem af HK Kommunal", "kandidat for Venstre"), a role after it
 * ("3F-tillidsrepræsentant", "LGBT+ network chair"), or a field label ("Fagforening: HK"); a few words state it alone
 * ("homoseksuel", "kørestolsbruger"). The span is the phrase that states the fact, cue included, not the sentence.
 *
 * <p>Vocabularies are resource files in {@code special/} (see its README.txt). A term after a workplace preposition
 * ("hos", "ved", "at", "for", "with") is never tied to a cue across it, so a union or party as an employer stays.
 */
final class SpecialCategoryDetector {

    /** One category's vocabulary, read from {@code special/<file>}. */
    private record Vocabulary(SpanType type, List<List<String>> cues, List<List<String>> roles, List<List<String>> labels,
                              Map<String, List<Entry>> byFirstWord, String[] roleTexts, String[] labelTexts) {

        /** The roles and labels as {@link #match} compares them, joined once instead of at every line and term. */
        Vocabulary(SpanType type, List<List<String>> cues, List<List<String>> roles, List<List<String>> labels,
                   Map<String, List<Entry>> byFirstWord) {
            this(type, cues, roles, labels, byFirstWord, roles.stream().map(r -> String.join(" ", r)).toArray(String[]::new),
                labels.stream().map(l -> String.join(" ", l)).toArray(String[]::new));
        }
    }

    /** A term; {@code proper}: a proper noun, matched as written or in capitals; otherwise ignoring case. */
    private record Entry(String text, boolean proper, boolean strong) {
    }

    private static final List<Vocabulary> VOCABULARIES = List.of(
        load(SpanType.HEALTH, "health.txt"),
        load(SpanType.TRADE_UNION, "unions.txt"),
        load(SpanType.POLITICS, "politics.txt"),
        load(SpanType.RELIGION, "religion.txt"),
        load(SpanType.SEXUALITY, "sexuality.txt"));

    /** Words between a cue and its term that tie the term to something else: "har erfaring med diabetes", "staff at Unite". */
    private static final Set<String> BREAKS = words("med", "for", "til", "om", "hos", "ved", "på", "af", "i", "fra", "inden",
        "indenfor", "under", "mod", "efter", "with", "about", "on", "at", "by", "from", "of", "in", "into", "within", "to",
        "towards", "erfaring", "experience", "viden", "knowledge", "kendskab", "ansat", "employed", "worked", "arbejdet",
        "arbejder", "work", "works", "patienter", "patients", "borgere", "børn", "children", "elever", "pupils", "clients",
        "klienter", "brugere", "users", "og", "and", "eller", "or");
    /** Words before a cue that make the sentence about someone else: "borgere, der har sklerose", "patients who have". */
    private static final Set<String> OTHERS = words("der", "som", "who", "that", "which", "whom", "de", "they", "patienter",
        "patients", "borgere", "people", "mennesker", "personer", "children", "børn", "vi", "we", "du", "you", "man", "han", "hun",
        "he", "she", "it", "det", "den", "dem", "them", "many", "mange", "nogle", "some", "clients", "klienter", "brugere", "users",
        "residents", "beboere", "elever", "pupils", "students", "studerende", "kunder", "customers", "deltagere", "participants");
    /** Cues that are verbs, whose subject may be someone else ("borgere, der har sklerose"); not "Som praktiserende katolik". */
    private static final Set<String> VERBS = words("har", "havde", "lider", "led", "lever", "er", "var", "blev", "fik", "have", "has",
        "had", "suffer", "suffers", "suffering", "live", "lives", "living", "is", "are", "was", "were", "diagnosticeret", "diagnosed",
        "gik", "bruger", "går", "attend", "attends");

    /** Words a health term may be followed by without being a modifier of a noun ("diabetes patients", "stress management"). */
    private static final Set<String> AFTER_HEALTH = words("og", "and", "men", "but", "eller", "or", "siden", "since", "i", "in",
        "som", "der", "which", "that", "who", "da", "når", "when", "så", "so", "efter", "after", "fra", "from", "for", "til",
        "to", "type", "hvilket", "hvor", "where", "gennem", "through", "through", "igennem", "de", "the", "my", "min", "mit",
        "jeg", "i", "and", "har", "have", "has", "is", "er", "was", "var", "but", "this", "det", "den", "while", "mens",
        "during", "under", "at", "på", "med", "with", "kombineret", "combined", "også", "also", "too", "too");
    /**
     * A partner said to be of the writer's sex: "min kæreste og jeg (to mænd)", "my wife and I (two women)". The sex
     * words alone are no statement; with a partner and "og jeg"/"and I" they are one.
     */
    private static final Pattern SAME_SEX_PARTNER = Pattern.compile("(?<![\\p{L}])(?:min|mit|my|our|vores)\\s+"
        + "(?:kæreste|partner|mand|kone|hustru|ægtefælle|forlovede|husband|wife|boyfriend|girlfriend|spouse|fiancée?)"
        + "\\s+(?:og\\s+jeg|and\\s+i|and\\s+me)\\s*[(,–-]?\\s*(?:vi\\s+er\\s+|we\\s+are\\s+|begge\\s+|both\\s+)?"
        + "(?:to|two|begge|both)\\s+(?:mænd|kvinder|men|women)(?![\\p{L}])\\)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Leading words of a cue left in the text. */
    private static final Set<String> LEAD = words("jeg", "i", "er", "var", "am", "was", "m", "a", "an", "been",
        "været", "blev", "was", "is");
    /** Abbreviations whose dot does not end a clause ("pga. min sklerose"). */
    private static final Set<String> ABBREVIATIONS = words("pga", "bl", "ca", "dvs", "mv", "f", "e", "g", "i", "inkl", "incl");

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    /**
     * Hashes (of the lower-cased form, as {@link String#hashCode}) of every first word of every vocabulary, as bits: most
     * words of a text are in none, and are passed over without being cut out of the text.
     */
    private static final long[] FIRST_WORDS = new long[1 << 12];
    /** The first letters of every field label, lower-cased: a line starting with another letter has no label. */
    private static final String LABEL_FIRST;

    static {
        var first = new StringBuilder();
        for (Vocabulary v : VOCABULARIES) {
            for (String w : v.byFirstWord().keySet()) {
                int h = w.hashCode() & (FIRST_WORDS.length * 64 - 1);
                FIRST_WORDS[h >>> 6] |= 1L << h;
            }
            for (List<String> l : v.labels()) {
                first.append(l.getFirst().charAt(0));
            }
        }
        LABEL_FIRST = first.toString();
    }

    private static boolean mayBeFirstWord(int hash) {
        int h = hash & (FIRST_WORDS.length * 64 - 1);
        return (FIRST_WORDS[h >>> 6] & 1L << h) != 0;
    }

    List<Span> detect(String text) {
        return text == null || text.isEmpty() ? new ArrayList<>() : detect(text, Candidates.of(text).wordStarts);
    }

    /** {@code wordStarts}: the text's {@link Candidates#wordStarts}. */
    List<Span> detect(String text, int[] wordStarts) {
        List<Span> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        labels(text, out);
        partners(text, wordStarts, out);
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            // the word's lower-cased hash, and that of the word without a final "s" (a Danish genitive: "Venstres")
            int hash = 0;
            int withoutS = 0;
            int wordEnd = i;
            while (wordEnd < n && isWordChar(text.charAt(wordEnd))) {
                withoutS = hash;
                hash = 31 * hash + Character.toLowerCase(text.charAt(wordEnd));
                wordEnd++;
            }
            boolean genitive = wordEnd - i > 2 && (text.charAt(wordEnd - 1) == 's' || text.charAt(wordEnd - 1) == 'S');
            if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (mayBeFirstWord(hash) || genitive && mayBeFirstWord(withoutS))) {
                String first = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
                for (Vocabulary v : VOCABULARIES) {
                    List<Entry> entries = v.byFirstWord().get(first);
                    boolean found = entries != null && term(text, i, v, entries, out);
                    if (!found && genitive) {
                        entries = v.byFirstWord().get(first.substring(0, first.length() - 1)); // "Venstres", "FOAs"
                        if (entries != null) {
                            term(text, i, v, entries, out);
                        }
                    }
                }
            }
            i = wordEnd;
        }
        return out;
    }

    /** {@link #SAME_SEX_PARTNER}, tried only around "og jeg" / "and I" / "and me". */
    private static void partners(String text, int[] wordStarts, List<Span> out) {
        Matcher m = SAME_SEX_PARTNER.matcher(text);
        m.useTransparentBounds(true);
        int done = 0;
        // A letter after a blank starts a word: only the word starts are looked at, not every character.
        for (int i : wordStarts) {
            if (i + 3 >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if ((c == 'o' || c == 'a') && i > 0 && text.charAt(i - 1) == ' '
                && (text.startsWith("og jeg", i) || text.startsWith("and I", i) || text.startsWith("and me", i))) {
                int from = Math.max(done, i - 40);
                m.region(from, Math.min(text.length(), i + 60));
                while (m.find()) {
                    out.add(span(text, m.start(), m.end(), SpanType.SEXUALITY, "partner of the same sex"));
                    done = m.end();
                }
            }
        }
    }

    /** The longest entry that stands at {@code at}, then its cue, role or strength; whether one was found. */
    private static boolean term(String text, int at, Vocabulary v, List<Entry> entries, List<Span> out) {
        for (Entry e : entries) {
            int end = matchAt(text, at, e);
            if (end < 0) {
                continue;
            }
            int compoundEnd = end;
            // "3F-tillidsrepræsentant", "HK-medlem": a role joined by a hyphen; any other compound is another word.
            if (end + 1 < text.length() && text.charAt(end) == '-' && Trigger.isLetter(text.charAt(end + 1))) {
                int roleEnd = roleAt(text, end + 1, v);
                if (roleEnd < 0) {
                    continue;
                }
                out.add(span(text, at, roleEnd, v.type(), "role"));
                return true;
            }
            String reason;
            int start = -1;
            int stop = compoundEnd;
            if (e.strong()) {
                start = at;
                reason = "stated";
            } else {
                int cue = cueBefore(text, at, v);
                int role = roleAfter(text, end, v);
                if (cue >= 0 && role > 0) {
                    start = at; // "I am the LGBT+ network chair": the role states it, the copula stays
                    stop = role;
                    reason = "role";
                } else if (cue >= 0) {
                    start = cue;
                    reason = "cue";
                    if (role > 0) {
                        stop = role;
                    }
                } else if (role > 0) {
                    start = at;
                    stop = role;
                    reason = "role";
                } else {
                    continue;
                }
                if ((v.type() == SpanType.HEALTH || v.type() == SpanType.RELIGION) && role < 0 && weakCue(text, start)
                    && modifiesNoun(text, end)) {
                    continue; // "my diabetes patients", "stress management": the term describes something else
                }
            }
            if (v.type() == SpanType.TRADE_UNION || v.type() == SpanType.POLITICS) {
                stop = Math.max(stop, orgName(text, end));
            }
            out.add(span(text, start, stop, v.type(), reason));
            return true;
        }
        return false;
    }

    private static Span span(String text, int start, int end, SpanType type, String how) {
        String reason = switch (type) {
            case HEALTH -> "special category: health";
            case TRADE_UNION -> "special category: trade union";
            case POLITICS -> "special category: political opinion";
            case SEXUALITY -> "special category: sexual orientation";
            default -> "special category: religion";
        } + " (" + how + ")";
        return new Span(start, end, type, text.substring(start, end), 0.85, reason);
    }

    /** The end of {@code e} matched at {@code at} with a word boundary after it (a genitive s allowed), or -1. */
    private static int matchAt(String text, int at, Entry e) {
        int end = match(text, at, e.text(), e.proper() ? 0 : 1);
        if (end < 0 && e.proper()) {
            end = match(text, at, e.text().toUpperCase(Locale.ROOT), 0);
        }
        if (end < 0) {
            return -1;
        }
        if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && end + 1 < text.length()
            && text.charAt(end + 1) == 's') {
            end += 2;
        } else if (e.proper() && end < text.length() && text.charAt(end) == 's'
            && (end + 1 == text.length() || !isWordChar(text.charAt(end + 1)))) {
            end++; // the Danish genitive of a name: "HKs", "Venstres", "Dansk Folkepartis"
        }
        if (end < text.length() && isWordChar(text.charAt(end))) {
            return -1;
        }
        return end;
    }

    /**
     * {@code term} at {@code at}: a space in the term takes any run of white space (a PDF line may break there);
     * {@code mode} 0 compares exactly, 1 ignoring case.
     */
    private static int match(String text, int at, String term, int mode) {
        int i = at;
        int n = text.length();
        for (int k = 0; k < term.length(); k++) {
            char t = term.charAt(k);
            if (t == ' ') {
                if (i >= n || !Character.isWhitespace(text.charAt(i))) {
                    return -1;
                }
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (i >= n) {
                return -1;
            }
            char c = text.charAt(i);
            if (c != t && (mode == 0 || Character.toLowerCase(c) != Character.toLowerCase(t))
                && !(isDash(c) && isDash(t))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** Where a cue before the term starts, with at most two words between, none of them a {@link #BREAKS} word; or -1. */
    private static int cueBefore(String text, int at, Vocabulary v) {
        List<int[]> words = wordsBefore(text, at, 8);
        int n = words.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
        }
        for (int gap = 0; gap <= 2 && gap <= n; gap++) {
            if (gap > 0 && BREAKS.contains(lower[n - gap])) {
                return -1;
            }
            List<String> cue = longestEndingAt(lower, n - gap, v.cues());
            if (cue != null) {
                int first = n - gap - cue.size();
                if (first > 0 && OTHERS.contains(lower[first - 1]) && VERBS.contains(lower[first])) {
                    return -1; // "borgere, der har sklerose": someone else's
                }
                // "Jeg er medlem af HK" keeps "Jeg er": the cue's leading pronoun, copula or article is not the fact.
                while (first < n - gap - 1 && LEAD.contains(lower[first])) {
                    first++;
                }
                return words.get(first)[0];
            }
        }
        return -1;
    }

    private static List<String> longestEndingAt(String[] words, int end, List<List<String>> phrases) {
        for (List<String> p : phrases) { // longest first
            int m = p.size();
            if (m > end) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < m && same; k++) {
                same = words[end - m + k].equals(p.get(k));
            }
            if (same) {
                return p;
            }
        }
        return null;
    }

    /** The words before {@code at} in its clause (stops at . ; ! ? : • | and blank lines), at most {@code max}, in order. */
    private static List<int[]> wordsBefore(String text, int at, int max) {
        List<int[]> out = new ArrayList<>();
        int i = at - 1;
        int newlines = 0;
        while (i >= 0 && out.size() < max) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int end = i + 1;
                while (i >= 0 && isWordChar(text.charAt(i))) {
                    i--;
                }
                out.addFirst(new int[] {i + 1, end});
                continue;
            }
            if (c == '\n' && ++newlines > 1 || c == ';' || c == '!' || c == '?' || c == ':' || c == '•' || c == '|'
                || c == '\t' || c == '(' || c == ')') {
                break;
            }
            if (c == '.') {
                int b = i;
                while (b > 0 && Trigger.isLetter(text.charAt(b - 1))) {
                    b--;
                }
                if (!ABBREVIATIONS.contains(text.substring(b, i).toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
            i--;
        }
        return out;
    }

    /** The end of a role after the term ("HK tillidsrepræsentant", "church youth leader"), at most one word between; or -1. */
    private static int roleAfter(String text, int end, Vocabulary v) {
        int i = end;
        for (int gap = 0; gap <= 1; gap++) {
            int s = skipSpaces(text, i);
            if (s == i || s >= text.length() || !isWordChar(text.charAt(s))) {
                return -1;
            }
            int r = roleAt(text, s, v);
            if (r > 0) {
                return r;
            }
            int w = s;
            while (w < text.length() && isWordChar(text.charAt(w))) {
                w++;
            }
            if (BREAKS.contains(text.substring(s, w).toLowerCase(Locale.ROOT))) {
                return -1;
            }
            i = w;
        }
        return -1;
    }

    private static int roleAt(String text, int at, Vocabulary v) {
        for (String role : v.roleTexts()) {
            int end = match(text, at, role, 1);
            if (end > 0 && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /** "HK Kommunal Midt", "3F Aarhus": up to two capitalised words after an organisation's name on the same line. */
    private static int orgName(String text, int end) {
        int stop = end;
        for (int k = 0; k < 2; k++) {
            int s = stop;
            if (s >= text.length() || text.charAt(s) != ' ') {
                break;
            }
            s++;
            int w = s;
            while (w < text.length() && isWordChar(text.charAt(w))) {
                w++;
            }
            if (w - s < 2 || !Character.isUpperCase(text.charAt(s)) || Character.isUpperCase(text.charAt(s + 1)) && w - s > 4) {
                break;
            }
            stop = w;
        }
        return stop;
    }

    /** A possessive or "have" cue, after which a term may describe a noun ("my diabetes patients"); not "lider af". */
    private static boolean weakCue(String text, int start) {
        int w = start;
        while (w < text.length() && Trigger.isLetter(text.charAt(w))) {
            w++;
        }
        return WEAK_CUES.contains(text.substring(start, w).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> WEAK_CUES = words("min", "mit", "mine", "my", "har", "have", "has", "had", "havde", "er", "som",
        "as", "am");

    /** Whether the word right after a term on the same line is a noun it describes ("diabetes patients"). */
    private static boolean modifiesNoun(String text, int end) {
        int s = end;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        if (s == end || s >= text.length() || !Trigger.isLetter(text.charAt(s))) {
            return false;
        }
        int w = s;
        while (w < text.length() && Trigger.isLetter(text.charAt(w))) {
            w++;
        }
        return !AFTER_HEALTH.contains(text.substring(s, w).toLowerCase(Locale.ROOT));
    }

    /** "Fagforening: HK Kommunal", "Religion: muslim": a label at the start of a line and its value (also on the next line). */
    private static void labels(String text, List<Span> out) {
        int n = text.length();
        for (int line = 0; line < n; ) {
            int next = text.indexOf('\n', line);
            int lineEnd = next < 0 ? n : next;
            int s = line;
            while (s < lineEnd && (text.charAt(s) == ' ' || text.charAt(s) == '•' || text.charAt(s) == '-' || text.charAt(s) == '*')) {
                s++;
            }
            if (s < lineEnd && LABEL_FIRST.indexOf(Character.toLowerCase(text.charAt(s))) >= 0) {
                for (Vocabulary v : VOCABULARIES) {
                    label(text, v, s, line, lineEnd, next, out);
                }
            }
            line = lineEnd + 1;
        }
    }

    private static void label(String text, Vocabulary v, int s, int line, int lineEnd, int next, List<Span> out) {
        int n = text.length();
        {
            char c = text.charAt(s);
            for (String label : v.labelTexts()) {
                char t = label.charAt(0);
                if (c != t && Character.toLowerCase(c) != Character.toLowerCase(t) && !(isDash(c) && isDash(t))) {
                    continue; // match() would fail at the first character; most lines are ruled out here
                }
                int end = match(text, s, label, 1);
                if (end < 0 || end > lineEnd) {
                    continue;
                }
                int sep = end;
                while (sep < lineEnd && text.charAt(sep) == ' ') {
                    sep++;
                }
                boolean colon = sep < lineEnd && text.charAt(sep) == ':';
                boolean gap = sep < lineEnd && text.charAt(sep) == '\t' || sep - end >= 2;
                // a table row extracted as "Fagforening DJØF": one space, then a term of the category
                boolean row = !colon && !gap && sep == end + 1 && sep < lineEnd && startsWithTerm(text, sep, v);
                if (!colon && !gap && !row && sep != lineEnd) {
                    continue;
                }
                int valueStart = skipSpaces(text, colon ? sep + 1 : sep);
                int valueEnd = lineEnd;
                if (valueStart >= lineEnd && next >= 0) {
                    // the value in the next cell or line ("Fagforening\nHK Kommunal")
                    if (!colon && sep != lineEnd) {
                        continue;
                    }
                    int nextEnd = text.indexOf('\n', next + 1);
                    nextEnd = nextEnd < 0 ? n : nextEnd;
                    if (nextEnd - next > 60) {
                        continue;
                    }
                    valueEnd = nextEnd;
                } else if (valueStart >= lineEnd || valueEnd - valueStart > 80 || !colon && sep == lineEnd) {
                    continue;
                }
                while (valueEnd > valueStart && Character.isWhitespace(text.charAt(valueEnd - 1))) {
                    valueEnd--;
                }
                if (valueEnd > s) {
                    out.add(span(text, s, valueEnd, v.type(), "label"));
                }
                return;
            }
        }
    }

    private static boolean startsWithTerm(String text, int at, Vocabulary v) {
        int w = at;
        while (w < text.length() && isWordChar(text.charAt(w))) {
            w++;
        }
        List<Entry> entries = v.byFirstWord().get(text.substring(at, w).toLowerCase(Locale.ROOT));
        return entries != null && entries.stream().anyMatch(e -> matchAt(text, at, e) > 0);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** Letters, digits and the '+' of "LGBT+", "'" of "Crohn's" are part of a word here. */
    private static boolean isWordChar(char c) {
        if (c < 128) { // ASCII by hand (the same answer): asked for every character of the text
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '‐';
    }

    // ------------------------------------------------------------------------------------------ vocabularies

    private static Vocabulary load(SpanType type, String file) {
        List<List<String>> cues = new ArrayList<>();
        List<List<String>> roles = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        read(file, cues, roles, labels, entries);
        read("membership.txt", cues, roles, labels, entries);
        Comparator<List<String>> longest = Comparator.comparingInt(l -> -l.size());
        cues.sort(longest);
        roles.sort(longest);
        labels.sort(longest);
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (Entry e : entries) {
            int w = 0;
            while (w < e.text().length() && isWordChar(e.text().charAt(w))) {
                w++;
            }
            if (w == 0) {
                continue;
            }
            byFirst.computeIfAbsent(e.text().substring(0, w).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.text().length())));
        return new Vocabulary(type, List.copyOf(cues), List.copyOf(roles), List.copyOf(labels), Map.copyOf(byFirst));
    }

    private static void read(String file, List<List<String>> cues, List<List<String>> roles, List<List<String>> labels,
                             List<Entry> entries) {
        var in = SpecialCategoryDetector.class.getResourceAsStream("/dk/rekrut/redaction/special/" + file);
        if (in == null) {
            throw new IllegalStateException("missing resource special/" + file);
        }
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = "";
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line;
                    continue;
                }
                List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
                switch (section) {
                    case "[cues]" -> cues.add(List.of(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
                    case "[roles]" -> roles.add(words);
                    case "[labels]" -> labels.add(words);
                    case "[terms]", "[strong]" -> entries.add(new Entry(line,
                        Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)), section.equals("[strong]")));
                    default -> throw new IllegalStateException("special/" + file + ": entry outside a section: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
