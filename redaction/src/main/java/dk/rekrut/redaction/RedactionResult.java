package dk.rekrut.redaction;

import java.util.List;

/**
 * A redacted document. {@code pdf} is the clean rendition, present only when the status is CLEAN or NEEDS_REVIEW: a
 * withheld or failed document has no output at all, so it cannot be released by mistake. {@code extractedText} and
 * {@code spans} (offsets into it) are the original's text and findings, for a reviewer who may see identity data.
 * {@code withheld} says why a WITHHELD document was withheld (kind of data and place, never the value); empty
 * otherwise. {@code failure} says why a FAILED document could not be redacted, typed; null otherwise.
 */
public record RedactionResult(RedactionStatus status, byte[] pdf, String extractedText, List<Span> spans,
                              RedactionReport report, Verification verification, RedactionFailure failure,
                              List<WithheldReason> withheld) {

    public RedactionResult {
        spans = spans == null ? List.of() : List.copyOf(spans);
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }

    /** True only when the document may be shown without a person looking at it first. */
    public boolean released() {
        return status == RedactionStatus.CLEAN;
    }

    /**
     * One line for logs and reports: the failure ({@link RedactionFailure#code()}) of a FAILED document, the verdict
     * of a WITHHELD one (its reasons are {@code withheld}); null otherwise.
     */
    public String error() {
        if (status == RedactionStatus.WITHHELD) {
            return "verification found personal data in the redacted output; the document is withheld";
        }
        return failure == null ? null : failure.code();
    }

    static RedactionResult failed(String format, RedactionFailure failure) {
        return new RedactionResult(RedactionStatus.FAILED, null, null, List.of(),
            new RedactionReport(format, List.of(), 0, List.of(), List.of(failure.code())),
            Verification.failed("not redacted: " + failure.code()), failure, List.of());
    }
}
