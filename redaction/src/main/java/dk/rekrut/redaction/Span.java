package dk.rekrut.redaction;

/**
 * A piece of personal data found in a text: character offsets [start, end), its type, how sure the detector is,
 * and why (which detector and what evidence), so a person reviewing the redaction can judge it.
 */
public record Span(int start, int end, SpanType type, String text, double confidence, String reason) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }
}
