package dk.rekrut.redaction;

import java.util.regex.Pattern;

/**
 * Why a document was withheld, in terms a person can act on and never with the value itself: what kind of data was
 * left ({@code type}, and {@code known} when it is the applicant's own form data) and where it stands in the original
 * ({@code place}: a page, the header, the footer, the comments, ... as a {@link Part} a page can explain in its own
 * language; {@code line}, 1-based within that part, 0 when unknown). When the value could not be traced back to the
 * original, the place is the {@link Part#OUTPUT_PAGE} of the redacted rendition. A {@link Cause#OUTPUT_UNREADABLE} or
 * {@link Cause#OUTPUT_STRUCTURE} reason has no type and no place: the rendition itself is at fault.
 */
public record WithheldReason(Cause cause, SpanType type, boolean known, Place place, int line) {

    public enum Cause {
        /** Personal data is still in the redacted rendition after redaction and re-checking. */
        PERSONAL_DATA_LEFT,
        /** The rendition has something besides pages of text (metadata, an image, annotations): a renderer bug. */
        OUTPUT_STRUCTURE,
        /** The rendition could not be written or read back, so it cannot be verified. */
        OUTPUT_UNREADABLE
    }

    /** The kinds of part the extractors name; OTHER for a part without a kind of its own (a chart, a glossary). */
    public enum Part {
        PAGE, OUTPUT_PAGE, HEADER, FOOTER, HEADER_AND_FOOTER, BODY, TEXT, COMMENTS, FOOTNOTES, ENDNOTES, FORM_FIELDS, OTHER
    }

    /**
     * A part of a document: its kind, the page number for {@link Part#PAGE} and {@link Part#OUTPUT_PAGE} (0 otherwise),
     * and its {@code label} as the extraction names it ("page 2", "header", "charts/chart"), for logs and the code.
     */
    public record Place(Part part, int page, String label) {

        private static final Pattern PAGE = Pattern.compile("(output )?page (\\d+)");

        /** The place an extraction's block label ({@code Extraction.Block#location()}) or a code names. */
        public static Place of(String label) {
            var m = PAGE.matcher(label);
            if (m.matches()) {
                return new Place(m.group(1) == null ? Part.PAGE : Part.OUTPUT_PAGE, Integer.parseInt(m.group(2)), label);
            }
            Part part = switch (label) {
                case "header" -> Part.HEADER;
                case "footer" -> Part.FOOTER;
                case "header and footer" -> Part.HEADER_AND_FOOTER;
                case "body" -> Part.BODY;
                case "text" -> Part.TEXT;
                case "comments" -> Part.COMMENTS;
                case "footnotes" -> Part.FOOTNOTES;
                case "endnotes" -> Part.ENDNOTES;
                case "form fields" -> Part.FORM_FIELDS;
                default -> Part.OTHER;
            };
            return new Place(part, 0, label);
        }

        /** Page {@code n} of the redacted rendition, for a value that could not be traced back to the original. */
        public static Place outputPage(int n) {
            return new Place(Part.OUTPUT_PAGE, n, "output page " + n);
        }
    }

    /** The place as the extraction named it ("page 2", "header"), or null when there is none. */
    public String part() {
        return place == null ? null : place.label();
    }

    static WithheldReason left(SpanType type, boolean known, Place place, int line) {
        return new WithheldReason(Cause.PERSONAL_DATA_LEFT, type, known, place, line);
    }

    static WithheldReason left(SpanType type, boolean known, String part, int line) {
        return left(type, known, part == null ? null : Place.of(part), line);
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
        return cause.name() + " " + type + (known ? " known" : "") + (place == null ? "" : " @ " + place.label()
            + (line > 0 ? " line " + line : ""));
    }

    /** The reason a {@link #code()} stands for, or null when {@code code} is not one. */
    public static WithheldReason parse(String code) {
        if (code == null) {
            return null;
        }
        var m = Pattern.compile(
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
