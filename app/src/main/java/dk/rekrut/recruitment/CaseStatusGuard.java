package dk.rekrut.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by other modules to block a status change until their part of the case is in order,
 * e.g. publication needs a posting and a medium; closing needs an outcome for every applicant.
 * Each method returns message keys of what is missing (empty: nothing blocks).
 */
public interface CaseStatusGuard {

    default List<String> blockersForPublishing(UUID caseId) {
        return List.of();
    }

    default List<String> blockersForClosing(UUID caseId) {
        return List.of();
    }
}
