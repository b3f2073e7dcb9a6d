package dk.rekrut.shared;

import java.util.regex.Pattern;

/**
 * Free text from outside (an applicant, a pool member, a subscriber, a citizen) as it is stored for a name or a
 * line that staff pages and letters show: stripped, and without the bidirectional embedding, override and isolate
 * controls (U+202A-U+202E, U+2066-U+2069). No name or address needs them, and an unclosed one makes the line read
 * differently on screen than it is stored and searched ("Anna \u202Enesnej" shows as "Anna jensen"). Other letters
 * and marks (Arabic, Hebrew, the zero-width non-joiner, the right-to-left mark) stay.
 */
public final class PlainText {

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    private PlainText() {
    }

    /** The text without bidirectional controls, stripped; null stays null. */
    public static String plain(String s) {
        return s == null ? null : BIDI_CONTROLS.matcher(s).replaceAll("").strip();
    }

    /** {@link #plain}, or null when nothing is left: a field of only such controls is as empty as a blank one. */
    public static String plainOrNull(String s) {
        String p = plain(s);
        return p == null || p.isEmpty() ? null : p;
    }
}
