package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.posting.PostingIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads candidates from the index's doc values: each posting's id, occupation, skills and distance from home. The
 * matcher's candidate step reads 100–200 postings per request; what this class keeps (per segment and per
 * occupation) makes that a few array look-ups per posting rather than dictionary look-ups and set building.
 * Thread-safe.
 */
final class CandidateReader {

    private final Esco esco;
    private final IndexSearcher searcher;
    private final Map<Integer, Values> segments = new ConcurrentHashMap<>();
    /**
     * One {@code String} per skill id across the segments' dictionaries and the essential lists: {@link #skills}
     * compares a posting's named skills with its occupation's essential ones by identity. With {@code equals} (up to
     * ten named ids against some thirty essential ones per posting, ids of one length, so each comparison reads
     * both) that loop was most of reading a candidate (docs/benchmarks.md "What the matcher does for speed"). At most
     * the skills the index and ESCO name, some ten thousand.
     */
    private final Map<String, String> skillIds = new ConcurrentHashMap<>();

    CandidateReader(Esco esco, IndexSearcher searcher) {
        this.esco = esco;
        this.searcher = searcher;
    }

    /**
     * A segment's doc-values dictionaries, by ordinal: its postings' occupations, the essential skills of each, and
     * its skill ids.
     */
    private record Values(Occupation[] occupations, List<String>[] essential, String[] skills) {
    }

    /**
     * The candidates' id, occupation, skills and place, read from doc values (forward-only, so leaf by leaf in doc
     * order), returned in the order the docs were given. A posting's skills are those its text names (in the
     * order of their ids), then the essential skills of its occupation it does not name.
     */
    List<Matcher.Candidate> read(java.util.Collection<Integer> docs, Map<Integer, Double> text, Place home)
        throws IOException {
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        Map<Integer, Matcher.Candidate> byDoc = new HashMap<>(sorted.length * 2);
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i >= sorted.length || sorted[i] >= end) {
                continue;
            }
            LeafReader reader = leaf.reader();
            BinaryDocValues ids = DocValues.getBinary(reader, PostingIndex.ID);
            SortedDocValues occupations = DocValues.getSorted(reader, PostingIndex.OCCUPATION);
            SortedSetDocValues skillValues = DocValues.getSortedSet(reader, PostingIndex.SKILL);
            SortedNumericDocValues places = DocValues.getSortedNumeric(reader, PostingIndex.LOCATION);
            Values values = values(leaf);
            for (; i < sorted.length && sorted[i] < end; i++) {
                int doc = sorted[i];
                int d = doc - leaf.docBase;
                String id = ids.advanceExact(d) ? ids.binaryValue().utf8ToString() : "";
                int ord = occupations.advanceExact(d) ? occupations.ordValue() : -1;
                Occupation occupation = ord < 0 ? null : values.occupations()[ord];
                List<String> essential = ord < 0 || occupation == null ? List.of() : values.essential()[ord];
                String[] named = skillValues.advanceExact(d) ? new String[skillValues.docValueCount()] : new String[0];
                for (int n = 0; n < named.length; n++) {
                    named[n] = values.skills()[(int) skillValues.nextOrd()];
                }
                Double km = null;
                if (home != null && places.advanceExact(d)) {
                    long v = places.nextValue();
                    km = home.distanceKm(new Place(GeoEncodingUtils.decodeLatitude((int) (v >>> 32)),
                        GeoEncodingUtils.decodeLongitude((int) (v & 0xFFFFFFFFL))));
                }
                byDoc.put(doc, new Matcher.Candidate(doc, id, occupation, skills(named, essential),
                    text.getOrDefault(doc, 0.0), km));
            }
        }
        return docs.stream().map(byDoc::get).toList();
    }

    /**
     * The named skills, then the essential ones not named: what a {@code LinkedHashSet} of both gives, without
     * hashing some thirty ids per posting (three quarters of reading a candidate, by JFR). The named ids are distinct
     * (a sorted set's ordinals) and few, so each essential skill is compared with them one by one, by identity: both
     * lists hold the reader's one instance per id ({@link #skillIds}); the essential list is distinct
     * ({@link #distinct}).
     */
    private static List<String> skills(String[] named, List<String> essential) {
        if (named.length == 0) {
            return essential;
        }
        var out = new ArrayList<String>(named.length + essential.size());
        out.addAll(Arrays.asList(named));
        for (String skill : essential) {
            boolean seen = false;
            for (String n : named) {
                if (n == skill) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(skill);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The list without repeats, first occurrence kept (as a {@code LinkedHashSet} would keep it), each id as the
     * reader's one instance of it.
     */
    private List<String> distinct(List<String> ids) {
        return new java.util.LinkedHashSet<>(ids).stream().map(this::skillId).toList();
    }

    private String skillId(String id) {
        return skillIds.computeIfAbsent(id, k -> k);
    }

    /**
     * The segment's dictionaries, read on first use and kept (a segment never changes): looking an ordinal up in the
     * doc-values terms dictionary for every candidate and skill cost more than the candidate search on a small index.
     * At most a few thousand occupations and some ten thousand skills per segment.
     */
    @SuppressWarnings("unchecked")
    private Values values(LeafReaderContext leaf) throws IOException {
        Values v = segments.get(leaf.ord);
        if (v == null) {
            SortedDocValues occ = DocValues.getSorted(leaf.reader(), PostingIndex.OCCUPATION);
            var occupations = new Occupation[occ.getValueCount()];
            var essential = (List<String>[]) new List<?>[occupations.length];
            for (int o = 0; o < occupations.length; o++) {
                occupations[o] = esco.occupation(occ.lookupOrd(o).utf8ToString()).orElse(null);
                essential[o] = occupations[o] == null ? List.of() : distinct(esco.essentialSkills(occupations[o].uri()));
            }
            SortedSetDocValues sk = DocValues.getSortedSet(leaf.reader(), PostingIndex.SKILL);
            var ids = new String[(int) sk.getValueCount()];
            for (int o = 0; o < ids.length; o++) {
                ids[o] = skillId(sk.lookupOrd(o).utf8ToString());
            }
            v = new Values(occupations, essential, ids);
            segments.put(leaf.ord, v);
        }
        return v;
    }
}
