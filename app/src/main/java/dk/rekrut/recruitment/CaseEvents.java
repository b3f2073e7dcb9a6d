package dk.rekrut.recruitment;

import java.util.UUID;
import dk.rekrut.security.CurrentUser;

/** Domain events published by the recruitment module. */
public final class CaseEvents {
    private CaseEvents() {
    }

    public record CaseStatusChanged(UUID caseId, CaseStatus from, CaseStatus to) {
    }

    /**
     * A new case {@code to} was made from the earlier case {@code from} by {@code by}: the modules that own a case's
     * posting and screening questions copy theirs, in the same transaction (a failed copy leaves no case).
     */
    public record CaseCopied(UUID from, UUID to, CurrentUser by) {
    }
}
