package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.posting.PostingIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The CV's text query: its words, analysed once per language, against the postings' text in that language (plain
 * BM25). Words in more than a quarter ({@code 1/}{@value #COMMON_WORD_SHARE}) of a field's postings are left out:
 * they cost the most to score (the longest postings lists) and, with the lowest idf, barely move BM25's ranking
 * (postings task P@10 0.683 → 0.678; an English CV's match on 200,000 postings about a fifth faster,
 * docs/benchmarks.md). In the other language's field only words in at most {@code 1/}{@value #OTHER_LANGUAGE_WORD_SHARE}
 * of its postings are asked for: there a CV's words that tell (names, tools, skill labels the other language borrows)
 * are rare, and the common ones cost most (an English CV on 1,000,000 postings: the text query a third cheaper;
 * postings task P@10 0.740 → 0.738).
 * The words' term states come from {@link TermLookups}. Thread-safe.
 */
final class TextQuery {

    static final int MAX_QUERY_TERMS = 256;
    /**
     * Words asked for per field, the rarest first: a "more like this" cut (a CV's words are nearly all once in it, so
     * idf orders them). The words beyond the 24 rarest are the commoner ones, with the longest postings lists and the
     * least to tell; on the development postings task P@10 moved by 0.001 (docs/benchmarks.md "What the matcher does
     * for speed").
     */
    static final int MAX_FIELD_TERMS = 24;
    private static final int COMMON_WORD_SHARE = 4;
    private static final int OTHER_LANGUAGE_WORD_SHARE = 20;

    private final TermLookups lookups;
    private final IndexReader reader;
    private final Analyzer analyzer = PostingIndexer.analyzer();

    TextQuery(TermLookups lookups) {
        this.lookups = lookups;
        this.reader = lookups.reader();
    }

    /** The CV's analysed words per text field, each field's first {@value #MAX_QUERY_TERMS} distinct ones. */
    Map<String, Set<String>> words(String cv) {
        return Map.of(PostingIndex.TEXT_DA, terms(PostingIndex.TEXT_DA, cv),
            PostingIndex.TEXT_EN, terms(PostingIndex.TEXT_EN, cv));
    }

    /** The query for the CV's words in {@code lang}, to run on {@code area} (its term states are built for it). */
    Query query(IndexSearcher area, Map<String, Set<String>> words, Lang lang) {
        var q = new BooleanQuery.Builder();
        try {
            String own = lang == Lang.DA ? PostingIndex.TEXT_DA : PostingIndex.TEXT_EN;
            for (String field : List.of(PostingIndex.TEXT_DA, PostingIndex.TEXT_EN)) {
                long common = reader.getDocCount(field)
                    / (field.equals(own) ? COMMON_WORD_SHARE : OTHER_LANGUAGE_WORD_SHARE);
                var asked = new ArrayList<Term>();
                for (String word : words.get(field)) {
                    asked.add(new Term(field, word));
                }
                List<TermLookups.Lookup> lookedUp = lookups.lookupAll(asked);
                var terms = new ArrayList<Term>();
                var found = new ArrayList<TermLookups.Lookup>();
                for (int i = 0; i < asked.size(); i++) {
                    // A word no posting has matches nothing and is left out.
                    TermLookups.Lookup lookup = lookedUp.get(i);
                    if (lookup.docFreq() > 0 && lookup.docFreq() <= common) {
                        terms.add(asked.get(i));
                        found.add(lookup);
                    }
                }
                boolean[] rarest = rarest(found, MAX_FIELD_TERMS);
                for (int i = 0; i < terms.size(); i++) {
                    if (rarest[i]) {
                        q.add(TermLookups.query(area, terms.get(i), found.get(i)), Occur.SHOULD);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return q.build();
    }

    /**
     * Which of the words to ask for: the {@code n} in the fewest postings (the earlier word first among equals), in
     * the CV's order, so a CV of at most {@code n} such words gives the query it gave before.
     */
    static boolean[] rarest(List<TermLookups.Lookup> found, int n) {
        var keep = new boolean[found.size()];
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> found.get(i).docFreq()).thenComparingInt(i -> i));
        for (int i = 0; i < Math.min(n, order.length); i++) {
            keep[order[i]] = true;
        }
        return keep;
    }

    private Set<String> terms(String field, String text) {
        var out = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_QUERY_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
