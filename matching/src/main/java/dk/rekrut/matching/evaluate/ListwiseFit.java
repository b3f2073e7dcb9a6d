package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.occupation.Fusion;
import java.util.List;

/**
 * Fits the weights of a linear score by a listwise model: for each query, a softmax over its candidates' scores, and
 * the loss is minus the log of the probability the softmax gives the right candidates (ListNet with a one-hot
 * target), plus a small L2 penalty. Coordinate ascent over a grid ({@link TuneFusion#ascend}) optimises MRR directly
 * but finds flat steps with 19 signals; this loss is smooth, so every weight, negative ones too, moves at once.
 * Adam on the full tune half, a fixed number of steps from all zeros: deterministic, no seed. The signals are scaled
 * to unit variance for the fit and the weights scaled back, so the result weighs the raw signals.
 */
final class ListwiseFit {

    private static final int STEPS = 300;
    private static final double RATE = 0.05;
    private static final double L2 = 1e-4;

    private ListwiseFit() {
    }

    static double[] fit(List<TuneFusion.Prepared> queries) {
        List<TuneFusion.Prepared> used = queries.stream().filter(ListwiseFit::hasRight).toList();
        // The signals, or the signals and their products (Fusion.withPairs).
        int d = used.isEmpty() ? Fusion.SIZE : used.get(0).features()[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        long n = moments(used, mean, sd);
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        for (int t = 1; t <= STEPS; t++) {
            double[] g = gradient(used, w, mean, sd);
            for (int i = 0; i < d; i++) {
                g[i] = g[i] / used.size() + L2 * w[i];
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mh = m[i] / (1 - Math.pow(0.9, t));
                double vh = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= RATE * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        System.err.printf(java.util.Locale.ROOT, "listwise fit on %d queries (%d candidates)%n", used.size(), n);
        double[] raw = new double[d];
        for (int i = 0; i < d; i++) {
            raw[i] = sd[i] == 0 ? 0 : Math.round(w[i] / sd[i] * 1e4) / 1e4;
        }
        return raw;
    }

    private static boolean hasRight(TuneFusion.Prepared p) {
        for (boolean r : p.right()) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    private static long moments(List<TuneFusion.Prepared> queries, double[] mean, double[] sd) {
        long n = 0;
        double[] sq = new double[mean.length];
        for (TuneFusion.Prepared p : queries) {
            for (float[] f : p.features()) {
                n++;
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += f[i];
                    sq[i] += (double) f[i] * f[i];
                }
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= Math.max(1, n);
            double var = sq[i] / Math.max(1, n) - mean[i] * mean[i];
            sd[i] = var > 1e-12 ? Math.sqrt(var) : 0;
        }
        return n;
    }

    /** The loss's gradient summed over the queries, for the scaled signals. */
    private static double[] gradient(List<TuneFusion.Prepared> queries, double[] w, double[] mean, double[] sd) {
        int d = w.length;
        double[] g = new double[d];
        for (TuneFusion.Prepared p : queries) {
            float[][] f = p.features();
            double[] s = new double[f.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < f.length; c++) {
                for (int i = 0; i < d; i++) {
                    s[c] += sd[i] == 0 ? 0 : w[i] * (f[c][i] - mean[i]) / sd[i];
                }
                max = Math.max(max, s[c]);
            }
            double all = 0;
            double right = 0;
            for (int c = 0; c < f.length; c++) {
                s[c] = Math.exp(s[c] - max);
                all += s[c];
                right += p.right()[c] ? s[c] : 0;
            }
            for (int c = 0; c < f.length; c++) {
                // d loss / d score: the softmax share over all candidates minus that over the right ones.
                double delta = s[c] / all - (p.right()[c] ? s[c] / right : 0);
                for (int i = 0; i < d; i++) {
                    if (sd[i] != 0) {
                        g[i] += delta * (f[c][i] - mean[i]) / sd[i];
                    }
                }
            }
        }
        return g;
    }
}
