package dk.rekrut.redaction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A font is handed out again only for objects with the same content, whatever document or object number they have. */
class ParsedFontsTest {

    @Test
    void anEmbeddedFontWithTheSameBytesInAnotherDocumentIsTheFontParsedBefore() throws Exception {
        byte[] input = embedded();
        var parsed = new ParsedFonts();
        try (PDDocument in = FontKeepingCache.keep(Loader.loadPDF(input), parsed);
             PDDocument copy = FontKeepingCache.keep(Loader.loadPDF(resaved(input, false)), parsed);
             PDDocument changed = FontKeepingCache.keep(Loader.loadPDF(resaved(input, true)), parsed)) {
            PDFont first = font(in);
            assertThat(font(copy)).isSameAs(first);
            // One entry of the Unicode map's dictionary differs: parsed anew.
            assertThat(font(changed)).isNotSameAs(first);
        }
        try (PDDocument one = FontKeepingCache.keep(Loader.loadPDF(input), new ParsedFonts());
             PDDocument other = FontKeepingCache.keep(Loader.loadPDF(input), new ParsedFonts())) {
            // Fonts with a stream are kept per redaction only, not per thread.
            assertThat(font(other)).isNotSameAs(font(one));
        }
    }

    @Test
    void theKeyCoversEveryObjectTheFontReaches() throws Exception {
        byte[] input = embedded();
        try (PDDocument a = Loader.loadPDF(input); PDDocument same = Loader.loadPDF(resaved(input, false));
             PDDocument changed = Loader.loadPDF(resaved(input, true))) {
            var key = ParsedFonts.key(dictionary(a));
            assertThat(key).isNotNull();
            assertThat(key.streams()).isTrue();
            assertThat(ParsedFonts.key(dictionary(same))).isEqualTo(key);
            assertThat(ParsedFonts.key(dictionary(changed))).isNotEqualTo(key);
        }
    }

    @Test
    void aStandardFontIsReusedAcrossDocumentsOnTheSameThread() throws Exception {
        byte[] one = standard(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument a = FontKeepingCache.keep(Loader.loadPDF(one));
             PDDocument b = FontKeepingCache.keep(Loader.loadPDF(one));
             PDDocument c = FontKeepingCache.keep(Loader.loadPDF(standard(Standard14Fonts.FontName.HELVETICA)))) {
            assertThat(font(b)).isSameAs(font(a));
            assertThat(font(c)).isNotSameAs(font(a));
            assertThat(font(c).getName()).isEqualTo("Helvetica");
        }
    }

    private static PDFont font(PDDocument doc) throws IOException {
        var res = doc.getPage(0).getResources();
        return res.getFont(res.getFontNames().iterator().next());
    }

    private static org.apache.pdfbox.cos.COSBase dictionary(PDDocument doc) throws IOException {
        var res = doc.getPage(0).getResources();
        return res.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(res.getFontNames().iterator().next());
    }

    /**
     * The same document saved again by PDFBox, compressed into object streams (other object numbers and layout of the
     * file); {@code change}: the Unicode map's dictionary gets one more entry.
     */
    private static byte[] resaved(byte[] pdf, boolean change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            if (change) {
                font(doc).getCOSObject().getCOSStream(COSName.TO_UNICODE).setInt(COSName.getPDFName("Rk"), 1);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] embedded() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
             InputStream ttf = ParsedFontsTest.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
            PDFont font = PDType0Font.load(doc, ttf, true);
            page(doc, font, "Mette Hansen");
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static byte[] standard(Standard14Fonts.FontName name) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            page(doc, new PDType1Font(name), "Mette Hansen");
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Adds an A4 page showing {@code text} in {@code font}, 12 pt. */
    static void page(PDDocument doc, PDFont font, String text) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (var cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(text);
            cs.endText();
        }
    }
}
