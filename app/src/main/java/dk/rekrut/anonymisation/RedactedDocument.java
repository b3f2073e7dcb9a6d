package dk.rekrut.anonymisation;

import java.util.UUID;

/**
 * One redacted thing of a candidate: {@code number} 0 is the screening answers, 1, 2, ... the uploaded documents in
 * upload order. {@code kind} is the applicant's declared kind (APPLICATION, CV, DIPLOMA, OTHER) or ANSWERS.
 * {@code reason} explains WITHHELD, FAILED and NEEDS_REVIEW without quoting personal data. No file names.
 */
public record RedactedDocument(UUID id, UUID applicationId, int number, String kind, RedactionState state, String reason) {

    public static final String ANSWERS = "ANSWERS";

    public boolean isAnswers() {
        return number == 0;
    }
}
