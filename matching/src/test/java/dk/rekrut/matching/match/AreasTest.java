package dk.rekrut.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.posting.PostingIndex;
import java.time.LocalDate;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class AreasTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    private static final Place HOME = new Place(55.64, 12.08);

    /**
     * The candidate searches run on the area's searcher instead of with the area as a FILTER clause: on an index of
     * several segments, with deleted and expired postings and postings outside the radius, every query must give the
     * same documents with the same scores in the same order both ways.
     */
    @Test
    void theAreasSearcherFindsWhatTheFilterClauseFindsWithTheSameScores() throws Exception {
        var random = new Random(18);
        String[] words = {"nurse", "care", "patient", "ward", "java", "warehouse", "forklift", "cook", "menu", "roskilde"};
        try (var dir = new ByteBuffersDirectory();
             var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(97))) {
            for (int i = 0; i < 1500; i++) {
                var d = new Document();
                d.add(new StringField(PostingIndex.ID, "p" + i, Field.Store.NO));
                var text = new StringBuilder();
                for (int w = 0; w < 3 + random.nextInt(20); w++) {
                    text.append(words[(int) Math.min(words.length - 1, Math.abs(random.nextGaussian()) * 4)]).append(' ');
                }
                d.add(new TextField(PostingIndex.TEXT_EN, text.toString(), Field.Store.NO));
                d.add(new LatLonPoint(PostingIndex.LOCATION, 55 + random.nextDouble() * 2, 9 + random.nextDouble() * 4));
                d.add(new LongPoint(PostingIndex.DEADLINE, TODAY.toEpochDay() - 30 + random.nextInt(60)));
                writer.addDocument(d);
                if (i % 7 == 3) {
                    writer.deleteDocuments(new Term(PostingIndex.ID, "p" + (i - 2)));
                }
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(3);
                assertThat(reader.hasDeletions()).isTrue();
                var searcher = new IndexSearcher(reader);
                var area = new Areas(searcher).area(HOME, 60, TODAY);
                for (int q = 0; q < 50; q++) {
                    var query = new BooleanQuery.Builder();
                    for (int w = 0; w < 1 + random.nextInt(5); w++) {
                        query.add(new TermQuery(new Term(PostingIndex.TEXT_EN, words[random.nextInt(words.length)])),
                            Occur.SHOULD);
                    }
                    Query filtered = new BooleanQuery.Builder().add(query.build(), Occur.MUST)
                        .add(area.filter(), Occur.FILTER).build();
                    ScoreDoc[] expected = searcher.search(filtered, 40).scoreDocs;
                    ScoreDoc[] actual = area.searcher().search(query.build(), 40).scoreDocs;
                    assertThat(expected).isNotEmpty();
                    assertThat(actual).hasSameSizeAs(expected);
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(actual[i].doc).isEqualTo(expected[i].doc);
                        assertThat(actual[i].score).isEqualTo(expected[i].score);
                    }
                }
            }
        }
    }
}
