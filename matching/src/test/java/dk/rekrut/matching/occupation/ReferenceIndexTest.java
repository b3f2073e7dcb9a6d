package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The occupation ranker's faster searches give what plain Lucene queries give: the same documents, in the same
 * order, with the same scores, on a random index with many ties (a small vocabulary, Zipf-like).
 */
class ReferenceIndexTest {

    private static final List<String> WORDS = new ArrayList<>();
    private static ReferenceIndex index;
    private static IndexSearcher plain;
    private static IndexSearcher plainOverlap;

    @BeforeAll
    static void build() throws IOException {
        for (int i = 0; i < 300; i++) {
            WORDS.add("w" + i);
        }
        var random = new Random(18);
        ByteBuffersDirectory dir = ReferenceIndex.directory();
        try (var w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int d = 0; d < 5_000; d++) {
                var doc = new Document();
                doc.add(new TextField("f", String.join(" ", sample(random, 1 + random.nextInt(12))), Field.Store.NO));
                doc.add(new TextField("g", String.join(" ", sample(random, 1 + random.nextInt(40))), Field.Store.NO));
                w.addDocument(doc);
            }
            w.forceMerge(1);
        }
        index = ReferenceIndex.open(dir);
        plain = new IndexSearcher(DirectoryReader.open(dir));
        plainOverlap = new IndexSearcher(plain.getIndexReader());
        plainOverlap.setSimilarity(new BooleanSimilarity());
    }

    // Skewed towards the first words, so many documents share them and scores tie.
    private static List<String> sample(Random random, int n) {
        var out = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            out.add(WORDS.get((int) (u * u * WORDS.size())));
        }
        return out;
    }

    private static ScoreDoc[] lucene(IndexSearcher searcher, String field, Set<String> words, int max, int n)
        throws IOException {
        var q = new BooleanQuery.Builder();
        words.stream().limit(max).forEach(w -> q.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD));
        return searcher.search(q.build(), n).scoreDocs;
    }

    private static void assertSame(ScoreDoc[] actual, ScoreDoc[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).as("rank %d", i).isEqualTo(expected[i].doc);
            assertThat(actual[i].score).as("rank %d", i).isEqualTo(expected[i].score);
        }
    }

    @Test
    void overlapCountsAsBooleanSimilarityWithItsTiesAndWordLimit() throws IOException {
        var random = new Random(7);
        Overlap overlap = index.overlap(List.of("f", "g"));
        for (int q = 0; q < 200; q++) {
            var words = new LinkedHashSet<>(sample(random, 1 + random.nextInt(60)));
            words.add("absent" + q);
            String field = q % 2 == 0 ? "f" : "g";
            int n = 1 + random.nextInt(300);
            int max = q % 5 == 0 ? 3 : 500;
            assertSame(overlap.top(field, words, max, n), lucene(plainOverlap, field, words, max, n));
        }
        assertThat(overlap.top("f", Set.of("absent"), 500, 10)).isEmpty();
    }

    @Test
    void bm25AsAPlainQueryWithItsTiesWordLimitAndWordsTheIndexLacks() throws IOException {
        var random = new Random(11);
        TermScores scores = index.scores(List.of("f", "g"));
        for (int q = 0; q < 300; q++) {
            var words = new LinkedHashSet<>(sample(random, 1 + random.nextInt(q % 3 == 0 ? 120 : 30)));
            words.add("absent" + q);
            String field = q % 2 == 0 ? "f" : "g";
            int n = 1 + random.nextInt(q % 4 == 0 ? 6_000 : 100);
            int max = q % 5 == 0 ? 3 : 500;
            assertSame(scores.top(field, words, max, n), lucene(plain, field, words, max, n));
        }
        assertThat(scores.top("f", Set.of("absent"), 500, 10)).isEmpty();
        assertThat(scores.top("f", Set.of("w0"), 500, 0)).isEmpty();
    }

    /**
     * On ESCO's own vocabulary: one document per occupation (its English description and labels, its Danish labels,
     * analysed as the ranker analyses them), asked for with whole texts (a CV, descriptions) and with titles.
     */
    @Test
    void bm25OnEscoTextsAsAPlainQuery() throws IOException {
        var esco = dk.rekrut.matching.TestEngine.esco();
        ByteBuffersDirectory dir = ReferenceIndex.directory();
        try (var w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (var o : esco.occupations()) {
                var doc = new Document();
                doc.add(new TextField("en", String.join(" ", Analysis.terms(Analysis.ENGLISH,
                    o.description() + " . " + String.join(" . ", o.labels(dk.rekrut.matching.esco.Lang.EN)))),
                    Field.Store.NO));
                doc.add(new TextField("da", String.join(" ", Analysis.terms(Analysis.DANISH,
                    String.join(" . ", o.labels(dk.rekrut.matching.esco.Lang.DA)))), Field.Store.NO));
                w.addDocument(doc);
            }
            w.forceMerge(1);
        }
        ReferenceIndex esco1 = ReferenceIndex.open(dir);
        TermScores scores = esco1.scores(List.of("en", "da"));
        IndexSearcher lucene = new IndexSearcher(DirectoryReader.open(dir));
        var texts = new ArrayList<String>(List.of(dk.rekrut.matching.TestEngine.DANISH_NURSE_CV));
        esco.occupations().stream().limit(40).forEach(o -> {
            texts.add(o.description());
            texts.add(o.labelEn());
            texts.add(o.labelDa());
        });
        for (String text : texts) {
            for (String field : List.of("en", "da")) {
                Set<String> words = Analysis.termSet(field.equals("en") ? Analysis.ENGLISH : Analysis.DANISH, text);
                for (int n : new int[] {1, 50, 100}) {
                    assertSame(scores.top(field, words, 500, n), lucene(lucene, field, words, 500, n));
                }
            }
        }
    }
}
