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
 * keeps all but the English title weights. The candidates and their signals do not depend on the weights, so they
 * are computed once and only the weighted sums are redone.
 */
public final class TuneFusion {

    private static final double[] GRID = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 13, 20};
    private static final int ROUNDS = 4;
    private static final int RESTARTS = 5;

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
        if (!mode.equals("--long-only")) {
            var engine = new Occupations(esco, shipped, null);
            List<Prepared> en = prepare(engine, tune(OccupationSets.englishTitles(esco, data)));
            System.err.printf(Locale.ROOT, "tuning English titles on %d titles%n", en.size());
            titleEn = ListwiseFit.fit(en);
            // A title that is an occupation's preferred label names it: few vacancy titles are one, so the fit gives
            // PREFERRED little weight ("Accountant" ranked financial controller first); it keeps the joint weight.
            int preferred = Fusion.Feature.PREFERRED.ordinal();
            titleEn[preferred] = Math.max(titleEn[preferred], title[preferred]);
            System.err.printf(Locale.ROOT, "English title MRR, tune half: %.4f -> %.4f%n",
                mrr(en, shipped.titleEn()), mrr(en, titleEn));
            if (mode.equals("--english-only")) {
                System.out.print(new Fusion(title, titleEn, shipped.longText()).toProperties());
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
        var engine = new Occupations(esco, new Fusion(title, titleEn, shipped.longText()), null);
        List<Prepared> cv = prepare(engine, tune(SyntheticCvs.generate(esco)));
        List<OccupationQuery> titled = tune(SyntheticTitledCvs.generate(esco, data));
        List<Prepared> titledDa = prepare(engine, titled.stream().filter(q -> q.lang() == Lang.DA).toList());
        List<Prepared> titledEn = prepare(engine, titled.stream().filter(q -> q.lang() == Lang.EN).toList());
        System.err.printf(Locale.ROOT, "tuning long texts on %d CVs, %d Danish and %d English titled CVs%n",
            cv.size(), titledDa.size(), titledEn.size());
        double[] longText = ascend(w -> ((isco1(cv, w) + mrr(cv, w)) / 2 + (isco1(titledDa, w) + mrr(titledDa, w)) / 2
            + (isco1(titledEn, w) + mrr(titledEn, w)) / 2) / 3);
        System.out.print(new Fusion(title, titleEn, longText).toProperties());
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
        double sum = 0;
        for (Prepared p : queries) {
            double bestRight = Double.NEGATIVE_INFINITY;
            double[] s = new double[p.features().length];
            for (int i = 0; i < s.length; i++) {
                s[i] = score(p.features()[i], w);
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
