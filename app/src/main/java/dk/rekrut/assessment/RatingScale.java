package dk.rekrut.assessment;

import java.util.List;

/** A case's rating scale. Scores are stored as numbers, higher is better. */
public enum RatingScale {
    ONE_TO_FIVE(List.of("1", "2", "3", "4", "5")),
    A_TO_D(List.of("D", "C", "B", "A"));

    private final List<String> labels;

    RatingScale(List<String> labels) {
        this.labels = labels;
    }

    public List<String> labels() {
        return labels;
    }

    public int max() {
        return labels.size();
    }

    public String label(int score) {
        return score >= 1 && score <= labels.size() ? labels.get(score - 1) : "";
    }
}
