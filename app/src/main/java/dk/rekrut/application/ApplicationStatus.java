package dk.rekrut.application;

/** Where an application stands. Only a person's action changes it (no automatic decisions). */
public enum ApplicationStatus {
    RECEIVED, IN_SCREENING, SHORTLISTED, INVITED, INTERVIEWED, OFFERED, HIRED, REJECTED, WITHDRAWN;

    /** An outcome the closing checklist accepts. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }

    /**
     * Chosen for interview or later: an anonymous candidate may be re-identified from here, and the shortlist counts
     * these as chosen.
     */
    public boolean isChosen() {
        return switch (this) {
            case SHORTLISTED, INVITED, INTERVIEWED, OFFERED, HIRED -> true;
            default -> false;
        };
    }

    /** The applicant withdrew: no more messages to them, and their private page offers nothing further. */
    public boolean isWithdrawn() {
        return this == WITHDRAWN;
    }

    /** Invited to an interview: the applicant's private page links to it. */
    public boolean isInvited() {
        return this == INVITED;
    }

    /** Offered the position: the offer (with its letter) is out, so the page offers no second one. */
    public boolean isOffered() {
        return this == OFFERED;
    }

    /**
     * Whether a candidate standing here may be marked hired: only once offered the position, since the offer letter
     * is how the candidate hears of it; a hire straight from an earlier status would tell them nothing.
     */
    public boolean mayBeHired() {
        return this == OFFERED;
    }

    /**
     * Whether staff's move from here to {@code to} goes to the offer's confirmation page instead: an offer always (it
     * goes with its letter), and a hire of a candidate who has not been offered the position yet but still can be.
     */
    public boolean movesThroughOffer(ApplicationStatus to) {
        return to == OFFERED || to == HIRED && !mayBeHired() && !isFinal();
    }

    /** Hired: the personnel file can be handed over. */
    public boolean isHired() {
        return this == HIRED;
    }

    /** Staff may set every status but withdrawal, which is the applicant's own act. */
    public boolean settableByStaff() {
        return this != WITHDRAWN;
    }
}
