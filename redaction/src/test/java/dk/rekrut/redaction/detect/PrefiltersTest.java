package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks put before a pattern or in place of a walk over every char (docs/benchmarks.md, "What the engine
 * does for speed") give the answers of what they replace, on random strings of the characters that could tell them
 * apart.
 */
class PrefiltersTest {

    @Test
    void yearOrCountAnswersAsItsTwoPatterns() {
        Random r = new Random(21);
        String[] pieces = {"Siden", "since", "VERSION", "v", "Side", "page", "år", "ÅR", "years", "year", "timer", "Hours", "ſiden",
            "hourſ", "Vej", "gade", " ", "  ", "\t", "\n", "\r", "\u0085", "\u2028", "\u000B", "1", "19", "20", "2019", "2041", "12", "7", "x",
            "-", "/", ",", "\u0660", "İ", "K", "\u212a", "S", "N", "e"};
        int yes = 0;
        for (int t = 0; t < 200_000; t++) {
            var sb = new StringBuilder();
            for (int k = r.nextInt(7); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            boolean expected = ForeignAddressDetector.YEAR_END.matcher(s).matches() || ForeignAddressDetector.COUNT.matcher(s).matches();
            assertThat(ForeignAddressDetector.looksLikeYearOrCount(s)).as("[%s]", s).isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(5_000);
    }

    @Test
    void keyStartsAreEveryPlaceAKeyStandsOnce() {
        Random r = new Random(22);
        for (int t = 0; t < 50_000; t++) {
            String text = random(r, "AaBbSs .\ud835\udc00", r.nextInt(20));
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                keys.add(random(r, "AaBbSs\ud835\udc00", 1 + r.nextInt(3)));
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                for (String k : keys) {
                    if (text.startsWith(k, i)) {
                        expected.add(i);
                        break;
                    }
                }
            }
            int[] actual = Propagation.keyStarts(text, keys);
            assertThat(actual).as("[%s] %s", text, keys).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static String random(Random r, String alphabet, int n) {
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
