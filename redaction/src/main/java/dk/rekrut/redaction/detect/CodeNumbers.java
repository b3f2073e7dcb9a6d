package dk.rekrut.redaction.detect;

import java.util.regex.Pattern;

/**
 * Numbers that a word before them says are codes, not postal codes or house numbers: "course 02450 Introduction to
 * Machine Learning", "Kursuskode 02101", "modul 10250", "ISBN 87 …", "AMU-kursus 40123", "fag nr. 01005". A five-digit
 * course code followed by its capitalised title has the shape of a foreign postal code and town ("10115 Berlin").
 */
final class CodeNumbers {

    private CodeNumbers() {
    }

    private static final Pattern CODE_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:course|courses|kursus|kurset|kursuskode|kursusnr"
        + "|kursusnummer|course[ \\t]+code|course[ \\t]+no|module|modul|modulet|fag|fagkode|emne|subject|unit|isbn|issn|code|kode"
        + "|nr|no|id|ref|sag|case|version|ver|v)[ \\t]*[.:#]?[ \\t]*(?:nr\\.?|no\\.?)?[ \\t]*$");

    /** Whether the text just before {@code at} (on the same line, 30 characters at most) is a code word. */
    static boolean after(String text, int at) {
        int from = Math.max(0, at - 30);
        int nl = text.lastIndexOf('\n', at - 1);
        from = Math.max(from, nl + 1);
        return CODE_WORD.matcher(text.substring(from, at)).find();
    }
}
