package dk.rekrut.matching.occupation;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * One of the occupation ranker's small in-memory indexes (the labels, the occupations), searched many times per
 * text: a CV costs some seventy queries of up to {@value #MAX_QUERY_TERMS} words (issue 18, docs/benchmarks.md).
 * The index never changes, so its postings are read once into plain arrays, and a query adds up per document what
 * a Lucene {@code BooleanQuery} of the words would: BM25 scores ({@link TermScores}) or the number of shared words
 * ({@link Overlap}), with the same hits and scores. Lucene's per-query set-up of a scorer, postings, impacts and
 * norms for every clause was most of the ranker's time. The files are held as one byte array each, so reading them
 * does not slice and duplicate {@code ByteBuffer}s. Thread-safe.
 */
final class ReferenceIndex {

    /** Lucene refuses more than 1,024 clauses; a CV's distinct words beyond this add little. */
    static final int MAX_QUERY_TERMS = 500;

    private final DirectoryReader reader;

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

    /** Each word of these fields with its BM25 score in each of its documents, for BM25 without Lucene's scorers. */
    TermScores scores(java.util.List<String> fields) throws IOException {
        return new TermScores(reader, searcher(), fields);
    }

    IndexSearcher searcher() {
        return new IndexSearcher(reader);
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
