package dk.rekrut.recruitment;

/** The result of the job analysis: what the job is and what it takes. */
public record JobProfile(String tasks, String professionalCompetencies, String personalCompetencies,
                         String conditions, String successCriteria, String developmentOpportunities) {
}
