package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.alternative.Alternative;
import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Alternative occupations, P@10 against job families derived from the STAR (Jobnet) ↔ ESCO crosswalk. There is no
 * gold list of related occupations in the data, so relatedness is taken from Danish job-centre practice: when one
 * STAR concept maps to ESCO occupations in ISCO-4 groups A and B, the two groups are one job family. An alternative
 * for an occupation of group A is relevant when its group is in a family with A. This measures whether suggestions
 * land in groups STAR lumps together; it does not say whether a particular move is realistic for a citizen, and
 * related groups STAR never happens to join count as wrong. The alternatives do not read the crosswalk.
 * <p>
 * Beside it: the same gold for the ranking by skill coverage alone ({@link Alternatives.Weights#SKILLS_ONLY}, the
 * engine before the group and proximity signals), by the raw count of shared essential skills (the baseline), and
 * for a random ranking (chance).
 * <p>
 * The queries are split by their ISCO-4 group ({@link OccupationQuery.Half}): the weights were fitted on the
 * {@code TUNE} groups ({@link TuneAlternatives}) and the figures are measured on the {@code REPORT} groups only, so no
 * reported query shares its gold family with a tuning query.
 */
public final class AlternativesTask implements Task {

    static final String NAME = "alternatives";
    private static final int K = 10;
    private static final double TARGET = 0.30;

    private final Predicate<Occupation> reported;

    public AlternativesTask() {
        this(o -> OccupationQuery.Half.of(o.isco()) == OccupationQuery.Half.REPORT);
    }

    /** With another choice of the reported queries (tests: all). */
    AlternativesTask(Predicate<Occupation> reported) {
        this.reported = reported;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measure> run(Esco esco, Path data) {
        Map<String, Set<String>> families = families(esco);
        Map<String, Integer> groupSize = new HashMap<>();
        esco.occupations().forEach(o -> groupSize.merge(o.isco(), 1, Integer::sum));
        int all = esco.occupations().size();
        var alternatives = new Alternatives(esco);
        var skillsOnly = new Alternatives(esco, Alternatives.Weights.SKILLS_ONLY);
        var bySkill = bySkill(esco);
        List<Double> ours = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> chance = new ArrayList<>();
        for (Occupation query : queries(esco, families, reported)) {
            Set<String> related = families.get(query.isco());
            ours.add(precision(alternatives, query, related));
            before.add(precision(skillsOnly, query, related));
            baseline.add(precision(sharedCount(esco, bySkill, query), related));
            int relatedOccupations = related.stream().mapToInt(g -> groupSize.getOrDefault(g, 0)).sum();
            chance.add((double) relatedOccupations / (all - groupSize.get(query.isco())));
        }
        return List.of(
            Measure.of(NAME, "all", "P@10", array(ours), TARGET),
            Measure.of(NAME, "all", "P@10 skill coverage alone", array(before), null),
            Measure.of(NAME, "all", "P@10 baseline (raw shared-skill count)", array(baseline), null),
            Measure.of(NAME, "all", "P@10 chance (random ranking)", array(chance), null));
    }

    /** The occupations that are queries: with a family and essential skills, and chosen by {@code which}. */
    static List<Occupation> queries(Esco esco, Map<String, Set<String>> families, Predicate<Occupation> which) {
        return esco.occupations().stream()
            .filter(o -> families.containsKey(o.isco()) && !esco.essentialSkills(o.uri()).isEmpty())
            .filter(which).toList();
    }

    /** P@10 of the alternatives for one query occupation. */
    static double precision(Alternatives alternatives, Occupation query, Set<String> related) {
        return precision(alternatives.forOccupations(List.of(query.uri()), List.of(), Lang.EN, K)
            .stream().map(Alternative::isco).toList(), related);
    }

    /** ISCO-4 group → the other ISCO-4 groups some STAR concept maps to together with it. */
    static Map<String, Set<String>> families(Esco esco) {
        Map<String, Set<String>> families = new HashMap<>();
        for (String code : esco.starCodes()) {
            Set<String> groups = new HashSet<>();
            esco.star(code).forEach(m -> esco.occupation(m.escoUri()).ifPresent(o -> groups.add(o.isco())));
            for (String a : groups) {
                for (String b : groups) {
                    if (!a.equals(b)) {
                        families.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                }
            }
        }
        return families;
    }

    /** The baseline: other-group occupations by how many essential skills they share with the query, ties by URI. */
    private static List<String> sharedCount(Esco esco, Map<String, List<Occupation>> bySkill, Occupation query) {
        Map<Occupation, Integer> shared = new HashMap<>();
        for (String id : new HashSet<>(esco.essentialSkills(query.uri()))) {
            for (Occupation o : bySkill.getOrDefault(id, List.of())) {
                if (!o.isco().equals(query.isco())) {
                    shared.merge(o, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
            .sorted(Map.Entry.<Occupation, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().uri()))
            .limit(K).map(e -> e.getKey().isco()).toList();
    }

    private static Map<String, List<Occupation>> bySkill(Esco esco) {
        Map<String, List<Occupation>> bySkill = new HashMap<>();
        for (Occupation o : esco.occupations()) {
            for (String id : new HashSet<>(esco.essentialSkills(o.uri()))) {
                bySkill.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        return bySkill;
    }

    /** Relevant answers among the first K, over K (a list shorter than K counts its gaps as wrong). */
    static double precision(List<String> groups, Set<String> related) {
        return (double) groups.stream().limit(K).filter(related::contains).count() / K;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
