package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates and ages in the ways applicants write them (issue 17), Danish and English:
 * <ul>
 *   <li>a date after a birth cue, in any common order and separator, month names full or abbreviated in either
 *   language and any case, with or without a dot, ordinals ("3.", "3rd"): {@code Fødselsdato: 4. Juni, 1996},
 *   {@code DOB 03-Feb-1988}, {@code born 3rd of March 1985}, {@code f. 12/3-1987}; a month and year, a bare year or
 *   a day and month after the cue ({@code Født 1990}, {@code born in 1985}, {@code Fødselsdag: 3. marts}). The cue is part of the span, so a bare year is never
 *   propagated to the year ranges of the CV;</li>
 *   <li>a full date with no cue that is plausibly a birth date: a four-digit year that gives an age of 15 to 80, in
 *   the first lines of the document or within two lines of contact data, and not part of a period ("1.2.2015 – nu");</li>
 *   <li>ages said as such that {@link PatternDetector} does not know: {@code at the age of 12}, {@code i en alder af
 *   19 år}, {@code pige på 19 år}, {@code 31 år} alone on a line or before a comma, {@code 34 yrs}, {@code 34 år gl.}</li>
 * </ul>
 * Tried only in windows around clusters of digits: every match holds a digit.
 */
final class DateAndAgeDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Danish and English month names, full and abbreviated ("mrt", "sept"), longest first where they share a start. */
    static final String MONTH = "(?:januar[iy]?|january|jan|februar[iy]?|february|feb|marts|march|mar|mrt|april|apr|maj|may"
        + "|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)"
        + "(?![\\p{L}])\\.?";
    private static final String DAY = "(?<![\\d\\p{L}.])(?:0?[1-9]|[12]\\d|3[01])(?!\\d)(?:\\.|st|nd|rd|th|(?=[ \\t/.,-]))";
    /** Between the parts of a date: spaces, and at most one of - / . , */
    private static final String SEP = "[ \\t]*[-/.,]?[ \\t]*";
    private static final String YEAR = "(?:19|20)?\\d{2}(?![\\d\\p{L}])";
    private static final String YEAR4 = "(?:19|20)\\d{2}(?![\\d\\p{L}])";
    private static final String MONTH_NUMBER = "(?:0?[1-9]|1[0-2])(?!\\d)";

    /** A full date: day month year (any order a person writes), numeric or with the month's name. */
    static final String DATE = "(?:" + DAY + SEP + "(?:of[ \\t]+)?" + MONTH + SEP + YEAR
        + "|(?<![\\p{L}])" + MONTH + SEP + "(?:the[ \\t]+)?" + DAY + ",?" + SEP + YEAR
        + "|(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])[ \\t]*[./-][ \\t]*" + MONTH_NUMBER + "[ \\t]*[./-][ \\t]*" + YEAR
        + "|(?<![\\d.])" + YEAR4.replace("(?![\\d\\p{L}])", "") + "[-./]" + MONTH_NUMBER + "[-./](?:0?[1-9]|[12]\\d|3[01])(?![\\d.])"
        + ")";

    /** Words that say a birth date follows; they may be split from the date by a colon, "den", "on", "in" or a line break. */
    private static final String CUE = "(?<![\\p{L}])(?:fødselsdato|fødselsdag|fødselsår|født|f\\.|date[ \\t]+of[ \\t]+birth"
        + "|year[ \\t]+of[ \\t]+birth|birth[ \\t]*date|birthday|born|d\\.?o\\.?b\\.?"
        // rred5: Swedish and Nynorsk "född", "fødd", and English "b." right before a number ("b. 1988", "b. 3 May 1990")
        + "|född|fødd|b\\.(?=[ \\t]?\\d))(?![\\p{L}])";
    /** A table's label and value may stand on lines of their own, with an empty line between (a DOCX table's cells). */
    private static final String FILL = "[ \\t]*[:.]?[ \\t]*(?:\\n[ \\t]*){0,2}(?:(?:den|on|the|in|i)[ \\t]+){0,2}";

    static final Pattern CUED = Pattern.compile(CUE + FILL + "(?:" + DATE + "|" + MONTH + SEP + YEAR4
        + "|" + YEAR4 + "(?![ \\t]*[-–—][ \\t]*\\d)"
        // a birthday without the year ("Fødselsdag: 3. marts", "Birthday: March 3rd") still narrows a person down
        + "|" + DAY + SEP + "(?:of[ \\t]+)?" + MONTH + "|(?<![\\p{L}])" + MONTH + SEP + "(?:the[ \\t]+)?" + DAY + ")", F);
    static final Pattern BARE_DATE = Pattern.compile(DATE, F);

    /** Ages the pattern detector does not find; group 1 is the age. */
    static final Pattern AGE = Pattern.compile(
        "(?<![\\p{L}])((?:age|alder)[ \\t]+(?:of|af|på)[ \\t]+\\d{1,2}(?![\\d])(?:[ \\t]*(?:år|years?)(?![\\p{L}]))?)"
            + "|(?<![\\p{L}])(?:mand|kvinde|pige|dreng|fyr|dame|herre|person|ansøger|kandidat|studerende|pensionist|mor|far)"
            + "[ \\t]+(på[ \\t]+\\d{1,2}[ \\t]*år)(?![\\p{L}])"
            + "|(?m:^[ \\t]*(\\d{2}[ \\t]*år)(?=[ \\t]*(?:[,;]|\\.?[ \\t]*$)))"
            + "|(?<![\\d\\p{L}])(\\d{2}[ \\t]*(?:yrs|y\\.o\\.|år[ \\t]+gl\\.?))(?![\\p{L}])", F);

    /** Contact data near a date makes it a birth date: an e-mail, a phone cue, an address cue. */
    private static final Pattern CONTACT = Pattern.compile("@|(?<![\\p{L}])(?:tlf|telefon|mobil|phone|mobile|tel|e-?mail"
        + "|adresse|address|linkedin|kontakt|contact)(?![\\p{L}])|\\+\\d{2}|(?<!\\d)\\d{2}[ ]?\\d{2}[ ]?\\d{2}[ ]?\\d{2}(?!\\d)", F);
    /** Before a date, these make it a period, a letter's date or a deadline, not a birth date. */
    private static final Pattern NOT_BIRTH_BEFORE = Pattern.compile("(?:[-–—]|(?<![\\p{L}])(?:fra|from|since|siden|til|to|until"
        + "|pr\\.|per|dato|date|dated|dateret|ansat|employed|start|slut|end|deadline|frist|udløb|expires?|opdateret|updated))"
        + "[ \\t:]*$", F);
    /** A date on a line about an exam, a degree, a job or a course is that event's date, even in a CV's first lines. */
    private static final Pattern EVENT = Pattern.compile("(?<![\\p{L}])(?:\\p{L}*eksamen|uddannelse|student|bachelor|kandidat"
        + "|cand\\.|master|ph\\.?d|ansat|ansættelse|employed|graduat\\p{L}*|certifi\\p{L}*|kursus|course|diplom\\p{L}*|svendebrev"
        + "|afsluttet|completed|tiltrådt|fratrådt|joined|appointed|udnævnt|award\\p{L}*)(?![\\p{L}])", F);
    /** After a date, a dash and another date or "now" make it a period. */
    private static final Pattern NOT_BIRTH_AFTER = Pattern.compile("^[ \\t]*(?:[-–—]|til|to|until)[ \\t]*(?:\\d|nu|now|present"
        + "|d\\.d\\.|dd|i dag|today|current|igangværende|ongoing|[\\p{L}]+\\.?[ \\t]*\\d{4})", F);

    /** A document's first lines: the CV's head, where name, contact data and birth date stand. */
    private static final int FIRST_LINES = 10;

    private final int year;

    DateAndAgeDetector() {
        this(Year.now().getValue());
    }

    /** {@code year}: the document's time, from which a birth year gives an age. */
    DateAndAgeDetector(int year) {
        this.year = year;
    }

    List<Span> detect(String text, List<int[]> digits) {
        return detect(text, Trigger.lower(text), digits);
    }

    /** Cue words of {@link #CUED} and {@link #AGE} (lower case): each pattern is tried only around them, near a digit. */
    private static final String[] BIRTH_WORDS = {"født", "føds", "f.", "born", "birth", "dob", "d.o.b", "född",
        "fødd", "b. 1", "b. 2", "b. 0", "b. 3"};
    private static final String[] AGE_WORDS = {"age", "alder", "år", "yrs", "y.o."};
    /**
     * What a match of {@link #AGE} starts with: "age"/"alder", a role ("mand", "kvinde", "pige", "dreng", "fyr", "dame",
     * "herre", "person", "ansøger", "kandidat", "studerende", "pensionist", "mor", "far"), a digit, or the blanks of
     * a line start (see {@link Trigger#mayStart}).
     */
    static final String AGE_FIRST = "amkpdfhs0123456789 \t";

    /** {@code lower}: the text as {@link Trigger#lower} makes it; {@code digits}: its {@link Trigger#digitClusters}. */
    List<Span> detect(String text, String lower, List<int[]> digits) {
        List<Span> out = new ArrayList<>();
        if (digits.isEmpty()) {
            return out;
        }
        for (int[] w : around(text, lower, BIRTH_WORDS, 15, 90)) {
            Trigger.findIn(text, w[0], w[1], CUED, 0, SpanType.BIRTH_DATE, 0.9, "context: birth date", out);
        }
        Matcher m = AGE.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        java.util.function.IntPredicate mayStart = at -> Trigger.mayStart(text.charAt(at), AGE_FIRST);
        for (int[] w : around(text, lower, AGE_WORDS, 30, 30)) {
            // Every alternative of AGE starts after no letter (a look-behind, or ^ of a line) with one of AGE_FIRST: tried
            // there only with lookingAt, the leftmost match first, as find() over the window would find them.
            int pos = w[0];
            while (Trigger.nextAfterNonLetter(m, text, pos, w[1], w[1], mayStart)) {
                pos = m.end() > m.start() ? m.end() : m.start() + 1;
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (g == 3 && m.start(g) >= 0 && durationAbove(text, m.start(g))) {
                        continue; // "Erfaring" above "10 år" in a table: a duration, not an age
                    }
                    if (m.start(g) >= 0) {
                        out.add(new Span(m.start(g), m.end(g), SpanType.AGE, m.group(g), 0.8, "context: age"));
                    }
                }
            }
        }
        int firstLinesEnd = firstLinesEnd(text);
        List<int[]> dateWindows = new ArrayList<>();
        for (int[] c : digits) {
            // A date with no cue ends in (or, ISO, starts with) a four-digit year that gives a working age.
            if (hasWorkingAgeYear(text, c) && (c[0] < firstLinesEnd || nearContactData(text, c[0]))) {
                dateWindows.add(new int[] {Math.max(0, c[0] - 25), Math.min(text.length(), c[1] + 6)});
            }
        }
        for (int[] w : Trigger.merge(dateWindows)) {
            bareDates(text, w, out);
        }
        return out;
    }

    private static final Pattern DURATION_LABEL = Pattern.compile("(?<![\\p{L}])\\p{L}*(?:erfaring|experience|anciennitet"
        + "|varighed|periode|duration|ansættelse|employment|tenure|sprog|language)\\p{L}*[ \\t:]*$", F);

    /** Whether the last line with text above {@code at} is a label of a duration (a table's cell). */
    private static boolean durationAbove(String text, int at) {
        int end = text.lastIndexOf('\n', at - 1);
        while (end > 0 && text.substring(text.lastIndexOf('\n', end - 1) + 1, end).isBlank()) {
            end = text.lastIndexOf('\n', end - 1);
        }
        if (end <= 0) {
            return false;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return DURATION_LABEL.matcher(text.substring(start, end)).find();
    }

    /** Windows around each keyword that have a digit in them, merged. */
    private static List<int[]> around(String text, String lower, String[] words, int before, int after) {
        List<int[]> hits = new ArrayList<>();
        for (String word : words) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                int from = Math.max(0, i - before);
                int to = Math.min(text.length(), i + after);
                if (hasDigit(text, from, to)) {
                    hits.add(new int[] {from, to});
                }
            }
        }
        return Trigger.merge(hits);
    }

    /** Whether {@code text[from, to)} holds an ASCII digit (also used by {@link ZoneAddressLines}). */
    static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether a cluster of digits holds a run of exactly four digits 19xx/20xx that gives an age of 15 to 80. */
    private boolean hasWorkingAgeYear(String text, int[] c) {
        int i = c[0];
        while (i < c[1]) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < c[1] && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j - i == 4) {
                int y = Integer.parseInt(text, i, j, 10);
                if (year - y >= 15 && year - y <= 80) {
                    return true;
                }
            }
            i = j;
        }
        return false;
    }

    /** Full dates with no cue: only where a birth date stands, with a year that gives a working age. */
    private void bareDates(String text, int[] w, List<Span> out) {
        Matcher m = BARE_DATE.matcher(text);
        m.region(w[0], w[1]);
        m.useTransparentBounds(true);
        while (m.find()) {
            int birthYear = fourDigitYear(m.group());
            if (birthYear < 0 || year - birthYear < 15 || year - birthYear > 80) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            int lineEnd = text.indexOf('\n', m.end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (NOT_BIRTH_BEFORE.matcher(text.substring(lineStart, m.start())).find()
                || NOT_BIRTH_AFTER.matcher(text.substring(m.end(), lineEnd)).find()
                || EVENT.matcher(text.substring(lineStart, lineEnd)).find()) {
                continue;
            }
            out.add(new Span(m.start(), m.end(), SpanType.BIRTH_DATE, m.group(), 0.75, "context: date of birth's place and age"));
        }
    }

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /** The last four-digit year in a date, or -1 when it has a two-digit year only. */
    static int fourDigitYear(String date) {
        Matcher y = FOUR_DIGIT_YEAR.matcher(date);
        int found = -1;
        while (y.find()) {
            found = Integer.parseInt(y.group());
        }
        return found;
    }

    /** The offset where the first {@link #FIRST_LINES} lines with text end. */
    static int firstLinesEnd(String text) {
        int lines = 0;
        int i = 0;
        while (i < text.length() && lines < FIRST_LINES) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(i, end).isBlank()) {
                lines++;
            }
            i = end + 1;
        }
        return Math.min(i, text.length());
    }

    /** Contact data on the date's line or within two lines above or below it. */
    private static boolean nearContactData(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = lineStart;
        for (int k = 0; k < 2 && from > 0; k++) {
            from = text.lastIndexOf('\n', from - 2) + 1;
        }
        int to = lineEnd;
        for (int k = 0; k < 2 && to < text.length(); k++) {
            int nl = text.indexOf('\n', to + 1);
            to = nl < 0 ? text.length() : nl;
        }
        Matcher c = CONTACT.matcher(text);
        c.region(from, to);
        c.useTransparentBounds(true);
        while (c.find()) {
            if (c.start() < lineStart || c.start() >= lineEnd || !STARTS_WITH_DIGIT.matcher(c.group()).matches()) {
                return true; // the date's own eight digits are no phone
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ numbers that are no phones

    /** {@code String.matches("\\d.*")} compiled once, not for every number near a contact cue. */
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");
    /** A phone cue ending the text before a number ("tlf.", "Mobil nr.:"); asked only where one of its words ends it (see {@link Cue}). */
    static final Cue PHONE_CUE = Cue.withTail(Pattern.compile("(?<![\\p{L}])(?:tlf|telefon|mobil|mob|phone|mobile|tel|cell|ring|call)"
        + "[ \\t.:]*(?:nr\\.?|no\\.?)?[ \\t.:]*$", F), " \t.:",
        "tlf", "telefon", "mobil", "mob", "phone", "mobile", "tel", "cell", "ring", "call", "nr", "no");
    /** A cue of a number that is no phone ("CVR-nr.", "version", "ISBN:"); asked only where one of its words ends the text before it. */
    static final Cue NUMBER_CUE = Cue.withTail(Pattern.compile("(?<![\\p{L}])(?:version|ver|v|build|release|cvr|cvr-nr|se-nr|ean"
        + "|isbn|issn|ordrenr|ordre|fakturanr|faktura|sagsnr|j\\.?nr|journalnr|kb|mb|gb)[ \\t.:#-]*(?:nr\\.?|no\\.?)?[ \\t.:#]*$", F),
        " \t.:#-", "version", "ver", "v", "build", "release", "cvr", "cvr-nr", "se-nr", "ean", "isbn", "issn", "ordrenr", "ordre",
        "fakturanr", "faktura", "sagsnr", "j.nr", "jnr", "journalnr", "kb", "mb", "gb", "nr", "no");
    private static final Pattern YEAR_PAIR = Pattern.compile("((?:19|20)\\d{2})([ \\t]*[-/.–—][ \\t]*|\\s+)((?:19|20)\\d{2})");
    private static final Pattern DATE_HEAD = Pattern.compile("(\\d{2})([./])(\\d{2})\\2\\d{2}[^./\\d].*");

    /**
     * Whether what the phone pattern matched at [start, end) is a period, a cut date or a product or company number:
     * "2018-2026" (two years joined by a dash is a year range), "2018 2019" in a row of years, "01.02.15-31" cut out
     * of "01.02.15-31.12.18", "CVR 12345678", "version 20.11.45.67". A phone cue right before ("tlf. 2018-2026") keeps
     * it a phone: a leak costs more than a lost year range.
     */
    /** A phone cue ("tlf.", "mobil", "phone") shortly before, on the same line: then a number is a phone, whatever its shape. */
    static boolean afterPhoneCue(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return PHONE_CUE.endsLine(text.substring(Math.max(lineStart, start - 30), start));
    }

    static boolean notAPhone(String text, int start, int end) {
        String found = text.substring(start, end).strip();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(Math.max(lineStart, start - 30), start);
        if (PHONE_CUE.endsLine(before)) {
            return false;
        }
        if (NUMBER_CUE.endsLine(before)) {
            return true;
        }
        if (start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '/') && Character.isDigit(text.charAt(start - 2))) {
            return true; // starts inside a dotted date or number ("01.02.10-31.07.12")
        }
        int nl = text.indexOf('\n', start);
        if (nl >= 0 && nl < end && acrossALineBreak(text, start, nl)) {
            return true;
        }
        boolean international = text.charAt(start) == '+' || text.startsWith("00", start);
        if (!international && underARowOfYears(text, lineStart) || inARowOfNumbers(text, lineStart, start, end)) {
            return true;
        }
        Matcher y = YEAR_PAIR.matcher(found);
        if (y.matches() && plausibleYear(y.group(1)) && plausibleYear(y.group(3))
            && Integer.parseInt(y.group(1)) <= Integer.parseInt(y.group(3))) {
            // With a dash or slash it is a period; with a space only in a row of years ("2018 2019 2020").
            return !y.group(2).isBlank() || y.group(2).indexOf('\n') >= 0 || yearNextTo(text, start, end);
        }
        if (y.matches() && plausibleYear(y.group(1)) && plausibleYear(y.group(3)) && y.group(2).indexOf('\n') >= 0) {
            return true; // a year at the end of one line and another at the start of the next: two periods, no phone
        }
        Matcher d = DATE_HEAD.matcher(text.substring(start, Math.min(text.length(), end + 3)));
        if (d.matches() && end < text.length() - 1 && (text.charAt(end) == '.' || text.charAt(end) == '/')
            && Character.isDigit(text.charAt(end + 1))) {
            int day = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(3));
            return day >= 1 && day <= 31 && month >= 1 && month <= 12;
        }
        return false;
    }

    /**
     * A match across a line break is two things, not one number, when the first line ends in a year ("Født 1990" above
     * "50 11 62 93") or the next line holds a whole phone by itself: the phone is then searched again from there.
     */
    private static boolean acrossALineBreak(String text, int start, int nl) {
        String head = Propagation.asciiDigits(text.substring(start, nl));
        int lineEnd = text.indexOf('\n', nl + 1);
        String next = Propagation.asciiDigits(text.substring(nl + 1, lineEnd < 0 ? text.length() : lineEnd));
        return head.length() == 4 && plausibleYear(head) || next.length() >= 8;
    }

    private static final Pattern YEAR_TOKEN = Pattern.compile("(?<![\\d\\p{L}.,/-])(?:19|20)\\d{2}(?![\\d\\p{L}.,/-])");

    /** The values of a table whose head is a row of three or more years ("År 2021 2022 2023 2024" above "14 17 21 26"). */
    private static boolean underARowOfYears(String text, int lineStart) {
        if (lineStart == 0) {
            return false;
        }
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        Matcher y = YEAR_TOKEN.matcher(text.substring(prevStart, lineStart - 1));
        int years = 0;
        while (y.find()) {
            years++;
        }
        return years >= 3;
    }

    private static final String ROW_CHARS = " \t0123456789%";
    private static final Pattern NUMBER_GROUP = Pattern.compile("(?<![\\d\\p{L}+])\\d{1,4}(?:[.,]\\d+)?%?(?![\\d\\p{L}])");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[ \\t]+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[ \\t]+$");

    /**
     * A phone-like run in a row of six or more numbers on its line: a table row ("Salg 12 14 15 19 22 30"). Five groups
     * can be a phone with its country code and no "+" ("45 12 34 56 78"), so they stay a phone.
     */
    private static boolean inARowOfNumbers(String text, int lineStart, int start, int end) {
        if (text.charAt(start) == '+' || text.startsWith("00", start)) {
            return false; // an international number is no table value
        }
        // The run of numbers and blanks around the match, within its line: "14 17 21 26 30 41", not the line's other phones.
        int from = start;
        while (from > lineStart && ROW_CHARS.indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ROW_CHARS.indexOf(text.charAt(to)) >= 0) {
            to++;
        }
        Matcher g = NUMBER_GROUP.matcher(text.substring(from, to));
        int groups = 0;
        while (g.find()) {
            groups++;
        }
        return groups >= 6;
    }

    private static boolean plausibleYear(String y) {
        int v = Integer.parseInt(y);
        return v >= 1940 && v <= 2059;
    }

    /** Another year right before or after, separated by blanks: a row of a table of years. */
    private static boolean yearNextTo(String text, int start, int end) {
        Matcher after = YEAR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10)));
        Matcher before = YEAR_BEFORE.matcher(text.substring(Math.max(0, start - 10), start));
        return after.find() && plausibleYear(after.group(1)) || before.find() && plausibleYear(before.group(1));
    }
}
