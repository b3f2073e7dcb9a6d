package dk.rekrut.redaction;

/**
 * The outcome of redacting one document. Only {@link #CLEAN} may be shown to a committee without a person looking
 * first; everything else fails closed.
 */
public enum RedactionStatus {
    /** Redacted, and the independent verification found nothing left. */
    CLEAN,
    /** The redacted rendition is verified clean, but something could not be judged (a scanned page, unreadable text). */
    NEEDS_REVIEW,
    /** Verification found personal data left in the output, or could not verify it: the document is not released. */
    WITHHELD,
    /** The input could not be read (unsupported, encrypted, corrupt or too large). */
    FAILED
}
