package dk.rekrut.matching.occupation;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * One of the occupation ranker's small in-memory indexes (the labels, the occupations), searched many times per
 * text: a CV costs some hundred queries of up to {@value #MAX_QUERY_TERMS} words (issue 18, docs/benchmarks.md).
 * Three things make a query cheaper than a plain {@code IndexSearcher.search} on a {@code ByteBuffersDirectory},
 * each with the same hits and scores:
 * <ul>
 *   <li>files held as one byte array each: reading a term's block or postings through the default many-buffer
 *       input sliced and duplicated {@code ByteBuffer}s on every term look-up, most of a query's cost (JFR);</li>
 *   <li>each word's term statistics looked up once and kept (the index never changes), and words the index does not
 *       hold left out of the query (a clause that matches nothing adds nothing to a BM25 or overlap sum);</li>
 *   <li>hits counted only up to the number wanted, so the top ones are found with skipping from the start.</li>
 * </ul>
 * Thread-safe.
 */
final class ReferenceIndex {

    /** Lucene refuses more than 1,024 clauses; a CV's distinct words beyond this add little. */
    static final int MAX_QUERY_TERMS = 500;
    // Words looked up and kept, present or not; beyond this (an unusual vocabulary) a look-up is not kept.
    private static final int MAX_KEPT = 100_000;

    private final DirectoryReader reader;
    private final Map<Term, Optional<TermStates>> terms = new ConcurrentHashMap<>();

    private ReferenceIndex(DirectoryReader reader) {
        this.reader = reader;
    }

    /** A directory whose files are read back as plain byte arrays. */
    static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    }

    static ReferenceIndex open(ByteBuffersDirectory dir) throws IOException {
        return new ReferenceIndex(DirectoryReader.open(dir));
    }

    /** The documents of each word of these fields, for counting shared words without Lucene's scorers. */
    Overlap overlap(java.util.List<String> fields) throws IOException {
        return new Overlap(reader, fields);
    }

    IndexSearcher searcher() {
        return new IndexSearcher(reader);
    }

    /**
     * The best {@code n} documents for the first {@value #MAX_QUERY_TERMS} of {@code words} as SHOULD clauses of
     * {@code field}, scored by the searcher's similarity.
     */
    ScoreDoc[] top(IndexSearcher searcher, String field, Collection<String> words, int n) throws IOException {
        var q = new BooleanQuery.Builder();
        int count = 0;
        int clauses = 0;
        for (String w : words) {
            if (count++ >= MAX_QUERY_TERMS) {
                break;
            }
            Term term = new Term(field, w);
            Optional<TermStates> states = states(searcher, term);
            if (states.isPresent()) {
                q.add(new TermQuery(term, states.get()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return new ScoreDoc[0];
        }
        return searcher.search(q.build(), new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    /** The term's statistics, or empty when no document has it. */
    private Optional<TermStates> states(IndexSearcher searcher, Term term) throws IOException {
        Optional<TermStates> s = terms.get(term);
        if (s == null) {
            TermStates built = TermStates.build(searcher, term, true);
            s = built.docFreq() == 0 ? Optional.empty() : Optional.of(built);
            if (terms.size() < MAX_KEPT) {
                terms.put(term, s);
            }
        }
        return s;
    }

    /** The stored int {@code field} of every document, by document id (the index is merged to one segment). */
    int[] storedInts(String field) throws IOException {
        int[] out = new int[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int d = 0; d < out.length; d++) {
            out[d] = stored.document(d).getField(field).numericValue().intValue();
        }
        return out;
    }
}
