package dk.rekrut.redaction.render;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.PdfRedactionTest;
import dk.rekrut.redaction.Pdfs;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;
import dk.rekrut.redaction.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, acceptance 2: a PDF keeps its own pages. The glyphs of each span are removed from the content stream (an
 * independent extraction and a search of every decoded byte find nothing), the rest of the text stays where it was,
 * images and everything besides the pages are gone; a PDF that cannot be proven clean that way gets the text rendition
 * and the report says why.
 */
class PdfLayoutRenditionTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "+45 12 34 56 78", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");

    @Test
    void theNameIsRemovedFromTheContentStreamAndTheRestStaysInPlace() throws Exception {
        byte[] original = PdfRedactionTest.pdfWithTheNameEverywhere();

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        assertThat(r.report().textRenditionReason()).isNull();
        // An independent reading: PDFBox's own stripper, and every string, name and decoded stream of the file.
        String all = Pdfs.everything(r.pdf());
        for (String personal : List.of("Mette", "Hansen", "METTE", "HANSEN", "mette.hansen", "12 34 56 78", "Nørrebrogade",
            "1985", "0303851234", "Fotograf Jens Holm", "Kirstine", "KIRSTINE")) {
            assertThat(all).as(personal).doesNotContain(personal);
        }
        String text = Pdfs.text(r.pdf());
        assertThat(text).contains("Projektleder i Region Hovedstaden", "erfaring med offentlig digitalisering", "[NAVN]",
            "[E-MAIL]", "[TELEFON]", "Curriculum Vitae", ContentRewriter.IMAGE_LABEL);
        // The kept words are drawn exactly where they were, except after a removed run on its line (LineShift).
        Map<String, float[]> before = wordPositions(original);
        Map<String, float[]> after = wordPositions(r.pdf());
        for (String word : List.of("Projektleder", "digitalisering", "hilsen", "venlig")) {
            assertThat(after).as(word).containsKey(word);
            assertThat(after.get(word)[0]).as(word + " x").isCloseTo(before.get(word)[0], within(0.05f));
            assertThat(after.get(word)[1]).as(word + " y").isCloseTo(before.get(word)[1], within(0.05f));
        }
        // "Mette Hansen - Curriculum Vitae" in Helvetica 9 pt: the name's 6.225 em became a box of 7.5 em, and the rest
        // of the line moved by the difference.
        float grown = (LineShift.STEP_EMS * 3 - 6.225f) * 9;
        for (String word : List.of("Curriculum", "Vitae")) {
            assertThat(after.get(word)[0]).as(word + " x").isCloseTo(before.get(word)[0] + grown, within(0.05f));
            assertThat(after.get(word)[1]).as(word + " y").isCloseTo(before.get(word)[1], within(0.05f));
        }
        assertThat(r.report().imagesRemoved()).isEqualTo(1);
    }

    @Test
    void theOutputHasOnlyPagesFontsAndGraphicsNoImagesMetadataAnnotationsOrAttachments() throws Exception {
        RedactionResult r = ENGINE.redact(PdfRedactionTest.pdfWithTheNameEverywhere(), "application/pdf", KNOWN);
        assertThat(r.report().layoutKept()).isTrue();
        try (var doc = Loader.loadPDF(r.pdf())) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getNames()).isNull();
            assertThat(catalog.getDocumentOutline()).isNull();
            assertThat(catalog.getAcroForm()).isNull();
            assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            assertThat(catalog.getCOSObject().containsKey(COSName.STRUCT_TREE_ROOT)).isFalse();
            assertThat(doc.getDocumentInformation().getCOSObject().size()).isZero();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
                assertThat(page.getResources().getXObjectNames()).isEmpty();
                assertThat(page.getCOSObject().containsKey(COSName.PIECE_INFO)).isFalse();
            }
        }
        String all = Pdfs.everything(r.pdf());
        assertThat(all).doesNotContain("/Image", "Image", "app.alert", "mette-hansen.txt", "Husk at ringe");
        // Not a byte of the photo: a stretch of its (noisy, so unique) decoded pixels is nowhere in the output.
        byte[] cv = twoColumnCv();
        String slice = new String(pixelsOfTheFirstImage(cv), 300, 48, StandardCharsets.ISO_8859_1);
        assertThat(Pdfs.everything(cv)).contains(slice);
        RedactionResult two = ENGINE.redact(cv, "application/pdf", KNOWN);
        assertThat(two.report().layoutKept()).isTrue();
        assertThat(Pdfs.everything(two.pdf())).doesNotContain(slice);
    }

    @Test
    void aTwoColumnCvKeepsBothColumnsWhereTheyWereAndLosesTheNameThePhotoAndTheLink() throws Exception {
        byte[] original = twoColumnCv();
        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        String all = Pdfs.everything(r.pdf());
        for (String personal : List.of("Mette", "Hansen", "METTE", "HANSEN", "mette.hansen", "12345678", "12 34 56 78",
            "mettehansen.dk")) {
            assertThat(all).as(personal).doesNotContain(personal);
        }
        Map<String, float[]> before = wordPositions(original);
        Map<String, float[]> after = wordPositions(r.pdf());
        for (String word : List.of("Erfaring", "Projektleder", "Kompetencer", "Forandringsledelse", "Kontakt", "Sprog",
            "Engelsk", "tlf.", "Region")) {
            assertThat(after).as(word).containsKey(word);
            assertThat(after.get(word)[0]).as(word + " x").isCloseTo(before.get(word)[0], within(0.05f));
            assertThat(after.get(word)[1]).as(word + " y").isCloseTo(before.get(word)[1], within(0.05f));
        }
        // Left column starts at x 50, right column at x 330: both are still there.
        assertThat(after.get("Kompetencer")[0]).isLessThan(100);
        assertThat(after.get("Erfaring")[0]).isGreaterThan(300);
        try (var doc = Loader.loadPDF(r.pdf())) {
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void textInsideAFormXObjectIsRemovedTooAndTheFormIsDrawnInline() throws Exception {
        byte[] original = headerInAForm();
        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Mette", "Hansen");
        Map<String, float[]> before = wordPositions(original);
        Map<String, float[]> after = wordPositions(r.pdf());
        for (String word : List.of("Curriculum", "Projektleder", "Hovedstaden")) {
            assertThat(after.get(word)[0]).as(word + " x").isCloseTo(before.get(word)[0], within(0.05f));
            assertThat(after.get(word)[1]).as(word + " y").isCloseTo(before.get(word)[1], within(0.05f));
        }
        assertThat(Pdfs.text(r.pdf())).contains("[NAVN]");
        try (var doc = Loader.loadPDF(r.pdf())) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void aType3FontFallsBackToTheTextRenditionAndSaysWhy() throws Exception {
        RedactionResult r = ENGINE.redact(withType3Font(), "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("Type 3");
        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Hansen", "CharProcs");
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder");
    }

    @Test
    void aFontWithoutAUnicodeMapFallsBackToTheTextRenditionAndSaysWhy() throws Exception {
        RedactionResult r = ENGINE.redact(withoutToUnicode(), "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("Unicode map");
        // The text rendition is written; the unreadable text is flagged for a person, as before.
        assertThat(r.status()).isIn(RedactionStatus.CLEAN, RedactionStatus.NEEDS_REVIEW);
        assertThat(r.pdf()).isNotNull();
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Hansen");
    }

    @Test
    void textUnderAnActualTextFallsBackToTheTextRendition() throws Exception {
        // The glyphs spell the name; the ActualText says something else, which is all a text extraction reads.
        byte[] pdf = helveticaPage(f -> "/Span <</ActualText (Ansoger)>> BDC BT /" + f + " 20 Tf 56 780 Td (Mette Hansen) Tj ET EMC\n"
            + "BT /" + f + " 11 Tf 56 740 Td (Projektleder i Region Hovedstaden) Tj ET\n");
        assertThat(Pdfs.text(pdf)).contains("Ansoger").doesNotContain("Mette");

        RedactionResult r = ENGINE.redact(pdf, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("ActualText");
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Mette", "Hansen");
    }

    @Test
    void anErrorInTheContentThatTheExtractionGoesOnPastStopsTheLayoutPathAtThatOperator() throws Exception {
        // A Td with one number instead of two: PDFBox's text extraction logs it and goes on; the rewrite, which replays
        // what that walk carried out, must not write the page as if it were whole.
        byte[] pdf = helveticaPage(f -> "BT /" + f + " 20 Tf 56 780 Td (Mette Hansen) Tj 0 Td ET\n"
            + "BT /" + f + " 11 Tf 56 740 Td (Projektleder i Region Hovedstaden) Tj ET\n");
        assertThat(Pdfs.text(pdf)).contains("Mette Hansen", "Projektleder");

        RedactionResult r = ENGINE.redact(pdf, "application/pdf", KNOWN);

        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).contains("page 1 has an error in its content (Td)");
        assertThat(Pdfs.everything(r.pdf())).doesNotContain("Mette", "Hansen");
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder");
    }

    @Test
    void otherFormatsKeepTheTextRenditionWithoutAReason() {
        RedactionResult r = ENGINE.redact("Mette Hansen, projektleder".getBytes(StandardCharsets.UTF_8), "text/plain", KNOWN);
        assertThat(r.report().layoutKept()).isFalse();
        assertThat(r.report().textRenditionReason()).isNull();
    }

    @Test
    void numbersAreWrittenAsPlainDecimals() {
        assertThat(ContentRewriter.n(0f)).isEqualTo("0");
        assertThat(ContentRewriter.n(-0.00001f)).isEqualTo("0");
        assertThat(ContentRewriter.n(12f)).isEqualTo("12");
        assertThat(ContentRewriter.n(-3.5f)).isEqualTo("-3.5");
        assertThat(ContentRewriter.n(0.0625f)).isEqualTo("0.0625");
        assertThat(ContentRewriter.n(-0.05f)).isEqualTo("-0.05");
        assertThat(ContentRewriter.n(595.2756f)).isEqualTo("595.2756");
        assertThat(ContentRewriter.n(1e-7f)).isEqualTo("0");
        assertThat(ContentRewriter.n(Float.NaN)).isEqualTo("0");
    }

    // ------------------------------------------------------------------------------------------ documents

    /**
     * A Canva-like CV: the name in a large header, a photo, a link annotation, a left column (contact, skills, languages)
     * and a right column (experience). The name also appears inside a TJ array with kerning and within a line.
     */
    static byte[] twoColumnCv() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var image = LosslessFactory.createFromImage(doc, noise());
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0.9f, 0.93f, 0.97f);
                cs.addRect(0, 0, 300, 842);
                cs.fill();
                cs.drawImage(image, 50, 690, 100, 120);
                cs.setNonStrokingColor(0f, 0f, 0f);
                text(cs, bold, 26, 330, 770, "METTE HANSEN");
                text(cs, regular, 12, 330, 745, "Projektleder og digital omstilling");
                text(cs, bold, 13, 50, 650, "Kontakt");
                text(cs, regular, 10, 50, 632, "tlf. 12 34 56 78");
                text(cs, regular, 10, 50, 618, "mette.hansen@example.dk");
                text(cs, regular, 10, 50, 604, "mettehansen.dk");
                text(cs, bold, 13, 50, 570, "Kompetencer");
                text(cs, regular, 10, 50, 552, "Forandringsledelse");
                text(cs, regular, 10, 50, 538, "Agil projektledelse");
                text(cs, bold, 13, 50, 500, "Sprog");
                text(cs, regular, 10, 50, 482, "Engelsk - flydende");
                text(cs, bold, 13, 330, 650, "Erfaring");
                text(cs, regular, 10, 330, 632, "2019 - nu: Projektleder, Region Hovedstaden");
                text(cs, regular, 10, 330, 618, "2014 - 2019: Konsulent, Netcompany");
                // A kerned line with the name in the middle: what follows it must not move.
                cs.beginText();
                cs.setFont(regular, 10);
                cs.newLineAtOffset(330, 590);
                cs.showTextWithPositioning(new Object[] {"Reference: ", "Mette ", -20f, "Hansen", " har ledet Region", 30f,
                    "ens projekt."});
                cs.endText();
            }
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 600, 120, 12));
            var uri = new PDActionURI();
            uri.setURI("https://mettehansen.dk");
            link.setAction(uri);
            page.getAnnotations().add(link);
            doc.getDocumentInformation().setAuthor("Mette Hansen");
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * One A4 page whose content stream is written as given (not through PDFBox's content writer, so it may hold what
     * that writer would refuse); {@code content} gets the resource name of the page's one font, Helvetica.
     */
    private static byte[] helveticaPage(java.util.function.UnaryOperator<String> content) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var resources = new PDResources();
            COSName f = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = doc.getDocument().createCOSStream();
            try (var o = stream.createOutputStream()) {
                o.write(content.apply(f.getName()).getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A header (name and title) drawn by a form XObject with its own matrix, as word processors do for headers. */
    private static byte[] headerInAForm() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, 0, 500, 60));
            form.setMatrix(new java.awt.geom.AffineTransform(1, 0, 0, 1, 40, 760));
            var formResources = new PDResources();
            COSName f = formResources.add(font);
            form.setResources(formResources);
            try (var o = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                o.write(("BT /" + f.getName() + " 14 Tf 10 30 Td (Curriculum Vitae: Mette Hansen, projektleder) Tj ET")
                    .getBytes(StandardCharsets.US_ASCII));
            }
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
                text(cs, font, 11, 56, 700, "Projektleder i Region Hovedstaden siden 2019.");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page whose name line is drawn with a Type 3 font (each glyph a filled rectangle), the rest in Helvetica. */
    private static byte[] withType3Font() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary font = Pdfs.boxType3Font(doc);
            var resources = new PDResources();
            COSName type3 = resources.add(new PDType3Font(font));
            COSName helvetica = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream content = doc.getDocument().createCOSStream();
            try (var o = content.createOutputStream()) {
                o.write(("BT /" + type3.getName() + " 20 Tf 56 780 Td (MetteHansen) Tj ET\nBT /" + helvetica.getName()
                    + " 11 Tf 56 740 Td (Projektleder i Region Hovedstaden) Tj ET\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The CV in an embedded Type 0 font (DejaVu Sans, the engine's own) whose ToUnicode map is taken out. */
    private static byte[] withoutToUnicode() throws IOException {
        byte[] withMap;
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
             InputStream ttf = PdfRendition.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = PDType0Font.load(doc, ttf, true);
            try (var cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 20, 56, 780, "Mette Hansen");
                text(cs, font, 11, 56, 740, "Projektleder i Region Hovedstaden");
            }
            doc.save(out);
            withMap = out.toByteArray();
        }
        try (var doc = Loader.loadPDF(withMap); var out = new ByteArrayOutputStream()) {
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getFontNames()) {
                res.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Each word's first glyph position (first occurrence), as PDFBox's stripper reports it. */
    static Map<String, float[]> wordPositions(byte[] pdf) throws IOException {
        Map<String, float[]> words = new HashMap<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int start = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == ' ') {
                        if (i > start && start < positions.size()) {
                            TextPosition p = positions.get(start);
                            words.putIfAbsent(text.substring(start, i), new float[] {p.getXDirAdj(), p.getYDirAdj()});
                        }
                        start = i + 1;
                    }
                }
                super.writeString(text, positions);
            }
        };
        try (var doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return words;
    }

    private static byte[] pixelsOfTheFirstImage(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    try (var in = image.getCOSObject().createInputStream()) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("no image");
    }

    private static BufferedImage noise() {
        var img = new BufferedImage(100, 120, BufferedImage.TYPE_INT_RGB);
        var random = new Random(17);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return img;
    }
}
