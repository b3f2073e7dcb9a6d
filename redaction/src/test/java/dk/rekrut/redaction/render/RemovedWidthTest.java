package dk.rekrut.redaction.render;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The glyph-position attack (Bland, Iyer and Levchenko, PETS 2023): with the fonts of the file and a short list of
 * suspects, the gap a removed name leaves tells which name it was. Documents that differ only in the applicant's name
 * (names of different widths in one bucket of {@link LineShift#STEP_EMS} em) must give outputs an attacker cannot tell
 * apart: every remaining glyph where an independent PDFBox stripper finds it, and every label box, the same for each
 * name. Failed on main, where "Mette Hansen" left a gap of 6225/1000 em and "Lise Nielsen" one of 5446.
 */
class RemovedWidthTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final List<String> NAMES = List.of("Mette Hansen", "Mette Jensen", "Anne Hansen", "Lise Nielsen");
    private static final String BEFORE = "Ansøgning fra ";
    private static final String AFTER = " til stillingen som projektleder";
    private static final float SIZE = 11;
    private static final float LEFT = 72;

    /** How a page is drawn for a name, in a font. */
    private interface Layout {
        void draw(PDPageContentStream cs, PDFont font, String name) throws IOException;
    }

    @Test
    void theRestOfALineInTheSameTextOperatorDoesNotTellTheName() throws Exception {
        indistinguishable((cs, font, name) -> line(cs, font, LEFT, 700, BEFORE + name + AFTER), true);
    }

    @Test
    void aFollowingTjAfterTdDoesNotTellTheName() throws Exception {
        indistinguishable((cs, font, name) -> {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(LEFT, 700);
            cs.showText(BEFORE);
            cs.newLineAtOffset(width(font, BEFORE), 0);
            cs.showText(name);
            // Relative to the name: the number is the name's width plus a space.
            cs.newLineAtOffset(width(font, name), 0);
            cs.showText(AFTER);
            // Back to the margin, relative again: minus the whole line's start, the name's width in it.
            cs.newLineAtOffset(-width(font, BEFORE + name), -14);
            cs.showText("Projektleder i Region Hovedstaden siden 2019.");
            cs.endText();
        }, true);
    }

    @Test
    void aFollowingTextObjectOnTheSameBaselineDoesNotTellTheName() throws Exception {
        indistinguishable((cs, font, name) -> {
            line(cs, font, LEFT, 700, BEFORE + name);
            line(cs, font, LEFT + width(font, BEFORE + name), 700, AFTER);
        }, true);
    }

    @Test
    void aCentredHeadingThatIsTheNameDoesNotTellItsWidthByWhereItStarts() throws Exception {
        indistinguishable((cs, font, name) -> {
            float w = font.getStringWidth(name) / 1000 * 20;
            cs.beginText();
            cs.setFont(font, 20);
            cs.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, 780);
            cs.showText(name);
            cs.endText();
        }, false);
    }

    @Test
    void aRightAlignedLineWithTheNameDoesNotTellItsWidthByWhereItStarts() throws Exception {
        float right = 523;
        indistinguishable((cs, font, name) -> {
            String sender = "Afsender: " + name;
            line(cs, font, right - width(font, sender), 760, sender);
            String date = "København, 7. december 2026";
            line(cs, font, right - width(font, date), 746, date);
        }, false);
    }

    // ------------------------------------------------------------------------------------------ the attacker's view

    /**
     * Each name's document in Helvetica and in an embedded TrueType font (DejaVu Sans), redacted with the name as known
     * data: the outputs' glyph positions and label boxes are the same for every name, the name is gone, and the text
     * after it is read in order, after the box and not under it.
     */
    private static void indistinguishable(Layout layout, boolean textAfter) throws Exception {
        for (boolean embedded : new boolean[] {false, true}) {
            String first = null;
            for (String name : NAMES) {
                RedactionResult r = ENGINE.redact(document(layout, name, embedded), "application/pdf", known(name));
                assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
                String seen = attackersView(r.pdf());
                assertThat(seen).doesNotContain(name.split(" ")[0]);
                if (first == null) {
                    first = seen;
                } else {
                    assertThat(seen).as(name + (embedded ? " in DejaVu Sans" : " in Helvetica")).isEqualTo(first);
                }
                if (textAfter) {
                    assertTextAfterTheBox(r.pdf());
                }
            }
        }
    }

    /** Every glyph with its position (to 1/100 pt) as PDFBox's stripper reads it, and every path point drawn. */
    static String attackersView(byte[] pdf) throws IOException {
        var sb = new StringBuilder();
        var stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                sb.append(t.getUnicode()).append(String.format(Locale.ROOT, " %.2f %.2f %.2f%n", t.getX(), t.getY(),
                    t.getWidth()));
                super.processTextPosition(t);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
            sb.append("boxes ").append(boxes(doc.getPage(0)));
            // The content's own numbers (TJ adjustments, Td and Tm operands) hold no trace of the name's width either.
            try (InputStream content = doc.getPage(0).getContents()) {
                sb.append("\ncontent ").append(new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    /** The corners of every path drawn (the label boxes are the only paths of these pages), to 1/100 pt. */
    static List<String> boxes(PDPage page) throws IOException {
        List<String> points = new ArrayList<>();
        var parser = new PDFStreamParser(page);
        List<Object> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                if (op.getName().equals("m") || op.getName().equals("l") || op.getName().equals("re")) {
                    var p = new StringBuilder(op.getName());
                    for (Object o : operands) {
                        p.append(String.format(Locale.ROOT, " %.2f", ((COSNumber) o).floatValue()));
                    }
                    points.add(p.toString());
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        return points;
    }

    /** The line reads in order with the label in the name's place, and its first glyph after the box is right of it. */
    private static void assertTextAfterTheBox(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // The label sits in the middle of a box wider than the name was, so a reader may see two spaces.
            assertThat(stripper.getText(doc).replaceAll(" +", " "))
                .contains("Ansøgning fra [NAVN] til stillingen som projektleder");
            float boxRight = -Float.MAX_VALUE;
            for (String b : boxes(doc.getPage(0))) {
                String[] parts = b.split(" ");
                boxRight = Math.max(boxRight, Float.parseFloat(parts[1]));
            }
            float after = Float.MAX_VALUE;
            for (float[] p : PdfLayoutRenditionTest.wordPositions(pdf).entrySet().stream()
                .filter(e -> e.getKey().equals("til")).map(java.util.Map.Entry::getValue).toList()) {
                after = p[0];
            }
            assertThat(after).isGreaterThanOrEqualTo(boxRight);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private static byte[] document(Layout layout, String name, boolean embedded) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
             InputStream ttf = PdfRendition.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = embedded ? PDType0Font.load(doc, ttf, true) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
                layout.draw(cs, font, name);
                line(cs, font, LEFT, 600, "Jeg har arbejdet med offentlig digitalisering i ti år.");
                line(cs, font, LEFT, 586, "Projektleder i Region Hovedstaden siden 2019.");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDFont font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDFont font, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * SIZE;
    }

    private static KnownPersonalData known(String name) {
        return new KnownPersonalData(name, null, null, null, null, null, null, null);
    }
}
