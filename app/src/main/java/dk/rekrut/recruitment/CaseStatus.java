package dk.rekrut.recruitment;

import java.util.Set;

public enum CaseStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED;

    boolean canMoveTo(CaseStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> Set.of(CLOSED, DRAFT).contains(next);
            case CLOSED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
