package dk.rekrut.trial;

/**
 * Confidence intervals for proportions and their difference: Wilson's score interval for one proportion and
 * Newcombe's hybrid score interval (Newcombe 1998, method 10) for the difference of two independent proportions,
 * which, unlike the Wald interval, stays inside [-1, 1] and keeps its coverage for small counts and proportions near
 * 0 or 1.
 */
final class Proportions {

    /** The 97.5 % quantile of the standard normal distribution: two-sided 95 %. */
    static final double Z95 = 1.959963984540054;

    record Interval(double lower, double upper) {
    }

    record Difference(double estimate, double lower, double upper) {
    }

    private Proportions() {
    }

    static Interval wilson(int events, int n, double z) {
        if (n <= 0 || events < 0 || events > n) {
            throw new IllegalArgumentException("need 0 <= events <= n, n > 0");
        }
        double p = (double) events / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** p1 - p2 with Newcombe's interval from the two Wilson intervals. */
    static Difference newcombe(int e1, int n1, int e2, int n2, double z) {
        double p1 = (double) e1 / n1;
        double p2 = (double) e2 / n2;
        Interval w1 = wilson(e1, n1, z);
        Interval w2 = wilson(e2, n2, z);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Difference(d, lower, upper);
    }

    private static double square(double x) {
        return x * x;
    }
}
