package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Candidates}, made in one pass, holds what each detector's own scan of the whole text found, on random strings
 * of the awkward characters: capitals and digits beyond ASCII, surrogate pairs and lone surrogates, 'İ', 'ſ', '@'.
 */
class CandidatesTest {

    private static final String ALPHABET = "AaZz09@.- \n'’ÉéǅßİſØø٣１\ud835\udc00\ud835\udc1a\ud801\udc00\ud835\udfce\ud835\ude00";

    @Test
    void holdsWhatEachScanFound() {
        Random r = new Random(17);
        for (int t = 0; t < 100_000; t++) {
            String text = random(r, r.nextInt(24));
            Candidates c = Candidates.of(text);
            assertThat(c.lower).as("[%s]", text).isEqualTo(Trigger.lower(text));
            assertThat(c.clusters).as("[%s]", text).containsExactlyElementsOf(Trigger.digitClusters(text));
            assertThat(c.wordStarts).as("[%s]", text).isEqualTo(NumberDetector.wordStarts(text));
            assertThat(c.ats).as("[%s]", text).isEqualTo(ats(text));
            assertThat(c.capitals).as("[%s]", text).isEqualTo(capitals(text));
            assertThat(ForeignAddressDetector.digitRuns(text, c.clusters)).as("[%s]", text).containsExactlyElementsOf(digitRuns(text));
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            long digits = text.substring(from, to).chars().filter(ch -> ch >= '0' && ch <= '9').count();
            assertThat(Zones.asciiDigits(text, c.clusters, 0, from, to)).as("[%s] %d-%d", text, from, to).isEqualTo(digits);
        }
    }

    /** Each list of cue words gets the word starts the walk of its own detector accepted, on words near the cue words. */
    @Test
    void findsTheCueWordsEachWalkFound() {
        Random r = new Random(18);
        String[] pieces = {"reg", "Konto", "KØREKORT", "ni ", "Ni", "cpr", "Personal", "gitHub", "x", "İd", "\u212aonto", "ſsn", "øre",
            "æ", "sort", "social", "nick", " ", "-", "1", "é", "a", "\n", "\ud835\udc00"};
        int found = 0;
        for (int t = 0; t < 50_000; t++) {
            var sb = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Candidates c = Candidates.of(text);
            for (int l = 0; l < 4; l++) {
                String[] words = CueWords.list(l);
                int[] want = java.util.Arrays.stream(NumberDetector.wordStarts(text)).filter(i -> wordStart(text, i, words)).toArray();
                assertThat(c.cues[l]).as("[%s] list %d", text, l).isEqualTo(want);
                found += want.length;
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }

    /** NumberDetector.wordStart as it was, asked at every word start by each detector with its own list. */
    private static boolean wordStart(String text, int i, String[] keywords) {
        char ch = text.charAt(i);
        char c = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
        if (c >= 128 && c != 'ø' && c != 'æ' && c != 'å' || i > 0 && Trigger.isLetter(text.charAt(i - 1))) {
            return false;
        }
        for (String k : keywords) {
            if (k.charAt(0) == c && text.regionMatches(true, i, k, 0, k.length())) {
                return true;
            }
        }
        return false;
    }

    private static String random(Random r, int n) {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(ALPHABET.length());
            sb.append(ALPHABET.charAt(k));
            // mostly whole pairs, sometimes a lone surrogate
            if (Character.isHighSurrogate(ALPHABET.charAt(k)) && r.nextInt(8) > 0) {
                sb.append(ALPHABET.charAt(k + 1));
            }
        }
        return sb.toString();
    }

    private static int[] ats(String text) {
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            out.add(at);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where the scan of NameDetector.tokens before Candidates took a position for a word start (the rest of the scan
     * is unchanged; LiteralTest compares the tokens with the pattern they stand for).
     */
    private static int[] capitals(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= 128 || ch >= 'A' && ch <= 'Z') && Character.getType(Character.codePointAt(text, i)) == Character.UPPERCASE_LETTER) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** ForeignAddressDetector's runs of ASCII digits as they were found: a walk over every character. */
    private static List<int[]> digitRuns(String text) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                int j = i;
                while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
        }
        return out;
    }
}
