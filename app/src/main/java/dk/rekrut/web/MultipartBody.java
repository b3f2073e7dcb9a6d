package dk.rekrut.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code multipart/form-data} body (RFC 7578) that is already in memory, split into its parts in one pass. Each
 * file's bytes are copied once, into an array of exactly its size; the body itself can be dropped afterwards.
 * Delimiters are found with Boyer–Moore–Horspool, which skips most bytes of a binary upload without looking at them.
 */
final class MultipartBody {

    /** One part; {@code fileName} is null for an ordinary field. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** The body is not a multipart body we accept; the message is for the log and the 400 answer, never personal. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private MultipartBody() {
    }

    /** The boundary parameter of a {@code multipart/form-data} content type, or null. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                // RFC 2046: 1 to 70 of its characters. No CR or LF, which the delimiter search relies on.
                return b.isEmpty() || b.length() > 70 || !b.chars().allMatch(MultipartBody::boundaryChar) ? null : b;
            }
        }
        return null;
    }

    private static boolean boundaryChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "'()+_,-./:=? ".indexOf(c) >= 0;
    }

    static List<Part> parse(byte[] body, String boundary, int maxParts, int maxHeaderBytes) throws Malformed {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int[] shift = shiftTable(delimiter);
        // The first delimiter may open the body (no CRLF before it) or follow a preamble.
        int pos;
        if (startsWith(body, 0, delimiter, 2)) {
            pos = delimiter.length - 2;
        } else {
            int at = indexOf(body, 0, delimiter, shift);
            if (at < 0) {
                throw new Malformed("no boundary in the body");
            }
            pos = at + delimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'}, 0)) {
                return parts; // the close delimiter; an epilogue is ignored
            }
            while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
                pos++; // transport padding
            }
            if (!startsWith(body, pos, new byte[] {CR, LF}, 0)) {
                throw new Malformed("a boundary is not followed by a line break");
            }
            pos += 2;
            int headersEnd = indexOf(body, pos, Math.min(body.length, pos + maxHeaderBytes + 4), new byte[] {CR, LF, CR, LF});
            if (headersEnd < 0) {
                throw new Malformed("a part's headers are missing or too long");
            }
            var headers = Headers.parse(new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8));
            int start = headersEnd + 4;
            int end = indexOf(body, start, delimiter, shift);
            if (end < 0) {
                throw new Malformed("the body ends inside a part");
            }
            if (parts.size() == maxParts) {
                throw new Malformed("more than " + maxParts + " parts");
            }
            if (headers.name() != null) {
                parts.add(new Part(headers.name(), headers.fileName(), headers.contentType(),
                    Arrays.copyOfRange(body, start, end)));
            }
            pos = end + delimiter.length;
        }
    }

    private record Headers(String name, String fileName, String contentType) {

        static Headers parse(String block) throws Malformed {
            String name = null;
            String fileName = null;
            String fileNameStar = null;
            String contentType = null;
            for (String line : block.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new Malformed("a part header has no name");
                }
                String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (header.equals("content-type")) {
                    contentType = value;
                } else if (header.equals("content-disposition")) {
                    List<String[]> params = parameters(value);
                    for (String[] p : params) {
                        switch (p[0]) {
                            case "name" -> name = p[1];
                            case "filename" -> fileName = p[1];
                            case "filename*" -> fileNameStar = extended(p[1]);
                            default -> { }
                        }
                    }
                }
            }
            if (fileNameStar != null) {
                fileName = fileNameStar;
            }
            return new Headers(name, fileName, contentType);
        }

        /** {@code form-data; name="a"; filename="b.pdf"}: the parameters after the first token, names lower case. */
        private static List<String[]> parameters(String value) throws Malformed {
            List<String[]> out = new ArrayList<>();
            int i = value.indexOf(';');
            while (i >= 0 && i < value.length()) {
                i++;
                while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                    i++;
                }
                int eq = value.indexOf('=', i);
                if (eq < 0) {
                    break;
                }
                String key = value.substring(i, eq).strip().toLowerCase(Locale.ROOT);
                int j = eq + 1;
                String v;
                if (j < value.length() && value.charAt(j) == '"') {
                    var sb = new StringBuilder();
                    j++;
                    while (j < value.length() && value.charAt(j) != '"') {
                        char c = value.charAt(j);
                        // A backslash escape is honoured only before a quote or a backslash, so that a Windows path
                        // keeps its backslashes (browsers send a quote in a file name as %22 and leave it so).
                        if (c == '\\' && j + 1 < value.length() && (value.charAt(j + 1) == '"' || value.charAt(j + 1) == '\\')) {
                            j++;
                            c = value.charAt(j);
                        }
                        sb.append(c);
                        j++;
                    }
                    if (j >= value.length()) {
                        throw new Malformed("an unterminated quoted parameter");
                    }
                    v = sb.toString();
                    j++;
                } else {
                    int semi = value.indexOf(';', j);
                    v = value.substring(j, semi < 0 ? value.length() : semi).strip();
                    j = semi < 0 ? value.length() : semi;
                }
                out.add(new String[] {key, v});
                i = value.indexOf(';', j);
            }
            return out;
        }

        /** RFC 8187: {@code UTF-8''na%C3%AFve.pdf}; null if not in that form. */
        private static String extended(String v) {
            int q = v.indexOf("''");
            if (q < 0 || !v.substring(0, q).equalsIgnoreCase("utf-8")) {
                return null;
            }
            try {
                return URLDecoder.decode(v.substring(q + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix, int from) {
        if (at < 0 || at + prefix.length - from > body.length) {
            return false;
        }
        for (int k = from; k < prefix.length; k++) {
            if (body[at + k - from] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int[] shiftTable(byte[] pattern) {
        int[] shift = new int[256];
        Arrays.fill(shift, pattern.length);
        for (int k = 0; k < pattern.length - 1; k++) {
            shift[pattern[k] & 0xff] = pattern.length - 1 - k;
        }
        return shift;
    }

    /**
     * First index of the delimiter at or after {@code from}: Horspool, with the delimiter's first byte (CR, found
     * nowhere else in it) compared right after its last. That keeps the search linear whatever the body and the
     * boundary: a longer comparison only starts at a CR, and the bytes it matches hold no other CR.
     */
    static int indexOf(byte[] body, int from, byte[] delimiter, int[] shift) {
        int last = delimiter.length - 1;
        byte first = delimiter[0];
        byte end = delimiter[last];
        for (int i = from; i + last < body.length; i += shift[body[i + last] & 0xff]) {
            if (body[i + last] == end && body[i] == first) {
                int k = 1;
                while (k < last && body[i + k] == delimiter[k]) {
                    k++;
                }
                if (k == last) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** First index of a short {@code pattern} in {@code body[from, to)}. */
    private static int indexOf(byte[] body, int from, int to, byte[] pattern) {
        for (int i = from; i + pattern.length <= to; i++) {
            int k = 0;
            while (k < pattern.length && body[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
