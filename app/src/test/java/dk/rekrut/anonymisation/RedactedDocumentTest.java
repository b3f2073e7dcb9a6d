package dk.rekrut.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.RedactionFailure;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedactedDocumentTest {

    @Test
    void aFailedDocumentsEnglishEngineReasonBecomesAMessageKeyForTheReviewPage() {
        assertThat(failed("UNSUPPORTED: an image (JPEG) is not a document").failure()).isEqualTo("redaction.failed.UNSUPPORTED");
        assertThat(failed("ENCRYPTED: password protected").failure()).isEqualTo("redaction.failed.ENCRYPTED");
        assertThat(failed("the original document is gone").failure()).isEqualTo("redaction.failed.OTHER");
        assertThat(failed(null).failure()).isEqualTo("redaction.failed.OTHER");
    }

    @Test
    void everyKindOfTheEnginesTypedFailureHasItsMessageKey() {
        for (var kind : RedactionFailure.Kind.values()) {
            String expected = switch (kind) {
                case UNSUPPORTED, ENCRYPTED, CORRUPT, TOO_LARGE -> "redaction.failed." + kind;
                case EMPTY, RENDITION -> "redaction.failed.OTHER";
            };
            assertThat(failed(new RedactionFailure(kind, "the document is larger than 50 MB").code()).failure())
                .as(kind.name()).isEqualTo(expected);
        }
    }

    private static RedactedDocument failed(String reason) {
        return new RedactedDocument(UUID.randomUUID(), UUID.randomUUID(), 1, "CV", RedactionState.FAILED, reason);
    }
}
