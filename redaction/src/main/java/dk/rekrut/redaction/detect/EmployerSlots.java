package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's place in a line of the work history: a period, a role, a comma, then the organisation ("2010–2026
 * Økonomichef, Favrskov Forsyning A/S", "08/2019 – 12/2025 Webredaktør, Nordjyske Medier", "Mar 2019 – Present  SRE
 * Lead, Monzo Bank"). Organisations there were taken for people by the older rules (a first name followed by a
 * capitalised word, capitalised words in a Danish sentence): rred3 found a dozen such false names in the hand-made
 * documents. A name found by those rules right after the comma of such a line is dropped; the applicant's own name
 * (known data, and what is propagated from it) never is, and a name elsewhere on the line stays.
 */
final class EmployerSlots {

    private EmployerSlots() {
    }

    private static final String MONTH = "(?:(?:\\d{1,2}[./])|\\p{L}{3,9}\\.?[ \\t]+)?";
    private static final Pattern WORK_LINE = Pattern.compile("[ \\t•·▪*-]*" + MONTH + "(?:19|20)\\d{2}[ \\t]*[-–—][ \\t]*(?:" + MONTH
        + "(?:19|20)\\d{2}|nu|now|present|d\\.d\\.|i[ \\t]+dag|today)?[ \\t]*:?[ \\t]+\\p{L}[\\p{L}. /&-]{1,40}?,[ \\t]*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code spans} without the names found by the older rules in the employer's place of a work-history line. */
    static List<Span> withoutEmployers(String text, List<Span> spans) {
        Matcher m = WORK_LINE.matcher(text);
        return spans.stream().filter(s -> s.type() != SpanType.NAME || s.origin().isGiven() || !employer(text, m, s.start())).toList();
    }

    private static boolean employer(String text, Matcher m, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 80) {
            return false;
        }
        m.region(lineStart, start);
        return m.matches();
    }
}
