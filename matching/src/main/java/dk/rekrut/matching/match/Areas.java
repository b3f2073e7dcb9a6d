package dk.rekrut.matching.match;

import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.posting.PostingIndex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The postings a request may return: not expired and, with a home, within the commute radius. Each area is worked
 * out once, as a bit set per segment, and kept for later requests from the same home, radius and day (a job centre's
 * citizens live in a few dozen postcodes). Before, the distance query walked the points tree for every search of a
 * request (the text search, the structured search and the fallback), which on 1,000,000 postings cost more than a
 * bare BM25 query of the CV (docs/benchmarks.md). A set costs one bit per posting (125 kB per million).
 * <p>
 * An area is given two ways: as a filter query, and as a searcher over the same segments whose live documents are
 * the area's. The candidate searches use the searcher: Lucene's disjunction scorer (MaxScore) then checks each
 * document against the set by a bit look-up, where a FILTER clause makes it leapfrog between the filter's iterator and
 * the clauses' (twice as fast for an English CV's text query on 200,000 postings). Hits, doc ids and scores are the
 * same: the segments and their term statistics are the same, and BM25 does not read the live documents.
 * Thread-safe.
 */
final class Areas {

    /** Areas kept; the least recently used goes first. */
    static final int KEPT = 64;

    private final IndexSearcher searcher;
    private final Map<Key, Area> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Area> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(double lat, double lon, double km, LocalDate day) {
    }

    /**
     * An area: {@code filter} for a FILTER clause on the index's searcher, {@code searcher} to search inside the area
     * with the same doc ids (build a {@code TermQuery}'s term states against it, not against the index's searcher).
     */
    record Area(Query filter, IndexSearcher searcher) {
    }

    Areas(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The area as a filter: the postings live on {@code today}, and within {@code maxKm} of {@code home} if given. */
    Area area(Place home, double maxKm, LocalDate today) throws IOException {
        var key = home == null ? new Key(0, 0, 0, today) : new Key(home.lat(), home.lon(), maxKm, today);
        synchronized (kept) {
            Area q = kept.get(key);
            if (q != null) {
                return q;
            }
        }
        // Worked out outside the lock: two requests for a new area may both compute it, which is harmless.
        Area q = compute(query(home, maxKm, today));
        synchronized (kept) {
            kept.put(key, q);
        }
        return q;
    }

    /** The area as Lucene computes it: the deadline range and the distance query. */
    static Query query(Place home, double maxKm, LocalDate today) {
        var q = new BooleanQuery.Builder().add(PostingIndex.live(today), Occur.FILTER);
        if (home != null) {
            q.add(LatLonPoint.newDistanceQuery(PostingIndex.LOCATION, home.lat(), home.lon(), maxKm * 1000), Occur.FILTER);
        }
        return q.build();
    }

    private Area compute(Query area) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(area), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        var sets = new FixedBitSet[leaves.size()];
        var counts = new int[leaves.size()];
        var inside = new LeafReader[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            var set = new FixedBitSet(leaf.reader().maxDoc());
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                set.or(scorer.iterator());
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; live != null && d < live.length(); d++) {
                if (!live.get(d)) {
                    set.clear(d); // deleted: the FILTER clause never saw it, the area's live documents must not either
                }
            }
            sets[leaf.ord] = set;
            counts[leaf.ord] = set.cardinality();
            inside[leaf.ord] = new AreaLeafReader(leaf.reader(), set, counts[leaf.ord]);
        }
        var within = new IndexSearcher(new MultiReader(inside));
        within.setSimilarity(searcher.getSimilarity());
        within.setQueryCache(null); // the area's readers have no cache key: the cache would only wrap each weight
        return new Area(new DocSetQuery(sets, counts, area.toString()), within);
    }

    /**
     * A segment whose live documents are the area's (a subset of the segment's own). Its postings, doc values and
     * statistics are the segment's; it shares the segment's core cache key, as a segment with deletions does.
     * Package-private: tests build area-like searchers with it.
     */
    static final class AreaLeafReader extends FilterLeafReader {

        private final FixedBitSet live;
        private final int count;

        AreaLeafReader(LeafReader in, FixedBitSet live, int count) {
            super(in);
            this.live = live;
            this.count = count;
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return count;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** A filter over fixed bit sets, one per segment of the searcher's reader. Equal only to itself. */
    private static final class DocSetQuery extends Query {

        private final FixedBitSet[] sets;
        private final int[] counts;
        private final String description;

        DocSetQuery(FixedBitSet[] sets, int[] counts, String description) {
            this.sets = sets;
            this.counts = counts;
            this.description = description;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                    if (context.ord >= sets.length || counts[context.ord] == 0) {
                        return null;
                    }
                    DocIdSetIterator it = new BitSetIterator(sets[context.ord], counts[context.ord]);
                    return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // already a bit set: the query cache would only copy it
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "area(" + description + ")";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
