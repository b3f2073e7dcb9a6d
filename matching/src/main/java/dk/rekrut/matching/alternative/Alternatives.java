package dk.rekrut.matching.alternative;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Alternative occupations for a citizen: occupations in another ISCO-08 unit group than each of their own, ranked by
 * how much of their essential skills the citizen already has. The citizen's skills are those found in their CV plus
 * the essential skills of their own occupations. A skill counts by its rarity (inverse document frequency over the
 * occupations that list it as essential): "work in teams" carries over to hundreds of occupations and says little, a
 * rare skill says much. Besides an occupation's own skill coverage, signals of its ISCO-4 group rank the list (see
 * {@link Weights}): how well the whole group is covered, how near it is to the citizen's in the ISCO hierarchy,
 * whether ISCO's description of either group names the other, and how alike the groups' closest occupations are named.
 * Thread-safe once built.
 */
public final class Alternatives {

    /**
     * How the score is made, for an alternative with skill coverage {@code c} (the weighted share of its essential
     * skills the citizen has): {@code c + group × G + proximity + twinSkills × S + twinNames × D + crossReference × X},
     * over {@code 1 + group + sameIsco3 + twinSkills + twinNames + crossReference} so it stays in [0, 1]. {@code G} is
     * the mean coverage of the {@code groupTop} best-covered occupations of the alternative's ISCO-4 group (missing
     * ones count 0): a move into a group whose occupations the citizen covers broadly is sturdier than one into a
     * group where a single occupation happens to share a few rare skills. {@code proximity} is {@code sameIsco3} when the alternative's group shares its ISCO-3 minor group with one of the citizen's, else
     * {@code sameIsco2} when it shares the ISCO-2 sub-major group: neighbouring groups are where practice moves people
     * (nurse → midwife, paramedic), while the skill signal alone also pulls far-off occupations that share one rare
     * skill. Only occupations sharing at least one skill are listed, so proximity never brings in an occupation on
     * its own. {@code perGroup}, when above 0, lets at most that many occupations of one ISCO-4 group into the list
     * until the other groups are used up (off in {@link #TUNED}: it spreads the list over more fields but costs much
     * against the development gold, see {@code docs/matching-quality.md}). {@code twinSkills} and {@code twinNames}
     * weigh {@code S} and {@code D}: how near the alternative's group is to one of the citizen's by its closest pair
     * of occupations, by skills and by Danish names ({@link Twins}). {@code X} is 1 when ISCO's description of the
     * alternative's group or of one of the citizen's names the other ({@link CrossReferences}). {@link #TUNED} was
     * fitted on the tuning half of the development data ({@code TuneAlternatives}): the first four weights on branch
     * {@code mq2}, then {@code twinNames} and {@code crossReference} with those kept (see
     * {@code docs/matching-quality.md}).
     */
    public record Weights(double sameIsco3, double sameIsco2, double group, int groupTop, int perGroup,
                          double twinSkills, double twinNames, double crossReference) {

        public static final Weights TUNED = new Weights(0.5, 0.2, 3, 10, 0, 0, 0.5, 0.25);
        /** The ranking before the group and proximity signals: skill coverage alone. */
        public static final Weights SKILLS_ONLY = new Weights(0, 0, 0, 1, 0);

        public Weights {
            if (sameIsco3 < 0 || sameIsco2 < 0 || group < 0 || groupTop < 1 || perGroup < 0 || twinSkills < 0
                || twinNames < 0 || crossReference < 0) {
                throw new IllegalArgumentException("bad alternatives weights");
            }
        }

        /** Without the twin signals. */
        public Weights(double sameIsco3, double sameIsco2, double group, int groupTop, int perGroup) {
            this(sameIsco3, sameIsco2, group, groupTop, perGroup, 0, 0, 0);
        }

        /** Without the ISCO cross-references. */
        public Weights(double sameIsco3, double sameIsco2, double group, int groupTop, int perGroup,
                       double twinSkills, double twinNames) {
            this(sameIsco3, sameIsco2, group, groupTop, perGroup, twinSkills, twinNames, 0);
        }

        private boolean twins() {
            return twinSkills > 0 || twinNames > 0;
        }

        private double scale() {
            return 1 + group + sameIsco3 + twinSkills + twinNames + crossReference;
        }
    }

