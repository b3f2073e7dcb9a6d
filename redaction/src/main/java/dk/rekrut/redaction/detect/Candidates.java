package dk.rekrut.redaction.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the detectors' matches can start, found in one pass over a text and shared by them: the lower-cased text,
 * the clusters of digits, the word starts and the cue words at them, the capitals and the '@' signs. Each detector used to walk the whole text
 * for its own kind of start; now each walks only its starts. Every list is what the scan it replaces found (see each
 * field), so the spans are the same.
 */
final class Candidates {

    /** The text as {@link Trigger#lower} makes it: char by char, so offsets stay the text's. */
    final String lower;
    /** The text's {@link Trigger#digitClusters}. */
    final List<int[]> clusters;
    /** The text's {@link NumberDetector#wordStarts}: a letter (by char) with none before. */
    final int[] wordStarts;
    /** Where a code point of {@link Character#UPPERCASE_LETTER} starts: where {@link NameDetector#tokens} can start a word. */
    final int[] capitals;
    /** The places of '@', in order. */
    final int[] ats;
    /** For each list of {@link CueWords} (by its index there), the word starts where one of its words starts. */
    final int[][] cues;

    private Candidates(String text, String lower, List<int[]> clusters, int[] wordStarts, int[] capitals, int[] ats) {
        this.lower = lower;
        this.clusters = clusters;
        this.wordStarts = wordStarts;
        this.capitals = capitals;
        this.ats = ats;
        this.cues = CueWords.find(text, wordStarts);
    }

    static Candidates of(String text) {
        char[] c = text.toCharArray(); // lower-cased in place below
        int n = c.length;
        List<int[]> clusters = new ArrayList<>();
        int clusterStart = -1;
        int lastDigit = -10;
        int[] words = new int[64];
        int nWords = 0;
        int[] capitals = new int[32];
        int nCapitals = 0;
        int[] ats = new int[4];
        int nAts = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            boolean letter;
            if (ch < 0x80) {
                int folded = ch | 0x20;
                letter = folded >= 'a' && folded <= 'z';
                if (ch >= 'A' && ch <= 'Z') {
                    c[i] = (char) (ch + 32);
                    capitals = add(capitals, nCapitals++, i);
                } else if (ch <= '9' && ch >= '0') {
                    if (clusterStart < 0 || i - lastDigit > 4) {
                        if (clusterStart >= 0) {
                            clusters.add(new int[] {clusterStart, lastDigit + 1});
                        }
                        clusterStart = i;
                    }
                    lastDigit = i;
                } else if (ch == '@') {
                    ats = add(ats, nAts++, i);
                }
            } else {
                c[i] = Character.toLowerCase(ch);
                letter = Character.isLetter(ch);
                // A capital of the Basic Multilingual Plane is a letter; one beyond it starts with a high surrogate.
                if ((letter || Character.isHighSurrogate(ch))
                    && Character.getType(Character.codePointAt(text, i)) == Character.UPPERCASE_LETTER) {
                    capitals = add(capitals, nCapitals++, i);
                }
                if (Trigger.isDigit(ch)) {
                    if (clusterStart < 0 || i - lastDigit > 4) {
                        if (clusterStart >= 0) {
                            clusters.add(new int[] {clusterStart, lastDigit + 1});
                        }
                        clusterStart = i;
                    }
                    lastDigit = i;
                }
            }
            if (letter && !inWord) {
                words = add(words, nWords++, i);
            }
            inWord = letter;
        }
        if (clusterStart >= 0) {
            clusters.add(new int[] {clusterStart, lastDigit + 1});
        }
        return new Candidates(text, new String(c), clusters, Arrays.copyOf(words, nWords), Arrays.copyOf(capitals, nCapitals),
            Arrays.copyOf(ats, nAts));
    }

    private static int[] add(int[] a, int n, int value) {
        int[] out = n == a.length ? Arrays.copyOf(a, 2 * n) : a;
        out[n] = value;
        return out;
    }
}
