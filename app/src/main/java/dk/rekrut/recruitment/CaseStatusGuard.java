package dk.rekrut.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by other modules to block a status change until their part of the case is in order,
 * e.g. publication needs a posting and a medium; closing needs an outcome for every applicant.
 * Publishing returns message keys of what is missing (empty: nothing blocks); closing returns the module's points of
 * the closing checklist, met or not.
 */
public interface CaseStatusGuard {

    default List<String> blockersForPublishing(UUID caseId) {
        return List.of();
    }

    default List<ClosingCheck> closingChecks(UUID caseId) {
        return List.of();
    }
}
