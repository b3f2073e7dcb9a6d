package dk.rekrut.matching.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Each term's place in each segment's terms dictionary (its {@link TermState}, document and term counts), looked up
 * once and kept for the last {@value #KEPT} terms: the segments never change, and the look-ups of the candidate
 * searches' terms (the CV's words in two fields, the citizen's occupations, groups and skills) were a large share of
 * the candidate step (the text query's alone 12 % on 1,000,000 postings, docs/benchmarks.md). The kept states are handed to a {@link TermQuery} as Lucene's own
 * {@link TermStates}, built for the area's searcher (the same segments in the same order), so the query matches and
 * scores exactly as if Lucene had looked the term up itself. Some 500 bytes per term on five segments. Thread-safe.
 */
final class TermLookups {

    static final int KEPT = 20_000;

    private final IndexReader reader;
    private final Map<Term, Lookup> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Term, Lookup> eldest) {
            return size() > KEPT;
        }
    };

    /** A term in each segment of the index: its state there (null where absent), and its counts. */
    record Lookup(TermState[] states, int[] docFreqs, long[] totalTermFreqs, int docFreq) {
    }

    /** {@code index}: the index's own searcher; the areas' searchers have the same segments in the same order. */
    TermLookups(IndexSearcher index) {
        this.reader = index.getIndexReader();
    }

    /** The index's reader, for its statistics. */
    IndexReader reader() {
        return reader;
    }

    /** The term in each segment, as {@link TermStates#build} finds it: the counts summed in segment order. */
    Lookup lookup(Term term) throws IOException {
        return lookupAll(List.of(term)).get(0);
    }

    /**
     * {@link #lookup} for each of the terms, in their order. The ones not kept are looked up together: in each
     * segment one terms enumeration per field, sought in the terms' sorted order, so a seek starts from the blocks the
     * previous one loaded (a CV's words share prefixes, the skill and occupation URIs long ones) and the enumeration
     * is not set up again for every term (the set-up was a sixth of a look-up, the seeks most of the rest). Each
     * term's states and counts are those its own look-up finds.
     */
    List<Lookup> lookupAll(List<Term> terms) throws IOException {
        var out = new Lookup[terms.size()];
        var missing = new ArrayList<Integer>();
        synchronized (kept) {
            for (int i = 0; i < out.length; i++) {
                out[i] = kept.get(terms.get(i));
                if (out[i] == null) {
                    missing.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(Comparator.comparing(terms::get));
            List<LeafReaderContext> leaves = reader.leaves();
            var states = new TermState[missing.size()][leaves.size()];
            var docFreqs = new int[missing.size()][leaves.size()];
            var totals = new long[missing.size()][leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                String field = null;
                TermsEnum te = null;
                for (int m = 0; m < missing.size(); m++) {
                    Term term = terms.get(missing.get(m));
                    if (!term.field().equals(field)) {
                        field = term.field();
                        Terms fieldTerms = leaf.reader().terms(field);
                        te = fieldTerms == null ? null : fieldTerms.iterator();
                    }
                    if (te != null && te.seekExact(term.bytes())) {
                        states[m][leaf.ord] = te.termState();
                        docFreqs[m][leaf.ord] = te.docFreq();
                        totals[m][leaf.ord] = te.totalTermFreq();
                    }
                }
            }
            for (int m = 0; m < missing.size(); m++) {
                int docFreq = 0;
                for (int f : docFreqs[m]) {
                    docFreq += f;
                }
                out[missing.get(m)] = new Lookup(states[m], docFreqs[m], totals[m], docFreq);
            }
            synchronized (kept) {
                for (int i : missing) {
                    kept.put(terms.get(i), out[i]);
                }
            }
        }
        return Arrays.asList(out);
    }

    /** A term query on the area's searcher with the term's kept states. */
    TermQuery query(IndexSearcher area, Term term) throws IOException {
        return query(area, term, lookup(term));
    }

    /** A term query on the area's searcher with the kept states {@code found} of {@code term}. */
    static TermQuery query(IndexSearcher area, Term term, Lookup found) {
        var states = new TermStates(area.getTopReaderContext());
        for (int ord = 0; ord < found.states().length; ord++) {
            if (found.states()[ord] != null) {
                states.register(found.states()[ord], ord, found.docFreqs()[ord], found.totalTermFreqs()[ord]);
            }
        }
        return new TermQuery(term, states);
    }

    /** Forgets the terms looked up so far: for measuring a CV seen for the first time. */
    void forget() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
