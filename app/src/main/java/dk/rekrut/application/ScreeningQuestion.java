package dk.rekrut.application;

import java.util.List;
import java.util.UUID;

/**
 * A screening question on a case. Shown in {@code position} order to every applicant.
 * {@code classLabels} are the classes of a CLASSIFIED question (e.g. none / some / expert).
 */
public record ScreeningQuestion(UUID id, UUID caseId, int position, QuestionKind kind, String text, boolean required,
                                Integer maxLength, Integer minChoices, Integer maxChoices, List<Option> options,
                                List<String> classLabels) {

    public record Option(UUID id, String label) {
    }

    public String field() {
        return "q-" + id;
    }
}
