package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand matchers that replaced per-applicant regular expressions must agree with those expressions everywhere:
 * random values and texts over an alphabet of the awkward characters (case pairs that fold oddly, apostrophes,
 * whitespace of every kind, separators), compared position by position and region by region.
 */
class LiteralTest {

    private static final String NOT_LETTER = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    @Test
    void digitsAsCharacterSaysThem() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Trigger.isDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
        }
    }

    @Test
    void lettersAndNumbersAsTheRegexSaysThem() {
        Pattern p = Pattern.compile("[\\p{L}\\p{N}]");
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Literal.isLetterOrNumber(c) != p.matcher(Character.toString(c)).matches()) {
                wrong.add(String.format("U+%04X", c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void splitsLikeTheRegex() {
        Random r = new Random(1);
        for (int t = 0; t < 100_000; t++) {
            String s = random(r, "ab \t\n\u000B\f\r\u00a0\u2028x", r.nextInt(8));
            assertThat(Literal.splitSpaces(s)).as("[%s]", s).isEqualTo(s.split("\\s+"));
        }
    }

    @Test
    void positionalNameHelpersCutLikeTheirRegexes() {
        Random r = new Random(7);
        Pattern genitive = Pattern.compile("['’]s$");
        Pattern finalDots = Pattern.compile("[.'’]+$");
        for (int t = 0; t < 100_000; t++) {
            String s = random(r, "aS s\t'’.\n\r\u0085\u2028\u2029\u00a0", r.nextInt(7));
            assertThat(PositionalNameDetector.blanks(s)).as("[%s]", s).isEqualTo(s.split("[ \t]+"));
            assertThat(PositionalNameDetector.withoutGenitive(s)).as("[%s]", s).isEqualTo(genitive.matcher(s).replaceAll(""));
            assertThat(PositionalNameDetector.withoutFinalDots(s)).as("[%s]", s).isEqualTo(finalDots.matcher(s).replaceAll(""));
        }
    }

    @Test
    void matchesLikeTheRegex() {
        Random r = new Random(42);
        String alphabet = "aAsS'’ \t\n.ßẞİıiIſKkøØ1-";
        for (int t = 0; t < 10_000; t++) {
            String v = random(r, alphabet, 1 + r.nextInt(5)).strip();
            if (v.isEmpty()) {
                continue;
            }
            String upper = v.toUpperCase(Locale.ROOT);
            String text = insert(r, random(r, alphabet, r.nextInt(12)), r.nextBoolean() ? upper : v);
            int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            var cases = List.of(
                new Object[] {Pattern.compile(NOT_LETTER + KnownValueDetector.flexibleSpaces(v) + "(?:s|'s|’s)?" + END, ci),
                    new Literal(List.of(Literal.flexible(v)), true, Literal.Behind.LETTER_OR_NUMBER, true, true)},
                new Object[] {Pattern.compile(NOT_LETTER + "(?:" + Pattern.quote(v) + "|" + Pattern.quote(upper) + ")(?:s|'s|’s)?" + END),
                    new Literal(List.of(Literal.exact(v), Literal.exact(upper)), false, Literal.Behind.LETTER_OR_NUMBER, true, true)},
                new Object[] {Pattern.compile(NOT_LETTER + Pattern.quote(v) + END, ci),
                    new Literal(List.of(Literal.exact(v)), true, Literal.Behind.LETTER_OR_NUMBER, false, true)},
                new Object[] {Propagation.matcher(SpanType.NAME, v),
                    new Literal(List.of(Literal.flexible(v), Literal.flexible(upper)), false, Literal.Behind.LETTER_OR_NUMBER, true, true)});
            for (Object[] c : cases) {
                Pattern p = (Pattern) c[0];
                Literal l = (Literal) c[1];
                for (int at = 0; at <= text.length(); at++) {
                    int limit = r.nextBoolean() ? text.length() : at + r.nextInt(text.length() - at + 1);
                    Matcher m = p.matcher(text);
                    m.region(at, limit);
                    m.useTransparentBounds(true);
                    assertThat(l.match(text, at, limit)).as("%s in [%s] at %d", p, text, at).isEqualTo(m.lookingAt() ? m.end() : -1);
                }
            }
        }
    }

    @Test
    void findsPhonesAndCprLikeTheRegex() {
        Random r = new Random(7);
        for (int t = 0; t < 10_000; t++) {
            String digits = random(r, "0123456789", 6 + r.nextInt(5));
            String written = digits.startsWith("45") && r.nextBoolean() ? digits : (r.nextBoolean() ? "+45 " : r.nextBoolean() ? "(45) " : "")
                + spaced(r, digits);
            String text = insert(r, random(r, "0123456789+()45 .-\ta", r.nextInt(14)), written);
            var sb = new StringBuilder("(?<!\\d)(?:(?:\\+|00)\\s?45[\\s.-]*)?(?:\\(?\\+?45\\)?[\\s.-]*)?");
            for (int i = 0; i < digits.length(); i++) {
                sb.append(digits.charAt(i)).append(i < digits.length() - 1 ? "[\\s.-]?" : "");
            }
            sb.append("(?!\\d)");
            assertSameFinds(Pattern.compile(sb.toString()), KnownValueDetector.phone(digits), text, r);
            assertSameFinds(Propagation.matcher(SpanType.PHONE, digits), (x, from, to, found) ->
                new Literal(List.of(Literal.digits(digits)), false, Literal.Behind.DIGIT, false, false, true).find(x, from, to, found), text, r);
        }
    }

    @Test
    void findsBirthDatesLikeTheRegex() {
        Random r = new Random(3);
        for (int t = 0; t < 300; t++) {
            LocalDate d = LocalDate.of(1940 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
            var alternatives = new StringBuilder();
            var variants = new ArrayList<>(KnownValueDetector.dates(d));
            variants.sort((x, y) -> y.length() - x.length());
            for (String v : variants) {
                alternatives.append(alternatives.isEmpty() ? "" : "|").append(KnownValueDetector.flexibleSpaces(v));
            }
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int k = 0; k < 20; k++) {
                String v = variants.get(r.nextInt(variants.size()));
                v = r.nextBoolean() ? v.toUpperCase(Locale.ROOT) : v.replace(" ", r.nextBoolean() ? "  " : "\n");
                String text = insert(r, random(r, "0123456789 .-/a¹", r.nextInt(10)), v);
                assertSameFinds(p, KnownValueDetector.birthDate(d), text, r);
            }
        }
    }

    @Test
    void findsCapitalisedWordsLikeTheRegex() {
        Random r = new Random(11);
        for (int t = 0; t < 20_000; t++) {
            String text = random(r, "AaÉéǅß'’-. 1\nXx", r.nextInt(16));
            List<List<Integer>> want = new ArrayList<>();
            Matcher m = NameDetector.TOKEN.matcher(text);
            while (m.find()) {
                if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                    want.add(List.of(m.start(), m.end()));
                }
            }
            assertThat(NameDetector.tokens(text).stream().map(a -> List.of(a[0], a[1])).toList()).as("[%s]", text).isEqualTo(want);
        }
    }

    @Test
    void patternsAfterNonLettersFindWhatFindDoes() {
        Random r = new Random(5);
        String[] words = {"gift", "ugift", "mor", "far", "til", "to", "2", "børn", "barn", "children", "two", "er", "32", "år", "gammel",
            "jeg", "alder", "age", "years", "old", "dansk", "statsborger", "somalisk", "baggrund", "x", "ÆØ", "-", "\n", ":", "."};
        for (int t = 0; t < 5_000; t++) {
            String plain = randomText(r, words, 12, " ", "\t");
            String text = r.nextBoolean() ? plain : plain.toUpperCase(Locale.ROOT);
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            for (Pattern p : List.of(PatternDetector.AGE, PatternDetector.FAMILY, PatternDetector.DEMONYM_CITIZEN)) {
                List<Span> want = new ArrayList<>();
                List<Span> got = new ArrayList<>();
                Trigger.findIn(text, from, to, p, 0, SpanType.AGE, 1, "", want);
                Trigger.findAfterNonLetters(text, from, to, p, 0, SpanType.AGE, 1, "", got);
                assertThat(got).as("[%s] %d-%d", text, from, to).isEqualTo(want);
            }
        }
    }

    @Test
    void triggersThatHoldAKeywordInEveryMatchFindWhatTheWholeWindowsGive() {
        Random r = new Random(7);
        String[] words = {"gift", "ugift", "fraskilt", "enkemand", "samlevende", "kæreste", "single", "married", "divorced", "widower",
            "mor", "far", "til", "of", "to", "2", "12", "børn", "barn", "children", "child", "kids", "two", "aged", "på", "mother",
            "father", "dansk", "somalisk", "statsborger", "borger", "oprindelse", "baggrund", "linkedin", "github", "x", "www",
            ".com/", "in/ole", "@", "@ole_h", "ole", "ſingle", "gıft", "\u212Aids", "KÆRESTE", "ÆØ", "İ", "-", "\n", ":", ".", "/", "é"};
        List<Trigger> triggers = List.of(PatternDetector.FAMILY_AT, PatternDetector.DEMONYM_AT, PatternDetector.SOCIAL_AT,
            PatternDetector.HANDLE_AT);
        List<Pattern> patterns = List.of(PatternDetector.FAMILY, PatternDetector.DEMONYM_CITIZEN, PatternDetector.URL_SOCIAL,
            PatternDetector.HANDLE);
        var keywords = new Trigger.Keywords(triggers.toArray(new Trigger[0]));
        for (int t = 0; t < 5_000; t++) {
            String plain = randomText(r, words, 40, " ", "  ");
            String text = r.nextBoolean() ? plain : plain.toUpperCase(Locale.ROOT);
            var found = keywords.find(Trigger.lower(text));
            for (int k = 0; k < triggers.size(); k++) {
                List<Span> want = new ArrayList<>();
                for (int[] w : found.of(triggers.get(k))) {
                    Trigger.findIn(text, w[0], w[1], patterns.get(k), 0, SpanType.FAMILY, 1, "", want);
                }
                List<Span> got = new ArrayList<>();
                triggers.get(k).findAfterNonLetters(text, found, patterns.get(k), 0, SpanType.FAMILY, 1, "", got);
                assertThat(got).as("[%s] %s", text, patterns.get(k)).isEqualTo(want);
            }
        }
    }

    @Test
    void streetsStartOnlyWhereTheirShapeSaysTheyMay() {
        Random r = new Random(9);
        String[] words = {"Nørrebrogade", "Gammel", "Kongevej", "H.C.", "Andersens", "Boulevard", "vej", "Vej", "bor", "på", "i",
            "Jeg", "O'Brien", "Sankt-", "12", "3", "4B", "A", "st.", "th.", "2.", ",", "\n", "\t", "(", ":", "ALLÉ", "\u212Aaj",
            "ſti", "\uD801\uDC00vej", "\uD801\uDC28", "Ærø", "x1"};
        int matches = matchesAdmitted(AddressDetector.STREET_NUMBER, AddressDetector::mayStartStreet, () -> {
            var sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : r.nextInt(4) == 0 ? "\t " : " ");
            }
            return sb.toString();
        });
        assertThat(matches).isGreaterThan(500);
    }

    @Test
    void patternsTriedAtTheirFirstLettersFindWhatFindDoes() {
        Random r = new Random(8);
        String[] words = {"født", "f.", "fødselsdato", "fødselsdag", "born", "date", "of", "birth", "d.o.b.", "dob", "birthdate", "den",
            "on", ":", "12.", "3.", "maj", "may", "1990", "12/03/1990", "i", "in", "og", "opvokset", "oprindelig", "oprindeligt", "fra",
            "kommer", "statsborger", "statsborgerskab", "nationalitet", "grew", "up", "originally", "from", "citizen", "citizenship",
            "nationality", "Somalia", "Sri", "Lanka", "ſtatsborger", "\u212Aommer", "http://x.dk", "https://a.b/c", "www.x.dk", "\n", "-",
            // each alternative whole, so that each is met often
            "født i Irak", "født og opvokset i Iran", "opvokset i Chile", "oprindelig fra Peru", "kommer fra Mali", "statsborger i Togo",
            "statsborgerskab fra Laos", "nationalitet: Tysk", "born in Oman", "grew up in Cuba", "originally from Fiji",
            "citizen of Niger", "nationality: Greek", "citizenship: Nepal", "date of birth: 1.2.1990", "birth date 3/4/1980",
            "birthdate: 5-6-1970", "d.o.b 1. maj 1990", "dob: 1990-01-02", "f. 12.3.1990", "født den 1. maj 1990", "born in 1990"};
        List<Trigger> triggers = List.of(PatternDetector.WEB_AT, PatternDetector.BIRTH_AT, PatternDetector.ORIGIN_AT);
        List<Pattern> patterns = List.of(PatternDetector.URL_WEB, PatternDetector.BIRTH_DATE, PatternDetector.ORIGIN_CONTEXT);
        List<String> firsts = List.of(PatternDetector.WEB_FIRST, PatternDetector.BIRTH_FIRST, PatternDetector.ORIGIN_FIRST);
        var keywords = new Trigger.Keywords(triggers.toArray(new Trigger[0]));
        int found = 0;
        for (int t = 0; t < 5_000; t++) {
            String plain = randomText(r, words, 30, " ", "\n ");
            String text = r.nextBoolean() ? plain : plain.toUpperCase(Locale.ROOT);
            var windows = keywords.find(Trigger.lower(text));
            for (int k = 0; k < triggers.size(); k++) {
                List<Span> want = new ArrayList<>();
                triggers.get(k).find(text, windows, patterns.get(k), 0, SpanType.ORIGIN, 1, "", want);
                List<Span> got = new ArrayList<>();
                triggers.get(k).find(text, windows, patterns.get(k), firsts.get(k), 0, SpanType.ORIGIN, 1, "", got);
                assertThat(got).as("[%s] %s", text, patterns.get(k)).isEqualTo(want);
                found += want.size();
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void ageAndFamilyTriedAtTheirFirstCharactersFindWhatFindDoes() {
        Random r = new Random(6);
        String[] words = {"jeg er 32", "alder: 41", "age 30", "aged 25", "i am 41", "i'm 50", "hun er 33 år", "32 år gammel", "40-årig",
            "55 årig", "60 years old", "33-year-old", "21 year-old", "Jeg er\n 29", "gift", "ugift", "fraskilt", "skilt", "enke", "enkemand",
            "samlevende", "samlever", "kæreste", "single", "married", "divorced", "widow", "widower", "2 børn", "et barn", "to børn",
            "tre børn", "fire børn", "fem børn", "3 children", "one child", "two kids", "three children", "four kids", "five children",
            "børn på 3", "children aged 4", "mor til 2", "far til to børn", "mother of three", "father of 2 sons", "ſingle", "gıft",
            "\u212Aids", "İ am 40", "x", "-", "\n", ":", "12", "ÆØ"};
        List<Pattern> patterns = List.of(PatternDetector.AGE, PatternDetector.FAMILY);
        List<String> firsts = List.of(PatternDetector.AGE_FIRST, PatternDetector.FAMILY_FIRST);
        int found = 0;
        for (int t = 0; t < 5_000; t++) {
            String plain = randomText(r, words, 12, " ", "\t");
            String text = r.nextBoolean() ? plain : plain.toUpperCase(Locale.ROOT);
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            for (int k = 0; k < patterns.size(); k++) {
                List<Span> want = new ArrayList<>();
                List<Span> got = new ArrayList<>();
                Trigger.findIn(text, from, to, patterns.get(k), 0, SpanType.AGE, 1, "", want);
                Trigger.findAfterNonLetters(text, from, to, patterns.get(k), firsts.get(k), 0, SpanType.AGE, 1, "", got);
                assertThat(got).as("[%s] %d-%d %s", text, from, to, patterns.get(k)).isEqualTo(want);
                found += want.size();
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void postalCodesStartOnlyWhereTheirShapeSaysTheyMay() {
        Random r = new Random(10);
        String[] words = {"2200", "København", "N", "DK-2200", "DK 8000", "DK8000", "Aarhus", "C", "12345", "-", "1", "tlf.", "\n", "\t",
            "\u00A0", "Ø", "a", "22", "00"};
        int matches = matchesAdmitted(AddressDetector.POSTAL, AddressDetector::mayStartPostal, () -> {
            return randomText(r, words, 10, " ", "\n");
        });
        assertThat(matches).isGreaterThan(500);
    }

    /**
     * Up to {@code maxWords - 1} random words, each followed by nothing (one time in four) or by one of the two
     * separators.
     */
    private static String randomText(Random r, String[] words, int maxWords, String separator, String otherSeparator) {
        var sb = new StringBuilder();
        for (int i = r.nextInt(maxWords); i > 0; i--) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : r.nextBoolean() ? separator : otherSeparator);
        }
        return sb.toString();
    }

    /**
     * Over 5,000 texts: wherever the pattern matches, the cheap test for a possible start must say yes (it may say
     * yes elsewhere too). Returns how many matches there were, so a test can show it met enough of them.
     */
    private static int matchesAdmitted(Pattern pattern, java.util.function.BiPredicate<String, Integer> mayStart,
                                       java.util.function.Supplier<String> texts) {
        int matches = 0;
        for (int t = 0; t < 5_000; t++) {
            String text = texts.get();
            Matcher m = pattern.matcher(text);
            m.useTransparentBounds(true);
            for (int p = 0; p < text.length(); p++) {
                m.region(p, text.length());
                if (m.lookingAt()) {
                    matches++;
                    assertThat(mayStart.test(text, p)).as("[%s] at %d", text, p).isTrue();
                }
            }
        }
        return matches;
    }

    @Test
    void firstWordsOfNamesLikeTheRegex() {
        Random r = new Random(12);
        String alphabet = "aZæ Ø-'’.,1٣\u0301\uD801\uDC00\uD801\t\n_";
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        for (int t = 0; t < 20_000; t++) {
            String v = random(r, alphabet, r.nextInt(10));
            Matcher m = word.matcher(v);
            assertThat(Propagation.firstWord(v)).as("[%s]", v).isEqualTo(m.find() ? m.group() : null);
        }
    }

    @Test
    void datesSpelledAsTheFormattersDo() {
        for (LocalDate d = LocalDate.of(1890, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            assertThat(KnownValueDetector.dates(d)).as("%s", d).isEqualTo(KnownValueDetector.datesByFormatter(d));
        }
        for (int year : new int[] {1, 9, 10, 99, 100, 999, 1000, 2000, 9999, 10_000, 0, -5}) {
            LocalDate d = LocalDate.of(year, 2, 28);
            assertThat(KnownValueDetector.dates(d)).as("%s", d).isEqualTo(KnownValueDetector.datesByFormatter(d));
        }
    }

    @Test
    void oneSpaceLikeTheRegex() {
        Random r = new Random(13);
        for (int t = 0; t < 20_000; t++) {
            String v = random(r, "ab \t\n\r\f\u000B\u00A0\u2028,", r.nextInt(10));
            assertThat(Propagation.oneSpace(v)).as("[%s]", v).isEqualTo(v.replaceAll("\\s+", " "));
        }
    }

    private static void assertSameFinds(Pattern p, KnownValueDetector.Finder finder, String text, Random r) {
        int from = r.nextInt(text.length() + 1);
        int to = from + r.nextInt(text.length() - from + 1);
        List<List<Integer>> want = new ArrayList<>();
        Matcher m = p.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            want.add(List.of(m.start(), m.end()));
        }
        List<List<Integer>> got = new ArrayList<>();
        finder.find(text, from, to, (s, e) -> got.add(List.of(s, e)));
        assertThat(got).as("%s in [%s] from %d to %d", p, text, from, to).isEqualTo(want);
    }

    private static String spaced(Random r, String digits) {
        var sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            sb.append(digits.charAt(i));
            if (i < digits.length() - 1 && r.nextInt(3) == 0) {
                sb.append(" .-".charAt(r.nextInt(3)));
            }
        }
        return sb.toString();
    }

    private static String insert(Random r, String text, String value) {
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + value + text.substring(at);
    }

    private static String random(Random r, String alphabet, int n) {
        char[] c = new char[n];
        Arrays.setAll(new int[n], i -> c[i] = alphabet.charAt(r.nextInt(alphabet.length())));
        return new String(c);
    }
}
