package dk.rekrut.redaction;

import java.util.ArrayList;
import java.util.List;
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

    static List<Span> detect(String text, KnownPersonalData known) {
        List<Span> out = new ArrayList<>();
        if (known == null || known.fullName() == null || known.fullName().isBlank()) {
            return out;
        }
        String[] parts = known.fullName().strip().split("\\s+");
        if (parts.length < 2 || !Character.isLetter(parts[0].charAt(0)) || !Character.isLetter(parts[parts.length - 1].charAt(0))) {
            return out;
        }
        String f = Pattern.quote(String.valueOf(Character.toUpperCase(parts[0].charAt(0))));
        String l = Pattern.quote(String.valueOf(Character.toUpperCase(parts[parts.length - 1].charAt(0))));
        Pattern dotted = Pattern.compile("(?<![\\p{L}\\p{N}.])" + f + "\\.[ ]?(?:\\p{Lu}\\.[ ]?){1,2}" + l + "\\.(?![\\p{L}\\p{N}])");
        Pattern bare = Pattern.compile("(?<![\\p{L}\\p{N}])" + f + "\\p{Lu}{1,2}" + l + "(?![\\p{L}\\p{N}])");
        for (Pattern p : List.of(dotted, bare)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), SpanType.NAME, m.group(), 0.9, "known: initials with a middle initial", Span.Origin.KNOWN));
            }
        }
        return out;
    }
}
