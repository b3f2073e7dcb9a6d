package dk.rekrut.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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
                var random = new java.util.Random(42);
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
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX-looking zip whose document part inflates to far more than any real application. */
    public static byte[] docxZipBomb() {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) { // 300 MB of zeros compress to about 300 KB
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file that starts like a PDF and is larger than any file the form takes. */
    static byte[] oversized(int bytes) {
        byte[] b = new byte[bytes];
        new java.util.Random(7).nextBytes(b);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, b, 0, 9);
        return b;
    }

    /** The start of a Windows executable, named and sent as if it were a PDF. */
    static byte[] executable() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    /** The container header of an MP4 video (ftyp + mdat boxes) with {@code payload} zero bytes of "video". */
    public static byte[] mp4(int payload) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
        int size = 8 + payload;
        out.writeBytes(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size,
            'm', 'd', 'a', 't'});
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    /** Helvetica where it can show the text; otherwise PDFBox's own Liberation Sans, for names such as Wiśniewska. */
    private static org.apache.pdfbox.pdmodel.font.PDFont font(PDDocument doc, String text) throws IOException {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try {
            helvetica.encode(text);
            return helvetica;
        } catch (IllegalArgumentException e) {
            try (var ttf = TestDocuments.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                return org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, ttf);
            }
        }
    }
}
