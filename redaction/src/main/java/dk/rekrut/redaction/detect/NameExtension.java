package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A found name takes its neighbours on the same line that belong to it: initials before or after it ("B. M. Sørensen",
 * "Birgit M. Sørensen") and one or two capitalised words between two found name parts ("Birgit Adaeze Sørensen" when the
 * form says "Birgit Sørensen"). Otherwise a middle name or an initial the form did not have is left next to [NAVN].
 */
final class NameExtension {

    private static final Pattern GAP = Pattern.compile("[ \\t]+(?:(?:\\p{Lu}[\\p{Ll}'’-]*\\.?|\\p{Lu}\\.)[ \\t]+){1,2}");
    /**
     * Particles of names (rred3): "van der", "de la", "bin", "bint", "ibn", "al-", and a nickname in brackets, between two
     * found parts ("Johannes (Hans) van der Berg", "Fatima bint Khalid Al-Zahrani", "Małgorzata (Gosia) Wójcik").
     */
    private static final String PARTICLE = "(?:van|von|der|den|de|del|della|degli|la|le|du|da|das|dos|di|ter|ten|bin|binti|bint|ibn"
        + "|ben|abu|ap|zu|y)";
    private static final Pattern PARTICLE_GAP = Pattern.compile("[ \\t]+(?:(?:\\p{Lu}[\\p{Ll}'’-]*\\.?|\\p{Lu}\\.|\\(\\p{Lu}[\\p{L}'’-]*\\)"
        + "|" + PARTICLE + ")[ \\t]+){1,4}");
    /** After a found name on its line: a surname with a particle the gazetteers cannot know ("al-Hashimi", "van der Berg"). */
    private static final Pattern PARTICLE_TAIL = Pattern.compile("[ \\t]+(?:(?:al|el|ad|ar|as|at|az|an|ash|ul)-\\p{Lu}[\\p{L}'’-]*"
        + "|(?:" + PARTICLE + "[ \\t]+){1,3}\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}])");

    private NameExtension() {
    }

    /** {@code spans}: merged, in order. Returns the spans with names widened (merged again by the caller). */
    static List<Span> extend(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.type() != SpanType.NAME) {
                out.add(s);
                continue;
            }
            int start = s.start();
            int end = s.end();
            start = particlesBefore(text, start);
            // Initials before: "B. M. " or "B.M. " or "M.-C. " (at most three), each an upper-case letter with a dot.
            for (int n = 0; n < 3; n++) {
                int b = initialBefore(text, start);
                if (b < 0) {
                    break;
                }
                start = b;
            }
            for (int n = 0; n < 2; n++) {
                int e = initialAfter(text, end);
                if (e < 0) {
                    break;
                }
                end = e;
            }
            // A gap of one or two capitalised words (or initials) up to the next name on the line.
            if (k + 1 < spans.size() && spans.get(k + 1).type() == SpanType.NAME) {
                Span next = spans.get(k + 1);
                String gap = text.substring(end, Math.min(next.start(), text.length()));
                if (next.start() > end && gap.length() <= 30 && GAP.matcher(gap).matches()) {
                    end = next.start();
                }
            }
            end = particles(text, spans, k, end);
            Matcher firm = FIRM.matcher(text).region(end, Math.min(text.length(), end + 40));
            if (firm.useTransparentBounds(true).lookingAt()) {
                end = firm.end();
            }
            out.add(start == s.start() && end == s.end() ? s
                : new Span(start, end, SpanType.NAME, null, s.confidence(), s.reason() + "; with the initials or middle name beside it", s.origin()));
        }
        return out;
    }

    /**
     * The end of the name with its particles: up to the next found name on the line when only particles, capitalised words
     * and a bracketed nickname stand between (other spans there, such as "Hans" taken for a pronoun, are inside it), or
     * over a particle surname right after it.
     */
    private static int particles(String text, List<Span> spans, int k, int end) {
        for (int j = k + 1; j < spans.size() && spans.get(j).start() - end <= 40; j++) {
            if (spans.get(j).type() == SpanType.NAME) {
                String gap = text.substring(end, spans.get(j).start());
                if (gap.indexOf('\n') < 0 && PARTICLE_GAP.matcher(gap).matches()) {
                    return end + gap.stripTrailing().length(); // the name up to the next part, which merges with it
                }
                break;
            }
        }
        Matcher tail = PARTICLE_TAIL.matcher(text).region(end, Math.min(text.length(), end + 40));
        tail.useTransparentBounds(true);
        return tail.lookingAt() && text.substring(end, tail.end()).indexOf('\n') < 0 ? tail.end() : end;
    }

    /**
     * A firm named after the person, up to its company form ("Holm Consult ApS", "Hansen & Co. A/S"; rred5): the words
     * between the name and the form are the rest of the firm's name, which with the name finds the person in a register.
     */
    private static final Pattern FIRM = Pattern.compile("(?:[ \\t]+(?:&|og|and|\\p{Lu}[\\p{L}&.-]*)){1,3}[ \\t]+(?:ApS|A/S|I/S|IVS|K/S|P/S"
        + "|Ltd\\.?|GmbH|AB|AS|LLC|Inc\\.?)(?![\\p{L}])");

    /** Particles right before a name on its line, written in any case ("Van den Berg er …", "De la Roche"; rred5). */
    private static final Pattern PARTICLES_BEFORE = Pattern.compile("(?<![\\p{L}])(?iu:" + PARTICLE + ")(?:[ \\t]+(?iu:" + PARTICLE
        + "))*[ \\t]+$");

    /** The start of the particles right before {@code at} on its line, or {@code at}. */
    private static int particlesBefore(String text, int at) {
        int from = Math.max(0, at - 16);
        int nl = text.lastIndexOf('\n', at - 1);
        from = Math.max(from, nl + 1);
        if (from >= at || at < text.length() && !Character.isUpperCase(text.charAt(at))) {
            return at;
        }
        Matcher m = PARTICLES_BEFORE.matcher(text).region(from, at);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return at;
        }
        // Alone, these are Danish or Spanish words before a name ("da Mette kom", "Ana y Luis"), not its particles.
        String alone = m.group().strip().toLowerCase(java.util.Locale.ROOT);
        return alone.equals("da") || alone.equals("den") || alone.equals("der") || alone.equals("y") ? at : m.start();
    }

    /** The start of "X. ", "X." or "X.-" right before {@code at} (same line), or -1. */
    private static int initialBefore(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '-') && at - i < 2) {
            i--;
        }
        if (i >= 2 && text.charAt(i - 1) == '.' && Character.isUpperCase(text.charAt(i - 2))
            && (i == 2 || !Trigger.isLetter(text.charAt(i - 3)))) {
            return i - 2;
        }
        return -1;
    }

    /** The end of " X." right after {@code at}, not followed by a letter, or -1: "Sørensen B." */
    private static int initialAfter(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 < text.length() && i > at && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
            && (i + 2 == text.length() || !Trigger.isLetter(text.charAt(i + 2)))) {
            return i + 2;
        }
        return -1;
    }
}
