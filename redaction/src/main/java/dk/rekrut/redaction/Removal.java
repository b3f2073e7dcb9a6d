package dk.rekrut.redaction;

/**
 * One redaction in the report: where ({@code location} names the part of the document, e.g. "page 2", "header",
 * "comments"; {@code start}/{@code end} are character offsets in the extracted text), what and why. The removed
 * text itself is deliberately not part of the report, so a report file does not become a copy of the personal data.
 */
public record Removal(SpanType type, String location, int start, int end, double confidence, String reason) {
}
