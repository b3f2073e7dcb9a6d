package dk.rekrut.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import dk.rekrut.shared.InvalidInput;
import dk.rekrut.shared.TextLimits;
import dk.rekrut.shared.Time;

/**
 * What a case's fields may hold, checked before anything is written: the sizes of the recruitment_case columns
 * (db/migration/common/V1__foundation.sql), salaries within DECIMAL(12, 2), dates in plausible years.
 */
final class CaseRules {

    static final TextLimits TEXT = TextLimits.of()
        .field("title", 200)
        .field("weeklyHours", 40)
        .field("salaryFrame", 400)
        .field("workplaceStreet", 200)
        .field("workplacePostalCode", 10)
        .field("workplaceTown", 100)
        .field("tasks", 10_000)
        .field("professionalCompetencies", 10_000)
        .field("personalCompetencies", 10_000)
        .field("conditions", 10_000)
        .field("successCriteria", 10_000)
        .field("developmentOpportunities", 10_000)
        .field("contactName", 200)
        .field("contactEmail", 200)
        .field("contactPhone", 40);

    /** DECIMAL(12, 2) holds less than ten thousand million; a monthly salary is far below. */
    static final BigDecimal MAX_SALARY = new BigDecimal("9999999999");

    private CaseRules() {
    }

    /** Every field over its limit or out of range, at once. */
    static void check(CaseForm f) {
        var problems = new ArrayList<InvalidInput.Problem>();
        TEXT.check()
            .value("title", f.getTitle())
            .value("weeklyHours", f.getWeeklyHours())
            .value("salaryFrame", f.getSalaryFrame())
            .value("workplaceStreet", f.getWorkplaceStreet())
            .value("workplacePostalCode", f.getWorkplacePostalCode())
            .value("workplaceTown", f.getWorkplaceTown())
            .value("tasks", f.getTasks())
            .value("professionalCompetencies", f.getProfessionalCompetencies())
            .value("personalCompetencies", f.getPersonalCompetencies())
            .value("conditions", f.getConditions())
            .value("successCriteria", f.getSuccessCriteria())
            .value("developmentOpportunities", f.getDevelopmentOpportunities())
            .value("contactName", f.getContactName())
            .value("contactEmail", f.getContactEmail())
            .value("contactPhone", f.getContactPhone())
            .tooLong().forEach(t -> problems.add(InvalidInput.Problem.tooLong(t)));
        salary("salaryMin", f.getSalaryMin(), problems);
        salary("salaryMax", f.getSalaryMax(), problems);
        if (f.getDeadline() != null && !Time.plausible(f.getDeadline().toLocalDate())) {
            problems.add(InvalidInput.Problem.of("deadline", "error.input.date-range"));
        }
        if (f.getInterviewDates() != null && f.getInterviewDates().stream().anyMatch(d -> d != null && !Time.plausible(d))) {
            problems.add(InvalidInput.Problem.of("interviewDates", "error.input.date-range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void salary(String field, BigDecimal value, ArrayList<InvalidInput.Problem> problems) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_SALARY) > 0)) {
            problems.add(InvalidInput.Problem.of(field, "error.input.number-range", 0, MAX_SALARY.toPlainString()));
        }
    }
}
