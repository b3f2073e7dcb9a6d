package dk.rekrut.redaction.render;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Pdfs;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;
import dk.rekrut.redaction.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Security review: the layout rendition shows what the page draws, detection reads only decoded text. A name drawn as
 * outlines (text converted to curves) or in a font whose Unicode map says something else must not reach the committee:
 * the outlines are left out ({@link ShapeFilter}), and the lying font sends the document to the text rendition
 * ({@link GlyphText}). What the committee sees is checked on the rendered page, not on the file's text.
 */
class LetteringTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Hans Jensen", "hans.jensen@example.dk",
        "+45 11 22 33 44", "Vesterbrogade 3", "1620", "København V", LocalDate.of(1980, 1, 2), null);
    /** Where the outlined name is drawn, and its size: the box {@link #NAME_BOX} (x, y, width, height) holds it. */
    private static final float NAME_X = 60;
    private static final float NAME_Y = 770;
    private static final float NAME_SIZE = 36;
    private static final float[] NAME_BOX = {55, 755, 260, 45};
    /** Inside the name's bounding box: a clip to the name becomes a clip to this box, so it is one colour too. */
    private static final float[] INSIDE_NAME = {70, 772, 200, 18};

    private enum Drawn { PER_GLYPH, ONE_PATH, FLATTENED, AS_CLIP }

    @Test
    void aNameDrawnAsOutlinesIsNotDrawnButTheTextRulesBordersAndRoundShapesStay() throws Exception {
        for (Drawn how : Drawn.values()) {
            byte[] original = cv(how);
            // The test draws the name where it says it does: dark pixels there before.
            assertThat(distinctGreys(render(original), NAME_BOX)).as(how + " before").isGreaterThan(1);

            RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

            assertThat(r.report().layoutKept()).as(how + ": " + r.report().textRenditionReason()).isTrue();
            assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
            BufferedImage page = render(r.pdf());
            // Nothing shaped like letters where the name was: one colour only (white, or the clip's box filled).
            assertThat(distinctGreys(page, how == Drawn.AS_CLIP ? INSIDE_NAME : NAME_BOX)).as(how.toString()).isEqualTo(1);
            assertThat(Pdfs.text(r.pdf())).contains("Curriculum Vitae", "Projektleder i Region Hovedstaden", "Kompetencer");
            Map<String, Integer> before = operators(original);
            Map<String, Integer> after = operators(r.pdf());
            // The rules, the table's borders and boxes (straight lines and rectangles) are all kept ...
            // (a clip to the name becomes a clip to its bounding box: one rectangle more).
            assertThat(after.get("re")).as(how.toString()).isEqualTo(before.get("re") + (how == Drawn.AS_CLIP ? 1 : 0));
            assertThat(after.get("S")).isEqualTo(before.get("S")).isEqualTo(RULES + 1);
            // ... and of the curves only those of the round bullet and the rounded box: the name's are gone.
            assertThat(after.getOrDefault("c", 0)).as(how.toString()).isEqualTo(ROUND_CURVES);
            assertThat(grey(page, 64, 600)).as("the round bullet").isLessThan(60);
            assertThat(darkest(page, 300, 842 - 652, 842 - 648)).as("the rule").isLessThan(60);
            assertThat(grey(page, 380, 545)).as("inside the rounded box").isBetween(100, 200);
        }
    }

    @Test
    void aLargeShapeThatMayBeLetteringBecomesAGreyBox() throws Exception {
        byte[] original = onePage((doc, cs) -> {
            text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 60, 500, "Projektleder i Region Hovedstaden");
            // A wave across the header, 400 by 150 points: its lower edge curves inwards (concave).
            cs.setNonStrokingColor(0.1f, 0.2f, 0.5f);
            cs.moveTo(100, 650);
            cs.lineTo(500, 650);
            cs.lineTo(500, 800);
            cs.curveTo(400, 700, 200, 700, 100, 800);
            cs.closePath();
            cs.fill();
        });

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        BufferedImage page = render(r.pdf());
        // Its bounding box is grey, even where the wave left the page white; no curve is left.
        assertThat(grey(page, 300, 842 - 782)).isBetween(215, 219);
        assertThat(grey(page, 300, 842 - 662)).isBetween(215, 219);
        assertThat(operators(r.pdf()).getOrDefault("c", 0)).isZero();
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder i Region Hovedstaden");
    }

    @Test
    void aFontWhoseUnicodeMapContradictsItsGlyphNamesFallsBackToTheTextRendition() throws Exception {
        // The glyphs show "Hans Jensen"; the map says "Ibot Kfotfo", which is all detection reads.
        byte[] original = nameInALyingFont(false);

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("contradicts its glyph names");
        assertThat(r.pdf()).isNotNull();
        // The text rendition shows what was read, not the glyphs: the name is nowhere.
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Hans", "Jensen");
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder i Region Hovedstaden");
    }

    @Test
    void aPageMostlyInPrivateUseCharactersFallsBackToTheTextRendition() throws Exception {
        RedactionResult r = ENGINE.redact(nameInALyingFont(true), "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("does not read as writing", "private-use");
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Hans", "Jensen");
    }

    @Test
    void aFewGlyphsReadAsPrivateUseCharactersAreLeftOutWithoutABox() throws Exception {
        // A name (or an icon) in a font without glyph names, mapped to private use, among ordinary text.
        byte[] original = onePage((doc, cs) -> {
            PDType0Font dejavu;
            try (InputStream ttf = LetteringTest.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
                dejavu = PDType0Font.load(doc, ttf, false);
            }
            var map = new StringBuilder();
            byte[] codes = dejavu.encode("Hans Jensen");
            int n = 0;
            for (int i = 0; i < codes.length; i += 2) {
                map.append(String.format("<%02X%02X> <E0%02X>%n", codes[i], codes[i + 1], n++));
            }
            dejavu.getCOSObject().setItem(COSName.TO_UNICODE, cmap(doc, "<0000> <FFFF>", n, map.toString()));
            text(cs, dejavu, NAME_SIZE, NAME_X, NAME_Y, "Hans Jensen");
            lines(cs, 60);
        });
        assertThat(distinctGreys(render(original), NAME_BOX)).isGreaterThan(2);

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        assertThat(distinctGreys(render(r.pdf()), NAME_BOX)).isEqualTo(1);
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder i Region Hovedstaden").doesNotContain("\uE000", "\uE001");
    }

    @Test
    void aMeshOrFunctionShadingFallsBackToTheTextRendition() throws Exception {
        byte[] original = onePage((doc, cs) -> {
            var function = new COSDictionary();
            function.setInt(COSName.FUNCTION_TYPE, 2);
            function.setItem(COSName.DOMAIN, floats(0, 1));
            function.setItem(COSName.C0, floats(0));
            function.setItem(COSName.C1, floats(1));
            function.setInt(COSName.N, 1);
            var shading = new COSDictionary();
            shading.setInt(COSName.SHADING_TYPE, 1);
            shading.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            shading.setItem(COSName.FUNCTION, function);
            text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 60, 500, "Projektleder i Region Hovedstaden");
            cs.saveGraphicsState();
            cs.addRect(60, 600, 200, 100);
            cs.clip();
            cs.shadingFill(org.apache.pdfbox.pdmodel.graphics.shading.PDShading.create(shading));
            cs.restoreGraphicsState();
        });

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("shading that can draw a picture");
    }

    @Test
    void convexShapesAreTellingApartFromLetterOutlines() {
        // A circle of four Béziers, its coordinates rounded to two decimals as files write them.
        assertThat(convex(0, 3, 1.66, 3, 3, 1.66, 3, 0, 3, -1.66, 1.66, -3, 0, -3, -1.66, -3, -3, -1.66, -3, 0,
            -3, 1.66, -1.66, 3)).isTrue();
        // An L (a concave corner), a star that turns twice, and a concave arc flattened into tiny steps.
        assertThat(convex(0, 0, 10, 0, 10, 2, 2, 2, 2, 10, 0, 10)).isFalse();
        assertThat(convex(0, 10, 6, -8, -9, 3, 9, 3, -6, -8)).isFalse();
        double[] arc = new double[2 * 102];
        for (int i = 0; i <= 100; i++) {
            double a = Math.PI * (0.25 + 0.5 * i / 100);
            arc[2 * i] = 100 * Math.cos(a);
            arc[2 * i + 1] = 100 * Math.sin(a) - 60;
        }
        arc[202] = 0;
        arc[203] = 100;
        assertThat(convex(arc)).isFalse();
        // A line drawn there and back is a line.
        assertThat(convex(0, 0, 10, 5, 20, 10, 10, 5)).isTrue();
    }

    @Test
    void ofAFontsLettersAndDigitsOnlyTheConvexPiecesPass() throws IOException {
        // What docs/redaction.md says survives of outlined text: DejaVu Sans, every letter and digit.
        var passing = new StringBuilder();
        try (InputStream in = LetteringTest.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf");
             TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            for (char c = '0'; c <= 'z'; c++) {
                if (!Character.isLetterOrDigit(c)) {
                    continue;
                }
                GeneralPath glyph = ttf.getGlyph().getGlyph(ttf.getUnicodeCmapLookup().getGlyphId(c)).getPath();
                if (allSubpathsConvex(glyph.getPathIterator(null))
                    && allSubpathsConvex(new FlatteningPathIterator(glyph.getPathIterator(null), 0.5))) {
                    passing.append(c);
                }
            }
        }
        assertThat(passing.toString()).isEqualTo("0DIOilo");
    }

    private static boolean allSubpathsConvex(PathIterator it) {
        var points = new ShapeFilter.Points();
        float[] p = new float[6];
        float cx = 0;
        float cy = 0;
        boolean convex = true;
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            if (type == PathIterator.SEG_MOVETO) {
                convex &= points.convex();
                points.clear();
            }
            if (type == PathIterator.SEG_QUADTO) {
                points.add(cx + 2 * (p[0] - cx) / 3, cy + 2 * (p[1] - cy) / 3);
                points.add(p[2] + 2 * (p[0] - p[2]) / 3, p[3] + 2 * (p[1] - p[3]) / 3);
                points.add(cx = p[2], cy = p[3]);
            } else if (type == PathIterator.SEG_CUBICTO) {
                points.add(p[0], p[1]);
                points.add(p[2], p[3]);
                points.add(cx = p[4], cy = p[5]);
            } else if (type != PathIterator.SEG_CLOSE) {
                points.add(cx = p[0], cy = p[1]);
            }
        }
        return convex & points.convex();
    }

    // ------------------------------------------------------------------------------------------------ documents

    private static final List<String> LINES = List.of("Curriculum Vitae", "Projektleder i Region Hovedstaden",
        "Erfaring med offentlig digitalisering og forandringsledelse", "Kompetencer", "Agil projektledelse",
        "Forandringsledelse", "Interessenthåndtering", "Uddannelse", "Cand.scient.adm., Roskilde Universitet");
    private static final int RULES = 3;
    private static final int ROUND_CURVES = 8;

    /** A CV page: real text, rules, a bordered table, a round bullet, a rounded box, and the name drawn as outlines. */
    private static byte[] cv(Drawn how) throws IOException {
        return onePage((doc, cs) -> {
            lines(cs, 80);
            cs.setLineWidth(1);
            for (int i = 0; i < RULES; i++) {
                cs.moveTo(60, 650 - 150 * i);
                cs.lineTo(535, 650 - 150 * i);
                cs.stroke();
            }
            // A table: a box per cell and a header row filled light.
            cs.setNonStrokingColor(0.9f);
            cs.addRect(60, 420, 475, 20);
            cs.fill();
            for (int row = 0; row < 3; row++) {
                for (int col = 0; col < 3; col++) {
                    cs.addRect(60 + col * 158.33f, 420 - row * 20, 158.33f, 20);
                }
            }
            cs.stroke();
            // A round bullet (four curves) and a rounded box (four curves, four lines).
            cs.setNonStrokingColor(0f);
            circle(cs, 64, PDRectangle.A4.getHeight() - 600, 4);
            cs.fill();
            cs.setNonStrokingColor(0.6f);
            roundedBox(cs, 340, PDRectangle.A4.getHeight() - 560, 100, 30, 8);
            cs.fill();
            cs.setNonStrokingColor(0f);
            outlines(cs, how);
        });
    }

    /** The CV's lines of ordinary text (Helvetica), from the top down. */
    private static void lines(PDPageContentStream cs, float x) throws IOException {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float y = 700;
        for (String line : LINES) {
            text(cs, font, 11, x, y, line);
            y -= 16;
        }
    }

    /** What a test draws on its page. */
    private interface Drawing {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    /** A one-page A4 document with what {@code drawing} draws. */
    private static byte[] onePage(Drawing drawing) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                drawing.draw(doc, cs);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** "Hans Jensen" as DejaVu Sans's glyph outlines: one filled path per glyph, one for all, flattened, or a clip. */
    private static void outlines(PDPageContentStream cs, Drawn how) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = LetteringTest.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        try (ttf) {
            float scale = NAME_SIZE / ttf.getUnitsPerEm();
            float x = NAME_X;
            for (char c : "Hans Jensen".toCharArray()) {
                int gid = ttf.getUnicodeCmapLookup().getGlyphId(c);
                GeneralPath glyph = ttf.getGlyph().getGlyph(gid).getPath();
                var at = new AffineTransform(scale, 0, 0, scale, x, NAME_Y);
                PathIterator it = glyph.getPathIterator(at);
                path(cs, how == Drawn.FLATTENED ? new FlatteningPathIterator(it, 0.01) : it);
                if (how == Drawn.PER_GLYPH || how == Drawn.FLATTENED) {
                    cs.fill();
                }
                x += ttf.getAdvanceWidth(gid) * scale;
            }
            if (how == Drawn.ONE_PATH) {
                cs.fill();
            } else if (how == Drawn.AS_CLIP) {
                cs.clip();
                cs.addRect(0, 700, 595, 142);
                cs.fill();
            }
        }
    }

    private static void path(PDPageContentStream cs, PathIterator it) throws IOException {
        float[] p = new float[6];
        float cx = 0;
        float cy = 0;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> cs.moveTo(cx = p[0], cy = p[1]);
                case PathIterator.SEG_LINETO -> cs.lineTo(cx = p[0], cy = p[1]);
                case PathIterator.SEG_QUADTO -> {
                    // TrueType's quadratic curve as the cubic PDF draws.
                    cs.curveTo(cx + 2 * (p[0] - cx) / 3, cy + 2 * (p[1] - cy) / 3, p[2] + 2 * (p[0] - p[2]) / 3,
                        p[3] + 2 * (p[1] - p[3]) / 3, cx = p[2], cy = p[3]);
                }
                case PathIterator.SEG_CUBICTO -> cs.curveTo(p[0], p[1], p[2], p[3], cx = p[4], cy = p[5]);
                default -> cs.closePath();
            }
        }
    }

    /** Four curves (y from the top of the page, as the rendered image is read). */
    private static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }

    private static void roundedBox(PDPageContentStream cs, float x, float y, float w, float h, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }

    /**
     * "Hans Jensen" in Helvetica with a ToUnicode that maps each letter to the next one ("Ibot Kfotfo"), under a title
     * and a line of ordinary text; {@code privateUse}: the map gives private-use characters instead.
     */
    private static byte[] nameInALyingFont(boolean privateUse) throws IOException {
        return onePage((doc, cs) -> {
            PDType1Font lying = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var map = new StringBuilder();
            int n = 0;
            for (char c = 'A'; c <= 'z'; c++) {
                if (Character.isLetter(c)) {
                    map.append(String.format("<%02X> <%04X>%n", (int) c, privateUse ? 0xE000 + c : c + 1));
                    n++;
                }
            }
            lying.getCOSObject().setItem(COSName.TO_UNICODE, cmap(doc, "<00> <FF>", n, map.toString()));
            text(cs, lying, NAME_SIZE, NAME_X, NAME_Y, "Hans Jensen");
            text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11, 60, 700, "Projektleder i Region Hovedstaden");
        });
    }

    private static COSStream cmap(PDDocument doc, String codespace, int entries, String bfchars) throws IOException {
        String text = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Test-UCS def\n"
            + "/CMapType 2 def\n1 begincodespacerange\n" + codespace + "\nendcodespacerange\n" + entries + " beginbfchar\n"
            + bfchars + "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream o = stream.createOutputStream()) {
            o.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        PdfLayoutRenditionTest.text(cs, font, size, x, y, s);
    }

    private static COSArray floats(float... values) {
        var a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------------ reading

    private static boolean convex(double... xy) {
        var p = new ShapeFilter.Points();
        for (int i = 0; i < xy.length; i += 2) {
            p.add((float) xy[i], (float) xy[i + 1]);
        }
        return p.convex();
    }

    /** The first page at 72 dpi: one pixel a point, y from the top. */
    private static BufferedImage render(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImage(0, 1f, org.apache.pdfbox.rendering.ImageType.GRAY);
        }
    }

    private static int darkest(BufferedImage image, int x, int fromTop, int toTop) {
        int min = 255;
        for (int y = fromTop; y <= toTop; y++) {
            min = Math.min(min, grey(image, x, y));
        }
        return min;
    }

    private static int grey(BufferedImage image, int x, int yFromTop) {
        return image.getRaster().getSample(x, yFromTop, 0);
    }

    /** How many different greys the box (PDF points, y up) shows. */
    private static int distinctGreys(BufferedImage image, float[] box) {
        int height = image.getHeight();
        var seen = new java.util.HashSet<Integer>();
        for (int x = (int) box[0]; x < box[0] + box[2]; x++) {
            for (int y = (int) box[1]; y < box[1] + box[3]; y++) {
                seen.add(grey(image, x, height - 1 - y));
            }
        }
        return seen.size();
    }

    /** How often each operator occurs in the first page's content. */
    private static Map<String, Integer> operators(byte[] pdf) throws IOException {
        Map<String, Integer> count = new HashMap<>();
        try (var doc = Loader.loadPDF(pdf)) {
            var parser = new PDFStreamParser(doc.getPage(0));
            for (Object token : parser.parse()) {
                if (token instanceof Operator op) {
                    count.merge(op.getName(), 1, Integer::sum);
                }
            }
        }
        return count;
    }
}
