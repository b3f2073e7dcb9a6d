package dk.rekrut.statistics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the statistics cover: cases in a unit and the units below it (null: every unit the user may see), whose
 * application deadline falls in the period (either end may be open), or one case.
 */
public record Selection(UUID unitId, LocalDate from, LocalDate to, UUID caseId) {

    public static final Selection ALL = new Selection(null, null, null, null);
}
