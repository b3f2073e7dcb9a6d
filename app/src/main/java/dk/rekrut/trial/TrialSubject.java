package dk.rekrut.trial;

import java.util.Objects;
import java.util.UUID;

/**
 * A citizen offered for assignment: their pseudonym (never a name or CPR), the job centre (unit) whose caseload they
 * are in, the ISCO-08 major group (one digit, "0".."9") of their first wished occupation or null, and their facts.
 */
public record TrialSubject(String pseudonym, UUID unitId, String wishedIsco1, TargetFacts facts) {

    public TrialSubject {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(facts, "facts");
        if (pseudonym == null || pseudonym.isBlank() || pseudonym.length() > 64) {
            throw new IllegalArgumentException("pseudonym must be 1-64 characters");
        }
        if (wishedIsco1 != null && !wishedIsco1.matches("[0-9]")) {
            throw new IllegalArgumentException("wishedIsco1 must be one digit or null");
        }
    }
}
