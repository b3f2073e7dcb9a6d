package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.Fusion;
import dk.rekrut.matching.occupation.Occupations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Fits the {@link Fusion} weights on the {@link OccupationQuery.Half#TUNE} half of the development data and prints
 * them in the format of {@code fusion.properties}:
 * <pre>java -cp matching/target/rekrut-matching.jar dk.rekrut.matching.evaluate.TuneFusion ../shared/data/matching</pre>
 * English titles: a listwise model ({@link ListwiseFit}) on the English vacancy titles. The other titles (Danish ones,
 * a CV's job titles): coordinate ascent on the mean of the English title MRR, the Danish title MRR and the Danish MRR
 * on titles that are not an ESCO label. Long texts:
 * coordinate ascent on the mean, over the synthetic CVs ({@link SyntheticCvs}) and the Danish and the English titled
 * ones ({@link SyntheticTitledCvs}), of ISCO-4 accuracy at 1 and MRR; their title signal is computed with the new
 * title weights. After the folder, {@code --long-only} keeps the shipped title weights and {@code --english-only}
 * keeps all but the English title weights. The English title weights are fitted twice: on the signals, and then, on
 * each title's best candidates by that fit, on the signals and their products ({@link Fusion#withPairs}). The candidates and their signals do not depend on the weights, so they
 * are computed once and only the weighted sums are redone.
 */
public final class TuneFusion {

    private static final double[] GRID = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 13, 20};
    private static final int ROUNDS = 4;
    private static final int RESTARTS = 5;
    // The English title's products of signals are fitted on each title's best candidates by the linear fit only:
    // the order at the top is what counts, and all 244 candidates a title times 229 numbers do not fit in memory.
    private static final int PAIR_CANDIDATES = 60;
    // The products with PREFERRED are left out (weight 0): an exact preferred label stays first, as its weight is kept
    // by hand (above). Fitted, they cancelled it for occupations with narrower ones ("Accountant": financial controller).
    private static final int[] WITHOUT_PAIRS = pairsWith(Fusion.Feature.PREFERRED.ordinal());

    private TuneFusion() {
    }

    /** One query's candidates: their signals and which are right (occupation, ISCO group). */
    record Prepared(float[][] features, boolean[] right, boolean[] rightIsco) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/matching");
        String mode = args.length > 1 ? args[1] : "";
        Esco esco = Esco.shipped();
        Fusion shipped = Fusion.shipped();
        double[] title = shipped.title();
        double[] titleEn = shipped.titleEn();
        double[] pairs = shipped.titleEnPairs();
        if (!mode.equals("--long-only")) {
            var engine = new Occupations(esco, shipped, null);
            List<Prepared> en = prepare(engine, tune(OccupationSets.englishTitles(esco, data)));
            System.err.printf(Locale.ROOT, "tuning English titles on %d titles%n", en.size());
            titleEn = ListwiseFit.fit(en);
            // A title that is an occupation's preferred label names it: few vacancy titles are one, so the fit gives
            // PREFERRED little weight ("Accountant" ranked financial controller first); it keeps the joint weight.
            int preferred = Fusion.Feature.PREFERRED.ordinal();
            titleEn[preferred] = Math.max(titleEn[preferred], title[preferred]);
            System.err.printf(Locale.ROOT, "English title MRR, tune half: %.4f (shipped) -> %.4f (linear)%n",
                mrr(en, f -> shipped.score(true, Lang.EN, f)), mrr(en, titleEn));
            double[] both = ListwiseFit.fit(withPairs(en, titleEn));
            titleEn = Arrays.copyOf(both, Fusion.SIZE);
            titleEn[preferred] = Math.max(titleEn[preferred], title[preferred]);
            pairs = Arrays.copyOfRange(both, Fusion.SIZE, both.length);
            Fusion fitted = new Fusion(title, titleEn, shipped.longText(), pairs);
            System.err.printf(Locale.ROOT, "English title MRR, tune half, with the products of signals: %.4f%n",
                mrr(en, f -> fitted.score(true, Lang.EN, f)));
            if (mode.equals("--english-only")) {
                System.out.print(fitted.toProperties());
                return;
            }
            List<OccupationQuery> daQueries = tune(OccupationSets.danishTitles(esco, data));
            List<Prepared> da = prepare(engine, daQueries);
            List<Prepared> daNotLabel = prepare(engine, daQueries.stream().filter(q -> !q.literal()).toList());
            System.err.printf(Locale.ROOT, "tuning the other titles on %d Danish titles (%d not a label)%n",
                da.size(), daNotLabel.size());
            title = ascend(w -> (mrr(en, w) + mrr(da, w) + mrr(daNotLabel, w)) / 3);
        }
        // A CV's title signal ranks its titles with the title weights: the long texts are prepared with the new ones.
        var engine = new Occupations(esco, new Fusion(title, titleEn, shipped.longText(), pairs), null);
        List<Prepared> cv = prepare(engine, tune(SyntheticCvs.generate(esco)));
        List<OccupationQuery> titled = tune(SyntheticTitledCvs.generate(esco, data));
        List<Prepared> titledDa = prepare(engine, titled.stream().filter(q -> q.lang() == Lang.DA).toList());
        List<Prepared> titledEn = prepare(engine, titled.stream().filter(q -> q.lang() == Lang.EN).toList());
        System.err.printf(Locale.ROOT, "tuning long texts on %d CVs, %d Danish and %d English titled CVs%n",
            cv.size(), titledDa.size(), titledEn.size());
        double[] longText = ascend(w -> ((isco1(cv, w) + mrr(cv, w)) / 2 + (isco1(titledDa, w) + mrr(titledDa, w)) / 2
            + (isco1(titledEn, w) + mrr(titledEn, w)) / 2) / 3);
        System.out.print(new Fusion(title, titleEn, longText, pairs).toProperties());
    }

    /** Where the products with signal {@code s} stand in {@link Fusion#withPairs}. */
    private static int[] pairsWith(int s) {
        var out = new ArrayList<Integer>();
        int p = Fusion.SIZE;
        for (int i = 0; i < Fusion.SIZE; i++) {
            for (int j = i; j < Fusion.SIZE; j++, p++) {
                if (i == s || j == s) {
                    out.add(p);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each query's {@value #PAIR_CANDIDATES} best candidates by the weights, their signals with their products. */
    private static List<Prepared> withPairs(List<Prepared> queries, double[] w) {
        var out = new ArrayList<Prepared>(queries.size());
        for (Prepared p : queries) {
            Integer[] order = new Integer[p.features().length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(score(p.features()[b], w), score(p.features()[a], w)));
            int n = Math.min(PAIR_CANDIDATES, order.length);
            float[][] f = new float[n][];
            boolean[] right = new boolean[n];
            boolean[] rightIsco = new boolean[n];
            for (int i = 0; i < n; i++) {
                f[i] = Fusion.withPairs(p.features()[order[i]]);
                for (int k : WITHOUT_PAIRS) {
                    f[i][k] = 0;
                }
                right[i] = p.right()[order[i]];
                rightIsco[i] = p.rightIsco()[order[i]];
            }
            out.add(new Prepared(f, right, rightIsco));
        }
        return out;
    }

    private static List<OccupationQuery> tune(List<OccupationQuery> all) {
        return all.stream().filter(q -> q.half() == OccupationQuery.Half.TUNE).toList();
    }

    static List<Prepared> prepare(Occupations engine, List<OccupationQuery> queries) {
        var out = new ArrayList<Prepared>();
        for (OccupationQuery q : queries) {
            var c = engine.candidates(q.text(), q.lang());
            int n = c.occupations().size();
            boolean[] right = new boolean[n];
            boolean[] rightIsco = new boolean[n];
            for (int i = 0; i < n; i++) {
                right[i] = q.gold().contains(c.occupations().get(i).uri());
                rightIsco[i] = q.goldIsco().contains(c.occupations().get(i).isco());
            }
            out.add(new Prepared(c.features().toArray(float[][]::new), right, rightIsco));
        }
        return out;
    }

    /**
     * Coordinate ascent over the grid from all-ones and from {@value #RESTARTS} random grid points (fixed seed): the
     * objective is a step function with local optima, so one start is not enough. The best end point wins.
     */
    static double[] ascend(ToDoubleFunction<double[]> objective) {
        var random = new java.util.Random(18);
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int start = 0; start <= RESTARTS; start++) {
            double[] w = new double[Fusion.SIZE];
            for (int i = 0; i < w.length; i++) {
                w[i] = start == 0 ? 1 : GRID[random.nextInt(GRID.length)];
            }
            double s = ascendFrom(w, objective);
            System.err.printf(Locale.ROOT, "start %d: %.4f %s%n", start, s, Arrays.toString(w));
            if (s > bestScore) {
                bestScore = s;
                best = w;
            }
        }
        return best;
    }

    private static double ascendFrom(double[] w, ToDoubleFunction<double[]> objective) {
        double best = objective.applyAsDouble(w);
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                for (double v : GRID) {
                    w[i] = v;
                    double s = objective.applyAsDouble(w);
                    if (s > best + 1e-9) {
                        best = s;
                        keep = v;
                        improved = true;
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

    private static double score(float[] f, double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    /**
     * Mean reciprocal rank of the first right candidate (0 when none is a candidate or it ranks below 100). Ties
     * count half: a weight set that leaves the right answer tied with others at 0 must not look good.
     */
    static double mrr(List<Prepared> queries, double[] w) {
        return mrr(queries, f -> score(f, w));
    }

    /** {@link #mrr(List, double[])} with any scoring of a candidate's signals. */
    static double mrr(List<Prepared> queries, ToDoubleFunction<float[]> scorer) {
        double sum = 0;
        for (Prepared p : queries) {
            double bestRight = Double.NEGATIVE_INFINITY;
            double[] s = new double[p.features().length];
            for (int i = 0; i < s.length; i++) {
                s[i] = scorer.applyAsDouble(p.features()[i]);
                if (p.right()[i]) {
                    bestRight = Math.max(bestRight, s[i]);
                }
            }
            if (bestRight == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double rank = 1;
            for (int i = 0; i < s.length; i++) {
                rank += s[i] > bestRight ? 1 : s[i] == bestRight && !p.right()[i] ? 0.5 : 0;
            }
            sum += rank <= OccupationMetrics.DEPTH ? 1.0 / rank : 0;
        }
        return queries.isEmpty() ? 0 : sum / queries.size();
    }

    /** The share of queries whose first candidate is in a right ISCO-4 group; a tie for first counts its share. */
    static double isco1(List<Prepared> queries, double[] w) {
        double sum = 0;
        for (Prepared p : queries) {
            double best = Double.NEGATIVE_INFINITY;
            int tied = 0;
            int right = 0;
            for (int i = 0; i < p.features().length; i++) {
                double s = score(p.features()[i], w);
                if (s > best) {
                    best = s;
                    tied = 0;
                    right = 0;
                }
                if (s == best) {
                    tied++;
                    right += p.rightIsco()[i] ? 1 : 0;
                }
            }
            sum += tied == 0 ? 0 : (double) right / tied;
        }
        return queries.isEmpty() ? 0 : sum / queries.size();
    }
}
