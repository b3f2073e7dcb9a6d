package dk.rekrut.application;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the submission's transaction, after the application, its identity and its original files are
 * stored. Listeners that write to the database in the same transaction (e.g. the anonymisation module queueing
 * redaction jobs) commit or roll back together with the submission. Carries no identity: documents are named by
 * id and declared kind ({@code APPLICATION}, {@code CV}, {@code DIPLOMA}, {@code OTHER}) only, in upload order.
 */
public record ApplicationSubmitted(UUID applicationId, UUID caseId, boolean anonymous, List<SubmittedDocument> documents) {

    public record SubmittedDocument(UUID documentId, String kind) {
    }

    public ApplicationSubmitted {
        documents = List.copyOf(documents);
    }
}
