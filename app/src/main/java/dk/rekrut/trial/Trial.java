package dk.rekrut.trial;

import java.time.LocalDate;
import java.util.UUID;

/** A stored trial: its design, the unit it belongs to, and the counts of subjects screened for it. */
public record Trial(UUID id, UUID unitId, Design design, long seed, int screened, int notEligible, int inOtherTrial,
                    int assigned) {

    public boolean running(LocalDate today) {
        return !today.isBefore(design.startsOn()) && !today.isAfter(design.endsOn());
    }

    public boolean ended(LocalDate today) {
        return today.isAfter(design.endsOn());
    }

    /** The design is fixed once anyone has been assigned. */
    public boolean locked() {
        return assigned > 0;
    }
}
