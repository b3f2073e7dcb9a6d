package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data recognised by its form and context: e-mails, phones, CPR numbers, links and handles, birth dates
 * and ages said as such, and words that signal gender, family, origin or religion.
 */
final class PatternDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile(
        "(?<![\\d\\p{L}])(?:(?:\\+|00)\\s?\\d{2,3}[\\s.-]?)?(?:\\d{2}[\\s.-]?){3}\\d{2}(?![\\d\\p{L}])"
            + "|(?<![\\d\\p{L}])\\+\\d{1,3}[\\s.-]?(?:\\(?\\d{1,4}\\)?[\\s.-]?){2,5}\\d{2,4}(?![\\d\\p{L}])");
    private static final Pattern CPR = Pattern.compile("(?<![\\d])([0-3]\\d)([01]\\d)(\\d{2})[\\s-]?(\\d{4})(?!\\d)");
    /** Links, profiles and handles: three patterns, each tried near what it must contain. */
    static final Pattern URL_WEB = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+", F);
    static final Pattern URL_SOCIAL = Pattern.compile("(?<![\\p{L}\\p{N}@.])(?:[a-z0-9-]+\\.)?(?:linkedin|github|facebook|"
        + "instagram|twitter|x|tiktok|youtube)\\.com/[^\\s<>\"]+", F);
    static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}.@])@[A-Za-z0-9_]{3,30}(?![\\p{L}\\p{N}@.])");
    private static final String MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
        + "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|okt\\.?|oct\\.?|nov\\.?|dec\\.?"
        + "|january|february|march|may|june|july|october";
    private static final String DATE = "(?:\\d{1,2}\\.?\\s*(?:" + MONTHS + ")\\s*\\d{2,4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
        + "|(?:" + MONTHS + ")\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
    static final Pattern BIRTH_DATE = Pattern.compile(
        "(?:født|f\\.|fødselsdato|fødselsdag|born|date of birth|d\\.o\\.b\\.?|dob|birth ?date)\\s*(?:den|on|:)?\\s*(" + DATE
            + "|(?:i|in)\\s+(?:19|20)\\d{2})", F);
    /**
     * Ages said as such: "jeg er 32", "hun er 32 år", "alder: 32", "32 år gammel", "32-årig", "den 67-årige", "age 32", "I am 41 years old".
     * A bare "15 år" is a duration ("boet i Danmark i 15 år", "10 år som leder") and stays; nothing crosses a line.
     */
    static final Pattern AGE = Pattern.compile(
        "(?<![\\p{L}])(?:jeg er|alder|age|aged|i am|i'm)[ \\t]*:?[ \\t]*(?:\\r?\\n[ \\t]*){0,2}\\d{2}(?:[ \\t]*år(?:[ \\t]+gammel)?|[ \\t]*years?(?:[ \\t]+old)?)?"
            + "(?![\\d\\p{L}])"
            + "|(?<![\\p{L}])er[ \\t]+\\d{2}[ \\t]*år(?![\\p{L}])"
            + "|(?<![\\d\\p{L}])\\d{2}[ \\t]*(?:år gammel|-årige?|årige?|years old|-year-old|year-old)(?![\\p{L}])", F);
    /** Gendered words. "her" (here) and "man" (one) are ordinary Danish words, so they count only in English. */
    private static final WordList GENDER_DA = new WordList("han|hun|hans|hendes|ham|mor til|far til|hustru|kone|min mand|"
        + "ægtemand|hr.|fru|frk.|mr.?|mrs.?|ms.?|kvinde|pige|dreng|mor|far|datter|søn|enlig mor|enlig far|she|his|husband|wife");
    private static final WordList GENDER_EN = new WordList("he|she|his|hers|him|her|mother of|father of|wife|husband|mother|"
        + "father|woman|man|female|male|mr.?|mrs.?|ms.?|miss|daughter|son|girl|boy");
    static final Pattern FAMILY = Pattern.compile("(?<![\\p{L}])(?:gift|ugift|fraskilt|skilt|enke|enkemand|samlevende|"
        + "samlever|kæreste|single|married|divorced|widow(?:er)?|(?:\\d+|et|to|tre|fire|fem)\\s+(?:børn|barn)"
        // English number words only with English nouns: "to child" in "approach to child services" is no family status.
        + "|(?:\\d+|one|two|three|four|five)\\s+(?:children|child|kids)|børn på|children aged"
        + "|(?:mor|far|mother|father)\\s+(?:til|of)\\s+(?:\\d+|en|et|to|tre|fire|fem|one|two|three|four|five)"
        + "(?:\\s+(?:børn|drenge|piger|sønner|døtre|children|boys|girls|sons|daughters))?)(?![\\p{L}])", F);
    private static final WordList RELIGION = new WordList("muslim|muslimsk|kristen|kristendom|katolik|katolsk|jøde|jødisk|"
        + "hindu|buddhist|buddhistisk|ateist|christian|catholic|jewish|islam|islamisk|religion|trosretning|menighed|moské|"
        + "moske|synagoge|church|mosque");
    /** The cue's words may be split by a line break ("født\ni Somalia" in a wrapped PDF line). */
    static final Pattern ORIGIN_CONTEXT = Pattern.compile(
        ("(?:født i|født og opvokset i|opvokset i|oprindelig(?:t)? fra|kommer fra|statsborger(?:skab)? (?:i|fra)|nationalitet|"
        + "statsborgerskab|born in|grew up in|originally from|citizen of|nationality|citizenship)").replace(" ", "\\s+")
        + "\\s*:?\\s*([\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?)", F);
    static final Pattern DEMONYM_CITIZEN = Pattern.compile(
        "(?<![\\p{L}])([\\p{L}]+(?:sk|isk|ansk|ensk|esisk))\\s+(?:statsborger|borger|oprindelse|baggrund)(?![\\p{L}])", F);

    private static final TreeSet<String> COUNTRIES = countries();

    /*
     * Each pattern is tried only near what every match of it must contain: a keyword ("@", "født", "gift", ...) or a run
     * of digits. Finding those takes one pass over the lower-cased text for all keywords (Trigger.Keywords), which is
     * far cheaper than trying a pattern of many alternatives at every character; the matches are the same.
     */
    static final Trigger WEB_AT = Trigger.words(0, 400, "http", "www.");
    // Every match of the social link, handle, family and nationality patterns holds one of their keywords: these four
    // are tried only up to the last keyword of each window (Trigger.inEveryMatch).
    static final Trigger SOCIAL_AT = Trigger.words(40, 300, ".com/").inEveryMatch();
    static final Trigger HANDLE_AT = Trigger.words(1, 32, "@").inEveryMatch();
    static final Trigger BIRTH_AT = Trigger.wordStarts(0, 80, "født", "f.", "fødselsda", "born", "birth", "d.o.b", "dob");
    static final Trigger FAMILY_AT = Trigger.wordStarts(20, 60, "gift", "ugift", "skilt", "fraskilt", "enke", "samlev", "kæreste", "single",
        "married", "divorced", "widow", "børn", "barn", "child", "kids", "mor", "far", "mother", "father").inEveryMatch();
    static final Trigger ORIGIN_AT = Trigger.wordStarts(0, 120, "født", "opvokset", "oprindelig", "kommer fra", "statsborger",
        "nationalitet", "born", "grew up", "originally", "citizen", "nationality");
    static final Trigger DEMONYM_AT = Trigger.wordStarts(60, 30, "statsborger", "borger", "oprindelse", "baggrund").inEveryMatch();
    /** The letters each match of {@link #URL_WEB}, {@link #BIRTH_DATE} and {@link #ORIGIN_CONTEXT} starts with (any case). */
    static final String WEB_FIRST = "hw";
    static final String BIRTH_FIRST = "fbd";
    static final String ORIGIN_FIRST = "fokbsngc";
    /** The characters each match of {@link #AGE} and {@link #FAMILY} starts with (letters in any case). */
    static final String AGE_FIRST = "jaie0123456789";
    static final String FAMILY_FIRST = "gufsekmdwtobc0123456789";
    /** The keywords above, all found in one pass over each text. */
    private static final Trigger.Keywords KEYWORDS = new Trigger.Keywords(WEB_AT, SOCIAL_AT, HANDLE_AT, BIRTH_AT, FAMILY_AT,
        ORIGIN_AT, DEMONYM_AT);

    List<Span> detect(String text, String language) {
        return detect(text, Candidates.of(text), language);
    }

    List<Span> detect(String text, Candidates candidates, String language) {
        String lower = candidates.lower;
        List<int[]> digits = candidates.clusters;
        List<Span> out = new ArrayList<>();
        emails(text, candidates.ats, out);
        var keywords = KEYWORDS.find(lower);
        // The link, birth date and origin patterns are tried only where their first word can start (see Trigger.find).
        WEB_AT.find(text, keywords, URL_WEB, WEB_FIRST, 0, SpanType.URL, 0.95, "pattern: link or handle", out);
        SOCIAL_AT.findAfterNonLetters(text, keywords, URL_SOCIAL, 0, SpanType.URL, 0.95, "pattern: link or handle", out);
        HANDLE_AT.findAfterNonLetters(text, keywords, HANDLE, 0, SpanType.URL, 0.95, "pattern: link or handle", out);
        for (int[] w : digits) {
            if (w[1] - w[0] >= 6) {
                cpr(text, w, out);
                phones(text, w, out);
            }
        }
        // Ages are said with a two-digit number: look around each such number for "jeg er", "alder", "år gammel", ...
        // Every digit stands in a digit cluster, so only the clusters are walked, not every character of the text.
        for (int[] cluster : digits) {
            for (int i = cluster[0]; i < cluster[1] && i + 1 < text.length(); i++) {
                if (Trigger.isDigit(text.charAt(i)) && Trigger.isDigit(text.charAt(i + 1)) && (i == 0 || !Trigger.isDigit(text.charAt(i - 1)))
                    && (i + 2 >= text.length() || !Trigger.isDigit(text.charAt(i + 2)))) {
                    int from = Math.max(0, i - 40);
                    int to = Math.min(text.length(), i + 30);
                    if (anyIn(lower, from, to, AGE_WORDS)) {
                        Trigger.findAfterNonLetters(text, from, to, AGE, AGE_FIRST, 0, SpanType.AGE, 0.8, "context: age", out);
                    }
                }
            }
        }
        BIRTH_AT.find(text, keywords, BIRTH_DATE, BIRTH_FIRST, 0, SpanType.BIRTH_DATE, 0.95, "context: birth date", out);
        var words = WordList.Words.of(text, lower);
        words(text, words, "en".equals(language) ? GENDER_EN : GENDER_DA, SpanType.GENDER, 0.7, "signal: gendered word", out);
        FAMILY_AT.findAfterNonLetters(text, keywords, FAMILY, FAMILY_FIRST, 0, SpanType.FAMILY, 0.8, "signal: family status", out);
        words(text, words, RELIGION, SpanType.RELIGION, 0.8, "signal: religion", out);
        ORIGIN_AT.find(text, keywords, ORIGIN_CONTEXT, ORIGIN_FIRST, 0, SpanType.ORIGIN, 0.85, "context: origin", out);
        DEMONYM_AT.findAfterNonLetters(text, keywords, DEMONYM_CITIZEN, 0, SpanType.ORIGIN, 0.8, "context: nationality", out);
        return dedupe(out);
    }

    /** Every way of saying an age has one of these. */
    private static final String[] AGE_WORDS = {"jeg er", "alder", "age", "i am", "i'm", "år", "year"};

    private static boolean anyIn(String lower, int from, int to, String[] words) {
        for (String w : words) {
            // Bounded to [from, to): searching on to the end of the text for every two-digit number was quadratic.
            if (lower.indexOf(w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** E-mails: from each "@", back over the characters a local part may have, then the pattern once. */
    private static void emails(String text, int[] ats, List<Span> out) {
        if (ats.length == 0) {
            return;
        }
        Matcher m = EMAIL.matcher(text);
        m.useTransparentBounds(true);
        int coveredTo = 0;
        for (int at : ats) {
            int s = at;
            while (s > coveredTo && isLocalPart(text.charAt(s - 1))) {
                s--;
            }
            if (s == at) {
                continue;
            }
            m.region(s, Math.min(text.length(), at + 255));
            if (m.lookingAt()) {
                out.add(new Span(m.start(), m.end(), SpanType.EMAIL, m.group(), 0.99, "pattern: e-mail"));
                coveredTo = m.end();
            }
        }
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** Windows may overlap, so the same match can be found twice. */
    private static List<Span> dedupe(List<Span> spans) {
        var seen = new java.util.HashSet<String>();
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (seen.add(s.start() + ":" + s.end() + ":" + s.type())) {
                out.add(s);
            }
        }
        return out;
    }

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})");

    /** Phone numbers, but not dates written with dots or dashes (01.02.2015 is a work period, not a phone). */
    private static void phones(String text, int[] window, List<Span> out) {
        Matcher m = PHONE.matcher(text);
        m.useTransparentBounds(true);
        // Both alternatives start with (?<![\d\p{L}]): tried only where no letter stands before.
        int to = Math.min(text.length(), window[1] + 2);
        int pos = Math.max(0, window[0] - 8);
        // Both alternatives start with "+" or "00" or a digit, and no ASCII digit may stand before.
        while (Trigger.nextAfterNonLetter(m, text, pos, to, to, p -> mayStartPhone(text, p))) {
            pos = m.end();
            String found = m.group().strip();
            if (DATE_SHAPE.matcher(found).matches()
                || NumberDetector.rangeNotPhone(found) && !DateAndAgeDetector.afterPhoneCue(text, m.start())) {
                continue;
            }
            if (DateAndAgeDetector.notAPhone(text, m.start(), m.end())) {
                pos = m.start() + 1; // a real phone may start inside ("Født 1990\n50 11 62 93")
                continue;
            }
            out.add(new Span(m.start(), m.end(), SpanType.PHONE, m.group(), 0.9, "pattern: phone number"));
        }
    }

    private static boolean mayStartPhone(String text, int p) {
        char c = text.charAt(p);
        return (c == '+' || c >= '0' && c <= '9') && (p == 0 || text.charAt(p - 1) < '0' || text.charAt(p - 1) > '9');
    }

    /** CPR numbers: a valid day and month; no modulus-11 check, since numbers issued since 2007 need not pass it. */
    private static void cpr(String text, int[] window, List<Span> out) {
        Matcher m = CPR.matcher(text);
        m.region(Math.max(0, window[0]), Math.min(text.length(), window[1]));
        m.useTransparentBounds(true);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                out.add(new Span(m.start(), m.end(), SpanType.CPR, m.group(), 0.95, "pattern: CPR number"));
            }
        }
    }

    private static void words(String text, WordList.Words words, WordList list, SpanType type, double confidence, String reason,
                              List<Span> out) {
        for (int[] f : list.find(words)) {
            if (inProperNoun(text, f[0], f[1])) {
                continue; // "Hans Christian Andersen", "Christian Hansen": a name, not the pronoun or the faith
            }
            if (acronymBeforeAWord(text, f[0], f[1])) {
                continue; // "MS Project", "MS Office": Microsoft, not the title Ms
            }
            out.add(new Span(f[0], f[1], type, text.substring(f[0], f[1]), confidence, reason));
        }
    }

    /**
     * A title written in capitals without a dot ("MS", "MR", "MRS") before a word in mixed case is an acronym: "MS
     * Project", "MR Scanner". A title in capitals stands before a name in capitals ("MS JANE DOE") or is written "Ms".
     */
    private static boolean acronymBeforeAWord(String text, int start, int end) {
        if (end - start < 2 || end - start > 3 || text.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        int j = end;
        if (j >= text.length() || text.charAt(j) != ' ') {
            return false;
        }
        j++;
        int w = j;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return w - j >= 2 && Character.isUpperCase(text.charAt(j)) && !text.substring(j, w).equals(text.substring(j, w)
            .toUpperCase(Locale.ROOT));
    }

    /**
     * A capitalised word inside a sentence with a capitalised neighbour is part of a proper noun. Titles ("Hr.", "Mr")
     * are left to the word lists: they end in a dot or are short, and they are signals before any name.
     */
    private static boolean inProperNoun(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start)) || text.charAt(end - 1) == '.' || end - start <= 3) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean capitalisedBefore = false;
        if (i >= 0 && Trigger.isLetter(text.charAt(i))) {
            int b = i;
            while (b > 0 && Trigger.isLetter(text.charAt(b - 1))) {
                b--;
            }
            capitalisedBefore = Character.isUpperCase(text.charAt(b)) && b > 0 && text.charAt(b - 1) != '\n'
                && !(b >= 2 && text.charAt(b - 2) == '.');
        }
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        boolean capitalisedAfter = j > end && j < text.length() && Character.isUpperCase(text.charAt(j));
        return capitalisedBefore || capitalisedAfter;
    }

    private static void find(String text, Pattern p, int group, SpanType type, double confidence, String reason, List<Span> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            if (s >= 0 && e > s) {
                out.add(new Span(s, e, type, text.substring(s, e), confidence, reason));
            }
        }
    }

    boolean isCountry(String word) {
        return COUNTRIES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static TreeSet<String> countries() {
        var set = new TreeSet<String>();
        for (String code : Locale.getISOCountries()) {
            var l = Locale.of("", code);
            set.add(l.getDisplayCountry(Locale.forLanguageTag("da")).toLowerCase(Locale.ROOT));
            set.add(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
