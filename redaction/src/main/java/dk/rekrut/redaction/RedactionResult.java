package dk.rekrut.redaction;

import java.util.List;

/**
 * A redacted document. {@code pdf} is the clean rendition, present only when the status is CLEAN or NEEDS_REVIEW: a
 * withheld or failed document has no output at all, so it cannot be released by mistake. {@code extractedText} and
 * {@code spans} (offsets into it) are the original's text and findings, for a reviewer who may see identity data.
 * {@code withheld} says why a WITHHELD document was withheld (kind of data and place, never the value); empty
 * otherwise.
 */
public record RedactionResult(RedactionStatus status, byte[] pdf, String extractedText, List<Span> spans,
                              RedactionReport report, Verification verification, String error,
                              List<WithheldReason> withheld) {

    public RedactionResult {
        spans = spans == null ? List.of() : List.copyOf(spans);
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }

    /** True only when the document may be shown without a person looking at it first. */
    public boolean released() {
        return status == RedactionStatus.CLEAN;
    }

    static RedactionResult failed(String format, String error) {
        return new RedactionResult(RedactionStatus.FAILED, null, null, List.of(),
            new RedactionReport(format, List.of(), 0, List.of(), List.of(error)), Verification.failed("not redacted: " + error),
            error, List.of());
    }
}
