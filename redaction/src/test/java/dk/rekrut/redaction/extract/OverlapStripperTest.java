package dk.rekrut.redaction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The extractor's stripper suppresses duplicate overlapping text exactly as PDFBox's own does. */
class OverlapStripperTest {

    @Test
    void givesTheSameTextAsPdfBoxOnOverlappingAndOddlyPlacedText() throws Exception {
        List<List<String>> documents = List.of(
            // fake bold: the same line drawn twice, a third of a point apart; then 3 points apart (not a duplicate)
            List.of("BT /F1 12 Tf 72 700 Td (Fed tekst) Tj ET BT /F1 12 Tf 72.3 700.1 Td (Fed tekst) Tj ET"
                + " BT /F1 12 Tf 72 650 Td (Skygge) Tj ET BT /F1 12 Tf 75 650 Td (Skygge) Tj ET"),
            // many equal letters on a line, and the same letters again slightly lower and far lower
            List.of("BT /F1 10 Tf 40 600 Td (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj 0 -0.5 Td (aaaaaaaaaaaaaaaaaaaa) Tj"
                + " 0 -30 Td (aaaaaaaaaaaaaaaaaaaa) Tj ET"),
            // a huge font: windows wider than the grid allows are checked against every point
            List.of("BT /F1 400 Tf 10 300 Td (AB) Tj ET BT /F1 400 Tf 11 301 Td (AB) Tj ET BT /F1 9 Tf 60 310 Td (A) Tj ET"),
            // mirrored and rotated text, drawn twice
            List.of("BT /F1 12 Tf -1 0 0 1 300 600 Tm (spejl) Tj -1 0 0 1 300.2 600 Tm (spejl) Tj ET"
                + " BT /F1 12 Tf 0 1 -1 0 200 200 Tm (lodret) Tj 0 1 -1 0 200 200.2 Tm (lodret) Tj ET"
                + " BT /F1 12 Tf 1 0 0 -1 100 100 Tm (omvendt) Tj 1 0 0 -1 100.1 100 Tm (omvendt) Tj ET"),
            // ActualText: never suppressed inside, suppressed again after
            List.of("/Span <</ActualText (Navn)>> BDC BT /F1 12 Tf 72 500 Td (Nvn) Tj ET BT /F1 12 Tf 72 500 Td (Nvn) Tj ET EMC"
                + " BT /F1 12 Tf 72 500 Td (Nvn) Tj ET /P BMC BT /F1 12 Tf 72 480 Td (xx) Tj ET EMC"),
            // far outside the page, and a zero-width glyph
            List.of("BT /F1 12 Tf 1 0 0 1 2000000000 100 Tm (fjern) Tj 1 0 0 1 2000000000 100 Tm (fjern) Tj ET"
                + " BT /F1 12 Tf 0 Tz 72 400 Td (smal) Tj 72 400 Td (smal) Tj ET"),
            // the same text on two pages: positions are forgotten at each page
            List.of("BT /F1 12 Tf 72 700 Td (Side) Tj ET", "BT /F1 12 Tf 72 700 Td (Side) Tj ET BT /F1 12 Tf 72 700 Td (Side) Tj ET"));
        for (List<String> pages : documents) {
            try (var doc = Loader.loadPDF(pdf(pages))) {
                assertThat(text(new OverlapStripper(), doc)).as(pages.toString()).isEqualTo(text(new PDFTextStripper(), doc));
            }
        }
    }

    private static String text(PDFTextStripper stripper, PDDocument doc) {
        try {
            return stripper.getText(doc);
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    private static byte[] pdf(List<String> contents) throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (String content : contents) {
                var page = new PDPage(PDRectangle.A4);
                var resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                page.setResources(resources);
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
