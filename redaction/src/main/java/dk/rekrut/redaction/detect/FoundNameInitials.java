package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initials of a name found in the document, written elsewhere in it: "KVS" in the page header and "/KVS" under
 * the CV of "Kasper Vinther Skovgaard", "K.V.S." or "K. V. S." in a signature. Without form data the known-value
 * detector cannot know them. Only names of three or four parts give initials (two letters are too many abbreviations:
 * "KD", "MS"), and every part must match in order, so "KMD" is no initials of "Kasper Dam".
 */
final class FoundNameInitials {

    private FoundNameInitials() {
    }

    private static final Pattern PARTS = Pattern.compile("[\\s]+");

    /** {@code spans}: merged, in order. */
    static List<Span> detect(String text, List<Span> spans) {
        Set<String> initials = new LinkedHashSet<>();
        for (Span s : spans) {
            if (s.type() != SpanType.NAME || s.end() - s.start() > 60) {
                continue;
            }
            String[] parts = PARTS.split(text.substring(s.start(), s.end()).strip());
            if (parts.length < 3 || parts.length > 4) {
                continue;
            }
            var sb = new StringBuilder();
            for (String p : parts) {
                if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
                    sb.setLength(0);
                    break;
                }
                sb.append(p.charAt(0));
            }
            if (sb.length() == parts.length) {
                initials.add(sb.toString());
            }
        }
        List<Span> out = new ArrayList<>();
        for (String i : initials) {
            if (text.indexOf(i) < 0 && text.indexOf(i.charAt(0) + ".") < 0) {
                continue; // neither written: no pattern to compile and run
            }
            var dotted = new StringBuilder();
            for (char c : i.toCharArray()) {
                dotted.append(Pattern.quote(String.valueOf(c))).append("\\.[ ]?");
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + Pattern.quote(i) + "(?![\\p{L}\\p{N}])|"
                + dotted.toString().replaceAll("\\[ \\]\\?$", "") + "(?![\\p{L}\\p{N}]))").matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), SpanType.NAME, m.group(), 0.85, "propagated: initials of a name found here"));
            }
        }
        return out;
    }
}