    private final Esco esco;
    private final Weights weights;
    private final Map<String, Double> weight = new HashMap<>();
    private final Map<String, List<Occupation>> essentialFor = new HashMap<>();
    private final Map<String, Double> totalWeight = new HashMap<>();
    private final Twins twins;
    private final CrossReferences crossReferences;

    public Alternatives(Esco esco) {
        this(esco, Weights.TUNED);
    }

    public Alternatives(Esco esco, Weights weights) {
        this.esco = esco;
        this.weights = weights;
        Map<String, Integer> count = new HashMap<>();
        int occupations = 0;
        for (Occupation o : esco.occupations()) {
            List<String> essential = esco.essentialSkills(o.uri());
            if (!essential.isEmpty()) {
                occupations++;
            }
            for (String id : new LinkedHashSet<>(essential)) {
                count.merge(id, 1, Integer::sum);
                essentialFor.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        int n = occupations;
        count.forEach((id, c) -> weight.put(id, Math.log(1.0 + (double) n / c)));
        for (Occupation o : esco.occupations()) {
            totalWeight.put(o.uri(), new LinkedHashSet<>(esco.essentialSkills(o.uri())).stream()
                .mapToDouble(weight::get).sum());
        }
        twins = weights.twins() ? new Twins(esco, weights.twinSkills() > 0, weights.twinNames() > 0) : null;
        crossReferences = new CrossReferences(esco);
    }

    private Alternatives(Alternatives tables, Weights weights) {
        this.esco = tables.esco;
        this.weights = weights;
        this.weight.putAll(tables.weight);
        this.essentialFor.putAll(tables.essentialFor);
        this.totalWeight.putAll(tables.totalWeight);
        boolean kept = tables.twins != null && tables.twins.covers(weights.twinSkills(), weights.twinNames());
        this.twins = !weights.twins() || kept ? tables.twins
            : new Twins(esco, weights.twinSkills() > 0, weights.twinNames() > 0);
        this.crossReferences = tables.crossReferences;
    }

    /** The same data ranked with other weights, without building the skill tables again (tuning). */
    public Alternatives with(Weights other) {
        return new Alternatives(this, other);
    }

    /**
     * The {@code top} alternatives, best first, for a citizen with these own occupations (ESCO URIs) and the skill ids
     * found in their CV. Occupations sharing no skill with the citizen are left out, so the list may be shorter.
     *
     * @throws IllegalArgumentException when a URI is not an ESCO occupation of the data
     */
    public List<Alternative> forOccupations(List<String> uris, Collection<String> cvSkillIds, Lang lang, int top) {
        Set<String> ownGroups = new HashSet<>();
        Set<String> has = new HashSet<>();
        for (String uri : uris) {
            Occupation own = esco.occupation(uri)
                .orElseThrow(() -> new IllegalArgumentException("unknown ESCO occupation " + uri));
            ownGroups.add(own.isco());
            has.addAll(esco.essentialSkills(uri));
        }
        for (String id : cvSkillIds) {
            if (weight.containsKey(id)) {
                has.add(id);
            }
        }
        if (top <= 0 || has.isEmpty()) {
            return List.of();
        }
        Map<Occupation, Double> coverage = coverage(has, ownGroups);
        Map<String, Double> groupCoverage = groupCoverage(coverage);
        Map<String, Double> twin = twin(ownGroups);
        record Candidate(Occupation occupation, double score) {
        }
        List<Candidate> ranked = new ArrayList<>();
        coverage.forEach((o, c) -> ranked.add(new Candidate(o, (c + weights.group() * groupCoverage.get(o.isco())
            + proximity(o.isco(), ownGroups) + twin.getOrDefault(o.isco(), 0.0) + crossReference(o.isco(), ownGroups))
            / weights.scale())));
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.occupation().uri()));
        return spread(ranked, Candidate::occupation, top).stream()
            .map(c -> explain(c.occupation(), c.score(), has, lang)).toList();
    }

