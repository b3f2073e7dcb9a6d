package dk.rekrut.trial;

import java.time.LocalDate;
import java.util.Set;

/**
 * A trial's design, fixed once the trial has assignments. Target group: a subject fits when each condition that is
 * set holds (an empty set or null means any). Allocation ratio tool : usual practice, each 1 to {@link #MAX_RATIO}.
 * The primary outcome is employment within {@code followUpMonths} of assignment.
 */
public record Design(String name, Set<Education> educations, Set<AgeBand> ageBands, Boolean recentGraduate,
                     Integer maxMonthsUnemployed, int ratioTool, int ratioUsual, boolean stratifyByUnit,
                     boolean stratifyByIsco, LocalDate startsOn, LocalDate endsOn, int followUpMonths,
                     boolean secondaryApplied, boolean secondaryInterview) {

    static final int MAX_RATIO = 5;
    static final int MAX_FOLLOW_UP = 24;

    public Design {
        name = name == null ? null : name.strip();
        educations = educations == null ? Set.of() : Set.copyOf(educations);
        ageBands = ageBands == null ? Set.of() : Set.copyOf(ageBands);
    }

    /** Whether a subject with these facts is in the target group. */
    boolean fits(TargetFacts f) {
        return (educations.isEmpty() || f.education() != null && educations.contains(f.education()))
            && (ageBands.isEmpty() || f.ageBand() != null && ageBands.contains(f.ageBand()))
            && (recentGraduate == null || recentGraduate == f.recentGraduate())
            && (maxMonthsUnemployed == null || f.monthsUnemployed() <= maxMonthsUnemployed);
    }

    /** The stratum a subject belongs to: job centre and ISCO-1 group as the design stratifies. */
    String stratum(TrialSubject s) {
        if (!stratifyByUnit && !stratifyByIsco) {
            return "all";
        }
        var key = new StringBuilder();
        if (stratifyByUnit) {
            key.append("unit:").append(s.unitId());
        }
        if (stratifyByIsco) {
            key.append(key.isEmpty() ? "" : "|").append("isco:").append(s.wishedIsco1() == null ? "-" : s.wishedIsco1());
        }
        return key.toString();
    }
}
