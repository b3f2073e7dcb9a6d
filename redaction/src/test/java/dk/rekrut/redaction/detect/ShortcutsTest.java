package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written shortcuts that spare the detectors a call or a matcher give the answers of what they replace, on
 * random strings of the awkward characters (line terminators, surrogates, letters with marks, capitals beyond ASCII).
 */
class ShortcutsTest {

    @Test
    void isLetterAnswersAsCharacterDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Trigger.isLetter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter((char) c));
        }
    }

    @Test
    void withoutFinalDotCutsLikeItsRegex() {
        Random r = new Random(11);
        Pattern finalDot = Pattern.compile("[.]$");
        for (int t = 0; t < 100_000; t++) {
            String s = random(r, "a. \n\r\u0085\u2028\u2029", r.nextInt(6));
            assertThat(Propagation.withoutFinalDot(s)).as("[%s]", s).isEqualTo(finalDot.matcher(s).replaceAll(""));
        }
    }

    @Test
    void foldedFirstIsTheFirstCharOfTheFoldedHead() {
        Random r = new Random(12);
        int answered = 0;
        for (int t = 0; t < 100_000; t++) {
            String token = random(r, "pPhHoOeEuUcCkKqQwWyYjJzZaAsS-._1ĥøéß", 1 + r.nextInt(5));
            int first = IdentifierDetector.foldedFirst(token);
            if (first >= 0) {
                answered++;
                String head = IdentifierDetector.fold(token.substring(0, Math.min(3, token.length())));
                assertThat((char) first).as("[%s]", token).isEqualTo(head.charAt(0));
            }
        }
        assertThat(answered).isGreaterThan(10_000);
    }

    @Test
    void aPieceRunCanMatchPassesTheFilter() {
        Random r = new Random(13);
        int matched = 0;
        for (int t = 0; t < 200_000; t++) {
            String s = random(r, "AaBbvn .-'’\t1@:\ud835\udc00É", r.nextInt(9));
            if (PositionalNameDetector.RUN.matcher(s).matches()) {
                matched++;
                assertThat(PositionalNameDetector.mayBeRun(s)).as("[%s]", s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void agesTriedWhereTheyCanStartAreThoseFindFinds() {
        Random r = new Random(14);
        String[] pieces = {"age of 12 years", "Alder af 7", "pige på 19 år", "MAND PÅ 40 ÅR", "\n 45 år,", "31 år gl.", "22 yrs",
            "33 y.o.", "age", "of", "på", " ", "\t", "\n", "12", "7", "år", "x", "ſ", ",", ".", "9", "å", "\u212a", "\ud835"};
        Matcher m = DateAndAgeDetector.AGE.matcher("");
        int found = 0;
        for (int t = 0; t < 20_000; t++) {
            var sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            List<String> byFind = new ArrayList<>();
            m.reset(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(from, to);
            while (m.find()) {
                byFind.add(m.start() + "-" + m.end());
            }
            List<String> byStart = new ArrayList<>();
            m.reset(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int pos = from;
            while (Trigger.nextAfterNonLetter(m, text, pos, to, to, at -> Trigger.mayStart(text.charAt(at), DateAndAgeDetector.AGE_FIRST))) {
                byStart.add(m.start() + "-" + m.end());
                pos = m.end() > m.start() ? m.end() : m.start() + 1;
            }
            assertThat(byStart).as("[%s] from %d to %d", text, from, to).isEqualTo(byFind);
            found += byFind.size();
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void capitalWordsFromTheCapitalsAreThoseTheScanOfEveryCharFound() {
        Random r = new Random(14);
        int words = 0;
        for (int t = 0; t < 100_000; t++) {
            String text = random(r, "AaBbÉéß İ1.-\ud835\udc00\ud835\udc1a\u01c5\u2160", r.nextInt(14));
            List<int[]> expected = capitalWordsByScan(text);
            List<int[]> actual = new ArrayList<>();
            KnownValueDetector.capitalWords(text, Candidates.of(text).capitals, (start, end) -> actual.add(new int[] {start, end}));
            assertThat(actual).as("[%s]", text).usingElementComparator(java.util.Arrays::compare).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).isGreaterThan(5_000);
    }

    /** The scan {@code KnownValueDetector.misspelt} made before it read the capitals: every char asked whether a capital starts there. */
    private static List<int[]> capitalWordsByScan(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            if (ch < 128 ? ch < 'A' || ch > 'Z' : Character.getType(Character.codePointAt(text, i)) != Character.UPPERCASE_LETTER) {
                i++;
                continue;
            }
            int end = i + Character.charCount(Character.codePointAt(text, i));
            int letters = 0;
            while (end < n && Character.isLetter(Character.codePointAt(text, end))) {
                end += Character.charCount(Character.codePointAt(text, end));
                letters++;
            }
            if (letters < 3) {
                i++;
                continue;
            }
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }

    private static String random(Random r, String alphabet, int n) {
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
