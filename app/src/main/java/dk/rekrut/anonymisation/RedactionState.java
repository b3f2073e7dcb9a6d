package dk.rekrut.anonymisation;

/**
 * Where the redaction of one document (or of the screening answers) stands. Only RELEASED documents reach the
 * committee; WITHHELD and FAILED never can. DONE and NEEDS_REVIEW wait for HR.
 */
public enum RedactionState {
    PENDING, DONE, NEEDS_REVIEW, WITHHELD, FAILED, RELEASED;

    public boolean releasable() {
        return this == DONE || this == NEEDS_REVIEW;
    }

    /** Redacted and checked without doubt: it waits only for HR's release. */
    public boolean isDone() {
        return this == DONE;
    }

    /** Redacted, but the check found something HR must look at before release. */
    public boolean needsReview() {
        return this == NEEDS_REVIEW;
    }

    public boolean isWithheld() {
        return this == WITHHELD;
    }

    public boolean isFailed() {
        return this == FAILED;
    }

    /** Withheld or failed: the document can never reach the committee, and HR is told why. */
    public boolean isBlocked() {
        return isWithheld() || isFailed();
    }

    public boolean hasRendition() {
        return this == DONE || this == NEEDS_REVIEW || this == RELEASED;
    }
}
