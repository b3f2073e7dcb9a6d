package dk.rekrut.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The result of the job analysis: what the job is and what it takes. */
public record JobProfile(String tasks, String professionalCompetencies, String personalCompetencies,
                         String conditions, String successCriteria, String developmentOpportunities) {

    /** A list marker a criterion may start with ("-", "*", "•", "–", "1." or "1)"); it is not part of the criterion. */
    private static final Pattern MARKER = Pattern.compile("^(?:[-*•–]|\\d{1,3}[.)])\\s+");

    /**
     * The success criteria, one per non-empty line of {@link #successCriteria()}: the job profile page lists them and
     * the committee rates each one (the scorecard). A line's list marker and surrounding blanks go; a line that says the
     * same as an earlier one (ignoring case and spacing) is left out, so a criterion is rated once.
     */
    public List<String> criteria() {
        return criteriaOf(successCriteria);
    }

    static List<String> criteriaOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> criteria = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String criterion = MARKER.matcher(line.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
            String same = criterion.toLowerCase(Locale.ROOT);
            if (!criterion.isEmpty() && !seen.contains(same)) {
                criteria.add(criterion);
                seen.add(same);
            }
        }
        return List.copyOf(criteria);
    }
}
