package dk.rekrut.redaction.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;
import dk.rekrut.redaction.TestEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Icon-font glyphs (private-use code points, as a CV template puts before its contact lines) are no writing: the text
 * rendition leaves them out instead of drawing '?' and sending the document to review. A character of a real script
 * the font cannot draw, and a text that is mostly private-use characters, still count as not drawn.
 */
class IconGlyphRenditionTest {

    /** Phone, envelope, globe, LinkedIn and map-marker glyphs of two icon fonts (Font Awesome's and a plane-15 one). */
    private static final String CONTACT = "\uF095 +45 26 11 90 44\n\uF0E0 anna@example.dk\n\uF0AC example.dk\n"
        + "\uDB80\uDC01 linkedin.com/in/x\n\uE0C8 Aarhus\n";

    @Test
    void iconsBeforeContactLinesAreLeftOutNotCounted() throws Exception {
        var r = PdfRendition.render(List.of(new PdfRendition.Section(null, CONTACT + "Erfaring som sygeplejerske.")));
        assertThat(r.unrenderable()).isZero();
        String text = text(r.pdf());
        assertThat(text).contains("+45 26 11 90 44", "Aarhus", "sygeplejerske").doesNotContain("?");
    }

    @Test
    void aLetterOfAScriptTheFontCannotDrawStillCounts() throws Exception {
        var r = PdfRendition.render(List.of(new PdfRendition.Section(null, CONTACT + "Navn: 张伟")));
        assertThat(r.unrenderable()).isEqualTo(2);
    }

    @Test
    void aTextMostlyInPrivateUseCharactersDoesNotReadAsWritingAndCounts() throws Exception {
        // A name typed in a legacy symbol font whose letters sit at U+F041.. comes out as private-use characters.
        String symbolFont = "\uF04D\uF065\uF074\uF074\uF065 \uF048\uF061\uF06E\uF073\uF065\uF06E";
        var r = PdfRendition.render(List.of(new PdfRendition.Section(null, symbolFont + "\nCV")));
        assertThat(r.unrenderable()).isEqualTo(11);
    }

    @Test
    void aDocumentWithIconContactLinesIsReleasedClean() {
        var known = new KnownPersonalData("Anna Holm", "anna@example.dk", "+45 26 11 90 44", null, null, null, null,
            null);
        RedactionResult r = TestEngine.get().redact(("Anna Holm\n" + CONTACT + "Erfaring som sygeplejerske.")
            .getBytes(StandardCharsets.UTF_8), "text/plain", known);
        assertThat(r.report().flags()).isEmpty();
        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
