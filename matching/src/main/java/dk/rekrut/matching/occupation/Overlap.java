package dk.rekrut.matching.occupation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;

/**
 * The label documents sharing the most words (or n-grams) with a text: what a Lucene {@code BooleanQuery} of the
 * words scored with {@code BooleanSimilarity} gives (score = the number of the query's words a document has; ties
 * to the lower document id), counted over plain arrays of each word's documents. A title's n-gram query has some
 * fifty clauses, and Lucene set up a scorer for each on every query: most of the cost of a CV's title phrases (JFR,
 * docs/benchmarks.md). Same hits, same scores. Thread-safe.
 */
final class Overlap {

    private final Map<String, Map<String, int[]>> postings = new HashMap<>();
    private final int maxDoc;
    private final ThreadLocal<int[]> counts;

    /** The documents of every word of {@code fields} of a one-segment index. */
    Overlap(DirectoryReader reader, List<String> fields) throws IOException {
        if (reader.leaves().size() != 1) {
            throw new IllegalArgumentException("one segment expected, found " + reader.leaves().size());
        }
        LeafReader leaf = reader.leaves().get(0).reader();
        maxDoc = leaf.maxDoc();
        counts = ThreadLocal.withInitial(() -> new int[maxDoc]);
        for (String field : fields) {
            var words = new HashMap<String, int[]>();
            Terms terms = leaf.terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                int[] buffer = new int[maxDoc];
                while (te.next() != null) {
                    pe = te.postings(pe, PostingsEnum.NONE);
                    int n = 0;
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        buffer[n++] = d;
                    }
                    words.put(te.term().utf8ToString(), Arrays.copyOf(buffer, n));
                }
            }
            postings.put(field, words);
        }
    }

    /**
     * The best {@code n} documents for the first {@code maxWords} of {@code words}, by the number of them each has,
     * best first, ties by document id (Lucene's order).
     */
    ScoreDoc[] top(String field, Collection<String> words, int maxWords, int n) {
        Map<String, int[]> docsOf = postings.get(field);
        int[] count = counts.get();
        int[] touched = new int[16];
        int touchedSize = 0;
        int most = 0;
        int used = 0;
        for (String w : words) {
            if (used++ >= maxWords) {
                break;
            }
            int[] docs = docsOf.get(w);
            if (docs == null) {
                continue;
            }
            for (int d : docs) {
                if (count[d]++ == 0) {
                    if (touchedSize == touched.length) {
                        touched = Arrays.copyOf(touched, touchedSize * 2);
                    }
                    touched[touchedSize++] = d;
                }
                most = Math.max(most, count[d]);
            }
        }
        try {
            return best(count, touched, touchedSize, most, n);
        } finally {
            for (int i = 0; i < touchedSize; i++) {
                count[touched[i]] = 0;
            }
        }
    }

    /** The {@code n} best of the touched documents, without sorting them all: a count's documents by id. */
    private static ScoreDoc[] best(int[] count, int[] touched, int touchedSize, int most, int n) {
        if (touchedSize == 0 || n <= 0) {
            return new ScoreDoc[0];
        }
        // How many documents have each count; the lowest count that still makes the list, and how many of it fit.
        int[] perCount = new int[most + 1];
        for (int i = 0; i < touchedSize; i++) {
            perCount[count[touched[i]]]++;
        }
        int taken = 0;
        int lowest = most;
        while (lowest > 1 && taken + perCount[lowest] < n) {
            taken += perCount[lowest];
            lowest--;
        }
        int ofLowest = Math.min(perCount[lowest], n - taken);
        int size = taken + ofLowest;
        // Documents at the lowest count enter by id, the lowest first, as Lucene breaks ties: the touched ones
        // sorted, or, when they are many, every document in order (cheaper than sorting thousands).
        int[] sorted;
        if (touchedSize > count.length / 16) {
            sorted = new int[touchedSize];
            int k = 0;
            for (int d = 0; d < count.length; d++) {
                if (count[d] != 0) {
                    sorted[k++] = d;
                }
            }
        } else {
            sorted = Arrays.copyOf(touched, touchedSize);
            Arrays.sort(sorted);
        }
        var out = new ScoreDoc[size];
        int[] next = new int[most + 2];
        // Slots: documents with a higher count first, each count's documents in id order.
        int slot = 0;
        for (int c = most; c > lowest; c--) {
            next[c] = slot;
            slot += perCount[c];
        }
        next[lowest] = slot;
        int lowestLeft = ofLowest;
        for (int d : sorted) {
            int c = count[d];
            if (c > lowest) {
                out[next[c]++] = new ScoreDoc(d, c);
            } else if (c == lowest && lowestLeft > 0) {
                out[next[c]++] = new ScoreDoc(d, c);
                lowestLeft--;
            }
        }
        return out;
    }
}
