package dk.rekrut.correspondence;

public enum LetterKind {
    RECEIPT, INTERVIEW_INVITATION, REJECTION, REJECTION_AFTER_INTERVIEW, OFFER, FREE_TEXT,
    /** HR offers a place in a talent pool; the link accepts. */
    TALENT_POOL_OFFER,
    /** Double opt-in for someone who enrolled in a talent pool on the public site. */
    TALENT_POOL_CONFIRM,
    /** Consent runs out soon; the link renews it. */
    TALENT_POOL_REMINDER,
    /** HR sends a pool member a posting to apply for. */
    TALENT_POOL_POSTING,
    /** Double opt-in for a job agent subscription. */
    JOB_AGENT_CONFIRM,
    /** The job agent's daily list of new matching postings. */
    JOB_AGENT_DIGEST,
    /** A fresh private link to the applicant's own page, asked for on the public site. */
    APPLICATION_LINK,
    /** A job consultant sends a citizen postings to look at; the private link opens them. */
    JOBCENTRE_SUGGESTIONS,
    /** A member of an interview panel gets a booked (or cancelled) interview in their calendar. */
    PANEL_INVITATION
}
