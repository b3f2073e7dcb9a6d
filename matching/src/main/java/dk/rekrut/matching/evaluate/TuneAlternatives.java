package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fits {@link Alternatives.Weights} on the queries of the {@link OccupationQuery.Half#TUNE} ISCO-4 groups of the
 * {@code alternatives} task and prints the best ones (standard output) and every improvement (standard error):
 * <pre>
 * java -cp matching/target/rekrut-matching.jar dk.rekrut.matching.evaluate.TuneAlternatives [--free NAMES] [--cv N]
 * </pre>
 * Coordinate ascent over a grid per weight, from the weights fitted on branch {@code mq2}
 * ({@code new Weights(0.5, 0.2, 3, 10, 0)}, the new signals off), one weight at a time until no step helps; a point
 * must be strictly better to be taken, so of equal points the earlier one stays. The gold (STAR job families) comes
 * from the shipped crosswalk, so no data folder is needed. The figures in {@code docs/matching-quality.md} are
 * measured on the other groups by {@code evaluate --task alternatives}.
 * <p>
 * {@code --free} names the weights the ascent may move, comma-separated, of {@code sameIsco3, sameIsco2, group,
 * groupTop, twinSkills, twinNames, crossReference} (default: all); the others keep their starting value.
 * {@code --cv N} first compares the procedure with keeping the start: N times, the tuning groups are split in two
 * at random (a stable hash of the ISCO-4 code and the round), the weights fitted on each fold and measured on the
 * other; it prints the mean of the 2N figures, so a choice of {@code --free} can be made without the reported groups.
 */
public final class TuneAlternatives {

    private static final List<String> NAMES =
        List.of("sameIsco3", "sameIsco2", "group", "groupTop", "twinSkills", "twinNames", "crossReference");
    private static final double[][] GRID = {
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1},            // same ISCO-3
        {0, 0.05, 0.1, 0.2, 0.3, 0.5},               // same ISCO-2
        {0, 0.5, 1, 2, 3, 4, 5},                     // group coverage
        {1, 3, 5, 10, 15},                           // group size
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2},    // twin by skills
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2},    // twin by names
        {0, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2},        // ISCO cross-reference
    };
    private static final double[] START = {0.5, 0.2, 3, 10, 0, 0, 0};
    private static final int ROUNDS = 4;

    private TuneAlternatives() {
    }

    public static void main(String[] args) {
        List<String> a = List.of(args);
        boolean[] free = new boolean[NAMES.size()];
        List<String> names = a.contains("--free") ? List.of(a.get(a.indexOf("--free") + 1).split(",")) : NAMES;
        for (String n : names) {
            if (!NAMES.contains(n.strip())) {
                throw new IllegalArgumentException("unknown weight " + n + "; one of " + NAMES);
            }
            free[NAMES.indexOf(n.strip())] = true;
        }
        Esco esco = Esco.shipped();
        Map<String, Set<String>> families = AlternativesTask.families(esco);
        var tables = new Alternatives(esco, weights(new double[] {0.5, 0.2, 3, 10, 1, 1, 1})); // the twin tables built
        Predicate<Occupation> tuning = o -> OccupationQuery.Half.of(o.isco()) == OccupationQuery.Half.TUNE;
        if (a.contains("--cv")) {
            crossValidate(tables, esco, families, tuning, free, Integer.parseInt(a.get(a.indexOf("--cv") + 1)));
        }
        List<Occupation> tune = AlternativesTask.queries(esco, families, tuning);
        System.err.printf(Locale.ROOT, "tuning on %d queries%n", tune.size());
        double[] w = START.clone();
        double best = fit(tables, tune, families, w, free);
        System.out.printf(Locale.ROOT, "best P@10 %.4f on the tuning half: %s%n", best, weights(w));
    }

    private static void crossValidate(Alternatives tables, Esco esco, Map<String, Set<String>> families,
                                      Predicate<Occupation> tuning, boolean[] free, int rounds) {
        List<Double> fitted = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean side : new boolean[] {true, false}) {
                int r = round;
                List<Occupation> fit = AlternativesTask.queries(esco, families, tuning.and(o -> fold(o, r) == side));
                List<Occupation> other = AlternativesTask.queries(esco, families, tuning.and(o -> fold(o, r) != side));
                double[] w = START.clone();
                fit(tables, fit, families, w, free);
                fitted.add(precision(tables, other, families, w));
                kept.add(precision(tables, other, families, START));
            }
        }
        System.out.printf(Locale.ROOT, "cross-validated on the tuning half, %d folds: fitted %.4f, start kept %.4f%n",
            fitted.size(), mean(fitted), mean(kept));
    }

    private static boolean fold(Occupation o, int round) {
        return ((((o.isco() + "/" + round).hashCode() * 0x9E3779B1) >>> 7) & 1) == 0;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double fit(Alternatives tables, List<Occupation> tune, Map<String, Set<String>> families,
                              double[] w, boolean[] free) {
        double best = precision(tables, tune, families, w);
        System.err.printf(Locale.ROOT, "start %.4f %s%n", best, Arrays.toString(w));
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int i = 0; i < w.length; i++) {
                if (!free[i]) {
                    continue;
                }
                double keep = w[i];
                for (double v : GRID[i]) {
                    w[i] = v;
                    double p = precision(tables, tune, families, w);
                    if (p > best + 1e-9) {
                        best = p;
                        keep = v;
                        improved = true;
                        System.err.printf(Locale.ROOT, "%.4f %s%n", p, Arrays.toString(w));
                    }
                }
                w[i] = keep;
            }
            if (!improved) {
                break;
            }
        }
        return best;
    }

    private static Alternatives.Weights weights(double[] w) {
        return new Alternatives.Weights(w[0], w[1], w[2], (int) w[3], 0, w[4], w[5], w[6]);
    }

    private static double precision(Alternatives tables, List<Occupation> queries, Map<String, Set<String>> families,
                                    double[] w) {
        if (w[1] > w[0]) {
            return -1; // a nearer group never weighs less
        }
        var alternatives = tables.with(weights(w));
        return queries.stream()
            .mapToDouble(q -> AlternativesTask.precision(alternatives, q, families.get(q.isco())))
            .average().orElse(0);
    }
}
