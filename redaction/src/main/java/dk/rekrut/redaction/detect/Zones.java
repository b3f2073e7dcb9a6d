package dk.rekrut.redaction.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the applicant writes their own name and address: the first lines of the document, the first and last lines of
 * each block (page headers and footers, DOCX/ODT header and footer parts), a line repeated on several pages, the lines
 * after a closing ("Med venlig hilsen"), and the lines with contact data (e-mail, phone) and the line just above them.
 * A word is judged by where it stands, so a name in no gazetteer is still found there.
 */
final class Zones {

    /** The first lines of the document: a name stands here on nearly every CV and letter. */
    static final int TOP = 1;
    /** The first or last lines of a block other than the document's start: page headers and footers. */
    static final int EDGE = 2;
    /** The lines after a closing: the signature. */
    static final int SIGNATURE = 4;
    /** A line with an e-mail, a phone number or a contact cue ("Tlf.", "E-mail:"). */
    static final int CONTACT = 8;
    /** The line just above or below a contact line, near the top or in a signature. */
    static final int NEAR_CONTACT = 16;
    /** The same line (page numbers aside) on two or more pages: a running header or footer. */
    static final int REPEATED = 32;
    /** The very first non-blank lines of the document (the first three): the strongest place for a name. */
    static final int FIRST = 64;

