package dk.rekrut.trial;

import java.time.LocalDate;
import java.util.UUID;

/** A subject's assignment: made once, never changed. */
public record Assignment(UUID trialId, String pseudonym, Arm arm, LocalDate assignedOn) {
}
