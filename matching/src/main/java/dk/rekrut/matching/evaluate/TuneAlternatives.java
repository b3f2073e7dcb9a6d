package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits {@link Alternatives.Weights} on the queries of the {@link OccupationQuery.Half#TUNE} ISCO-4 groups of the
 * {@code alternatives} task and prints the best ones (standard output) and every improvement (standard error):
 * <pre>java -cp matching/target/rekrut-matching.jar dk.rekrut.matching.evaluate.TuneAlternatives</pre>
 * Coordinate ascent over a grid per weight, from the weights before the twin signals
 * ({@code new Weights(0.5, 0.2, 3, 10, 0)}), one weight at a time until no step helps; a point must be strictly
 * better to be taken, so of equal points the earlier one stays. The gold (STAR job families) comes from the shipped
 * crosswalk, so no data folder is needed. The figures in {@code docs/matching-quality.md} are measured on the other
 * groups by {@code evaluate --task alternatives}.
 * <p>
 * {@code --twins-only} keeps the first four weights and fits only the two twin weights. {@code --fold TUNE|REPORT}
 * fits on one of two folds of the tuning groups (a second stable hash of the ISCO-4 code) and prints the figure on the
 * other fold: to choose between fitting all weights and fitting the twin weights alone without touching the reported
 * groups.
 */
public final class TuneAlternatives {

    private static final double[][] GRID = {
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1},            // same ISCO-3
        {0, 0.05, 0.1, 0.2, 0.3, 0.5},               // same ISCO-2
        {0, 0.5, 1, 2, 3, 4, 5},                     // group coverage
        {1, 3, 5, 10, 15},                           // group size
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2},    // twin by skills
        {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2},    // twin by names
    };
    private static final int ROUNDS = 4;

    private TuneAlternatives() {
    }

    public static void main(String[] args) {
        Esco esco = Esco.shipped();
        Map<String, Set<String>> families = AlternativesTask.families(esco);
        boolean twinsOnly = List.of(args).contains("--twins-only");
        String fold = List.of(args).contains("--fold") ? args[List.of(args).indexOf("--fold") + 1] : null;
        List<Occupation> tune = AlternativesTask.queries(esco, families,
            o -> OccupationQuery.Half.of(o.isco()) == OccupationQuery.Half.TUNE
                && (fold == null || OccupationQuery.Half.of(o.isco() + "#").name().equals(fold)));
        System.err.printf(Locale.ROOT, "tuning on %d queries%n", tune.size());
        var tables = new Alternatives(esco);
        double[] w = {0.5, 0.2, 3, 10, 0, 0};
        double best = fit(tables, tune, families, w, twinsOnly);
        System.out.printf(Locale.ROOT, "best P@10 %.4f on the tuning half: %s%n", best, weights(w));
        if (fold != null) {
            List<Occupation> other = AlternativesTask.queries(esco, families,
                o -> OccupationQuery.Half.of(o.isco()) == OccupationQuery.Half.TUNE
                    && !OccupationQuery.Half.of(o.isco() + "#").name().equals(fold));
            System.out.printf(Locale.ROOT, "on the other fold of the tuning half (%d queries): %.4f, before %.4f%n",
                other.size(), precision(tables, other, families, w),
                precision(tables, other, families, new double[] {0.5, 0.2, 3, 10, 0, 0}));
        }
    }

    private static double fit(Alternatives tables, List<Occupation> tune, Map<String, Set<String>> families,
                              double[] w, boolean twinsOnly) {
        double best = precision(tables, tune, families, w);
        System.err.printf(Locale.ROOT, "start %.4f %s%n", best, Arrays.toString(w));
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int i = twinsOnly ? 4 : 0; i < w.length; i++) {
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
        return new Alternatives.Weights(w[0], w[1], w[2], (int) w[3], 0, w[4], w[5]);
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
