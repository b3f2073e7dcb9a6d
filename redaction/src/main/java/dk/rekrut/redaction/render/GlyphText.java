package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import dk.rekrut.redaction.extract.PdfGlyphMap;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Whether a page's glyphs can be trusted to show the text read from them (security review): the layout rendition
 * shows the glyphs, detection only ever saw their Unicode values, so a font whose Unicode map (ToUnicode) says
 * something other than its glyphs show would let a name through in plain sight.
 * <ul>
 *   <li>A glyph read as a private-use, control or replacement character ({@link #unread}) shows something nobody read:
 *   an icon or a bullet from a symbol font, or a letter of a broken font. It is left out of the rendition, without a
 *   box. A page where such glyphs are more than a tenth of the glyphs (and more than five) does not look like writing
 *   at all ({@link #problem}), like the extraction's own test for unreadable pages.</li>
 *   <li>A simple font has glyph names in its encoding: a glyph whose standard name (Adobe's glyph list) is a letter or
 *   digit other than its Unicode map's (ignoring case and compatibility forms such as ligatures) is a contradiction,
 *   and one is enough ({@link #problem}): the map may hide a name one letter at a time. Composite fonts name no
 *   glyphs; for them only the first test holds.</li>
 * </ul>
 */
final class GlyphText {

    private GlyphText() {
    }

    /** The glyphs of the page whose Unicode value is a private-use, control or replacement character. */
    static BitSet unread(PdfGlyphMap.Page page) {
        PageDrawing drawing = page.drawing();
        var unread = new BitSet(page.glyphs());
        Map<PDFont, Map<Integer, Boolean>> seen = new IdentityHashMap<>();
        for (int i = 0; i < page.glyphs(); i++) {
            PDFont font = drawing.font()[i];
            if (font == null) {
                continue;
            }
            int code = drawing.code()[i];
            boolean bad = seen.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> notWriting(unicode(font, c)));
            if (bad) {
                unread.set(i);
            }
        }
        return unread;
    }

    /** Why the page's glyphs cannot be trusted to be its text, or null. */
    static String problem(PdfGlyphMap.Page page, BitSet unread, int pageNumber) {
        int bad = unread.cardinality();
        if (bad > 5 && bad * 10 > page.glyphs()) {
            return "page " + pageNumber + " does not read as writing (" + bad + " of its " + page.glyphs()
                + " glyphs are private-use, control or replacement characters): its fonts' Unicode maps may not say"
                + " what the glyphs show";
        }
        PageDrawing drawing = page.drawing();
        Map<PDFont, Map<Integer, Boolean>> seen = new IdentityHashMap<>();
        for (int i = 0; i < page.glyphs(); i++) {
            if (drawing.font()[i] instanceof PDSimpleFont font) {
                int code = drawing.code()[i];
                if (seen.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> contradicts(font, c))) {
                    return "page " + pageNumber + " uses a font whose Unicode map contradicts its glyph names (font "
                        + font.getName() + "): its glyphs may show other text than was read";
                }
            }
        }
        return null;
    }

    /** The Unicode value PDFBox's stripper gives the glyph (a simple font without one: the code as a character). */
    private static String unicode(PDFont font, int code) {
        String u = font.toUnicode(code);
        if (u == null && font instanceof PDSimpleFont) {
            u = String.valueOf((char) code);
        }
        return u;
    }

    static boolean notWriting(String u) {
        if (u == null) {
            return false;
        }
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.PRIVATE_USE || type == Character.SURROGATE || c == 0xFFFD
                || Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The glyph's name (from the font's encoding) is a letter or digit, and not the one its Unicode map gives. */
    private static boolean contradicts(PDSimpleFont font, int code) {
        Encoding encoding = font.getEncoding();
        String name = encoding == null ? null : encoding.getName(code);
        if (name == null || name.equals(".notdef")) {
            return false;
        }
        String named = GlyphList.getAdobeGlyphList().toUnicode(name);
        String mapped = font.toUnicode(code);
        if (named == null || mapped == null || notWriting(named)) {
            return false;
        }
        String a = fold(named);
        String b = fold(mapped);
        return !a.equals(b) && (letterOrDigit(a) || letterOrDigit(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean letterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
