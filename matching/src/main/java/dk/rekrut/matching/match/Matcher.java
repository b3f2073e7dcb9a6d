package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.Term;
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

    private static final int MATCHING_OCCUPATIONS = 5;
    private static final int MIN_CANDIDATES = 100;
    /**
     * The structured search's hits: half the text search's. On the development postings task 50 instead of 100 gave
     * the same P@10 to the last digit, and on 1,000,000 postings the search cost less (docs/benchmarks.md "What the
     * matcher does for speed").
     */
    private static final int MIN_STRUCTURED_CANDIDATES = 50;
    private static final double CANDIDATE_SKILL_BOOST = 0.05;

    private final Esco esco;
    private final Postcodes postcodes;
    private final PostingIndex index;
    private final Weights weights;
    private final Clock clock;
    private final Explanations explanations;
    private final Areas areas;
    private final CandidateReader reader;
    private final TermLookups lookups;
    private final TextQuery textQuery;
    private final CvReader cvReader;

    public Matcher(Esco esco, Occupations occupations, Skills skills, Postcodes postcodes, PostingIndex index,
                   Weights weights, Clock clock) {
        this.esco = esco;
        this.postcodes = postcodes;
        this.index = index;
        this.weights = weights;
        this.clock = clock;
        this.explanations = new Explanations(esco);
        this.areas = new Areas(index.searcher());
        this.reader = new CandidateReader(esco, index.searcher());
        this.lookups = new TermLookups(index.searcher());
        this.textQuery = new TextQuery(lookups);
        this.cvReader = new CvReader(esco, occupations, skills, weights, textQuery);
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
        CvReader.Cv cv = cvReader.cv(profile, lang);
        List<CitizenOccupation> citizen = cv.citizen();
        List<String> named = cv.named();
        Set<String> citizenSkills = cv.citizenSkills();
        try {
            IndexSearcher area = area(home, maxKm).searcher();
            int k = Math.max(MIN_CANDIDATES, profile.top() * 10);
            int structuredK = Math.max(MIN_STRUCTURED_CANDIDATES, profile.top() * 5);
            Map<Integer, Double> text = new HashMap<>();
            var textHits = top(area, textQuery.query(area, cv.words(), lang), k);
            double best = textHits.length == 0 ? 1 : textHits[0].score;
            for (ScoreDoc hit : textHits) {
                text.put(hit.doc, hit.score / best);
            }
            Set<Integer> docs = new LinkedHashSet<>(text.keySet());
            Query structured = structuredQuery(area, citizen, citizenSkills);
            if (structured != null) {
                for (ScoreDoc hit : top(area, structured, structuredK)) {
                    docs.add(hit.doc);
                }
            }
            var found = new ArrayList<Candidate>();
            for (Candidate c : reader.read(docs, text, home)) {
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
            .limit(CvReader.CV_OCCUPATIONS)
            .map(o -> new RankedOccupation(o.occupation(), o.weight(w) / maxCitizen))
            .toList();
        return new MatchResult(c.lang(), ranked, CvReader.own(c.citizen()).map(CitizenOccupation::occupation),
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
            if (a.isco().length() >= n && b.isco().length() >= n && a.isco().regionMatches(0, b.isco(), 0, n)) {
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
        // A loop, not a stream: this runs for each of the 100-150 candidates of a request.
        var kept = new ArrayList<String>();
        for (String skill : p.skills()) {
            if (c.citizenSkills().contains(skill)) {
                kept.add(skill);
            }
        }
        List<String> shared = kept.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(kept);
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

    /**
     * Labels, the most telling first: skills the CV names, then the rarest (essential for the fewest occupations).
     * Each skill is looked up once, not once per comparison.
     */
    private List<String> labels(List<String> skillIds, Set<String> named) {
        var keyed = new ArrayList<LabelKey>(skillIds.size());
        for (String id : skillIds) {
            var skill = esco.skill(id);
            keyed.add(new LabelKey(id, !named.contains(id), skill.map(dk.rekrut.matching.esco.Skill::essentialFor).orElse(0),
                skill.map(dk.rekrut.matching.esco.Skill::label).orElse(id)));
        }
        keyed.sort(LABEL_ORDER);
        var out = new ArrayList<String>(keyed.size());
        for (LabelKey k : keyed) {
            out.add(k.label());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private record LabelKey(String id, boolean notNamed, int essentialFor, String label) {
    }

    private static final Comparator<LabelKey> LABEL_ORDER = Comparator.comparing(LabelKey::notNamed)
        .thenComparingInt(LabelKey::essentialFor).thenComparing(LabelKey::id);

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
            for (Candidate f : reader.read(hits, Map.of(), c.home())) {
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

    /** Forgets the CVs (and their words' look-ups) worked out so far: for measuring a CV seen for the first time. */
    public void forgetCvs() {
        cvReader.forget();
        lookups.forget();
    }

    /**
     * Postings of the citizen's occupations or their groups, and postings naming the citizen's skills. A term asked
     * for by several of the citizen's occupations (their shared ISCO-3 and ISCO-2 groups, mostly) is one clause whose
     * boost is the sum of theirs: a posting with it scores the same as with one clause per occupation, and Lucene
     * walks its postings list once instead of up to five times (an ISCO-2 group's list holds some tens of thousands of
     * postings on 1,000,000).
     */
    private Query structuredQuery(IndexSearcher area, List<CitizenOccupation> citizen, Set<String> citizenSkills)
        throws IOException {
        double max = citizen.stream().mapToDouble(o -> o.weight(weights)).max().orElse(1);
        Map<Term, Double> occupationTerms = new java.util.LinkedHashMap<>();
        for (CitizenOccupation o : citizen.stream().limit(MATCHING_OCCUPATIONS).toList()) {
            double w = o.weight(weights) / max;
            String isco = o.occupation().isco();
            occupationTerms.merge(new Term(PostingIndex.OCCUPATION, o.occupation().uri()), w, Double::sum);
            occupationTerms.merge(new Term(PostingIndex.ISCO4, isco), w * weights.isco4(), Double::sum);
            occupationTerms.merge(new Term(PostingIndex.ISCO3, isco.substring(0, Math.min(3, isco.length()))),
                w * weights.isco3(), Double::sum);
            occupationTerms.merge(new Term(PostingIndex.ISCO2, isco.substring(0, Math.min(2, isco.length()))),
                w * weights.isco2(), Double::sum);
        }
        var terms = new ArrayList<>(occupationTerms.keySet());
        var boosts = new ArrayList<>(occupationTerms.values());
        for (String skill : citizenSkills) {
            if (terms.size() >= IndexSearcher.getMaxClauseCount() - 1) {
                break;
            }
            terms.add(new Term(PostingIndex.SKILL, skill));
            boosts.add(CANDIDATE_SKILL_BOOST);
        }
        if (terms.isEmpty()) {
            return null;
        }
        // All the terms' states at once: the look-ups of a new CV's terms share their enumerations (TermLookups).
        List<TermLookups.Lookup> found = lookups.lookupAll(terms);
        var q = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            // A constant score for postings with the term.
            q.add(new BoostQuery(new ConstantScoreQuery(TermLookups.query(area, terms.get(i), found.get(i))),
                (float) Math.max(boosts.get(i), 1e-6)), Occur.SHOULD);
        }
        return q.build();
    }
}
