package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Matches a citizen's profile against the postings index. Two steps:
 * <ol>
 *   <li>candidates: within the commute area (exact: none beyond the limit) and not expired, the best postings by
 *       occupation and skill terms and, separately, the best by BM25 of the CV text;</li>
 *   <li>ranking: each candidate's signals (occupation match, skill overlap, text, distance) fused with
 *       {@link Weights}; a posting is a match when its occupation is in the citizen's ISCO-2 group or closer, or it
 *       needs a skill the citizen has. When fewer than {@code top} match, postings needing no qualifications (ISCO
 *       major group 9) nearest home fill up the list, marked as fallback (Jobnet's rule).</li>
 * </ol>
 * The citizen's skills are those the CV names plus the essential skills of the occupation the CV shows best: the
 * shipped data has no Danish skill labels, so a Danish CV's skills are mostly known through its occupation. Shared
 * and missing skills are therefore told against that occupation.
 * Thread-safe.
 */
public final class Matcher {

    private static final int CV_OCCUPATIONS = 10;
    private static final int WISH_OCCUPATIONS = 3;
    private static final int MATCHING_OCCUPATIONS = 5;
    private static final int MAX_QUERY_TERMS = 256;
    private static final int COMMON_WORD_SHARE = 4;
    private static final int OTHER_LANGUAGE_WORD_SHARE = 20;
    private static final int MIN_CANDIDATES = 100;
    private static final double CANDIDATE_SKILL_BOOST = 0.05;
    private static final int KEPT_CVS = 256;

    private final Esco esco;
    private final Occupations occupations;
    private final Skills skills;
    private final Postcodes postcodes;
    private final PostingIndex index;
    private final Weights weights;
    private final Clock clock;
    private final Analyzer analyzer = PostingIndexer.analyzer();
    private final Explanations explanations;
    private final Areas areas;
    private final Map<Integer, Values> segments = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CvKey, Cv> cvs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CvKey, Cv> eldest) {
            return size() > KEPT_CVS;
        }
    };

    public Matcher(Esco esco, Occupations occupations, Skills skills, Postcodes postcodes, PostingIndex index,
                   Weights weights, Clock clock) {
        this.esco = esco;
        this.occupations = occupations;
        this.skills = skills;
        this.postcodes = postcodes;
        this.index = index;
        this.weights = weights;
        this.clock = clock;
        this.explanations = new Explanations(esco);
        this.areas = new Areas(index.searcher());
    }

    /** An occupation the citizen is taken to have or want: its CV evidence and wish evidence, each 0..1. */
    public record CitizenOccupation(Occupation occupation, double cv, double wish) {

        double weight(Weights w) {
            return cv + w.wish() * wish;
        }
    }

    /** A posting inside the area, with what the ranking needs. {@code text} is BM25 over the best candidate's (0..1). */
    public record Candidate(int doc, String id, Occupation occupation, List<String> skills, double text,
                            Double distanceKm) {
    }

    /** The profile read and the candidates found: ranking them is cheap, so weights can be tuned on these. */
    public record Candidates(Profile profile, Lang lang, Place home, double maxKm, String homeLabel,
                             List<CitizenOccupation> citizen, Set<String> citizenSkills, Set<String> namedSkills,
                             List<Candidate> candidates) {
    }

    public MatchResult match(Profile profile) {
        return rank(candidates(profile), weights);
    }

    public Candidates candidates(Profile profile) {
        Lang lang = profile.language();
        Place home = null;
        String homeLabel = "";
        double maxKm = 0;
        if (profile.postcode() != null && !profile.postcode().isBlank()) {
            var pc = postcodes.find(profile.postcode())
                .orElseThrow(() -> new BadProfileException("unknown Danish postcode '" + profile.postcode() + "'"));
            home = pc.place().orElseThrow(() -> new BadProfileException("postcode " + pc.code() + " has no known location"));
            homeLabel = pc.code() + " " + pc.town();
            maxKm = profile.maxKm() != null ? profile.maxKm() : Profile.DEFAULT_MAX_KM;
        }
        Cv cv = cv(profile, lang);
        List<CitizenOccupation> citizen = cv.citizen();
        List<String> named = cv.named();
        Set<String> citizenSkills = cv.citizenSkills();
        try {
            IndexSearcher area = area(home, maxKm).searcher();
            int k = Math.max(MIN_CANDIDATES, profile.top() * 10);
            Map<Integer, Double> text = new HashMap<>();
            var textHits = top(area, textQuery(area, cv.words(), lang), k);
            double best = textHits.length == 0 ? 1 : textHits[0].score;
            for (ScoreDoc hit : textHits) {
                text.put(hit.doc, hit.score / best);
            }
            Set<Integer> docs = new LinkedHashSet<>(text.keySet());
            Query structured = structuredQuery(citizen, citizenSkills);
            if (structured != null) {
                for (ScoreDoc hit : top(area, structured, k)) {
                    docs.add(hit.doc);
                }
            }
            var found = new ArrayList<Candidate>();
            for (Candidate c : read(docs, text, home)) {
                if (home == null || (c.distanceKm() != null && c.distanceKm() <= maxKm)) {
                    found.add(c);
                }
            }
            return new Candidates(profile, lang, home, maxKm, homeLabel, citizen, citizenSkills,
                Set.copyOf(named), found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ranks the candidates with the weights, then fills up with fallback postings when too few match. */
    public MatchResult rank(Candidates c, Weights w) {
        double maxCitizen = c.citizen().stream().mapToDouble(o -> o.weight(w)).max().orElse(1);
        var matches = new ArrayList<Scored>();
        for (Candidate candidate : c.candidates()) {
            Scored s = score(candidate, c, w, maxCitizen);
            if (s.isMatch()) {
                matches.add(s);
            }
        }
        matches.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().id()));
        var postings = new ArrayList<PostingMatch>();
        Set<String> ids = new LinkedHashSet<>();
        for (Scored s : matches.subList(0, Math.min(c.profile().top(), matches.size()))) {
            postings.add(out(s, c, false));
            ids.add(s.candidate().id());
        }
        if (postings.size() < c.profile().top()) {
            for (Candidate f : fallback(c, c.profile().top() - postings.size(), ids)) {
                postings.add(out(score(f, c, w, maxCitizen), c, true));
            }
        }
        var ranked = c.citizen().stream()
            .sorted(Comparator.comparingDouble((CitizenOccupation o) -> o.weight(w)).reversed())
            .limit(CV_OCCUPATIONS)
            .map(o -> new RankedOccupation(o.occupation(), o.weight(w) / maxCitizen))
            .toList();
        return new MatchResult(c.lang(), ranked, own(c.citizen()).map(CitizenOccupation::occupation),
            c.citizenSkills(), postings);
    }

    /**
     * The ids of the best {@code k} matches under the weights, without fallback or explanations: the cheap part of
     * {@link #rank}, for tuning the weights over many profiles.
     */
    public List<String> topIds(Candidates c, Weights w, int k) {
        double maxCitizen = c.citizen().stream().mapToDouble(o -> o.weight(w)).max().orElse(1);
        return c.candidates().stream().map(p -> score(p, c, w, maxCitizen)).filter(Scored::isMatch)
            .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().id()))
            .limit(k).map(s -> s.candidate().id()).toList();
    }

    /** The ISCO level at which two occupations meet: 5 the same occupation, 4..2 the same group, 0 none. */
    static int level(Occupation a, Occupation b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.uri().equals(b.uri())) {
            return 5;
        }
        for (int n = 4; n >= 2; n--) {
            if (a.isco().length() >= n && b.isco().length() >= n && a.isco().substring(0, n).equals(b.isco().substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    private static double factor(int level, Weights w) {
        return switch (level) {
            case 5 -> 1;
            case 4 -> w.isco4();
            case 3 -> w.isco3();
            case 2 -> w.isco2();
            default -> 0;
        };
    }

    /** A candidate with its fused score and the parts the explanation tells. */
    record Scored(Candidate candidate, double score, CitizenOccupation matchedBy, int level, List<String> shared) {

        boolean isMatch() {
            return level >= 2 || !shared.isEmpty();
        }
    }

    private Scored score(Candidate p, Candidates c, Weights w, double maxCitizen) {
        CitizenOccupation by = null;
        int byLevel = 0;
        double occ = 0;
        for (CitizenOccupation o : c.citizen()) {
            int level = level(o.occupation(), p.occupation());
            double s = o.weight(w) / maxCitizen * factor(level, w);
            if (s > occ) {
                occ = s;
                by = o;
                byLevel = level;
            }
        }
        List<String> shared = p.skills().stream().filter(c.citizenSkills()::contains).toList();
        double overlap = shared.isEmpty() ? 0
            : shared.size() / Math.sqrt((double) p.skills().size() * c.citizenSkills().size());
        double near = c.home() == null || p.distanceKm() == null ? 0 : Math.max(0, 1 - p.distanceKm() / c.maxKm());
        double score = w.occupation() * occ + w.skills() * overlap + w.text() * p.text() + w.distance() * near;
        return new Scored(p, score, by, byLevel, shared);
    }

    private PostingMatch out(Scored s, Candidates c, boolean fallback) {
        Candidate p = s.candidate();
        // Missing: the essential skills of the posting's occupation that the citizen is not taken to have.
        List<String> missing = p.occupation() == null ? List.of() : esco.essentialSkills(p.occupation().uri()).stream()
            .filter(id -> !c.citizenSkills().contains(id)).toList();
        // Each list's labels sorted once, for the answer and its explanation alike.
        List<String> shared = labels(s.shared(), c.namedSkills());
        List<String> missingLabels = labels(missing, Set.of());
        return new PostingMatch(p.id(), Math.round(s.score() * 10000) / 10000.0,
            p.occupation() == null ? "" : p.occupation().uri(),
            p.distanceKm() == null ? null : Math.round(p.distanceKm() * 10) / 10.0,
            shared, missingLabels, fallback,
            explanations.explain(c.lang(), p, s.matchedBy(), s.level(), shared, missingLabels, fallback,
                c.homeLabel()));
    }

    /** Labels, the most telling first: skills the CV names, then the rarest (essential for the fewest occupations). */
    private List<String> labels(List<String> skillIds, Set<String> named) {
        return skillIds.stream()
            .sorted(Comparator.comparing((String id) -> !named.contains(id))
                .thenComparingInt(id -> esco.skill(id).map(dk.rekrut.matching.esco.Skill::essentialFor).orElse(0))
                .thenComparing(id -> id))
            .map(id -> esco.skill(id).map(dk.rekrut.matching.esco.Skill::label).orElse(id)).toList();
    }

    private List<Candidate> fallback(Candidates c, int n, Set<String> taken) {
        try {
            var q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PostingIndex.ISCO1, "9")), Occur.FILTER)
                .add(area(c.home(), c.maxKm()).filter(), Occur.FILTER)
                .build();
            Sort sort = c.home() == null ? Sort.INDEXORDER
                : new Sort(LatLonDocValuesField.newDistanceSort(PostingIndex.LOCATION, c.home().lat(), c.home().lon()));
            var out = new ArrayList<Candidate>();
            var hits = new ArrayList<Integer>();
            for (ScoreDoc hit : index.searcher().search(q, n + taken.size(), sort).scoreDocs) {
                hits.add(hit.doc);
            }
            for (Candidate f : read(hits, Map.of(), c.home())) {
                boolean inside = c.home() == null || (f.distanceKm() != null && f.distanceKm() <= c.maxKm());
                if (inside && !taken.contains(f.id()) && out.size() < n) {
                    out.add(f);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The candidates' id, occupation, skills and place, read from doc values (forward-only, so leaf by leaf in doc
     * order), returned in the order the docs were given.
     */
    private List<Candidate> read(java.util.Collection<Integer> docs, Map<Integer, Double> text, Place home)
        throws IOException {
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        Map<Integer, Candidate> byDoc = new HashMap<>();
        List<LeafReaderContext> leaves = index.searcher().getIndexReader().leaves();
        int i = 0;
        for (LeafReaderContext leaf : leaves) {
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
                Occupation occupation = occupations.advanceExact(d) ? values.occupations()[occupations.ordValue()] : null;
                // The posting's skills: those its text names, then the essential skills of its occupation.
                var postingSkills = new LinkedHashSet<String>();
                if (skillValues.advanceExact(d)) {
                    for (int n = 0; n < skillValues.docValueCount(); n++) {
                        postingSkills.add(values.skills()[(int) skillValues.nextOrd()]);
                    }
                }
                if (occupation != null) {
                    postingSkills.addAll(esco.essentialSkills(occupation.uri()));
                }
                Double km = null;
                if (home != null && places.advanceExact(d)) {
                    long v = places.nextValue();
                    km = home.distanceKm(new Place(GeoEncodingUtils.decodeLatitude((int) (v >>> 32)),
                        GeoEncodingUtils.decodeLongitude((int) (v & 0xFFFFFFFFL))));
                }
                byDoc.put(doc, new Candidate(doc, id, occupation, List.copyOf(postingSkills),
                    text.getOrDefault(doc, 0.0), km));
            }
        }
        return docs.stream().map(byDoc::get).toList();
    }

    /** A segment's doc-values dictionaries, by ordinal: its postings' occupations and skill ids. */
    private record Values(Occupation[] occupations, String[] skills) {
    }

    /**
     * The segment's dictionaries, read on first use and kept (a segment never changes): looking an ordinal
     * up in the doc-values terms dictionary for every candidate and skill cost more than the candidate search on a
     * small index. At most a few thousand occupations and some ten thousand skills per segment.
     */
    private Values values(LeafReaderContext leaf) throws IOException {
        Values v = segments.get(leaf.ord);
        if (v == null) {
            SortedDocValues occ = DocValues.getSorted(leaf.reader(), PostingIndex.OCCUPATION);
            var occupations = new Occupation[occ.getValueCount()];
            for (int o = 0; o < occupations.length; o++) {
                occupations[o] = esco.occupation(occ.lookupOrd(o).utf8ToString()).orElse(null);
            }
            SortedSetDocValues sk = DocValues.getSortedSet(leaf.reader(), PostingIndex.SKILL);
            var skillIds = new String[(int) sk.getValueCount()];
            for (int o = 0; o < skillIds.length; o++) {
                skillIds[o] = sk.lookupOrd(o).utf8ToString();
            }
            v = new Values(occupations, skillIds);
            segments.put(leaf.ord, v);
        }
        return v;
    }

    private Areas.Area area(Place home, double maxKm) throws IOException {
        return areas.area(home, maxKm, LocalDate.now(clock));
    }

    /**
     * The best {@code k} hits inside the area (a searcher from {@link Areas}, whose live documents are the area's),
     * counting hits only up to {@code k}: the count is not used, and without it Lucene can skip postings that cannot
     * enter the top k (block-max WAND/MaxScore) from the start rather than after 1,000 hits.
     */
    private static ScoreDoc[] top(IndexSearcher area, Query q, int k) throws IOException {
        return area.search(q, new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
    }

    /**
     * The CV's words, analysed once per language, against the postings' text in that language (plain BM25). Words in
     * more than a quarter ({@code 1/}{@value #COMMON_WORD_SHARE}) of a field's postings are left out: they cost the
     * most to score (the longest postings lists) and, with the lowest idf, barely move BM25's ranking (postings task
     * P@10 0.683 → 0.678; an English CV's match on 200,000 postings about a fifth faster, docs/benchmarks.md).
     * In the other language's field only words in at most {@code 1/}{@value #OTHER_LANGUAGE_WORD_SHARE} of its
     * postings are asked for: there a CV's words that tell (names, tools, skill labels the other language borrows) are
     * rare, and the common ones cost most (an English CV on 1,000,000 postings: the text query a third cheaper; postings
     * task P@10 0.740 → 0.738). The term states are built against {@code searcher}, the area's, which the query must
     * then run on.
     */
    private static Query textQuery(IndexSearcher searcher, Map<String, Set<String>> words, Lang lang) {
        var q = new BooleanQuery.Builder();
        try {
            var reader = searcher.getIndexReader();
            String own = lang == Lang.DA ? PostingIndex.TEXT_DA : PostingIndex.TEXT_EN;
            for (String field : List.of(PostingIndex.TEXT_DA, PostingIndex.TEXT_EN)) {
                long common = reader.getDocCount(field)
                    / (field.equals(own) ? COMMON_WORD_SHARE : OTHER_LANGUAGE_WORD_SHARE);
                for (String word : words.get(field)) {
                    // Looked up in each segment once, for the count and for the query (which would look it up again);
                    // a word no posting has matches nothing and is left out.
                    Term term = new Term(field, word);
                    TermStates states = TermStates.build(searcher, term, true);
                    if (states.docFreq() > 0 && states.docFreq() <= common) {
                        q.add(new TermQuery(term, states), Occur.SHOULD);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return q.build();
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

    /**
     * What a profile's CV and wishes give, whatever the index: the citizen's occupations (the occupation ranker, most
     * of this), the skills the CV names and the citizen's skills, and the CV's words for the text query.
     */
    private record Cv(List<CitizenOccupation> citizen, List<String> named, Set<String> citizenSkills,
                      Map<String, Set<String>> words) {
    }

    private record CvKey(String cv, List<String> wishes, Lang lang) {
    }

    /**
     * The profile's {@link Cv}, worked out once and kept for the last {@value #KEPT_CVS} CVs: a consultant matches the
     * same citizen again with another radius, home or list length, and the service is asked again for the same CV;
     * the occupation ranker then costs nothing (a few ms of CPU per CV otherwise, docs/benchmarks.md).
     */
    private Cv cv(Profile profile, Lang lang) {
        var key = new CvKey(profile.cv(), List.copyOf(profile.wishes()), lang);
        Cv cv;
        synchronized (cvs) {
            cv = cvs.get(key);
        }
        if (cv == null) {
            List<RankedOccupation> fromCv = occupations.rank(profile.cv(), lang, CV_OCCUPATIONS);
            List<CitizenOccupation> citizen = citizenOccupations(profile, lang, fromCv);
            List<String> named = List.copyOf(skills.ids(profile.cv()));
            cv = new Cv(citizen, named, java.util.Collections.unmodifiableSet(citizenSkills(named, citizen)),
                Map.of(PostingIndex.TEXT_DA, terms(PostingIndex.TEXT_DA, profile.cv()),
                    PostingIndex.TEXT_EN, terms(PostingIndex.TEXT_EN, profile.cv())));
            synchronized (cvs) {
                cvs.put(key, cv);
            }
        }
        return cv;
    }

    /** Forgets the CVs worked out so far: for measuring a CV seen for the first time. */
    public void forgetCvs() {
        synchronized (cvs) {
            cvs.clear();
        }
    }

    /** Postings of the citizen's occupations or their groups, and postings naming the citizen's skills. */
    private Query structuredQuery(List<CitizenOccupation> citizen, Set<String> citizenSkills) {
        var q = new BooleanQuery.Builder();
        int clauses = 0;
        double max = citizen.stream().mapToDouble(o -> o.weight(weights)).max().orElse(1);
        for (CitizenOccupation o : citizen.stream().limit(MATCHING_OCCUPATIONS).toList()) {
            double w = o.weight(weights) / max;
            String isco = o.occupation().isco();
            q.add(boost(new TermQuery(new Term(PostingIndex.OCCUPATION, o.occupation().uri())), w), Occur.SHOULD);
            q.add(boost(new TermQuery(new Term(PostingIndex.ISCO4, isco)), w * weights.isco4()), Occur.SHOULD);
            q.add(boost(new TermQuery(new Term(PostingIndex.ISCO3, isco.substring(0, Math.min(3, isco.length())))),
                w * weights.isco3()), Occur.SHOULD);
            q.add(boost(new TermQuery(new Term(PostingIndex.ISCO2, isco.substring(0, Math.min(2, isco.length())))),
                w * weights.isco2()), Occur.SHOULD);
            clauses += 4;
        }
        for (String skill : citizenSkills) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount() - 1) {
                break;
            }
            q.add(boost(new TermQuery(new Term(PostingIndex.SKILL, skill)), CANDIDATE_SKILL_BOOST), Occur.SHOULD);
        }
        return clauses == 0 ? null : q.build();
    }

    private static Query boost(Query q, double boost) {
        return new BoostQuery(new ConstantScoreQuery(q), (float) Math.max(boost, 1e-6));
    }

    private List<CitizenOccupation> citizenOccupations(Profile profile, Lang lang, List<RankedOccupation> fromCv) {
        Map<String, double[]> evidence = new LinkedHashMap<>();
        for (String wish : profile.wishes()) {
            List<RankedOccupation> ranked = occupations.rank(wish, lang, WISH_OCCUPATIONS);
            add(evidence, ranked, 1);
        }
        add(evidence, fromCv, 0);
        return evidence.entrySet().stream()
            .map(e -> new CitizenOccupation(esco.occupation(e.getKey()).orElseThrow(), e.getValue()[0], e.getValue()[1]))
            .sorted(Comparator.comparingDouble((CitizenOccupation o) -> o.weight(weights)).reversed())
            .toList();
    }

    /** Scores relative to the list's best, so a wish and a CV weigh alike whatever their lengths. */
    private static void add(Map<String, double[]> evidence, List<RankedOccupation> ranked, int slot) {
        if (ranked.isEmpty() || ranked.get(0).score() <= 0) {
            return;
        }
        double best = ranked.get(0).score();
        for (RankedOccupation r : ranked) {
            double[] e = evidence.computeIfAbsent(r.occupation().uri(), k -> new double[2]);
            e[slot] = Math.max(e[slot], r.score() / best);
        }
    }

    /**
     * The skills the CV names, and the essential skills of the best-weighed occupation the CV itself shows (a wish
     * can confirm which one, but a wish alone gives no skills: it is what the citizen wants, not what they have).
     */
    /** The best-weighed of the citizen's occupations that the CV itself shows (the list is sorted best first). */
    private static java.util.Optional<CitizenOccupation> own(List<CitizenOccupation> citizen) {
        return citizen.stream().filter(o -> o.cv() > 0).findFirst();
    }

    private Set<String> citizenSkills(List<String> named, List<CitizenOccupation> citizen) {
        var out = new LinkedHashSet<>(named);
        own(citizen).ifPresent(o -> out.addAll(esco.essentialSkills(o.occupation().uri())));
        return out;
    }
}
