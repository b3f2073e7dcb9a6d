package dk.rekrut.redaction;

import java.util.List;

/**
 * What was removed, where and why: text spans, images, and whole parts of the input that are never carried over
 * (metadata, attachments, annotations, ...). {@code flags} are things a person must look at.
 */
public record RedactionReport(String inputFormat, List<Removal> removals, int imagesRemoved, List<String> partsDropped,
                              List<String> flags) {

    public RedactionReport {
        removals = List.copyOf(removals);
        partsDropped = List.copyOf(partsDropped);
        flags = List.copyOf(flags);
    }
}
