package dk.rekrut.redaction;

import java.util.List;

/**
 * What was removed, where and why: text spans, images, and whole parts of the input that are never carried over
 * (metadata, attachments, annotations, ...). {@code flags} are things a person must look at. {@code layoutKept}: the
 * rendition is the input PDF's own pages with the spans' glyphs removed; otherwise it is the plain text rendition, and
 * for a PDF {@code textRenditionReason} says why its layout could not be kept.
 */
public record RedactionReport(String inputFormat, List<Removal> removals, int imagesRemoved, List<String> partsDropped,
                              List<String> flags, boolean layoutKept, String textRenditionReason) {

    public RedactionReport {
        removals = List.copyOf(removals);
        partsDropped = List.copyOf(partsDropped);
        flags = List.copyOf(flags);
    }

    /** A report of a text rendition with no reason to give. */
    public RedactionReport(String inputFormat, List<Removal> removals, int imagesRemoved, List<String> partsDropped,
                           List<String> flags) {
        this(inputFormat, removals, imagesRemoved, partsDropped, flags, false, null);
    }
}