    /** The line holding {@code offset} (binary search; lines are in order). */
    Line lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.isEmpty() ? null : lines.get(lo);
    }

    record Line(int start, int end, int flags) {
        boolean is(int f) {
            return (flags & f) != 0;
        }
    }

    static final Pattern CLOSING = Pattern.compile("^\\s*(?:med venlig hilsen|venlig hilsen|venligst|mvh\\.?|de bedste hilsner|"
        + "bedste hilsner|mange hilsner|kærlig hilsen|hilsen|kind regards|best regards|warm regards|regards|yours sincerely|"
        + "sincerely(?: yours)?|yours faithfully|yours truly|with best wishes|best wishes|respectfully)[,!.]?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** A phone: eight or more digits with spaces, dots, dashes or brackets between them, maybe after a "+". */
    static final Pattern PHONE = Pattern.compile("(?<![\\d\\p{L}])\\+?\\(?\\d(?:[ .()\\-]{0,2}\\d){7,14}(?!\\d)");
    static final Pattern CONTACT_CUE = Pattern.compile("(?<!\\p{L})(?:tlf|telefon|mobil|mobile|phone|tel|e-?mail|mail|linkedin|"
        + "adresse|address|bopæl)\\.?\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Line> lines;

    private Zones(List<Line> lines) {
        this.lines = lines;
    }

    List<Line> lines() {
        return lines;
    }

    /** {@code blockStarts}: where each extracted block (page, header, footer, body) starts in {@code text}; {0} if unknown. */
    static Zones of(String text, int[] blockStarts) {
        return of(text, blockStarts, Trigger.digitClusters(text));
    }

    /** {@code clusters}: the text's {@link Trigger#digitClusters}, where a line's digits are counted. */
    static Zones of(String text, int[] blockStarts, List<int[]> clusters) {
        List<int[]> raw = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            raw.add(new int[] {at, end});
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        int[] flags = new int[raw.size()];
        int[] starts = blockStarts == null || blockStarts.length == 0 ? new int[] {0} : blockStarts;
        Map<String, Integer> repeats = new HashMap<>();
        String[] keys = new String[raw.size()];
        // The non-blank lines of each block, in one walk (a block starts where the extraction says).
        List<List<Integer>> byBlock = new ArrayList<>();
        for (int b = 0; b < starts.length; b++) {
            byBlock.add(new ArrayList<>());
        }
        int block = 0;
        for (int i = 0; i < raw.size(); i++) {
            while (block + 1 < starts.length && raw.get(i)[0] >= starts[block + 1]) {
                block++;
            }
            if (!isBlank(text, raw.get(i)[0], raw.get(i)[1])) {
                byBlock.get(block).add(i);
            }
        }
        // The top is the document's first six lines, across a short running header (a DOCX's one-line header is block 0,
        // the applicant's own lines start the body after it).
        int top = 0;
        for (int b = 0; b < byBlock.size(); b++) {
            List<Integer> inBlock = byBlock.get(b);
            for (int k = 0; k < inBlock.size(); k++) {
                int i = inBlock.get(k);
                if (top < 6) {
                    flags[i] |= TOP | (b == 0 && k < 3 ? FIRST : 0);
                    top++;
                }
                if (k < 2 && b > 0 || k >= inBlock.size() - 2) {
                    flags[i] |= EDGE;
                }
                if (k < 3 || k >= inBlock.size() - 3) {
                    // Running headers and footers stand at a block's edges: only those lines are compared across pages.
                    keys[i] = key(text.substring(raw.get(i)[0], raw.get(i)[1]));
                    repeats.merge(keys[i], 1, Integer::sum);
                }
            }
        }
        int signatureLeft = 0;
        int cluster = 0;
        for (int i = 0; i < raw.size(); i++) {
            int lineStart = raw.get(i)[0];
            int lineEnd = raw.get(i)[1];
            // the clusters that end before this line are behind every later line too
            while (cluster < clusters.size() && clusters.get(cluster)[1] <= lineStart) {
                cluster++;
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                continue;
            }
            if (signatureLeft > 0) {
                flags[i] |= SIGNATURE;
                signatureLeft--;
            }
            // CLOSING starts with ^ (not multi-line): it can match at the start only, where lookingAt tries it once.
            if (line.length() < 40 && CLOSING.matcher(line).lookingAt()) {
                signatureLeft = 3;
            }
            if (isContact(line, asciiDigits(text, clusters, cluster, lineStart, lineEnd))) {
                flags[i] |= CONTACT;
            }
            String k = keys[i];
            if (k != null && k.length() >= 5 && repeats.getOrDefault(k, 0) >= 2) {
                flags[i] |= REPEATED;
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            if ((flags[i] & CONTACT) != 0 && (flags[i] & (TOP | SIGNATURE | EDGE)) != 0) {
                mark(text, raw, flags, i, -1);
                mark(text, raw, flags, i, 1);
            }
        }
        List<Line> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(new Line(raw.get(i)[0], raw.get(i)[1], flags[i]));
        }
        return new Zones(out);
    }

    /** The nearest non-blank line in direction {@code dir} from line {@code i} is near contact data. */
    private static void mark(String text, List<int[]> raw, int[] flags, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < raw.size(); j += dir) {
            if (!text.substring(raw.get(j)[0], raw.get(j)[1]).isBlank()) {
                flags[j] |= NEAR_CONTACT;
                return;
            }
        }
    }

    /**
     * The ASCII digits in [from, to), counted in the clusters from {@code first} on only: every digit stands in one of the
     * text's {@link Trigger#digitClusters}, so the other characters of the line need not be looked at.
     */
    static int asciiDigits(String text, List<int[]> clusters, int first, int from, int to) {
        int digits = 0;
        for (int c = first; c < clusters.size() && clusters.get(c)[0] < to; c++) {
            for (int i = Math.max(from, clusters.get(c)[0]); i < Math.min(to, clusters.get(c)[1]); i++) {
                digits += text.charAt(i) >= '0' && text.charAt(i) <= '9' ? 1 : 0;
            }
        }
        return digits;
    }

    /** Cheap tests first: most lines have no "@" and fewer than eight digits ({@code digits}: its ASCII digits). */
    static boolean isContact(String line, int digits) {
        if (line.indexOf('@') >= 0 && hasEmail(line)) {
            return true;
        }
        if (digits >= 8 && hasPhone(line)) {
            return true;
        }
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        // Every cue starts with one of these letters: most lines are ruled out without the pattern.
        if (i == line.length() || "tmpelabTMPELAB".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        Matcher m = CONTACT_CUE.matcher(line);
        m.region(i, line.length());
        return m.lookingAt();
    }

    /** {@link #EMAIL} after a domain's "@": what follows the "@" of every match. */
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

    /**
     * Whether {@link #EMAIL} finds a match in {@code line}: some "@" with a character of the local part right before it
     * and a domain after it. Tried at each "@" only, instead of the pattern's scan from every position.
     */
    private static boolean hasEmail(String line) {
        Matcher domain = EMAIL_DOMAIN.matcher(line);
        for (int at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
            if (at == 0 || !localPart(line.codePointBefore(at))) {
                continue;
            }
            domain.region(at + 1, line.length());
            if (domain.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** [\p{L}\p{N}._%+-] of {@link #EMAIL}. */
    private static boolean localPart(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
            || cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-';
    }

    /** Whether {@link #PHONE} finds a match: tried only at a "+", "(" or digit, where each of its matches starts. */
    private static boolean hasPhone(String line) {
        Matcher m = PHONE.matcher(line);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '+' || c == '(' || c >= '0' && c <= '9') {
                m.region(i, line.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A line compared across pages: trimmed, digits dropped (page numbers), spaces collapsed. */
    private static String key(String line) {
        // By hand, as replaceAll("\\d+", "") and then replaceAll("\\s+", " ") gave it (both classes are ASCII there):
        // the two regular expressions were compiled and run for every line at a block's edge.
        var sb = new StringBuilder(line.length());
        boolean blank = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!blank) {
                    sb.append(' ');
                }
                blank = true;
            } else {
                sb.append(c);
                blank = false;
            }
        }
        return sb.toString().strip();
    }
}
