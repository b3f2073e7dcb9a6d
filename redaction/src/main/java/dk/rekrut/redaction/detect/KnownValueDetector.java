package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The applicant's own form data, in every variant people write it. Known values always win. */
public final class KnownValueDetector {

    private static final String NOT_LETTER = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /**
     * A pattern for one kind of known value, tried only in windows around where it can match: an occurrence of its
     * first word (lower case) or a cluster of digits. Compiling the patterns and trying them at every character was most
     * of the detection time; the compiled set is kept per applicant (the verifier searches the same values again).
     */
    /** {@code digits}: tried near clusters of digits that contain {@code required} (digits only), else near {@code trigger}. */
    /** {@code literal}, when there is one, is matched instead of {@code pattern}, with the same result and no compiling. */
    /** {@code finder}, for a digits rule, finds by hand what {@code pattern} would. */
    /** {@code inEveryMatch}, for a digits rule, may be digits every match holds as written: a window without them is skipped. */
    /**
     * {@code literal} is made the first time the rule's trigger occurs in a text, as the pattern is: building the hand
     * matchers of every spelling of every applicant's name was most of an applicant's setup, and most never occur.
     */
    private record Rule(Lazy pattern, SpanType type, String reason, String trigger, boolean digits, String required,
                        Once<Literal> literal, Once<Finder> finder, String inEveryMatch) {
        Rule(Lazy pattern, SpanType type, String reason, String trigger, boolean digits, String required, Once<Literal> literal,
             Once<Finder> finder) {
            this(pattern, type, reason, trigger, digits, required, literal, finder, null);
        }

        Rule(Lazy pattern, SpanType type, String reason, String trigger, boolean digits, String required, Once<Literal> literal) {
            this(pattern, type, reason, trigger, digits, required, literal, null, null);
        }

        /** Whether a match can stand in [from, to): it holds {@link #inEveryMatch} there, if the rule has such digits. */
        boolean mayMatchIn(String text, int from, int to) {
            if (inEveryMatch == null) {
                return true;
            }
            int at = text.indexOf(inEveryMatch, from);
            return at >= 0 && at + inEveryMatch.length() <= to;
        }
    }

    /** Where a rule matches in [from, to), as {@code find()} in that region with transparent bounds would report it. */
    interface Finder {
        void find(String text, int from, int to, java.util.function.BiConsumer<Integer, Integer> found);
    }

    /**
     * Made the first time it is needed: most birth dates never stand near a cluster of their digits. A race is harmless.
     * A null result (no hand matcher: the regex must do) is kept too, and not made again.
     */
    static final class Once<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;
        private volatile boolean made;

