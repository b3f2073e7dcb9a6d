package dk.rekrut.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import dk.rekrut.storage.Samples;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real documents made in the test, so uploads are checked against what applicants actually send. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, 0, false);
    }

    /** A PDF with text, padded to at least {@code minBytes} (for size limits and load tests). */
    public static byte[] pdf(String text, int minBytes, boolean encrypted) {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font(doc, text), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (minBytes > 0) {
                // Incompressible filler in the document's metadata keeps the file a valid PDF of the wanted size.
                var random = new Random(42);
                var sb = new StringBuilder();
                while (sb.length() < minBytes) {
                    sb.append(Long.toHexString(random.nextLong()));
                }
                doc.getDocumentInformation().setCustomMetadataValue("Padding", sb.toString());
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] docx(String text) {
        return Samples.docx(text);
    }

    /** A DOCX-looking zip whose document part inflates to far more than any real application. */
    public static byte[] docxZipBomb() {
        return Samples.docxZipBomb(300); // 300 MB of zeros compress to about 300 KB
    }

    /** A file that starts like a PDF and is larger than any file the form takes. */
    static byte[] oversized(int bytes) {
        return Samples.oversized(bytes);
    }

    /** The start of a Windows executable, named and sent as if it were a PDF. */
    static byte[] executable() {
        return Samples.windowsExecutable();
    }

    /** The container header of an MP4 video (ftyp + mdat boxes) with {@code payload} zero bytes of "video". */
    public static byte[] mp4(int payload) {
        return Samples.mp4("isom", payload);
    }

    /** Helvetica where it can show the text; otherwise PDFBox's own Liberation Sans, for names such as Wiśniewska. */
    private static PDFont font(PDDocument doc, String text) throws IOException {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try {
            helvetica.encode(text);
            return helvetica;
        } catch (IllegalArgumentException e) {
            try (var ttf = TestDocuments.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                return PDType0Font.load(doc, ttf);
            }
        }
    }
}
