package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A job posting's or a case's reference number is no phone, though eight digits in two groups have a Danish phone's
 * shape: "(ref. 2026-1187)", "Jobnr. 4512 7788", "sagsnr.: 2025-004512" (rred3). A phone found by its shape alone is
 * dropped when a reference word stands right before it; one of the applicant's own numbers (known data) never is.
 */
final class ReferenceNumbers {

    private ReferenceNumbers() {
    }

    private static final Pattern REFERENCE_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:ref|reference|referencenummer|ref\\.?[ \\t]*nr"
        + "|sagsnr|sagsnummer|sag|case|case[ \\t]+no|j\\.?[ \\t]*nr|journalnr|journalnummer|jobnr|jobnummer|job[ \\t]+id|job[ \\t]+no"
        + "|stillingsnr|stillingsnummer|opslagsnr|requisition|vacancy[ \\t]+no|posting[ \\t]+id)[ \\t]*[.:#]?[ \\t]*(?:nr\\.?|no\\.?)?"
        + "[ \\t]*:?[ \\t]*$");

    /** {@code spans} without the phones found by shape right after a reference word. */
    static List<Span> withoutReferences(String text, List<Span> spans) {
        if (spans.stream().noneMatch(s -> s.type() == SpanType.PHONE)) {
            return spans;
        }
        return spans.stream().filter(s -> s.type() != SpanType.PHONE || s.origin().isGiven() || !after(text, s.start())).toList();
    }

    /** Whether a reference word ends the text just before {@code at} on its line (30 characters at most). */
    static boolean after(String text, int at) {
        int from = Math.max(Math.max(0, at - 30), text.lastIndexOf('\n', at - 1) + 1);
        return REFERENCE_WORD.matcher(text.substring(from, at)).find();
    }
}