    /**
     * The first {@code top} of a ranked list taking at most {@code perGroup} occupations of one ISCO-4 group until the
     * others are used up, so one well-covered group does not fill the whole list; no cap when {@code perGroup} is 0.
     */
    private <T> List<T> spread(List<T> ranked, Function<T, Occupation> occupation, int top) {
        int cap = weights.perGroup();
        if (cap <= 0) {
            return ranked.stream().limit(top).toList();
        }
        List<T> first = new ArrayList<>();
        List<T> rest = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (T t : ranked) {
            (taken.merge(occupation.apply(t).isco(), 1, Integer::sum) <= cap ? first : rest).add(t);
        }
        first.addAll(rest);
        return first.stream().limit(top).toList();
    }

    /**
     * Occupations in other groups sharing a skill, with the weighted share of their essential skills shared. Keyed by
     * identity: {@link #essentialFor} holds the data's one instance per occupation, and a record's own hash code
     * hashes every label and the description on each of the some thousand merges (about half of this method's time,
     * docs/benchmarks.md "What the matcher does for speed"). Nothing depends on the map's order: the ranking sorts by
     * score and URI, the group means sort their values.
     */
    private Map<Occupation, Double> coverage(Set<String> has, Set<String> ownGroups) {
        Map<Occupation, Double> shared = new java.util.IdentityHashMap<>();
        for (String id : has) {
            for (Occupation o : essentialFor.getOrDefault(id, List.of())) {
                if (!ownGroups.contains(o.isco())) {
                    shared.merge(o, weight.get(id), Double::sum);
                }
            }
        }
        shared.replaceAll((o, w) -> w / totalWeight.get(o.uri()));
        return shared;
    }

    /** Per ISCO-4 group: the mean coverage of its {@code groupTop} best-covered occupations (absent ones count 0). */
    private Map<String, Double> groupCoverage(Map<Occupation, Double> coverage) {
        Map<String, List<Double>> byGroup = new HashMap<>();
        coverage.forEach((o, c) -> byGroup.computeIfAbsent(o.isco(), k -> new ArrayList<>()).add(c));
        Map<String, Double> mean = new HashMap<>();
        int k = weights.groupTop();
        byGroup.forEach((group, values) -> mean.put(group,
            values.stream().sorted(Comparator.reverseOrder()).limit(k).mapToDouble(Double::doubleValue).sum() / k));
        return mean;
    }

    /** Per other ISCO-4 group: the weighted twin signals, the nearest of the citizen's own groups counting. */
    private Map<String, Double> twin(Set<String> ownGroups) {
        Map<String, Double> twin = new HashMap<>();
        if (twins == null) {
            return twin;
        }
        for (String own : ownGroups) {
            twins.of(own).forEach((group, t) -> twin.merge(group,
                weights.twinSkills() * t[0] + weights.twinNames() * t[1], Math::max));
        }
        return twin;
    }

    private double crossReference(String isco, Set<String> ownGroups) {
        for (String own : ownGroups) {
            if (crossReferences.related(own, isco)) {
                return weights.crossReference();
            }
        }
        return 0;
    }

    private double proximity(String isco, Set<String> ownGroups) {
        double best = 0;
        for (String own : ownGroups) {
            if (own.regionMatches(0, isco, 0, 3)) {
                best = Math.max(best, weights.sameIsco3());
            } else if (own.regionMatches(0, isco, 0, 2)) {
                best = Math.max(best, weights.sameIsco2());
            }
        }
        return best;
    }

    private Alternative explain(Occupation o, double score, Set<String> has, Lang lang) {
        List<String> essential = new ArrayList<>(new LinkedHashSet<>(esco.essentialSkills(o.uri())));
        // The most telling (rarest) skills first, so a short list on screen shows what matters.
        essential.sort(Comparator.comparingDouble((String id) -> weight.get(id)).reversed().thenComparing(id -> id));
        List<String> shared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : essential) {
            String label = esco.skill(id).map(s -> s.label()).orElse(id);
            (has.contains(id) ? shared : missing).add(label);
        }
        return new Alternative(o.uri(), o.label(lang), o.isco(), shared, missing, Math.round(score * 10000) / 10000.0);
    }
}
