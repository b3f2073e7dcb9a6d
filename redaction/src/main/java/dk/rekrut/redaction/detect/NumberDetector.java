package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that identify a person beyond the Danish eight-digit phone: phones in other countries' forms (a trunk 0,
 * a country code in any bracketing, {@code (0)}, an extension), bank accounts (IBAN with a valid check, Danish
 * registration and account numbers), passport, driving-licence and other ID numbers after a cue, and CPR numbers
 * written with spaces or in words. Year ranges, dates, postcodes, amounts, versions and ISBNs are not numbers of this
 * kind: every phone needs nine or more digits and a phone's shape, every ID a cue, every IBAN its check digits.
 */
final class NumberDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A country code: "+27", "+ 27", "0027", "(+82)", "(0045)"; then two to six groups, "(0)" or "(20)" among them. */
    private static final Pattern INTERNATIONAL = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\([ \\t]?(?:\\+|00)[ \\t]?\\d{1,3}[ \\t]?\\)"
        + "|\\+[ \\t]?\\d{1,3}|00[1-9]\\d{0,2})(?:[ \\t.\\-]{0,2}(?:\\(0\\)|\\(\\d{1,4}\\)|\\d{1,5})){2,6}(?![\\p{L}\\p{N}])");
    /** A national number with a trunk 0: "0821234567", "070-123 45 67", "020 7946 0958", "06-12345678". */
    private static final Pattern TRUNK = Pattern.compile("(?<![\\p{L}\\p{N}+.,/\\-])0[1-9]\\d{0,4}(?:[ \\t\\-.]{0,2}\\d{2,5}){0,4}"
        + "(?![\\p{L}\\p{N}])");
    /**
     * An extension after a phone: ", lok. 204", " ext. 12", " x 3", " (lokal 12)", and its word in other languages
     * (rred4): English "local", Polish "wew.", German "Durchwahl"/"DW", Swedish "ankn.", French "poste", Portuguese and
     * Spanish "ramal".
     */
    private static final Pattern EXTENSION = Pattern.compile("[ \\t]*[,(]?[ \\t]*(?:lok(?:al)?|local|ext(?:ension)?|x|tast|dir|wew"
        + "|durchwahl|dw|ankn(?:ytning)?|poste|ramal)\\.?[ \\t]*:?[ \\t]*\\d{1,5}"
        + "\\)?(?![\\p{L}\\p{N}])", F);
    private static final Pattern ISBN_BEFORE = Pattern.compile("(?:isbn|issn|doi|ean|ordre|order|faktura|invoice|sag|case|journal)"
        + "[\\p{L}.\\-]*[ \\t:#]*(?:nr\\.?|no\\.?|number|nummer)?[ \\t:#]*$", F);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})");

    /** IBAN: two letters, two check digits, then up to 30 letters and digits, in groups of four or not. */
    private static final Pattern IBAN = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?"
        + "(?![\\p{L}\\p{N}])");
    /** A Danish registration number and account number together: "5301 0001234567", "5301-1234567". */
    private static final Pattern REG_AND_ACCOUNT = Pattern.compile("(?<![\\p{N}.,])(\\d{4})[ \\t]*[ \\-/][ \\t]*(\\d{6,10})(?![\\p{N}]|[.,]\\d)");
    private static final Pattern ACCOUNT_CUE = Pattern.compile("(?<![\\p{L}])(?:(?:reg(?:istrerings)?\\.?[ \\t-]*(?:nr|nummer|no)\\.?|"
        + "konto(?:nummer|nr|-nr|[ \\t]nr)?\\.?|bankkonto|bank[ \\t]account|account[ \\t](?:no|number|nr)\\.?|sort[ \\t]code|"
        + "routing[ \\t](?:no|number))[ \\t]*[:#]?|(?:account|bank)[ \\t]*[:#])[ \\t]*(?:\\r?\\n[ \\t]*){0,3}", F);
    /** The number after an account cue: four digits (a registration number) up to a whole account. */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d(?:[ \\t\\-]?\\d){3,17}(?![\\p{L}\\p{N}])");

    /**
     * An ID number after its cue: passport, driving licence, national ID, residence permit. One digit at least. The value
     * may stand a line or two below its cue, as in a table of two columns read cell by cell.
     */
    private static final Pattern ID_CUE = Pattern.compile("(?<![\\p{L}])(?:pas(?:s)?(?:nummer|nr|-nr|port)?|kørekort(?:nummer|nr|-nr)?|"
        + "driv(?:ing|er'?s)[ \\t]licen[cs]e|id[ \\t-]?kort|national[ \\t]id|opholdstilladelse|residence[ \\t]permit|"
        + "sygesikring(?:snummer|sbevis)?|social[ \\t]security(?:[ \\t]number)?|ssn|ni[ \\t]number|tax[ \\t]id|"
        + "skattenummer|personal[ \\t]number)"
        // rred5: the number may stand in brackets after its cue ("pas (nr. E1234567)", "driving licence (ABCDE…)").
        + "\\.?(?:[ \\t]*\\()?(?:[ \\t]*(?:no|nr|number|nummer|#|id))?\\.?[ \\t]*[:#]?[ \\t]*(?:\\r?\\n[ \\t]*){0,3}([A-Z]{0,5}[ \\t-]?\\d[A-Z0-9 \\-]{4,14})(?![\\p{L}\\p{N}])", F);

    /** A CPR with spaces or dots between day, month and year: "01 01 90-1234", "01.01.90 1234". */
    private static final Pattern SPACED_CPR = Pattern.compile("(?<![\\p{N}.,])([0-3]\\d)[ .]([01]\\d)[ .](\\d{2})[ \\t]*[-–][ \\t]*(\\d{4})(?!\\d)"
        + "|(?<![\\p{N}.,])([0-3]\\d)[ ]([01]\\d)[ ](\\d{2})[ \\t]+(\\d{4})(?!\\d)");
    private static final Pattern CPR_CUE = Pattern.compile("(?<![\\p{L}])(?:cpr|personnummer|fødselsnummer|personal identity number)"
        + "(?:[ \\t-]*(?:nr|nummer|number|no))?\\.?[ \\t]*[:.]?[ \\t]*(?:\\r?\\n[ \\t]*){0,3}", F);
    private static final Pattern CPR_AFTER_CUE = Pattern.compile("([0-3]\\d)[ .]?([01]\\d)[ .]?(\\d{2})[ \\t]*[-–]?[ \\t]*(\\d{4})(?!\\d)");
    /** After its cue, a Swedish or Norwegian number (YYMMDD-NNNN, YYYYMMDD-NNNN) too. */
    private static final Pattern NUMBER_AFTER_CUE = Pattern.compile("\\d{6}(?:\\d{2})?[ \\t]*[-–+]?[ \\t]*\\d{4,5}(?!\\d)");
    private static final String DIGIT_WORD = "(?:nul|et|en|to|tre|fire|fem|seks|syv|otte|ni|zero|oh|one|two|three|four|five|six|seven|"
        + "eight|nine|\\d)";
    private static final Pattern CPR_IN_WORDS = Pattern.compile(DIGIT_WORD + "(?:[ \\t,\\-–]+" + DIGIT_WORD + "){5,11}(?![\\p{L}])", F);

    List<Span> detect(String text) {
        Candidates c = Candidates.of(text);
        return detect(text, c.clusters, c.cues);
    }

    /**
     * {@code clusters}: the text's {@link Trigger#digitClusters}; {@code cues}: its {@link Candidates#cues}, where the cue
     * words of {@link CueWords} start.
     */
    List<Span> detect(String text, List<int[]> clusters, int[][] cues) {
        List<Span> out = new ArrayList<>();
        if (!hasDigitOrCue(text)) {
            return out;
        }
        // Every match starts near a digit or at a cue word: only those positions are tried.
        int[] near = nearDigits(text, clusters);
        phones(text, INTERNATIONAL, near, i -> text.charAt(i) == '+' || text.charAt(i) == '('
            || text.charAt(i) == '0' && i + 1 < text.length() && text.charAt(i + 1) == '0', 8, out);
        phones(text, TRUNK, near, i -> text.charAt(i) == '0' && digit(text, i + 1) && text.charAt(i + 1) != '0', 9, out);
        extensions(text, near, out);
        splitPhones(text, out);
        iban(text, near, out);
        accounts(text, near, cues[CueWords.ACCOUNT], out);
        ids(text, cues[CueWords.ID], out);
        cpr(text, near, cues[CueWords.CPR], out);
        return out;
    }

    /**
     * Each match of {@code p} that starts where {@code start} holds, tried with {@code lookingAt} there only (the
     * look-behinds see the text before): a pattern tried at every character with {@code find} cost a third of the
     * detection time.
     */
    static void each(String text, Pattern p, int[] positions, java.util.function.IntPredicate start,
                     java.util.function.Consumer<Matcher> found) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int n = text.length();
        int coveredTo = 0;
        for (int i : positions) {
            if (i < coveredTo || !start.test(i)) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                found.accept(m);
                coveredTo = Math.max(i + 1, m.end());
            }
        }
    }

    /** The positions from four characters before to one after each cluster of digits: where a number's match can start. */
    static int[] nearDigits(String text) {
        return nearDigits(text, Trigger.digitClusters(text));
    }

    static int[] nearDigits(String text, List<int[]> clusters) {
        int[] out = new int[16];
        int n = 0;
        int last = -1;
        for (int[] c : clusters) {
            for (int i = Math.max(last + 1, c[0] - 4); i <= Math.min(text.length() - 1, c[1]); i++) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
                last = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The positions where a word starts (a letter with no letter before). */
    static int[] wordStarts(String text) {
        int[] out = new int[16];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Trigger.isLetter(c);
            if (letter && !inWord) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            inWord = letter;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean digit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** A digit with none before it. */
    static boolean numberStart(String text, int i) {
        return digit(text, i) && !digit(text, i - 1);
    }

    /** Exactly {@code n} digits start at {@code i}, and one of {@code after} follows. */
    private static boolean digitsThen(String text, int i, int n, String after) {
        if (!numberStart(text, i)) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (!digit(text, i + k)) {
                return false;
            }
        }
        return i + n < text.length() && after.indexOf(text.charAt(i + n)) >= 0;
    }

    private static boolean hasDigitOrCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return Trigger.lower(text).contains("cpr");
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    private static void phones(String text, Pattern p, int[] near, java.util.function.IntPredicate start, int minDigits, List<Span> out) {
        each(text, p, near, start, m -> {
            String found = m.group();
            int d = digits(found);
            if (d < minDigits || d > 15 || DATE_SHAPE.matcher(found.strip()).matches() || DATE_INSIDE.matcher(found).find()
                || referenceBefore(text, m.start()) || DateAndAgeDetector.notAPhone(text, m.start(), m.end())) {
                return;
            }
            out.add(new Span(m.start(), m.end(), SpanType.PHONE, found, 0.85, "pattern: phone number, international or national form"));
        });
    }

    /** The start of a phone at a line's end: a country code with a group or two, or a trunk 0 and one to three groups. */
    private static final Pattern PHONE_HEAD = Pattern.compile("(?<![\\p{L}\\p{N}+\\-./,])(?:\\+[ \\t]?\\d{1,3}(?:[ \\t.\\-]?\\d{1,5}){0,3}"
        + "|0[1-9]\\d{0,4}(?:[ \\t.\\-]?\\d{1,5}){0,2})[ \\t]*$");
    /** Its rest at the next line's start: groups of digits, then no letter or digit. */
    private static final Pattern PHONE_TAIL = Pattern.compile("[ \\t]*\\d{1,5}(?:[ \\t.\\-]?\\d{1,5}){0,3}(?![\\p{L}\\p{N}.,/])");
    /** A phone cue on the head's line: a national number with a trunk 0 split over a line needs one. */
    private static final Pattern PHONE_CUE = Pattern.compile("(?<![\\p{L}])(?:tlf|telefon|mobil|mobile|mob|phone|tel|cell|cellphone|"
        + "telephone|mobilnr|handy)\\.?[ \\t]*(?:nr\\.?|no\\.?)?[ \\t]*[:.]?[ \\t]*$", F);

    /**
     * A phone broken over a line by a narrow column or a pasted text (rred5: "07700⏎900123", "+62 812⏎3456 7890"): the
     * line ends in the head of a phone too short to be one and the next line starts with its digits. Together they
     * must have a phone's nine to fifteen digits, and a head without a country code needs a phone cue before it.
     */
    private static void splitPhones(String text, List<Span> out) {
        for (int nl = text.indexOf('\n'); nl > 0; nl = text.indexOf('\n', nl + 1)) {
            int end = nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
            if (end <= lineStart || !digit(text, lastNonBlank(text, lineStart, end))) {
                continue;
            }
            Matcher head = PHONE_HEAD.matcher(text).region(lineStart, end).useTransparentBounds(true);
            Matcher tail = PHONE_TAIL.matcher(text).region(nl + 1, text.length()).useTransparentBounds(true);
            if (!head.find() || !tail.lookingAt()) {
                continue;
            }
            String found = text.substring(head.start(), tail.end());
            int d = digits(found);
            boolean international = found.charAt(0) == '+';
            boolean cued = international || PHONE_CUE.matcher(text).region(lineStart, head.start()).useTransparentBounds(true).find();
            if (!cued || d < 9 || d > 15 || digits(head.group()) >= (international ? 8 : 9) || DATE_INSIDE.matcher(found).find()
                || referenceBefore(text, head.start())) {
                continue;
            }
            out.add(new Span(head.start(), tail.end(), SpanType.PHONE, found, 0.85, "pattern: phone number split over a line"));
        }
    }

    private static int lastNonBlank(String text, int from, int end) {
        int i = end - 1;
        while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i;
    }

    /** A date or a month and year inside a run of digits: "01.02.2015-31.12.2019", "06.2019-08.2021" are periods of work. */
    private static final Pattern DATE_INSIDE = Pattern.compile("(?<!\\d)(?:\\d{1,2}[./-])?(?:0[1-9]|1[0-2])[./-](?:19|20)\\d{2}(?!\\d)");

    /** "ISBN 0198526636", "ordre nr. 0123456789": a reference number, not a phone. */
    private static boolean referenceBefore(String text, int at) {
        int from = Math.max(0, at - 24);
        return ISBN_BEFORE.matcher(text.substring(from, at)).find();
    }

    /** An extension belongs to the phone before it: the span runs from the phone's first digit (or +) to the extension. */
    private static void extensions(String text, int[] near, List<Span> out) {
        each(text, EXTENSION, near, i -> digit(text, i - 1) && !digit(text, i) && extensionAhead(text, i), m -> {
            int end = m.start();
            int start = end;
            while (start > 0 && "0123456789 \t.-()+".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            while (start < end && !(Character.isDigit(text.charAt(start)) || text.charAt(start) == '+' || text.charAt(start) == '(')) {
                start++;
            }
            if (digits(text.substring(start, end)) >= 8) {
                out.add(new Span(start, m.end(), SpanType.PHONE, text.substring(start, m.end()), 0.85, "pattern: phone with extension"));
            }
        });
    }

    /** After spaces, a comma or bracket or the first letter of an extension word: the extension pattern may match. */
    private static boolean extensionAhead(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && ",(lLeExXtTdDwWaApPrR".indexOf(text.charAt(i)) >= 0;
    }

    private static void iban(String text, int[] near, List<Span> out) {
        each(text, IBAN, near, i -> i + 3 < text.length() && Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))
            && digit(text, i + 2) && digit(text, i + 3), m -> {
            String found = m.group();
            // The last group may be a word that follows: shorten until the check digits hold.
            for (int end = found.length(); end >= 15; end--) {
                String candidate = found.substring(0, end).strip();
                if (validIban(candidate)) {
                    out.add(new Span(m.start(), m.start() + candidate.length(), SpanType.ACCOUNT, candidate, 0.97, "pattern: IBAN"));
                    break;
                }
            }
        });
    }

    /** ISO 13616: the country and check digits moved to the end, letters as numbers, modulo 97 is 1. */
    static boolean validIban(String s) {
        String compact = s.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String moved = compact.substring(4) + compact.substring(0, 4);
        var digits = new StringBuilder();
        for (int i = 0; i < moved.length(); i++) {
            char c = moved.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** {@code cues}: where a cue word of {@link CueWords#ACCOUNT} starts. */
    private static void accounts(String text, int[] near, int[] cues, List<Span> out) {
        each(text, REG_AND_ACCOUNT, near, i -> digitsThen(text, i, 4, " \t-/"), m -> {
            // A ten-digit account after a registration number is a Danish account by its shape; shorter ones need a cue.
            if (m.group(2).length() == 10 && !referenceBefore(text, m.start()) || cueBefore(text, m.start(), 40)) {
                out.add(new Span(m.start(), m.end(), SpanType.ACCOUNT, m.group(), 0.9, "pattern: registration and account number"));
            }
        });
        Matcher number = ACCOUNT_NUMBER.matcher(text);
        each(text, ACCOUNT_CUE, cues, i -> true, cue -> {
            number.region(cue.end(), text.length());
            if (number.lookingAt()) {
                String found = number.group();
                String lowerCue = cue.group().toLowerCase(Locale.ROOT);
                boolean registration = lowerCue.startsWith("reg");
                int d = digits(found);
                if ((registration ? d >= 4 : d >= 6) && !looksLikeYearsOrDate(found)) {
                    // The cue is stronger evidence than the phone pattern an eight-digit account also fits.
                    out.add(new Span(number.start(), number.end(), SpanType.ACCOUNT, found, 0.95, "context: bank account"));
                }
            }
        });
    }

    private static final Pattern ACCOUNT_WORD = Pattern.compile("(?<![\\p{L}])(?:konto|bankkonto|account|reg\\.|regnr|reg\\.?[ \\t-]?nr)", F);

    private static boolean cueBefore(String text, int at, int within) {
        return ACCOUNT_WORD.matcher(text.substring(Math.max(0, at - within), at)).find();
    }

    /** {@code cues}: where a cue word of {@link CueWords#ID} starts. */
    private static void ids(String text, int[] cues, List<Span> out) {
        each(text, ID_CUE, cues, i -> true, m -> {
            String value = m.group(1).strip();
            int end = m.start(1) + m.group(1).stripTrailing().length();
            // Trailing words the value pattern took ("N1234567 udstedt") are cut at the first space before letters only.
            int cut = value.indexOf(' ');
            if (cut > 0 && digits(value.substring(cut)) == 0) {
                end = m.start(1) + cut;
                value = value.substring(0, cut);
            }
            if (digits(value) < 5 || looksLikeYearsOrDate(value)) {
                return;
            }
            out.add(new Span(m.start(1), end, SpanType.ID_NUMBER, text.substring(m.start(1), end), 0.95, "context: ID number"));
        });
    }

    /** "2018-2026" (a period of years, the second not before the first) and "08.00-16.00" (opening hours). */
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})[ \\t]?[-–][ \\t]?((?:19|20)\\d{2})");
    private static final Pattern TIME_RANGE = Pattern.compile("[0-2]\\d[.:][0-5]\\d[ \\t]?[-–][ \\t]?[0-2]\\d[.:][0-5]\\d");

    /**
     * What the eight-digit phone pattern also fits but is no phone: a period of years, opening hours, or a month and
     * year ("06.2019-08" of "06.2019-08.2021").
     */
    static boolean rangeNotPhone(String found) {
        Matcher y = YEAR_RANGE.matcher(found);
        if (y.matches()) {
            return Integer.parseInt(y.group(2)) >= Integer.parseInt(y.group(1));
        }
        return TIME_RANGE.matcher(found).matches() || DATE_INSIDE.matcher(found).find();
    }

    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}[ \\-–]+(?:19|20)\\d{2}");

    private static boolean looksLikeYearsOrDate(String v) {
        return YEARS.matcher(v).matches() || DATE_SHAPE.matcher(v).matches();
    }

    /** {@code cues}: where a cue word of {@link CueWords#CPR} starts. */
    private static void cpr(String text, int[] near, int[] cues, List<Span> out) {
        each(text, SPACED_CPR, near, i -> digitsThen(text, i, 2, " ."), m -> {
            int g = m.group(1) != null ? 1 : 5;
            if (validDayMonth(m.group(g), m.group(g + 1)) && !dateThenYear(m.group(), m.group(g + 3))) {
                out.add(new Span(m.start(), m.end(), SpanType.CPR, m.group(), 0.96, "pattern: CPR number with spaces"));
            }
        });
        Matcher digits = CPR_AFTER_CUE.matcher(text);
        Matcher words = CPR_IN_WORDS.matcher(text);
        Matcher other = NUMBER_AFTER_CUE.matcher(text);
        each(text, CPR_CUE, cues, i -> true, cue -> cprAfter(cue, digits, words, other, text, out));
    }

    /** After a CPR cue: the digits with a valid day and month, another country's personal number, or digits in words. */
    private static void cprAfter(Matcher cue, Matcher digits, Matcher words, Matcher other, String text, List<Span> out) {
        digits.region(cue.end(), text.length());
        if (digits.lookingAt() && validDayMonth(digits.group(1), digits.group(2))) {
            out.add(new Span(digits.start(), digits.end(), SpanType.CPR, digits.group(), 0.97, "context: CPR number"));
            return;
        }
        other.region(cue.end(), text.length());
        if (other.lookingAt()) {
            out.add(new Span(other.start(), other.end(), SpanType.CPR, other.group(), 0.97, "context: personal number"));
            return;
        }
        words.region(cue.end(), text.length());
        if (words.lookingAt()) {
            out.add(new Span(words.start(), words.end(), SpanType.CPR, words.group(), 0.9, "context: CPR number in words"));
        }
    }

    /** "01.08.19 - 2023": a date and a year of a period, not a CPR number, when there is no CPR cue. */
    private static boolean dateThenYear(String found, String last) {
        int year = Integer.parseInt(last);
        return year >= 1950 && year <= 2039 && (found.contains("–") || found.contains(" -") || found.contains("- "));
    }

    private static boolean validDayMonth(String day, String month) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    }
}
