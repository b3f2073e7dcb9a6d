package dk.rekrut.trial;

/**
 * What a trial's target group is judged on, without identifying anyone: education level (null when not known), age
 * band (null when not known), whether the citizen graduated within the last year, and whole months unemployed.
 */
public record TargetFacts(Education education, AgeBand ageBand, boolean recentGraduate, int monthsUnemployed) {

    public TargetFacts {
        if (monthsUnemployed < 0) {
            throw new IllegalArgumentException("monthsUnemployed < 0");
        }
    }
}
