package dk.rekrut.redaction;

/**
 * Why a document could not be redacted (a FAILED result): the {@code kind} a caller acts on (and says in its own
 * words), and a {@code message} in English for the log. A caller stores {@link #code()} and reads it back with
 * {@link #parse}, so it never takes the engine's text apart itself.
 */
public record RedactionFailure(Kind kind, String message) {

    public enum Kind {
        /** No bytes at all. */
        EMPTY,
        /** Over a limit of the engine (size, pages, a zip bomb). */
        TOO_LARGE,
        /** A format the engine does not read (an image, an old Office binary file). */
        UNSUPPORTED,
        /** Protected by a password. */
        ENCRYPTED,
        /** The file is broken or its parser gave up on it. */
        CORRUPT,
        /** The document was read, but its redacted rendition could not be written. */
        RENDITION
    }

    public RedactionFailure {
        if (kind == null) {
            throw new IllegalArgumentException("a failure has a kind");
        }
        message = message == null ? "" : message;
    }

    static RedactionFailure of(DocumentException e) {
        return new RedactionFailure(Kind.valueOf(e.kind().name()), e.getMessage());
    }

    /** The kind, a colon and the message, e.g. {@code ENCRYPTED: the PDF is password protected}. */
    public String code() {
        return kind + ": " + message;
    }

    /** The failure a {@link #code()} stands for, or null when {@code code} is not one (a caller's own reason). */
    public static RedactionFailure parse(String code) {
        if (code == null) {
            return null;
        }
        int colon = code.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = code.substring(0, colon).strip();
        for (Kind k : Kind.values()) {
            if (k.name().equals(kind)) {
                return new RedactionFailure(k, code.substring(colon + 1).strip());
            }
        }
        return null;
    }
}
