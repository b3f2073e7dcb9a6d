package dk.rekrut.correspondence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.rekrut.shared.RuleViolation;

/**
 * The merge fields HR writes into a message to candidates ({@code {fornavn}}, {@code {samtale.tid}}, …), filled per
 * recipient before the message goes through the outbox's own rendering. A field this list does not know, or one
 * that has no value for a recipient (an interview time for a candidate without an interview), refuses the message
 * with the field's name: a message never goes out with a hole or a stray brace where a name should be.
 */
public final class MergeFields {

    /** Every field, in the order the message page documents them (labels: {@code message.field.<name>}). */
    public static final List<String> NAMES = List.of("fornavn", "navn", "kandidatnummer", "stilling", "frist",
        "samtale.tid", "samtale.sted", "samtale.varighed", "samtale.panel", "kontaktperson", "institution", "link");
    /** A field: a name in single braces. {@code {{name}}} holds {@code {name}} and is refused as unknown. */
    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]{1,40})}");
    private static final Pattern STRAY = Pattern.compile("[{}]");

    private MergeFields() {
    }

    /** The fields {@code text} uses that this list does not know, in order of appearance. */
    public static Set<String> unknown(String text) {
        var out = new LinkedHashSet<String>();
        Matcher m = FIELD.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        if (out.isEmpty() && STRAY.matcher(FIELD.matcher(text == null ? "" : text).replaceAll("")).find()) {
            out.add("{"); // a brace that opens no field (or closes none) is a field written wrongly
        }
        return out;
    }

    /** Refuses a text with unknown fields, naming them; the check that runs before anything is previewed or sent. */
    public static void check(String text) {
        var unknown = unknown(text);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("error.message.unknown-field", String.join(", ", unknown.stream().map(f -> "{" + f + "}").toList()));
        }
    }

    /**
     * Fills every field of {@code text} with its value for one recipient ({@code who} names the recipient in the
     * refusal: a candidate number, never a name). Values are inserted as they are: the message's rendering escapes
     * them with the rest of the text.
     */
    public static String fill(String text, Map<String, String> values, String who) {
        check(text);
        Matcher m = FIELD.matcher(text == null ? "" : text);
        var sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null || v.isBlank()) {
                throw new RuleViolation("error.message.empty-field", "{" + m.group(1) + "}", who);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v.strip()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
