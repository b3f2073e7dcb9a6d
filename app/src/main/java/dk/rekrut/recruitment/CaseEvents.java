package dk.rekrut.recruitment;

import java.util.UUID;

/** Domain events published by the recruitment module. */
public final class CaseEvents {
    private CaseEvents() {
    }

    public record CaseStatusChanged(UUID caseId, CaseStatus from, CaseStatus to) {
    }
}
