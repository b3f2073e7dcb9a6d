package dk.rekrut.matching.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.TermState;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    private static List<TermLookups.Lookup> docFreqs(int... docFreqs) {
        return Arrays.stream(docFreqs)
            .mapToObj(df -> new TermLookups.Lookup(new TermState[0], new int[0], new long[0], df)).toList();
    }

    @Test
    void keepsTheRarestWordsInTheCvsOrder() {
        boolean[] keep = TextQuery.rarest(docFreqs(500, 3, 90, 7, 1000, 40), 3);
        assertArrayEquals(new boolean[] {false, true, false, true, false, true}, keep);
    }

    @Test
    void amongEquallyRareWordsTheEarlierIsKept() {
        boolean[] keep = TextQuery.rarest(docFreqs(5, 9, 5, 5), 2);
        assertArrayEquals(new boolean[] {true, false, true, false}, keep);
    }

    @Test
    void aCvOfFewWordsKeepsThemAll() {
        boolean[] keep = TextQuery.rarest(docFreqs(500, 3, 90), 24);
        assertArrayEquals(new boolean[] {true, true, true}, keep);
    }
}
