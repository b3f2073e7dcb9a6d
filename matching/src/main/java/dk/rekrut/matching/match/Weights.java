package dk.rekrut.matching.match;

/**
 * How the matcher fuses its signals into one score, and how the citizen's occupations are weighed.
 * <ul>
 *   <li>{@code occupation}: the posting's occupation against the citizen's; the level factors say how much a match
 *       on the same ISCO-4, ISCO-3 or ISCO-2 group counts against the same ESCO occupation (1).</li>
 *   <li>{@code skills}: the cosine overlap of the citizen's skills and the posting's.</li>
 *   <li>{@code text}: BM25 of the CV text against the posting's, divided by the best among the candidates.</li>
 *   <li>{@code distance}: 1 at home, 0 at the edge of the commute area.</li>
 *   <li>{@code wish}: how much an occupation found for a wish counts against one found in the CV (1).</li>
 * </ul>
 * {@link #TUNED} comes from the development evaluation ({@code evaluate --task postings}, see
 * {@code docs/matching-quality.md}); the distance weight cannot be tuned there and is a small tie-breaker.
 */
public record Weights(double occupation, double isco4, double isco3, double isco2, double skills, double text,
                      double distance, double wish) {

    public static final Weights TUNED = new Weights(0.5, 0.95, 0.285, 0.0855, 1.0, 0.5, 0.05, 2.0);

    public Weights withFusion(double occupation, double skills, double text) {
        return new Weights(occupation, isco4, isco3, isco2, skills, text, distance, wish);
    }

    public Weights withLevels(double isco4, double isco3, double isco2) {
        return new Weights(occupation, isco4, isco3, isco2, skills, text, distance, wish);
    }

    public Weights withWish(double wish) {
        return new Weights(occupation, isco4, isco3, isco2, skills, text, distance, wish);
    }
}
