package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.posting.PostingIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The CV's text query: its words, analysed once per language, against the postings' text in that language (plain
 * BM25). Words in more than a quarter ({@code 1/}{@value #COMMON_WORD_SHARE}) of a field's postings are left out:
 * they cost the most to score (the longest postings lists) and, with the lowest idf, barely move BM25's ranking
 * (postings task P@10 0.683 → 0.678; an English CV's match on 200,000 postings about a fifth faster,
 * docs/benchmarks.md). In the other language's field only words in at most {@code 1/}{@value #OTHER_LANGUAGE_WORD_SHARE}
 * of its postings are asked for: there a CV's words that tell (names, tools, skill labels the other language borrows)
 * are rare, and the common ones cost most (an English CV on 1,000,000 postings: the text query a third cheaper;
 * postings task P@10 0.740 → 0.738).
 * <p>
 * Each word's place in each segment's terms dictionary (its {@link TermState}, document and term counts) is looked up
 * once and kept for the last {@value #KEPT_WORDS} words: the segments never change, and the look-ups were about a
 * tenth of the candidate step on 1,000,000 postings (docs/benchmarks.md), a cost a bare BM25 query pays only for one
 * field. The kept states are handed to the query as Lucene's own {@link TermStates}, built for the area's searcher,
 * so the query scores exactly as if Lucene had looked the words up itself. Thread-safe.
 */
final class TextQuery {

    static final int MAX_QUERY_TERMS = 256;
    private static final int COMMON_WORD_SHARE = 4;
    private static final int OTHER_LANGUAGE_WORD_SHARE = 20;
    static final int KEPT_WORDS = 20_000;

    private final IndexReader reader;
    private final Analyzer analyzer = PostingIndexer.analyzer();
    private final Map<Term, Lookup> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Term, Lookup> eldest) {
            return size() > KEPT_WORDS;
        }
    };

    /** A word in each segment of the index: its state there (null where absent), and its counts. */
    private record Lookup(TermState[] states, int[] docFreqs, long[] totalTermFreqs, int docFreq) {
    }

    /** {@code index}: the index's own searcher; the areas' searchers have the same segments in the same order. */
    TextQuery(IndexSearcher index) {
        this.reader = index.getIndexReader();
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
                for (String word : words.get(field)) {
                    // A word no posting has matches nothing and is left out.
                    Term term = new Term(field, word);
                    Lookup found = lookup(term);
                    if (found.docFreq() > 0 && found.docFreq() <= common) {
                        q.add(new TermQuery(term, states(area, found)), Occur.SHOULD);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return q.build();
    }

    /** Forgets the words looked up so far: for measuring a CV seen for the first time. */
    void forget() {
        synchronized (kept) {
            kept.clear();
        }
    }

    /** As {@link TermStates#build}: each segment's state and counts, the counts summed in segment order. */
    private Lookup lookup(Term term) throws IOException {
        Lookup found;
        synchronized (kept) {
            found = kept.get(term);
        }
        if (found != null) {
            return found;
        }
        List<LeafReaderContext> leaves = reader.leaves();
        var states = new TermState[leaves.size()];
        var docFreqs = new int[leaves.size()];
        var totals = new long[leaves.size()];
        int docFreq = 0;
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekExact(term.bytes())) {
                states[leaf.ord] = te.termState();
                docFreqs[leaf.ord] = te.docFreq();
                totals[leaf.ord] = te.totalTermFreq();
                docFreq += docFreqs[leaf.ord];
            }
        }
        found = new Lookup(states, docFreqs, totals, docFreq);
        synchronized (kept) {
            kept.put(term, found);
        }
        return found;
    }

    /** The kept states as Lucene's, for the area's searcher (same segments, same ordinals). */
    private static TermStates states(IndexSearcher area, Lookup found) {
        var states = new TermStates(area.getTopReaderContext());
        for (int ord = 0; ord < found.states().length; ord++) {
            if (found.states()[ord] != null) {
                states.register(found.states()[ord], ord, found.docFreqs()[ord], found.totalTermFreqs()[ord]);
            }
        }
        return states;
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
