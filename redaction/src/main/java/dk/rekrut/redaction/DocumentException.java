package dk.rekrut.redaction;

/** The input cannot be redacted; {@link Kind} says why, the message says it for a person. */
public final class DocumentException extends Exception {

    public enum Kind { UNSUPPORTED, ENCRYPTED, CORRUPT, TOO_LARGE }

    private final Kind kind;

    public DocumentException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DocumentException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
