package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicant's initials with a middle initial the form did not have: "B.M.S.", "B. M. S.", "BMS" for "Birgit Sørensen".
 * The known-value detector finds the initials of the form's own parts ("B.S.", "BS"); people add their middle name.
 * Two letters without dots are left alone (too many abbreviations look like that).
 */
final class KnownInitials {

    private KnownInitials() {
    }

    /** The two patterns of each pair of initials (first name's, surname's), dotted and bare. */
    private static final Map<String, List<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private static List<Pattern> compile(char first, char last) {
        String f = Pattern.quote(String.valueOf(first));
        String l = Pattern.quote(String.valueOf(last));
        Pattern dotted = Pattern.compile("(?<![\\p{L}\\p{N}.])" + f + "\\.[ ]?(?:\\p{Lu}\\.[ ]?){1,2}" + l + "\\.(?![\\p{L}\\p{N}])");
        Pattern bare = Pattern.compile("(?<![\\p{L}\\p{N}])" + f + "\\p{Lu}{1,2}" + l + "(?![\\p{L}\\p{N}])");
        return List.of(dotted, bare);
    }

    static List<Span> detect(String text, KnownPersonalData known) {
        List<Span> out = new ArrayList<>();
        if (known == null || known.fullName() == null || known.fullName().isBlank()) {
            return out;
        }
        String[] parts = Literal.splitSpaces(known.fullName().strip());
        if (parts.length < 2 || !Trigger.isLetter(parts[0].charAt(0)) || !Trigger.isLetter(parts[parts.length - 1].charAt(0))) {
            return out;
        }
        char first = Character.toUpperCase(parts[0].charAt(0));
        char last = Character.toUpperCase(parts[parts.length - 1].charAt(0));
        // Both patterns start with the first initial written as a capital, matched exactly: they are tried only where it
        // stands, as find() would find them, and compiled once per pair of letters instead of for every text.
        for (Pattern p : PATTERNS.computeIfAbsent(first + "" + last, k -> compile(first, last))) {
            Matcher m = p.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int from = 0;
            for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, Math.max(i + 1, from))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    out.add(new Span(m.start(), m.end(), SpanType.NAME, m.group(), 0.9, "known: initials with a middle initial", Span.Origin.KNOWN));
                    from = m.end();
                }
            }
        }
        return out;
    }
}
