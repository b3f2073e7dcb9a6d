package dk.rekrut.trial;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import dk.rekrut.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;

/** What the trial design form sends; also what it shows again after a refused change, so nothing typed is lost. */
record DesignForm(String name, List<Education> educations, List<AgeBand> ageBands, String recentGraduate,
                  Integer maxMonthsUnemployed, Integer ratioTool, Integer ratioUsual, Boolean stratifyByUnit,
                  Boolean stratifyByIsco, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, Integer followUpMonths,
                  Boolean secondaryApplied, Boolean secondaryInterview) {

    /** A new trial's defaults: the seed's case (newly unemployed graduates), 1:1, both strata, 6 months. */
    static DesignForm defaults(LocalDate today) {
        return new DesignForm("", List.of(Education.LONG_HIGHER), List.of(AgeBand.UNDER_25, AgeBand.AGE_25_29), "yes",
            3, 1, 1, true, true, today.plusDays(7), today.plusYears(1), 6, true, true);
    }

    static DesignForm of(Design d) {
        return new DesignForm(d.name(), List.copyOf(d.educations()), List.copyOf(d.ageBands()),
            d.recentGraduate() == null ? "any" : d.recentGraduate() ? "yes" : "no", d.maxMonthsUnemployed(),
            d.ratioTool(), d.ratioUsual(), d.stratifyByUnit(), d.stratifyByIsco(), d.startsOn(), d.endsOn(),
            d.followUpMonths(), d.secondaryApplied(), d.secondaryInterview());
    }

    Design design() {
        if (ratioTool == null || ratioUsual == null) {
            throw new RuleViolation("error.trial.ratio", Design.MAX_RATIO);
        }
        if (startsOn == null || endsOn == null) {
            throw new RuleViolation("error.trial.period");
        }
        if (followUpMonths == null) {
            throw new RuleViolation("error.trial.follow-up", Design.MAX_FOLLOW_UP);
        }
        Boolean recent = "yes".equals(recentGraduate) ? Boolean.TRUE : "no".equals(recentGraduate) ? Boolean.FALSE : null;
        return new Design(name, set(educations, Education.class), set(ageBands, AgeBand.class), recent,
            maxMonthsUnemployed, ratioTool, ratioUsual, on(stratifyByUnit), on(stratifyByIsco), startsOn, endsOn,
            followUpMonths, on(secondaryApplied), on(secondaryInterview));
    }

    public boolean has(Object value) {
        return educations != null && educations.contains(value) || ageBands != null && ageBands.contains(value);
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        var set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
