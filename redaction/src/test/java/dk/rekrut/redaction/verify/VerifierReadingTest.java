package dk.rekrut.redaction.verify;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.render.PdfRendition;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/** The verifier reads the output's text from its content streams; it must read what PDFBox's text stripper reads. */
class VerifierReadingTest {

    private static final KnownPersonalData LARS = new KnownPersonalData("Lars Pedersen", null, null, null, null, null,
        null, null);

    @Test
    void readsTheSameTextAsTheTextStripperInBothRenditionFonts() throws Exception {
        var helvetica = PdfRendition.render(List.of(new PdfRendition.Section("Side 1",
            "Ansøgning til stillingen som økonom.\nJeg hedder [NAVN] og bor i [ADRESSE]. Æblerne ﬂyder, — “citat” 50 %")));
        var dejaVu = PdfRendition.render(List.of(new PdfRendition.Section(null,
            "Ελληνικά και русский текст, mixed with Danish: æøå. " + "Et langt afsnit der brydes over flere linjer. ".repeat(20))));
        for (byte[] pdf : List.of(helvetica.pdf(), dejaVu.pdf())) {
            try (var doc = Loader.loadPDF(pdf)) {
                List<String> findings = new ArrayList<>();
                String read = Verifier.shownText(doc, findings);
                assertThat(findings).isEmpty();
                assertThat(spaced(read)).isEqualTo(spaced(new PDFTextStripper().getText(doc)));
            }
        }
    }

    @Test
    void textInArraysAndInlineImagesAreSeen() throws Exception {
        byte[] pdf = page("BT /F1 12 Tf 72 700 Td [(Lars) -300 (Pedersen)] TJ ET\nq BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI Q\n");
        var v = Verifier.verify(pdf, LARS, List.of());
        assertThat(v.clean()).isFalse();
        assertThat(v.findings()).anyMatch(f -> f.contains("inline image")).anyMatch(f -> f.contains("known value left"));
    }

    @Test
    void textWithoutAFontIsAFinding() throws Exception {
        var v = Verifier.verify(page("BT 72 700 Td (hidden) Tj ET\n"), KnownPersonalData.NONE, List.of());
        assertThat(v.clean()).isFalse();
        assertThat(v.findings()).anyMatch(f -> f.contains("cannot be read back"));
    }

    private static byte[] page(String content) throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            var resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String spaced(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
