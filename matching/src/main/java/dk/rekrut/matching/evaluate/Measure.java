package dk.rekrut.matching.evaluate;

/**
 * One figure of an evaluation: task, language ("da", "en" or "all"), metric (e.g. "MRR", "Recall@10"), the value on
 * {@code n} queries with its 95 % bootstrap interval, and the target it must reach (null when the figure is only
 * reported).
 */
public record Measure(String task, String lang, String metric, double value, double low, double high, int n,
                      Double target) {

    public boolean met() {
        return target == null || value >= target;
    }

    public static Measure of(String task, String lang, String metric, double[] perQuery, Double target) {
        Bootstrap.Interval ci = Bootstrap.interval(perQuery);
        return new Measure(task, lang, metric, ci.mean(), ci.low(), ci.high(), perQuery.length, target);
    }
}
