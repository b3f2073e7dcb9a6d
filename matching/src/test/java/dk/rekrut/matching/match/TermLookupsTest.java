package dk.rekrut.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries with the kept term states find what Lucene finds when it looks the terms up itself: the same documents,
 * in the same order, with the same scores, on a searcher over some of the index's documents (as an area's), for
 * BM25 terms and constant-score terms, words the index lacks included, and again once the states are kept.
 */
class TermLookupsTest {

    private static IndexSearcher index;
    private static IndexSearcher area;

    @BeforeAll
    static void build() throws IOException {
        var random = new Random(5);
        var dir = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (var w = new IndexWriter(dir, config)) {
            for (int d = 0; d < 3_000; d++) {
                var doc = new Document();
                doc.add(new TextField("f", words(random, 1 + random.nextInt(20)), Field.Store.NO));
                doc.add(new TextField("g", words(random, 1 + random.nextInt(3)), Field.Store.NO));
                w.addDocument(doc);
                if (d % 700 == 699) {
                    w.commit(); // several segments
                }
            }
        }
        index = new IndexSearcher(DirectoryReader.open(dir));
        assertThat(index.getIndexReader().leaves()).hasSizeGreaterThan(2);
        var inside = new ArrayList<LeafReader>();
        for (LeafReaderContext leaf : index.getIndexReader().leaves()) {
            var live = new FixedBitSet(leaf.reader().maxDoc());
            for (int d = 0; d < live.length(); d++) {
                if (random.nextInt(3) == 0) {
                    live.set(d);
                }
            }
            int count = live.cardinality();
            inside.add(new Areas.AreaLeafReader(leaf.reader(), live, count));
        }
        area = new IndexSearcher(new MultiReader(inside.toArray(LeafReader[]::new)));
    }

    /** Zipf-like over 200 words, so scores tie often. */
    private static String words(Random random, int n) {
        var out = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            out.add("w" + (int) Math.floor(Math.pow(200, random.nextDouble())));
        }
        return String.join(" ", out);
    }

    @Test
    void keptStatesScoreAsLuceneDoes() throws IOException {
        var lookups = new TermLookups(index);
        var random = new Random(7);
        for (int q = 0; q < 100; q++) {
            var words = new ArrayList<String>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                words.add("w" + random.nextInt(230)); // some words no document has
            }
            boolean constant = q % 2 == 1;
            for (int pass = 0; pass < 2; pass++) { // looked up, then kept
                assertSame(query(words, constant, null), query(words, constant, lookups));
            }
        }
    }

    @Test
    void forgettingLooksTheTermsUpAgain() throws IOException {
        var lookups = new TermLookups(index);
        var words = List.of("w1", "w17", "w199", "nothing");
        var before = area.search(query(words, false, lookups), 50).scoreDocs;
        lookups.forget();
        assertSame(area.search(query(words, false, lookups), 50).scoreDocs, before);
    }

    @Test
    void termsLookedUpTogetherHaveTheStatesOfTermsLookedUpOneByOne() throws IOException {
        var random = new Random(11);
        for (int q = 0; q < 50; q++) {
            var terms = new ArrayList<Term>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) { // both fields, unsorted, repeats, absent words
                terms.add(new Term(random.nextBoolean() ? "f" : "g", "w" + random.nextInt(230)));
            }
            var together = new TermLookups(index);
            together.lookup(terms.get(0)); // one kept already
            List<TermLookups.Lookup> all = together.lookupAll(terms);
            assertThat(all).hasSameSizeAs(terms);
            for (int i = 0; i < terms.size(); i++) {
                TermLookups.Lookup alone = new TermLookups(index).lookup(terms.get(i));
                TermLookups.Lookup batch = all.get(i);
                assertThat(batch.docFreq()).as(terms.get(i).toString()).isEqualTo(alone.docFreq());
                assertThat(batch.docFreqs()).isEqualTo(alone.docFreqs());
                assertThat(batch.totalTermFreqs()).isEqualTo(alone.totalTermFreqs());
                assertThat(batch.states()).hasSameSizeAs(alone.states());
                for (int s = 0; s < alone.states().length; s++) {
                    assertThat(batch.states()[s] == null).isEqualTo(alone.states()[s] == null);
                }
                assertSame(area.search(TermLookups.query(area, terms.get(i), batch), 100).scoreDocs,
                    area.search(new TermQuery(terms.get(i)), 100).scoreDocs);
            }
        }
    }

    private static Query query(List<String> words, boolean constant, TermLookups lookups) throws IOException {
        var q = new BooleanQuery.Builder();
        for (String word : words) {
            for (String field : List.of("f", "g")) {
                Term term = new Term(field, word);
                Query t = lookups == null ? new TermQuery(term) : lookups.query(area, term);
                q.add(constant ? new BoostQuery(new ConstantScoreQuery(t), word.length() / 3f) : t, Occur.SHOULD);
            }
        }
        return q.build();
    }

    private static void assertSame(Query expected, Query actual) throws IOException {
        assertSame(area.search(actual, 100).scoreDocs, area.search(expected, 100).scoreDocs);
    }

    private static void assertSame(ScoreDoc[] actual, ScoreDoc[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).isEqualTo(expected[i].doc);
            assertThat(actual[i].score).isEqualTo(expected[i].score);
        }
    }
}
