package dk.rekrut.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest text each field of one form may hold, as its database column allows (db/migration): one list per
 * form, checked in the service before anything is written, so an over-long value is a clear message and never a
 * database error (whose message would carry the value into the log).
 */
public final class TextLimits {

    /** One field whose value is longer than its limit. */
    public record TooLong(String field, int max) {
    }

    private final Map<String, Integer> max = new LinkedHashMap<>();

    private TextLimits() {
    }

    public static TextLimits of() {
        return new TextLimits();
    }

    /** Declares a field and the most characters it may hold. */
    public TextLimits field(String name, int maxLength) {
        if (max.putIfAbsent(name, maxLength) != null) {
            throw new IllegalArgumentException("field declared twice: " + name);
        }
        return this;
    }

    public int max(String field) {
        Integer m = max.get(field);
        if (m == null) {
            throw new IllegalArgumentException("no limit declared for " + field);
        }
        return m;
    }

    /** Starts a check: give every declared field's value, then ask {@link Check#tooLong()}. */
    public Check check() {
        return new Check();
    }

    /** The values of one submission, measured after stripping (what is stored). */
    public final class Check {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Check() {
        }

        public Check value(String field, String value) {
            max(field); // a typo or an undeclared field is a programming error, found by the first test
            values.put(field, value);
            return this;
        }

        /** The fields over their limit, in the order declared. Every declared field must have been given. */
        public List<TooLong> tooLong() {
            if (!values.keySet().equals(max.keySet())) {
                var missing = new ArrayList<>(max.keySet());
                missing.removeAll(values.keySet());
                throw new IllegalStateException("fields not checked: " + missing);
            }
            var out = new ArrayList<TooLong>();
            max.forEach((field, limit) -> {
                String v = values.get(field);
                if (v != null && v.strip().length() > limit) {
                    out.add(new TooLong(field, limit));
                }
            });
            return out;
        }

        /** Throws {@link InvalidInput} naming every field over its limit. */
        public void require() {
            var problems = tooLong().stream().map(InvalidInput.Problem::tooLong).toList();
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
