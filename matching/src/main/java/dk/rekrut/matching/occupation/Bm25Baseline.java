package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain BM25 baseline the engine is measured against ({@code evaluate} reports both): one in-memory Lucene
 * document per occupation with its labels (Danish and English analysed apart) and English description, the query's
 * analysed words OR-ed in the query language's label field (and the description for English). Thread-safe once built.
 */
public final class Bm25Baseline implements OccupationRanker {

    private static final int MAX_QUERY_TERMS = 256;

    private final Esco esco;
    private final Analyzer danish = new DanishAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    public Bm25Baseline(Esco esco) {
        this.esco = esco;
        try {
            var dir = new ByteBuffersDirectory();
            var config = new IndexWriterConfig(new org.apache.lucene.analysis.core.WhitespaceAnalyzer());
            try (var writer = new IndexWriter(dir, config)) {
                for (Occupation o : esco.occupations()) {
                    writer.addDocument(document(o));
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Esco esco() {
        return esco;
    }

    private Document document(Occupation o) {
        var d = new Document();
        d.add(new StoredField("uri", o.uri()));
        d.add(new TextField("label_da", analysedText(danish, String.join(" . ", o.labels(Lang.DA))), Field.Store.NO));
        d.add(new TextField("label_en", analysedText(english, String.join(" . ", o.labels(Lang.EN))), Field.Store.NO));
        d.add(new TextField("description", analysedText(english, o.description()), Field.Store.NO));
        return d;
    }

    /** Analysed once with the language's analyzer, stored as space-separated terms for the whitespace-based fields. */
    private static String analysedText(Analyzer analyzer, String text) {
        return String.join(" ", terms(analyzer, "f", text, Integer.MAX_VALUE));
    }

    static List<String> terms(Analyzer analyzer, String field, String text, int max) {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < max) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<RankedOccupation> rank(String text, Lang lang, int top) {
        if (text == null || text.isBlank() || top <= 0) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>(terms(lang == Lang.DA ? danish : english, "q", text, 100_000));
        var query = new BooleanQuery.Builder();
        int n = 0;
        String labelField = lang == Lang.DA ? "label_da" : "label_en";
        for (String w : words) {
            if (n++ >= MAX_QUERY_TERMS) {
                break;
            }
            query.add(new TermQuery(new Term(labelField, w)), BooleanClause.Occur.SHOULD);
            if (lang == Lang.EN) {
                query.add(new TermQuery(new Term("description", w)), BooleanClause.Occur.SHOULD);
            }
        }
        if (n == 0) {
            return List.of();
        }
        try {
            var out = new ArrayList<RankedOccupation>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), top).scoreDocs) {
                String uri = stored.document(hit.doc).get("uri");
                out.add(new RankedOccupation(esco.occupation(uri).orElseThrow(), hit.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
