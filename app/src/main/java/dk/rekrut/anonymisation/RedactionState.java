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

    public boolean hasRendition() {
        return this == DONE || this == NEEDS_REVIEW || this == RELEASED;
    }
}