        Once(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (made) {
                return value;
            }
            T v = make.get();
            value = v;
            made = true;
            return v;
        }
    }

    /**
     * A pattern compiled the first time its trigger occurs in a text: most spellings of a name (transliterated, initials,
     * "Surname, First") never occur, and compiling them all for every applicant was a third of the detection time.
     * Compiling twice in a race is harmless.
     */
    static final class Lazy {
        private final java.util.function.Supplier<String> regex;
        private final int flags;
        private volatile Pattern pattern;

        /** The expression itself is written only when needed too: most rules are matched by a {@link Literal}. */
        Lazy(java.util.function.Supplier<String> regex, int flags) {
            this.regex = regex;
            this.flags = flags;
        }

        Pattern get() {
            Pattern p = pattern;
            if (p == null) {
                p = Pattern.compile(regex.get(), flags);
                pattern = p;
            }
            return p;
        }
    }

    private static Lazy lazy(java.util.function.Supplier<String> regex) {
        return new Lazy(regex, 0);
    }

    private static Lazy lazy(java.util.function.Supplier<String> regex, int flags) {
        return new Lazy(regex, flags);
    }

    private static final int CACHE = 64;
    /** An applicant's rules, and the long parts of the name for {@link #misspelt}, made once per applicant. */
    private record Compiled(List<Rule> rules, LongParts longParts) {
    }

    private static final java.util.Map<KnownPersonalData, Compiled> COMPILED = java.util.Collections.synchronizedMap(
        new java.util.LinkedHashMap<>(CACHE, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<KnownPersonalData, Compiled> e) {
                return size() > CACHE;
            }
        });

    public List<Span> detect(String text, KnownPersonalData known) {
        return detect(text, Trigger.lower(text), null, null, known);
    }

    /**
     * {@code lower} as {@link Trigger#lower} makes it; {@code clusters} as {@link Trigger#digitClusters}, or null;
     * {@code capitals} the text's {@link Candidates#capitals}, or null.
     */
    List<Span> detect(String text, String lower, List<int[]> clusters, int[] capitals, KnownPersonalData known) {
        List<Span> spans = new ArrayList<>();
        if (known == null || known.equals(KnownPersonalData.NONE)) {
            return spans;
        }
        Compiled compiled = COMPILED.get(known);
        if (compiled == null) {
            compiled = new Compiled(compile(known), present(known.fullName())
                ? LongParts.of(List.of(Literal.splitSpaces(known.fullName().strip()))) : null);
            COMPILED.put(known, compiled);
        }
        List<Rule> matchers = compiled.rules();
        List<String> clusterDigits = null;
        for (Rule m : matchers) {
            if (m.digits()) {
                if (clusterDigits == null) {
                    if (clusters == null) {
                        clusters = Trigger.digitClusters(text);
                    }
                    clusterDigits = new ArrayList<>();
                    for (int[] c : clusters) {
                        clusterDigits.add(Trigger.digitsOf(text, c[0], c[1]));
                    }
                }
                int coveredTo = 0;
                for (int k = 0; k < clusters.size(); k++) {
                    if (clusterDigits.get(k).contains(m.required())) {
                        int[] c = clusters.get(k);
                        int from = Math.max(coveredTo, c[0] - 16);
                        int to = Math.min(text.length(), c[1] + 16);
                        // no match there: find would return from; making a birth date's 26 spellings is then spared
                        coveredTo = m.mayMatchIn(text, from, to) ? find(text, from, to, m, spans) : from;
                    }
                }
            } else {
                // The value starts with its trigger: try the pattern there only.
                java.util.regex.Matcher x = null;
                int coveredTo = 0;
                Literal literal = null;
                for (int i = lower.indexOf(m.trigger()); i >= 0; i = lower.indexOf(m.trigger(), i + 1)) {
                    if (i < coveredTo) {
                        continue;
                    }
                    if (literal == null) {
                        literal = m.literal().get();
                    }
                    if (literal != null) {
                        int end = literal.match(text, i);
                        if (end > i) {
                            spans.add(new Span(i, end, m.type(), text.substring(i, end), 1.0, m.reason(), Span.Origin.KNOWN));
                            coveredTo = end;
                        }
                        continue;
                    }
                    if (x == null) {
                        x = m.pattern().get().matcher(text);
                        x.useTransparentBounds(true);
                    }
                    x.region(i, text.length());
                    if (x.lookingAt() && x.end() > x.start()) {
                        spans.add(new Span(x.start(), x.end(), m.type(), x.group(), 1.0, m.reason(), Span.Origin.KNOWN));
                        coveredTo = x.end();
                    }
                }
            }
        }
        if (compiled.longParts() != null) {
            misspelt(text, capitals == null ? Candidates.of(text).capitals : capitals, compiled.longParts(), spans);
        }
        return spans;
    }

    /** Matches that start in [from, to); returns the end of the last match, or {@code from}. */
    private static int find(String text, int from, int to, Rule m, List<Span> out) {
        Finder finder = m.finder() == null ? null : m.finder().get();
        if (finder != null) {
            int[] last = {from};
            finder.find(text, from, to, (s, e) -> {
                out.add(new Span(s, e, m.type(), text.substring(s, e), 1.0, m.reason(), Span.Origin.KNOWN));
                last[0] = e;
            });
            return last[0];
        }
        java.util.regex.Matcher x = m.pattern().get().matcher(text);
        x.region(from, to);
        x.useTransparentBounds(true);
        int last = from;
        while (x.find()) {
            if (x.end() > x.start()) {
                out.add(new Span(x.start(), x.end(), m.type(), x.group(), 1.0, m.reason(), Span.Origin.KNOWN));
                last = x.end();
            }
        }
        return last;
    }

    private static final Pattern STREET = Pattern.compile("^([\\p{L} .'-]+?)\\s*(\\d+\\s?[A-Za-z]?)");

    private static List<Rule> compile(KnownPersonalData known) {
        List<Rule> out = new ArrayList<>();
        if (present(known.fullName())) {
            names(known.fullName().strip(), out);
        }
        if (present(known.email())) {
            String email = known.email().strip();
            add(out, lazy(() -> NOT_LETTER + Pattern.quote(email) + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                () -> literal(List.of(Literal.exact(email)), true, Literal.Behind.LETTER_OR_NUMBER, false, true, email),
                SpanType.EMAIL, "known: e-mail", email);
            String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
            if (local.length() >= 3) {
                add(out, lazy(() -> NOT_LETTER + Pattern.quote(local) + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    () -> literal(List.of(Literal.exact(local)), true, Literal.Behind.LETTER_OR_NUMBER, false, true, local),
                    SpanType.EMAIL, "known: e-mail local part", local);
            }
        }
        if (present(known.phone())) {
            String digits = NOT_DIGIT.matcher(known.phone()).replaceAll("");
            if (digits.startsWith("0045")) {
                digits = digits.substring(4);
            } else if (digits.startsWith("45") && digits.length() == 10) {
                digits = digits.substring(2);
            }
            if (digits.length() >= 6) {
                var sb = new StringBuilder("(?<!\\d)(?:(?:\\+|00)\\s?45[\\s.-]*)?(?:\\(?\\+?45\\)?[\\s.-]*)?");
                for (int i = 0; i < digits.length(); i++) {
                    sb.append(digits.charAt(i));
                    if (i < digits.length() - 1) {
                        sb.append("[\\s.-]?");
                    }
                }
                sb.append("(?!\\d)");
                String regex = sb.toString();
                String number = digits;
                out.add(new Rule(lazy(() -> regex), SpanType.PHONE, "known: phone", null, true,
                    digits.substring(digits.length() - 4), null, new Once<>(() -> phone(number))));
            }
        }
        if (present(known.address())) {
            String address = known.address().strip();
            add(out, lazy(() -> NOT_LETTER + flexibleSpaces(address) + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                () -> literal(List.of(Literal.flexible(address)), true, Literal.Behind.LETTER_OR_NUMBER, false, true, address),
                SpanType.ADDRESS, "known: address", address);
            // The street with its number, whatever floor and door follow.
            var street = STREET.matcher(address);
            if (street.find()) {
                String name = street.group(1).strip();
                String number = street.group(2);
                add(out, lazy(() -> NOT_LETTER + flexibleSpaces(name) + "\\s*" + Pattern.quote(number)
                    + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    () -> literal(List.of(Literal.join(Literal.flexible(name), Literal.Gap.ANY_SPACES,
                        Literal.exact(number))), true, Literal.Behind.LETTER_OR_NUMBER, false, true, address),
                    SpanType.ADDRESS, "known: street", name);
            }
        }
        if (present(known.postalCode()) && present(known.town())) {
            add(out, lazy(() -> "(?<!\\d)" + Pattern.quote(known.postalCode().strip()) + "\\s+" + flexibleSpaces(known.town().strip())
                + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                () -> literal(List.of(Literal.join(Literal.exact(known.postalCode().strip()), Literal.Gap.SPACES,
                    Literal.flexible(known.town().strip()))), true, Literal.Behind.DIGIT, false, true,
                    known.postalCode() + known.town()),
                SpanType.ADDRESS, "known: postal code and town", known.postalCode().strip());
        }
        if (known.birthDate() != null) {
            // All spellings in one pattern, longest first; every spelling has digits, so it is tried near digits only.
            LocalDate birth = known.birthDate();
            out.add(new Rule(lazy(() -> {
                var alternatives = new StringBuilder();
                for (String variant : datesLongestFirst(birth)) {
                    alternatives.append(alternatives.isEmpty() ? "" : "|").append(flexibleSpaces(variant));
                }
                return "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{N}])";
            }, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), SpanType.BIRTH_DATE, "known: birth date", null, true,
                // every spelling has the year, in four or in two digits, and the day, as "5" or "05"
                twoDigits(known.birthDate().getYear() % 100), null, new Once<>(() -> birthDate(birth)),
                Integer.toString(birth.getDayOfMonth())));
        }
        if (present(known.cpr())) {
            String d = NOT_DIGIT.matcher(known.cpr()).replaceAll("");
            if (d.length() == 10) {
                Literal cpr = new Literal(List.of(new Literal.Seq(new char[][] {d.substring(0, 6).toCharArray(), d.substring(6).toCharArray()},
                    new Literal.Gap[] {Literal.Gap.SPACES, Literal.Gap.SPACE_OR_DASH})), false, Literal.Behind.DIGIT, false, false, true);
                out.add(new Rule(lazy(() -> "(?<!\\d)" + d.substring(0, 6) + "[\\s-]?" + d.substring(6) + "(?!\\d)"),
                    SpanType.CPR, "known: CPR", null, true, d.substring(6), null, new Once<>(() -> cpr::find)));
            }
        }
        return List.copyOf(out);
    }

    /** The spellings of a birth date, longest first, in the order the regex has them as alternatives. */
    private static List<String> datesLongestFirst(LocalDate birth) {
        var variants = new ArrayList<>(dates(birth));
        variants.sort((x, y) -> y.length() - x.length());
        return variants;
    }

    /** The birth date's regex by hand; null (the regex) if a spelling has surrogates. */
    static Finder birthDate(LocalDate birth) {
        List<String> variants = datesLongestFirst(birth);
        List<Literal.Seq> alternatives = new ArrayList<>();
        for (String v : variants) {
            if (!Literal.bmp(v)) {
                return null;
            }
            alternatives.add(Literal.flexible(v));
        }
        return new Literal(alternatives, true, Literal.Behind.LETTER_OR_NUMBER, false, false).numberEnd()::find;
    }

    /**
     * The known phone's regex by hand: {@code (?<!\d)(?:(?:\+|00)\s?45[\s.-]*)?(?:\(?\+?45\)?[\s.-]*)?} and the digits,
     * each but the first after an optional separator, {@code (?!\d)}. Each optional part can only be taken in one way,
     * so the regex's backtracking comes down to four tries: with both prefixes, the first, the second, neither.
     */
    static Finder phone(String digits) {
        Literal number = new Literal(List.of(Literal.digits(digits)), false, Literal.Behind.NONE, false, false, true);
        return (text, from, to, found) -> {
            int pos = from;
            while (pos < to) {
                int end = phoneAt(text, pos, to, number);
                if (end > pos) {
                    found.accept(pos, end);
                    pos = end;
                } else {
                    pos++;
                }
            }
        };
    }

    private static int phoneAt(String text, int at, int limit, Literal number) {
        if (at > 0 && isDigit(text.charAt(at - 1))) {
            return -1;
        }
        for (int withCountry = 0; withCountry < 2; withCountry++) {
            int pos = withCountry == 0 ? countryCode(text, at, limit) : at;
            if (pos < 0) {
                continue;
            }
            for (int withBrackets = 0; withBrackets < 2; withBrackets++) {
                int q = withBrackets == 0 ? bracketedCode(text, pos, limit) : pos;
                if (q < 0) {
                    continue;
                }
                int end = number.match(text, q, limit);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** {@code (?:\+|00)\s?45[\s.-]*}: the end, or -1. */
    private static int countryCode(String text, int at, int limit) {
        int pos = at;
        if (pos < limit && text.charAt(pos) == '+') {
            pos++;
        } else if (pos + 1 < limit && text.charAt(pos) == '0' && text.charAt(pos + 1) == '0') {
            pos += 2;
        } else {
            return -1;
        }
        if (pos < limit && Literal.isSpace(text.charAt(pos))) {
            pos++;
        }
        return fortyFive(text, pos, limit) < 0 ? -1 : separators(text, pos + 2, limit);
    }

    /** {@code \(?\+?45\)?[\s.-]*}: the end, or -1. */
    private static int bracketedCode(String text, int at, int limit) {
        int pos = at;
        if (pos < limit && text.charAt(pos) == '(') {
            pos++;
        }
        if (pos < limit && text.charAt(pos) == '+') {
            pos++;
        }
        if (fortyFive(text, pos, limit) < 0) {
            return -1;
        }
        pos += 2;
        if (pos < limit && text.charAt(pos) == ')') {
            pos++;
        }
        return separators(text, pos, limit);
    }

    private static int fortyFive(String text, int at, int limit) {
        return at + 1 < limit && text.charAt(at) == '4' && text.charAt(at + 1) == '5' ? at + 2 : -1;
    }

    private static int separators(String text, int at, int limit) {
        int pos = at;
        while (pos < limit && (Literal.isSpace(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '-')) {
            pos++;
        }
        return pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** As {@code String.format("%02d", n)}, which was a tenth of compiling an applicant's rules. */
    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A matcher triggered by the lower-cased start of its value; {@code literal} (may be null) stands for {@code p}. */
    private static void add(List<Rule> out, Lazy p, java.util.function.Supplier<Literal> literal, SpanType type, String reason,
                            String value) {
        String first = Literal.splitSpaces(value.strip())[0];
        String trigger = Trigger.lower(first);
        out.add(new Rule(p, type, reason, trigger.isEmpty() ? value : trigger, false, "", new Once<>(literal)));
    }

    /** A hand matcher for a literal value, or null when {@code chars} has surrogates and the regex must do. */
    private static Literal literal(List<Literal.Seq> alternatives, boolean ignoreCase, Literal.Behind behind, boolean genitive,
                                   boolean wordEnd, String chars) {
        return Literal.bmp(chars) ? new Literal(alternatives, ignoreCase, behind, genitive, wordEnd) : null;
    }

    private static void names(String fullName, List<Rule> out) {
        List<String> parts = List.of(Literal.splitSpaces(fullName));
        String last = parts.getLast();
        Set<String> variants = new LinkedHashSet<>();
        variants.add(fullName);
        if (parts.size() > 1) {
            variants.add(last + ", " + String.join(" ", parts.subList(0, parts.size() - 1)));
            variants.add(last + ", " + parts.getFirst());
            variants.add(parts.getFirst() + " " + last);
            variants.add(parts.getFirst().charAt(0) + ". " + last);
            variants.add(parts.getFirst().charAt(0) + "." + last);
        }
        for (String v : variants) {
            add(out, lazy(() -> NOT_LETTER + flexibleSpaces(v) + "(?:s|'s|’s)?" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                () -> literal(List.of(Literal.flexible(v)), true, Literal.Behind.LETTER_OR_NUMBER, true, true, v),
                SpanType.NAME, "known: name", v.contains(".") ? v.substring(0, v.indexOf('.') + 1) : v);
        }
        for (String part : parts) {
            if (part.replace(".", "").length() < 2) {
                continue;
            }
            // Each part on its own, also in genitive and in capitals, and as people spell it without Danish letters or
            // accents (Jørgensen, Joergensen, Jorgensen; José, Jose). Lower case is left alone: many parts are words.
            for (String spelling : spellings(part)) {
                String upper = spelling.toUpperCase(Locale.ROOT);
                add(out, lazy(() -> NOT_LETTER + "(?:" + Pattern.quote(spelling) + "|"
                    + Pattern.quote(upper) + ")(?:s|'s|’s)?" + END),
                    () -> literal(List.of(Literal.exact(spelling), Literal.exact(upper)), false, Literal.Behind.LETTER_OR_NUMBER, true, true,
                        spelling + upper), SpanType.NAME,
                    spelling.equals(part) ? "known: name part" : "known: name part without Danish letters or accents", spelling);
            }
        }
        if (parts.size() > 1) {
            var initials = new StringBuilder();
            var dotted = new StringBuilder();
            for (String p : parts) {
                char ch = Character.toUpperCase(p.charAt(0));
                initials.append(ch);
                dotted.append(ch).append("\\.\\s?");
            }
            // The initials go into the regex unquoted; only letters are sure to stand for themselves there.
            add(out, lazy(() -> NOT_LETTER + initials + END), () -> lettersOnly(initials) ? new Literal(List.of(Literal.exact(initials.toString())),
                false, Literal.Behind.LETTER_OR_NUMBER, false, true) : null, SpanType.NAME, "known: initials", initials.toString());
            add(out, lazy(() -> NOT_LETTER + dotted.toString().replaceAll("\\\\s\\?$", "")), () -> lettersOnly(initials)
                ? new Literal(List.of(dottedSeq(initials)), false, Literal.Behind.LETTER_OR_NUMBER, false, false) : null, SpanType.NAME,
                "known: initials with dots", initials.substring(0, 1) + ".");
        }
    }

    private static boolean lettersOnly(CharSequence initials) {
        return Literal.bmp(initials.toString()) && initials.chars().allMatch(Character::isLetter);
    }

    /** "M.", "K.", "H." with at most one whitespace character between them, as {@code M\.\s?K\.\s?H\.}. */
    private static Literal.Seq dottedSeq(CharSequence initials) {
        char[][] pieces = new char[initials.length()][];
        Literal.Gap[] gaps = new Literal.Gap[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = new char[] {initials.charAt(i), '.'};
            gaps[i] = Literal.Gap.ONE_SPACE;
        }
        return new Literal.Seq(pieces, gaps);
    }

    /** The part as written, transliterated (ø→oe, å→aa, æ→ae, ü→ue), simplified (ø→o, å→a) and with Danish letters restored. */
    static Set<String> spellings(String part) {
        Set<String> out = new LinkedHashSet<>();
        out.add(part);
        out.add(part.replace("ø", "oe").replace("Ø", "Oe").replace("å", "aa").replace("Å", "Aa").replace("æ", "ae")
            .replace("Æ", "Ae").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"));
        out.add(withoutAccents(part));
        out.add(part.replace("aa", "å").replace("Aa", "Å").replace("oe", "ø").replace("ae", "æ"));
        return out;
    }

    private static final Pattern MARK = Pattern.compile("\\p{M}");

    /** The part with ø, æ and ß spelled out and accents dropped (NFD without its marks); ASCII has none of them. */
    private static String withoutAccents(String part) {
        boolean ascii = true;
        for (int i = 0; i < part.length() && ascii; i++) {
            ascii = part.charAt(i) < 128;
        }
        if (ascii) {
            return part; // no letter to replace, NFD leaves ASCII as it is, and it has no marks
        }
        String stripped = java.text.Normalizer.normalize(part.replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
            .replace("Æ", "Ae").replace("ß", "ss")
            // rred5: letters NFD does not take apart, as they are written without them (Icelandic, Turkish, Vietnamese, Polish)
            .replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("ı", "i").replace("đ", "d")
            .replace("Đ", "D").replace("ł", "l").replace("Ł", "L"), java.text.Normalizer.Form.NFD);
        return MARK.matcher(stripped).replaceAll("");
    }
    /** Compiled once: {@code String.replaceAll} compiled it anew for every applicant. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /**
     * A name part of five letters or more written with one letter wrong, missing, added or two swapped ("Hansen" as
     * "Hanssen", "Mohammed" as "Mohamed"): applicants do not always spell their name as in the form. Only capitalised
     * words count, so ordinary words are not touched.
     */
    private static void misspelt(String text, int[] capitals, LongParts parts, List<Span> spans) {
        List<String> longParts = parts.lower();
        if (longParts.isEmpty()) {
            return;
        }
        int longest = parts.longest();
        int shortest = parts.shortest();
        capitalWords(text, capitals, (start, end) -> {
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) || end - start > longest) {
                return;
            }
            if (!nearLength(text, start, end, shortest, longest) || !parts.mayBeNear(text, start, end)) {
                return;
            }
            String found = text.substring(start, end);
            String word = found.toLowerCase(Locale.ROOT);
            for (String part : longParts) {
                if (!word.equals(part) && Math.abs(word.length() - part.length()) <= 1 && withinOneEdit(word, part)) {
                    if (NameDetector.isNotAPerson(word)) {
                        break; // "Bank" in "Danske Bank" is not "Banke" misspelt
                    }
                    spans.add(new Span(start, end, SpanType.NAME, found, 0.85, "known: name part spelled differently", Span.Origin.KNOWN));
                    break;
                }
            }
        });
    }

    /**
     * The words of {@code \p{Lu}[\p{L}]{3,}} (by code point) {start, end}, as a scan of every character finds them: at a
     * capital, the letters after it; a word of fewer than three letters after its capital is passed over one char on.
     * A word starts at a capital only, so the scan goes from capital to capital ({@code capitals}: the text's
     * {@link Candidates#capitals}, where a code point of UPPERCASE_LETTER starts), passing over those inside a word just
     * taken. Walking every char of the text for a capital was half of {@link #misspelt}'s time.
     */
    static void capitalWords(String text, int[] capitals, WordAt word) {
        int n = text.length();
        int i = 0;
        for (int capital : capitals) {
            if (capital < i) {
                continue;
            }
            i = capital;
            int end = i + Character.charCount(Character.codePointAt(text, i));
            int letters = 0;
            while (end < n && isLetterAt(text, end)) {
                end += Character.charCount(Character.codePointAt(text, end));
                letters++;
            }
            if (letters < 3) {
                i++;
                continue;
            }
            word.at(i, end);
            i = end;
        }
    }

    /** A word found in [start, end) of the text. */
    interface WordAt {
        void at(int start, int end);
    }

    /**
     * The parts of five letters or more of the applicant's name, lower-cased, for {@link #misspelt}; made once per
     * applicant with the rules (the streams that made them were a fifth of {@code misspelt}'s time, paid per text).
     * {@code longest} and {@code shortest} are one more and one less than the longest and shortest part: lower-casing
     * never shortens a word, so a word longer than {@code longest} is within one edit of no part. {@code lengths} has bit
     * {@code k} (k below 64) for every length within one of a part's.
     */
    record LongParts(List<String> lower, int longest, int shortest, long lengths) {
        static LongParts of(List<String> parts) {
            // Loops, not streams: this is paid for every new applicant, and the streams showed in the profile.
            List<String> lower = new ArrayList<>();
            long lengths = 0;
            int max = 0;
            int min = Integer.MAX_VALUE;
            for (String part : parts) {
                if (part.length() < 5) {
                    continue;
                }
                String p = part.toLowerCase(Locale.ROOT);
                lower.add(p);
                max = Math.max(max, p.length());
                min = Math.min(min, p.length());
                for (int k = p.length() - 1; k <= p.length() + 1; k++) {
                    lengths |= k < 64 ? 1L << k : 0;
                }
            }
            return new LongParts(List.copyOf(lower), max + 1, lower.isEmpty() ? -1 : min - 1, lengths);
        }

        /**
         * Whether the word in [start, end) can be within one letter's length of a part: a word of Latin-1 letters keeps
         * its length in lower case, so it cannot when no part is within one of its length, and is not copied. Others, and
         * words of 64 characters or more, are let through.
         */
        boolean mayBeNear(String text, int start, int end) {
            int length = end - start;
            if (length >= 64 || (lengths & 1L << length) != 0) {
                return true;
            }
            for (int i = start; i < end; i++) {
                if (text.charAt(i) >= 0x100) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the word in [start, end) can be one edit from a part, by length: shorter than the shortest part less one
     * it cannot, if lower-casing keeps its length, which holds for Latin-1 letters (others are let through).
     */
    private static boolean nearLength(String text, int start, int end, int shortest, int longest) {
        if (end - start >= shortest) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x100) {
                return true;
            }
        }
        return false;
    }

    /** {@code Character.isLetter(Character.codePointAt(text, i))}, with ASCII answered by hand. */
    private static boolean isLetterAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(Character.codePointAt(text, i));
    }

    /** Levenshtein distance at most 1, or one transposition of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs++ == 0) {
                        first = i;
                    }
                }
            }
            if (diffs <= 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** The spellings of a birth date: a pattern of {@link DateTimeFormatter} and its locale each. */
    private record DateFormat(String pattern, Locale locale) {
    }

    private static final List<DateFormat> DATE_PATTERNS = datePatterns();
    private static final List<DateTimeFormatter> DATE_FORMATS = DATE_PATTERNS.stream()
        .map(f -> DateTimeFormatter.ofPattern(f.pattern(), f.locale())).toList();
    private static final List<DateSpelling> DATE_SPELLINGS = DATE_PATTERNS.stream().map(DateSpelling::new).toList();

    private static List<DateFormat> datePatterns() {
        List<DateFormat> out = new ArrayList<>();
        var da = Locale.forLanguageTag("da");
        for (String p : List.of("d.M.yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "d/M-yyyy", "dd/MM-yyyy",
            "yyyy-MM-dd", "dd.MM.yy", "d.M.yy", "dd/MM/yy", "ddMMyy")) {
            out.add(new DateFormat(p, Locale.getDefault(Locale.Category.FORMAT)));
        }
        for (String p : List.of("d. MMMM yyyy", "d MMMM yyyy", "d. MMM yyyy", "d. MMM. yyyy")) {
            out.add(new DateFormat(p, da));
        }
        for (String p : List.of("d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "d'st' MMMM yyyy",
            "d'nd' MMMM yyyy", "d'rd' MMMM yyyy", "d'th' MMMM yyyy")) {
            out.add(new DateFormat(p, Locale.ENGLISH));
        }
        return List.copyOf(out);
    }

    /**
     * One of the date patterns, written out by hand: day, month and year as numbers, month names as the formatter gives
     * them (taken from it once per month), and the pattern's literal text. {@link DateTimeFormatter#format} for the 26
     * spellings was a good part of an applicant's setup.
     */
    private static final class DateSpelling {
        /** Per piece: a field letter and width ('d', 'M', 'y' with 1 to 4), or 0 for the literal text in {@link #texts}. */
        private final List<Character> fields = new ArrayList<>();
        private final List<Integer> widths = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        /** The month's name, short and full, by month, as the formatter writes them in this locale. */
        private final String[] shortMonths = new String[13];
        private final String[] fullMonths = new String[13];

        DateSpelling(DateFormat f) {
            String p = f.pattern();
            for (int i = 0; i < p.length(); ) {
                char c = p.charAt(i);
                int j = i;
                if (c == '\'') {
                    j = p.indexOf('\'', i + 1);
                    piece((char) 0, 0, p.substring(i + 1, j));
                    j++;
                } else if (c == 'd' || c == 'M' || c == 'y') {
                    while (j < p.length() && p.charAt(j) == c) {
                        j++;
                    }
                    piece(c, j - i, null);
                } else if (Trigger.isLetter(c)) {
                    throw new IllegalArgumentException("not a date pattern written out by hand: " + p);
                } else {
                    piece((char) 0, 0, String.valueOf(c));
                    j++;
                }
                i = j;
            }
            for (int m = 1; m <= 12; m++) {
                LocalDate first = LocalDate.of(2000, m, 1);
                shortMonths[m] = DateTimeFormatter.ofPattern("MMM", f.locale()).format(first);
                fullMonths[m] = DateTimeFormatter.ofPattern("MMMM", f.locale()).format(first);
            }
        }

        private void piece(char field, int width, String text) {
            fields.add(field);
            widths.add(width);
            texts.add(text);
        }

        /** As the pattern's formatter writes {@code d}; for years 1 to 9999, where year of era and year are the same. */
        String format(LocalDate d) {
            var sb = new StringBuilder(20);
            for (int k = 0; k < fields.size(); k++) {
                int width = widths.get(k);
                switch (fields.get(k)) {
                    case 'd' -> number(sb, d.getDayOfMonth(), width);
                    case 'M' -> {
                        if (width <= 2) {
                            number(sb, d.getMonthValue(), width);
                        } else {
                            sb.append(width == 3 ? shortMonths[d.getMonthValue()] : fullMonths[d.getMonthValue()]);
                        }
                    }
                    case 'y' -> number(sb, width == 2 ? d.getYear() % 100 : d.getYear(), width);
                    default -> sb.append(texts.get(k));
                }
            }
            return sb.toString();
        }

        /** {@code n} with zeros in front up to {@code width} digits. */
        private static void number(StringBuilder sb, int n, int width) {
            String digits = Integer.toString(n);
            for (int i = digits.length(); i < width; i++) {
                sb.append('0');
            }
            sb.append(digits);
        }
    }

    static List<String> dates(LocalDate d) {
        if (d.getYear() < 1 || d.getYear() > 9999) {
            return datesByFormatter(d); // a sign, or an era: the formatters know how
        }
        Set<String> out = new LinkedHashSet<>();
        for (DateSpelling s : DATE_SPELLINGS) {
            out.add(s.format(d));
        }
        return List.copyOf(out);
    }

    /** The spellings as the formatters write them: what {@link #dates} must give, and gives for unusual years. */
    static List<String> datesByFormatter(LocalDate d) {
        return DATE_FORMATS.stream().map(d::format).distinct().toList();
    }

    static String flexibleSpaces(String literal) {
        var sb = new StringBuilder();
        for (String piece : Literal.splitSpaces(literal)) {
            if (!sb.isEmpty()) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(piece));
        }
        return sb.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
