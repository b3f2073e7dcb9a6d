package dk.rekrut.redaction;

/**
 * Why a document was withheld, in terms a person can act on and never with the value itself: what kind of data was
 * left ({@code type}, and {@code known} when it is the applicant's own form data) and where it stands in the original
 * ({@code part} as the extraction names it: "page 2", "header", "footer", "comments", ...; {@code line}, 1-based within
 * that part, 0 when unknown). When the value could not be traced back to the original, {@code part} is
 * "output page N" (the page of the redacted rendition). A {@link Cause#OUTPUT_UNREADABLE} or
 * {@link Cause#OUTPUT_STRUCTURE} reason has no type and no place: the rendition itself is at fault.
 */
public record WithheldReason(Cause cause, SpanType type, boolean known, String part, int line) {

    public enum Cause {
        /** Personal data is still in the redacted rendition after redaction and re-checking. */
        PERSONAL_DATA_LEFT,
        /** The rendition has something besides pages of text (metadata, an image, annotations): a renderer bug. */
        OUTPUT_STRUCTURE,
        /** The rendition could not be written or read back, so it cannot be verified. */
        OUTPUT_UNREADABLE
    }

    static WithheldReason left(SpanType type, boolean known, String part, int line) {
        return new WithheldReason(Cause.PERSONAL_DATA_LEFT, type, known, part, line);
    }

    static WithheldReason of(Cause cause) {
        return new WithheldReason(cause, null, false, null, 0);
    }

    /**
     * A short code for logs, reports and storage, e.g. {@code PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14}; it
     * holds no personal data. {@link #parse} reads it back.
     */
    public String code() {
        if (cause != Cause.PERSONAL_DATA_LEFT) {
            return cause.name();
        }
        return cause.name() + " " + type + (known ? " known" : "") + (part == null ? "" : " @ " + part
            + (line > 0 ? " line " + line : ""));
    }

    /** The reason a {@link #code()} stands for, or null when {@code code} is not one. */
    public static WithheldReason parse(String code) {
        if (code == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile(
            "(PERSONAL_DATA_LEFT|OUTPUT_STRUCTURE|OUTPUT_UNREADABLE)(?: ([A-Z_]+)( known)?(?: @ (.+?)(?: line (\\d+))?)?)?")
            .matcher(code.strip());
        if (!m.matches()) {
            return null;
        }
        Cause cause = Cause.valueOf(m.group(1));
        if (cause != Cause.PERSONAL_DATA_LEFT) {
            return of(cause);
        }
        if (m.group(2) == null) {
            return null;
        }
        SpanType type;
        try {
            type = SpanType.valueOf(m.group(2));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return left(type, m.group(3) != null, m.group(4), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
    }
}
