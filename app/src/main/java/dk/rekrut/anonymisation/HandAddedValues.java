package dk.rekrut.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanSource;
import dk.rekrut.redaction.SpanType;

/**
 * HR's hand-added redactions as one more source of spans for the engine: every occurrence of the text, ignoring case
 * and with any whitespace between its words, also inside longer words (a miss would leak; an extra label does not).
 * The engine merges these spans with its own and its verifier searches the output for them like for any finding.
 */
record HandAddedValues(List<Value> values) implements SpanSource {

    record Value(String text, SpanType type) {
    }

    @Override
    public List<Span> find(String text, String language) {
        var out = new ArrayList<Span>();
        for (Value v : values) {
            var m = pattern(v.text()).matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new Span(m.start(), m.end(), v.type(), null, 1.0, "added by HR", Span.Origin.ADDED));
                }
            }
        }
        return out;
    }

    static Pattern pattern(String value) {
        var words = value.strip().split("\\s+");
        var regex = new StringBuilder();
        for (String w : words) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(w));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
