package dk.rekrut.statistics;

import java.time.LocalDate;
import java.util.regex.Pattern;
import dk.rekrut.shared.RuleViolation;

/**
 * A period the statistics page offers: a whole calendar year ({@code 2027}) or a whole calendar quarter
 * ({@code 2027-Q1}), by the case's application deadline. Whole quarters are the smallest time the evaluation tables
 * are counted in (docs/statistics.md says why), so the filter offers nothing finer.
 */
public record Period(int year, int quarter) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    /** The period a query parameter names; null for none; a clear message for anything else. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new RuleViolation("error.stats.period");
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    public LocalDate from() {
        return LocalDate.of(year, wholeYear() ? 1 : 3 * quarter - 2, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year, wholeYear() ? 12 : 3 * quarter, 1).plusMonths(1).minusDays(1);
    }

    /** The query parameter's value. */
    public String key() {
        return wholeYear() ? Integer.toString(year) : year + "-Q" + quarter;
    }

    /** Whether a day is the first of a calendar quarter. */
    static boolean startsQuarter(LocalDate day) {
        return day.getDayOfMonth() == 1 && day.getMonthValue() % 3 == 1;
    }

    /** Whether a day is the last of a calendar quarter. */
    static boolean endsQuarter(LocalDate day) {
        return startsQuarter(day.plusDays(1));
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
