package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits {@link Alternatives.Weights} by a grid search on the queries of the {@link OccupationQuery.Half#TUNE} ISCO-4
 * groups of the {@code alternatives} task and prints the best ones (standard output) and every point (standard error):
 * <pre>java -cp matching/target/rekrut-matching.jar dk.rekrut.matching.evaluate.TuneAlternatives</pre>
 * The gold (STAR job families) comes from the shipped crosswalk, so no data folder is needed. The figures in
 * {@code docs/matching-quality.md} are measured on the other groups by {@code evaluate --task alternatives}.
 */
public final class TuneAlternatives {

    private static final double[] SAME_ISCO3 = {0, 0.1, 0.2, 0.3, 0.5};
    private static final double[] SAME_ISCO2 = {0, 0.05, 0.1, 0.2};
    private static final double[] GROUP = {0, 0.5, 1, 2, 3};
    private static final int[] GROUP_TOP = {1, 3, 5, 10};

    private TuneAlternatives() {
    }

    public static void main(String[] args) {
        Esco esco = Esco.shipped();
        Map<String, Set<String>> families = AlternativesTask.families(esco);
        List<Occupation> tune = AlternativesTask.queries(esco, families,
            o -> OccupationQuery.Half.of(o.isco()) == OccupationQuery.Half.TUNE);
        System.err.printf(Locale.ROOT, "tuning on %d queries%n", tune.size());
        Alternatives.Weights best = null;
        double bestP = -1;
        for (double isco3 : SAME_ISCO3) {
            for (double isco2 : SAME_ISCO2) {
                for (double group : GROUP) {
                    for (int top : GROUP_TOP) {
                        if (isco2 > isco3 || group == 0 && top > 1) {
                            continue; // a nearer group never weighs less; without the group term its size is moot
                        }
                        var weights = new Alternatives.Weights(isco3, isco2, group, top, 0);
                        var alternatives = new Alternatives(esco, weights);
                        double p = tune.stream()
                            .mapToDouble(q -> AlternativesTask.precision(alternatives, q, families.get(q.isco())))
                            .average().orElse(0);
                        System.err.printf(Locale.ROOT, "%.4f %s%n", p, weights);
                        // Strictly better only: of equal points the first (smaller weights) is kept.
                        if (p > bestP + 1e-12) {
                            bestP = p;
                            best = weights;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "best P@10 %.4f on the tuning half: %s%n", bestP, best);
    }
}
