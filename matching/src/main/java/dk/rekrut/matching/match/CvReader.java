package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.match.Matcher.CitizenOccupation;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import dk.rekrut.matching.skill.Skills;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a profile's CV and wishes give, whatever the index: the citizen's occupations (the occupation ranker, most of
 * this), the skills the CV names and the citizen's skills, and the CV's words for the text query. Worked out once and
 * kept for the last {@value #KEPT_CVS} CVs: a consultant matches the same citizen again with another radius, home or
 * list length, and the service is asked again for the same CV; the occupation ranker then costs nothing (a few ms of
 * CPU per CV otherwise, docs/benchmarks.md). Thread-safe.
 */
final class CvReader {

    static final int CV_OCCUPATIONS = 10;
    private static final int WISH_OCCUPATIONS = 3;
    private static final int KEPT_CVS = 256;

    private final Esco esco;
    private final Occupations occupations;
    private final Skills skills;
    private final Weights weights;
    private final TextQuery textQuery;
    private final Map<Key, Cv> cvs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cv> eldest) {
            return size() > KEPT_CVS;
        }
    };

    /** What the CV gives; the citizen's occupations best-weighed first. */
    record Cv(List<CitizenOccupation> citizen, List<String> named, Set<String> citizenSkills,
              Map<String, Set<String>> words) {
    }

    private record Key(String cv, List<String> wishes, Lang lang) {
    }

    CvReader(Esco esco, Occupations occupations, Skills skills, Weights weights, TextQuery textQuery) {
        this.esco = esco;
        this.occupations = occupations;
        this.skills = skills;
        this.weights = weights;
        this.textQuery = textQuery;
    }

    Cv cv(Profile profile, Lang lang) {
        var key = new Key(profile.cv(), List.copyOf(profile.wishes()), lang);
        Cv cv;
        synchronized (cvs) {
            cv = cvs.get(key);
        }
        if (cv == null) {
            List<RankedOccupation> fromCv = occupations.rank(profile.cv(), lang, CV_OCCUPATIONS);
            List<CitizenOccupation> citizen = citizenOccupations(profile, lang, fromCv);
            List<String> named = List.copyOf(skills.ids(profile.cv()));
            cv = new Cv(citizen, named, java.util.Collections.unmodifiableSet(citizenSkills(named, citizen)),
                textQuery.words(profile.cv()));
            synchronized (cvs) {
                cvs.put(key, cv);
            }
        }
        return cv;
    }

    void forget() {
        synchronized (cvs) {
            cvs.clear();
        }
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

    /** The best-weighed of the citizen's occupations that the CV itself shows (the list is sorted best first). */
    static Optional<CitizenOccupation> own(List<CitizenOccupation> citizen) {
        return citizen.stream().filter(o -> o.cv() > 0).findFirst();
    }

    /**
     * The skills the CV names, and the essential skills of the best-weighed occupation the CV itself shows (a wish
     * can confirm which one, but a wish alone gives no skills: it is what the citizen wants, not what they have).
     */
    private Set<String> citizenSkills(List<String> named, List<CitizenOccupation> citizen) {
        var out = new LinkedHashSet<>(named);
        own(citizen).ifPresent(o -> out.addAll(esco.essentialSkills(o.occupation().uri())));
        return out;
    }
}
