package dk.rekrut.trial;

/** Who recorded an outcome. */
public enum OutcomeSource {
    /** The job consultant, on the citizen's page. */
    CONSULTANT,
    /** A CSV import from the employment system, by the job-centre manager. */
    EMPLOYMENT_SYSTEM,
    /** The citizen's own answer on their suggestions page ("søgt", "til samtale", "ansat"). */
    CITIZEN
}
