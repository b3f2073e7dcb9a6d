package dk.rekrut.recruitment;

import java.util.Set;

/** Where a case stands, with the moves it allows: the service enforces them and the pages offer only these. */
public enum CaseStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED;

    public boolean canMoveTo(CaseStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> Set.of(CLOSED, DRAFT).contains(next);
            case CLOSED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }

    /** Published: applications come in, and the posting's media and the talent pools are in play. */
    public boolean isPublished() {
        return this == PUBLISHED;
    }

    /** The case's details can still be changed: not once it is closed. */
    public boolean allowsEditing() {
        return this == DRAFT || this == PUBLISHED;
    }

    /** Everyone must answer the same questions, so they are fixed once the posting is out. */
    public boolean allowsQuestionChanges() {
        return this == DRAFT;
    }
}
