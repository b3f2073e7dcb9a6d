package dk.rekrut.redaction;

/**
 * A piece of personal data found in a text: character offsets [start, end), its type, how sure the detector is,
 * why (which detector and what evidence, for the person reviewing the redaction) and where it came from
 * ({@link Origin}, for the rules that must never leave a value alone: typed, not read from the reason).
 */
public record Span(int start, int end, SpanType type, String text, double confidence, String reason, Origin origin) {

    /** Where a span came from. A span propagated from another (the same value elsewhere) keeps its origin. */
    public enum Origin {
        /** The applicant's own data, given as known values (and its spellings, initials and parts). */
        KNOWN,
        /** A value a reviewer added by hand for this applicant. */
        ADDED,
        /** Found by a detector: names, dates, numbers, addresses, special categories, a further source. */
        DETECTED;

        /** Known or hand-added: never left alone, and a leftover of it withholds the result. */
        public boolean isGiven() {
            return this != DETECTED;
        }

        /** The stronger of two origins, for a span merged from both: a given value stays given. */
        public Origin with(Origin other) {
            return compareTo(other) <= 0 ? this : other;
        }
    }

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
        if (origin == null) {
            origin = Origin.DETECTED;
        }
    }

    /** A span a detector found. */
    public Span(int start, int end, SpanType type, String text, double confidence, String reason) {
        this(start, end, type, text, confidence, reason, Origin.DETECTED);
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
