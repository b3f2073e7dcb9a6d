package dk.rekrut.matching.occupation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The best documents of a one-segment reference index for a text's words as BM25 scores them: what a Lucene
 * {@code BooleanQuery} of one SHOULD {@code TermQuery} per word gives (the same documents, order and float scores),
 * without Lucene's per-query work. The index never changes, so each posting's term score is worked out once, when
 * the index is read, by the searcher's own {@code SimScorer} (the same float arithmetic as at query time); a query
 * then only adds them up per document. Lucene sets up a scorer, its postings, impacts and norms for every clause of
 * every query, and a CV costs the occupation ranker some seventy queries of up to some sixty words on a few thousand
 * documents: that set-up was most of the ranker's time (JFR, docs/benchmarks.md "What the matcher does for speed").
 * Thread-safe.
 *
 * <p>Same scores: Lucene sums a document's clause scores (floats) in a double and casts the sum to float, and so
 * does this. Ties go to the lower document id, as Lucene breaks them.
 */
final class TermScores {

    /** A word's documents, ascending, and its BM25 score in each. */
    private record Postings(int[] docs, float[] scores) {
    }

    private final Map<String, Map<String, Postings>> postings = new HashMap<>();
    private final ThreadLocal<double[]> sums;

    /** Every word of {@code fields}, scored as {@code searcher} (over {@code reader}) scores a term query. */
    TermScores(DirectoryReader reader, IndexSearcher searcher, List<String> fields) throws IOException {
        if (reader.leaves().size() != 1) {
            throw new IllegalArgumentException("one segment expected, found " + reader.leaves().size());
        }
        LeafReader leaf = reader.leaves().get(0).reader();
        int maxDoc = leaf.maxDoc();
        sums = ThreadLocal.withInitial(() -> new double[maxDoc]);
        Similarity similarity = searcher.getSimilarity();
        for (String field : fields) {
            var words = new HashMap<String, Postings>();
            postings.put(field, words);
            Terms terms = leaf.terms(field);
            CollectionStatistics collection = searcher.collectionStatistics(field);
            if (terms == null || collection == null) {
                continue;
            }
            long[] norms = norms(leaf, field, maxDoc);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            int[] docs = new int[maxDoc];
            float[] scores = new float[maxDoc];
            while (te.next() != null) {
                // Boost 1, as IndexSearcher gives each clause of a plain BooleanQuery.
                Similarity.SimScorer scorer = similarity.scorer(1f, collection,
                    searcher.termStatistics(new Term(field, BytesRef.deepCopyOf(te.term())), te.docFreq(),
                        te.totalTermFreq()));
                pe = te.postings(pe, PostingsEnum.FREQS);
                int n = 0;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    docs[n] = d;
                    scores[n++] = scorer.score(pe.freq(), norms[d]);
                }
                words.put(te.term().utf8ToString(), new Postings(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n)));
            }
        }
    }

    // A document without a norm scores as TermScorer scores it: norm 1.
    private static long[] norms(LeafReader leaf, String field, int maxDoc) throws IOException {
        long[] out = new long[maxDoc];
        Arrays.fill(out, 1L);
        NumericDocValues norms = leaf.getNormValues(field);
        if (norms != null) {
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
                out[d] = norms.longValue();
            }
        }
        return out;
    }

    /**
     * The best {@code n} documents for the first {@code maxWords} of {@code words} (words the index lacks count
     * towards them, as clauses that match nothing), best first, ties by document id.
     */
    ScoreDoc[] top(String field, Collection<String> words, int maxWords, int n) {
        Map<String, Postings> docsOf = postings.get(field);
        double[] sum = sums.get();
        int[] touched = new int[64];
        int touchedSize = 0;
        int used = 0;
        for (String w : words) {
            if (used++ >= maxWords) {
                break;
            }
            Postings p = docsOf.get(w);
            if (p == null) {
                continue;
            }
            int[] docs = p.docs();
            float[] scores = p.scores();
            for (int i = 0; i < docs.length; i++) {
                int d = docs[i];
                // A BM25 term score is above 0 (its idf is), so a sum of 0 means the document is not touched yet.
                if (sum[d] == 0) {
                    if (touchedSize == touched.length) {
                        touched = Arrays.copyOf(touched, touchedSize * 2);
                    }
                    touched[touchedSize++] = d;
                }
                sum[d] += scores[i];
            }
        }
        try {
            return best(sum, touched, touchedSize, n);
        } finally {
            for (int i = 0; i < touchedSize; i++) {
                sum[touched[i]] = 0;
            }
        }
    }

    /**
     * The {@code n} best touched documents by their float score, then by id: each as one long whose order is
     * theirs (a positive float's bits order as the float does; the id inverted so the lower one ranks higher), kept
     * in a min-heap of {@code n}.
     */
    private static ScoreDoc[] best(double[] sum, int[] touched, int touchedSize, int n) {
        int size = Math.min(n, touchedSize);
        if (size <= 0) {
            return new ScoreDoc[0];
        }
        long[] heap = new long[size];
        int filled = 0;
        for (int i = 0; i < touchedSize; i++) {
            int d = touched[i];
            long key = ((long) Float.floatToIntBits((float) sum[d]) << 32) | (Integer.MAX_VALUE - d);
            if (filled < size) {
                heap[filled] = key;
                up(heap, filled++);
            } else if (key > heap[0]) {
                heap[0] = key;
                down(heap, size);
            }
        }
        Arrays.sort(heap);
        var out = new ScoreDoc[size];
        for (int i = 0; i < size; i++) {
            long key = heap[size - 1 - i];
            out[i] = new ScoreDoc(Integer.MAX_VALUE - (int) key, Float.intBitsToFloat((int) (key >>> 32)));
        }
        return out;
    }

    private static void up(long[] heap, int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            swap(heap, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private static void down(long[] heap, int size) {
        int i = 0;
        while (true) {
            int least = i;
            for (int c = 2 * i + 1; c <= 2 * i + 2 && c < size; c++) {
                if (heap[c] < heap[least]) {
                    least = c;
                }
            }
            if (least == i) {
                return;
            }
            swap(heap, i, least);
            i = least;
        }
    }

    private static void swap(long[] heap, int i, int j) {
        long t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }
}
