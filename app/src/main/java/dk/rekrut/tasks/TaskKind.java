package dk.rekrut.tasks;

/** The kinds of work the start page lists; the message key {@code tasks.kind.NAME} says what to do. */
public enum TaskKind {
    /** Applications the user (committee member, chair or hiring manager) has not rated yet. */
    RATE,
    /** Redacted documents in an anonymous case waiting for HR to check and release them. */
    RELEASE_REDACTION,
    /** Candidates chosen for interview who have no invitation yet. */
    PLAN_INTERVIEW,
    /** Candidates who declined the invited time and need another. */
    INTERVIEW_DECLINED,
    /** Interviewed candidates whose consent to references is not recorded. */
    REFERENCE_CONSENT,
    /** Published cases past their deadline with candidates who have no outcome. */
    OVERDUE_CASE,
    /** Talent pool members whose consent runs out within the warning period. */
    CONSENT_EXPIRING
}
