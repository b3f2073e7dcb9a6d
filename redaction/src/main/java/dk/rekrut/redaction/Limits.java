package dk.rekrut.redaction;

import java.text.Normalizer;

/**
 * Bounds that keep hostile input (zip bombs, 10,000-page PDFs, deep nesting) from exhausting time or memory. An
 * application and a CV are a few pages; anything far beyond that is refused with a clear error, never half-done.
 */
public final class Limits {

    static final int MAX_INPUT_BYTES = 50 * 1024 * 1024;
    public static final int MAX_PDF_PAGES = 300;
    public static final int MAX_TEXT_CHARS = 2_000_000;
    public static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;
    public static final int MAX_ZIP_ENTRIES = 5_000;
    public static final int MAX_NESTING = 500;

    private Limits() {
    }

    /**
     * NFC, unified line breaks, no control characters except tab and newline, no zero-width characters: a name
     * split by a soft hyphen or a zero-width space must still be found.
     */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        var sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                sb.append(' ');
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
