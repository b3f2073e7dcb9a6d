package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses written so that harvesters miss them (issue 17, fourth red-team round): the "@" as a word in
 * brackets or between blanks and, optionally, the dots as words ("mette [at] hansen [dot] dk", "niamh(at)gmail(dot)com",
 * "a.kowalczyk at gmail.com", "mette snabel-a hansen punktum dk"). The address is still the applicant's, and its local
 * part and domain often hold name parts.
 *
 * <p>An "at" in brackets is always the sign. A bare " at " is English prose too ("engineer at google.com"), so it counts
 * only when the local part has a dot, underscore, hyphen or digit, as few words do, or when the dots are written as
 * words as well. A signature typed with blanks around every sign ("grace . kamau @ proton . me") is the same address:
 * an "@" or a dot between blanks joins the parts as the sign itself would.
 */
final class ObfuscatedEmails {

    private ObfuscatedEmails() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WORD_DOT = "(?:[ \\t]*[\\[({<][ \\t]*(?:dot|punktum|prik|\\.)[ \\t]*[\\])}>][ \\t]*"
        + "|[ \\t]+(?:dot|punktum|prik|\\.)[ \\t]+)";
    /** The domain after the "at": labels joined by dots, plain or written as words, ending in a top-level domain. */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(?:(?:" + WORD_DOT + "|\\.)[\\p{L}\\p{N}-]+)*"
        + "(?:" + WORD_DOT + "|\\.)\\p{L}{2,6}(?![\\p{L}\\p{N}])", F);
    private static final Pattern HAS_WORD_DOT = Pattern.compile(WORD_DOT, F);

    /** The spellings of "@" (lower case): bracketed, or alone between blanks. */
    private static final String[] AT_WORDS = {"at", "snabel-a", "@"};
    /** A dot between blanks in the local part, read backwards from the sign ("grace . kamau"). */
    private static final Pattern SPACED_DOT_BEFORE = Pattern.compile("[\\p{L}\\p{N}][ \\t]+\\.[ \\t]+$");

    static List<Span> detect(String text, String lower) {
        List<Span> out = new ArrayList<>();
        Matcher domain = DOMAIN.matcher(text);
        domain.useTransparentBounds(true);
        for (String at : AT_WORDS) {
            for (int i = lower.indexOf(at); i >= 0; i = lower.indexOf(at, i + at.length())) {
                int[] sign = sign(text, i, i + at.length());
                if (sign == null) {
                    continue;
                }
                int start = localPartStart(text, sign[0]);
                while (start < sign[0] && !Character.isLetterOrDigit(text.charAt(start))) {
                    start++;
                }
                if (start == sign[0]) {
                    continue;
                }
                domain.region(sign[1], Math.min(text.length(), sign[1] + 120));
                if (!domain.lookingAt()) {
                    continue;
                }
                String local = text.substring(start, sign[0]);
                boolean bracketed = sign[2] == 1;
                if (bracketed || at.equals("@") || local.chars().anyMatch(c -> c == '.' || c == '_' || c == '-' || Character.isDigit(c))
                    || HAS_WORD_DOT.matcher(domain.group()).find()) {
                    out.add(new Span(start, domain.end(), SpanType.EMAIL, text.substring(start, domain.end()), 0.9,
                        "pattern: e-mail written with the @ as a word"));
                }
            }
        }
        return out;
    }

    /** Where the local part before {@code end} starts, across dots written between blanks. */
    private static int localPartStart(String text, int end) {
        int start = end;
        while (true) {
            while (start > 0 && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            Matcher dot = SPACED_DOT_BEFORE.matcher(text).region(Math.max(0, start - 12), start);
            if (start == end || !dot.find()) {
                return start;
            }
            start = dot.start() + 1;
        }
    }

    /**
     * The "at" word or sign at [from, to) as a sign: {start, end, 1 if bracketed} with the blanks and brackets around
     * it, or null. A bare one counts between blanks (a bare "@" next to its parts is the ordinary e-mail pattern's).
     */
    private static int[] sign(String text, int from, int to) {
        int s = from;
        int e = to;
        if (s > 0 && e < text.length() && "[({<".indexOf(text.charAt(s - 1)) >= 0 && "])}>".indexOf(text.charAt(e)) >= 0) {
            s--;
            e++;
            while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
                s--;
            }
            while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
                e++;
            }
            return new int[] {s, e, 1};
        }
        if (s > 0 && e < text.length() && text.charAt(s - 1) == ' ' && text.charAt(e) == ' ') {
            return new int[] {s - 1, e + 1, 0};
        }
        return null;
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
