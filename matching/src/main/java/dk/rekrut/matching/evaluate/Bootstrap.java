package dk.rekrut.matching.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The mean of per-query scores with a 95 % percentile bootstrap interval (1,000 resamples, fixed seed: repeatable). */
public final class Bootstrap {

    private static final int RESAMPLES = 1000;

    private Bootstrap() {
    }

    public record Interval(double mean, double low, double high) {
    }

    public static Interval interval(double[] values) {
        if (values.length == 0) {
            return new Interval(0, 0, 0);
        }
        double mean = Arrays.stream(values).average().orElse(0);
        var random = new SplittableRandom(42);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new Interval(mean, means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1]);
    }
}
