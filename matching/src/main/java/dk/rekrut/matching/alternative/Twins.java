package dk.rekrut.matching.alternative;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How near two ISCO-4 groups are by their closest pair of occupations. ESCO files much the same work in different
 * groups (a cook in 5120 and a chef in 3434; a warehouse worker in 4321 and a hand packer in 9321), and job-centre
 * practice moves people between such twins. A group's mean skill profile hides a single twin among many unrelated
 * occupations; the closest pair shows it. Two likenesses per pair, each a cosine in [0, 1]:
 * <ul>
 *   <li><em>skills</em>: the rarity-weighted vectors of essential (weight 1) and optional (½) skills;</li>
 *   <li><em>names</em>: the TF-IDF vectors of the words of the Danish labels (cut to their first five letters, so
 *   "sygeplejerske" and "sygeplejer" meet): occupations named alike ("-assistent", "lager-") do alike work.</li>
 * </ul>
 * Computed per group on first use and kept (at most one small map per ISCO-4 group); a likeness whose weight is 0 is
 * not computed (it reads 0), since the skill one costs most. Thread-safe.
 */
final class Twins {

    private static final double OPTIONAL = 0.5;
    private static final int STEM = 5;

    private final Map<String, List<Occupation>> byGroup = new HashMap<>();
    private final Map<String, Map<String, Double>> skills = new HashMap<>();
    private final Map<String, Map<String, Double>> names = new HashMap<>();
    private final Map<String, List<Posting>> skillIndex;
    private final Map<String, List<Posting>> nameIndex;
    private final Map<String, Map<String, double[]>> cache = new ConcurrentHashMap<>();
    private final boolean bySkills;
    private final boolean byNames;

    private record Posting(Occupation occupation, double weight) {
    }

    Twins(Esco esco, boolean bySkills, boolean byNames) {
        this.bySkills = bySkills;
        this.byNames = byNames;
        Map<String, Map<String, Double>> skillCounts = new HashMap<>();
        Map<String, Map<String, Double>> wordCounts = new HashMap<>();
        for (Occupation o : esco.occupations()) {
            byGroup.computeIfAbsent(o.isco(), k -> new ArrayList<>()).add(o);
            if (bySkills) {
                skillCounts.put(o.uri(), skillWeights(esco, o));
            }
            if (byNames) {
                wordCounts.put(o.uri(), words(o));
            }
        }
        int n = esco.occupations().size();
        // A skill's rarity as elsewhere in this package, log(1 + N / n); a word's the plain IDF, log(N / n), which lets
        // words in nearly every label ("og", "med") weigh nothing.
        normalise(skillCounts, skills, df -> Math.log(1.0 + (double) n / df));
        normalise(wordCounts, names, df -> Math.log((double) n / df));
        skillIndex = index(esco, skills);
        nameIndex = index(esco, names);
    }

    /** Whether this holds the likenesses these weights need. */
    boolean covers(double twinSkills, double twinNames) {
        return (bySkills || twinSkills == 0) && (byNames || twinNames == 0);
    }

    private static Map<String, Double> skillWeights(Esco esco, Occupation o) {
        Map<String, Double> s = new HashMap<>();
        Set<String> essential = new LinkedHashSet<>(esco.essentialSkills(o.uri()));
        esco.optionalSkills(o.uri()).forEach(id -> s.put(id, OPTIONAL));
        essential.forEach(id -> s.put(id, 1.0));
        return s;
    }

    private static Map<String, Double> words(Occupation o) {
        Map<String, Double> w = new HashMap<>();
        for (String label : concat(o.labelDa(), o.altLabelsDa())) {
            for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 2) {
                    w.merge(word.length() > STEM ? word.substring(0, STEM) : word, 1.0, Double::sum);
                }
            }
        }
        w.replaceAll((k, c) -> 1 + Math.log(c));
        return w;
    }

    private static List<String> concat(String preferred, List<String> alternatives) {
        List<String> all = new ArrayList<>(alternatives);
        all.add(0, preferred);
        return all;
    }

    /** Term weight times {@code idf} of the term's document frequency, each vector scaled to length 1. */
    private static void normalise(Map<String, Map<String, Double>> counts, Map<String, Map<String, Double>> out,
                                  java.util.function.IntToDoubleFunction idf) {
        Map<String, Integer> df = new HashMap<>();
        counts.values().forEach(v -> v.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        counts.forEach((uri, v) -> {
            Map<String, Double> x = new HashMap<>();
            v.forEach((t, tf) -> x.put(t, tf * idf.applyAsDouble(df.get(t))));
            double norm = Math.sqrt(x.values().stream().mapToDouble(d -> d * d).sum());
            if (norm > 0) {
                x.replaceAll((t, d) -> d / norm);
            }
            out.put(uri, x);
        });
    }

    private static Map<String, List<Posting>> index(Esco esco, Map<String, Map<String, Double>> vectors) {
        Map<String, List<Posting>> index = new HashMap<>();
        for (Occupation o : esco.occupations()) {
            vectors.getOrDefault(o.uri(), Map.of())
                .forEach((t, w) -> index.computeIfAbsent(t, k -> new ArrayList<>()).add(new Posting(o, w)));
        }
        return index;
    }

    /**
     * For each other ISCO-4 group: {@code [skills, names]}, the largest cosine between an occupation of {@code group}
     * and one of that group. Groups with no pair sharing a skill or a word are absent.
     */
    Map<String, double[]> of(String group) {
        return cache.computeIfAbsent(group, this::compute);
    }

    private Map<String, double[]> compute(String group) {
        Map<String, double[]> best = new HashMap<>();
        for (Occupation own : byGroup.getOrDefault(group, List.of())) {
            if (bySkills) {
                closest(own, skills, skillIndex, group, best, 0);
            }
            if (byNames) {
                closest(own, names, nameIndex, group, best, 1);
            }
        }
        return Map.copyOf(best);
    }

    private static void closest(Occupation own, Map<String, Map<String, Double>> vectors,
                                Map<String, List<Posting>> index, String group, Map<String, double[]> best, int slot) {
        Map<Occupation, Double> dot = new HashMap<>();
        vectors.get(own.uri()).forEach((t, w) -> {
            for (Posting p : index.get(t)) {
                if (!p.occupation().isco().equals(group)) {
                    dot.merge(p.occupation(), w * p.weight(), Double::sum);
                }
            }
        });
        Function<String, double[]> fresh = k -> new double[2];
        dot.forEach((o, d) -> {
            double[] b = best.computeIfAbsent(o.isco(), fresh);
            b[slot] = Math.max(b[slot], d);
        });
    }
}
