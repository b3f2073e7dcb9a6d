package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import dk.rekrut.redaction.extract.PdfGlyphMap;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cff.CFFType1Font;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
 *   and one is enough ({@link #problem}): the map may hide a name one letter at a time.</li>
 *   <li>A composite font names no glyphs in the PDF, but its embedded program may say what a glyph is: a TrueType
 *   font's Unicode character map (cmap) and glyph names (post table), a CFF font's glyph names. A glyph that the
 *   program gives only other letters or digits than the ToUnicode map is the same contradiction (a red-team document
 *   drew "Mette Hansen" with a map that read "Nfuuf Ibotfo": detection never saw the name, the glyphs showed it).
 *   A program that says nothing about a glyph (no cmap, a CID-keyed CFF) leaves only the first test.</li>
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
            } else if (drawing.font()[i] instanceof PDType0Font font) {
                int code = drawing.code()[i];
                if (seen.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> contradictsProgram(font, c))) {
                    return "page " + pageNumber + " uses a composite font whose Unicode map contradicts its embedded"
                        + " program's own map (font " + font.getName() + "): its glyphs may show other text than was read";
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

    /** The composite font's embedded program says what the glyph is, and none of that is what its Unicode map says. */
    private static boolean contradictsProgram(PDType0Font font, int code) {
        String mapped = font.toUnicode(code);
        if (mapped == null || notWriting(mapped)) {
            return false;
        }
        List<String> program = programText(font, code);
        if (program.isEmpty()) {
            return false;
        }
        String b = fold(mapped);
        boolean letter = letterOrDigit(b);
        for (String shown : program) {
            String a = fold(shown);
            if (a.equals(b)) {
                return false;
            }
            letter |= letterOrDigit(a);
        }
        return letter;
    }

    /** What the embedded font program says the glyph of this code is: Unicode values from its cmap, its glyph name. */
    private static List<String> programText(PDType0Font font, int code) {
        var out = new ArrayList<String>();
        try {
            if (font.getDescendantFont() instanceof PDCIDFontType2 t2 && t2.isEmbedded()) {
                TrueTypeFont ttf = t2.getTrueTypeFont();
                int gid = t2.codeToGID(code);
                CmapTable cmap = ttf.getCmap();
                if (cmap != null) {
                    for (CmapSubtable sub : cmap.getCmaps()) {
                        boolean unicode = sub.getPlatformId() == CmapTable.PLATFORM_UNICODE
                            || sub.getPlatformId() == CmapTable.PLATFORM_WINDOWS
                            && (sub.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_BMP
                            || sub.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_FULL);
                        List<Integer> cps = unicode ? sub.getCharCodes(gid) : null;
                        if (cps != null) {
                            cps.forEach(cp -> out.add(Character.toString(cp)));
                        }
                    }
                }
                if (ttf.getPostScript() != null) {
                    named(ttf.getPostScript().getName(gid), out);
                }
            } else if (font.getDescendantFont() instanceof PDCIDFontType0 t0 && t0.isEmbedded()
                && t0.getCFFFont() instanceof CFFType1Font cff) {
                named(cff.getCharset().getNameForGID(t0.codeToGID(code)), out);
            }
        } catch (IOException | RuntimeException e) {
            // A program that cannot be read says nothing about its glyphs; the other tests still hold.
            return List.of();
        }
        return out;
    }

    private static void named(String glyphName, List<String> out) {
        if (glyphName != null && !glyphName.equals(".notdef")) {
            String u = GlyphList.getAdobeGlyphList().toUnicode(glyphName);
            if (u != null && !notWriting(u)) {
                out.add(u);
            }
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean letterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
