package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyScan} finds, in its one pass, what the search of the whole text per key it replaced found: the same
 * occurrences in the same order, an occurrence overlapping the one before of the same key skipped.
 */
class KeyScanTest {

    /** Keys that overlap themselves ("tat" in "tatat") and each other, share first pairs, hold blanks and letters beyond ASCII. */
    private static final String[] A = {"tat", "ta", "t", "a t", "hi ", "treatment"};
    private static final String[] B = {"tø", "tæta", "at", "tat", "tı"};
    private static final String ALPHABET = "tatø æhi\nreEmnı";

    @Test
    void findsWhatASearchPerKeyFound() {
        KeyScan scan = new KeyScan(A, B);
        Random r = new Random(9);
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(r.nextInt(50) == 0 ? "treatment" : String.valueOf(ALPHABET.charAt(r.nextInt(ALPHABET.length()))));
            }
            String lower = sb.toString();
            KeyScan.Hits hits = scan.find(lower);
            for (String[] list : List.of(A, B, new String[] {"at", "e"})) {
                List<Integer> found = new ArrayList<>();
                hits.each(list, found::add);
                assertThat(found).as("[%s]", lower).containsExactlyElementsOf(searched(lower, list));
                int before = r.nextInt(5);
                int after = r.nextInt(5);
                assertThat(hits.windows(list, before, after)).as("[%s]", lower)
                    .containsExactlyElementsOf(windows(lower, list, before, after));
            }
        }
    }

    private static List<Integer> searched(String lower, String[] keys) {
        List<Integer> out = new ArrayList<>();
        for (String key : keys) {
            for (int i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The windows as IndirectSpecialCategories.windows made them before the scan. */
    private static List<int[]> windows(String lower, String[] keys, int before, int after) {
        List<int[]> windows = new ArrayList<>();
        for (int i : searched(lower, keys)) {
            windows.add(new int[] {Math.max(0, i - before), Math.min(lower.length(), i + after)});
        }
        return windows.isEmpty() ? windows : Trigger.merge(windows);
    }
}
