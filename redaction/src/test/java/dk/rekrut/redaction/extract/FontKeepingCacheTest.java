package dk.rekrut.redaction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/** PDFBox's text stripper drops each page's fonts from the cache; with {@link FontKeepingCache} a font is parsed once. */
class FontKeepingCacheTest {

    @Test
    void aFontSharedByPagesAndWalksIsParsedOncePerDocument() throws Exception {
        byte[] pdf = threePagesInOneFont();
        try (PDDocument plain = Loader.loadPDF(pdf)) {
            // Without it (PDFBox's default), each page gets a new instance: the font is parsed again on every page.
            assertThat(fontsUsed(plain)).hasSize(3);
        }
        try (PDDocument kept = FontKeepingCache.keep(Loader.loadPDF(pdf))) {
            Set<PDFont> first = fontsUsed(kept);
            assertThat(first).hasSize(1);
            assertThat(fontsUsed(kept)).isEqualTo(first);
            assertThat(first).contains(kept.getPage(2).getResources().getFont(COSName.getPDFName("F1")));
        }
    }

    /** The font instances a text stripper draws with, over all pages. */
    private static Set<PDFont> fontsUsed(PDDocument doc) throws IOException {
        Set<PDFont> used = Collections.newSetFromMap(new IdentityHashMap<>());
        new PDFTextStripper() {
            @Override
            protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
                used.add(font);
                super.showGlyph(trm, font, code, displacement);
            }
        }.getText(doc);
        return used;
    }

    private static byte[] threePagesInOneFont() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 3; p++) {
                ParsedFontsTest.page(doc, font, "Side " + p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
