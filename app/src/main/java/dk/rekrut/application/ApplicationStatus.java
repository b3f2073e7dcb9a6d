package dk.rekrut.application;

/** Where an application stands. Only a person's action changes it (no automatic decisions). */
public enum ApplicationStatus {
    RECEIVED, IN_SCREENING, SHORTLISTED, INVITED, INTERVIEWED, OFFERED, HIRED, REJECTED, WITHDRAWN;

    /** An outcome the closing checklist accepts. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }
}
