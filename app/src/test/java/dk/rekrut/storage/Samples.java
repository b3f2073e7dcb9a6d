package dk.rekrut.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files made in the test with PDFBox, POI, java.util.zip and ImageIO: what applicants (and attackers) send. */
public final class Samples {

    private Samples() {
    }

    static byte[] pdf(String text) {
        return pdf(text, Protection.NONE, null);
    }

    enum Protection { NONE, USER_PASSWORD, OWNER_PASSWORD_ONLY }

    enum Action { JAVASCRIPT, LAUNCH }

    static byte[] pdf(String text, Protection protection, Action action) {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (action == Action.JAVASCRIPT) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hej');"));
            } else if (action == Action.LAUNCH) {
                var launch = new PDActionLaunch();
                launch.getCOSObject().setString(COSName.F, "cmd.exe");
                doc.getDocumentCatalog().setOpenAction(launch);
            }
            if (protection != Protection.NONE) {
                var policy = new StandardProtectionPolicy("owner-secret",
                    protection == Protection.USER_PASSWORD ? "user-secret" : "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX encrypted with a password, as Word saves it: an OLE compound file with EncryptionInfo. */
    static byte[] encryptedDocx(String text) {
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            var info = new EncryptionInfo(EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemmelig");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx(text));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX-looking zip whose document part inflates to {@code megabytes} of zeros (about 1/1000 compressed). */
    public static byte[] docxZipBomb(int megabytes) {
        return zip(out -> {
            put(out, "[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        });
    }

    /** A zip with a great many tiny entries: each harmless, together a denial of service. */
    static byte[] docxWithEntries(int count) {
        return zip(out -> {
            put(out, "[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
            put(out, "word/document.xml", "<w:document/>");
            for (int i = 0; i < count; i++) {
                put(out, "word/media/x" + i + ".xml", "x");
            }
        });
    }

    /** A DOCX with a macro project inside (what Word saves as .docm). */
    static byte[] docxWithMacros() {
        return zip(out -> {
            put(out, "[Content_Types].xml", contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml"));
            put(out, "word/document.xml", "<w:document/>");
            put(out, "word/vbaProject.bin", "Attribute VB_Name = \"x\"");
        });
    }

    static byte[] xlsxLike() {
        return zip(out -> {
            put(out, "[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
            put(out, "xl/workbook.xml", "<workbook/>");
        });
    }

    static byte[] odt() {
        return zip(out -> {
            var mimetype = new ZipEntry("mimetype");
            out.putNextEntry(mimetype);
            out.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            put(out, "META-INF/manifest.xml", "<manifest:manifest/>");
            put(out, "content.xml", "<office:document-content><office:body><office:text>Hej</office:text></office:body></office:document-content>");
        });
    }

    static byte[] odtZipBomb(int megabytes) {
        return zip(out -> {
            put(out, "mimetype", "application/vnd.oasis.opendocument.text");
            out.putNextEntry(new ZipEntry("content.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        });
    }

    static byte[] image(String format) {
        var img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                img.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x40);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String s, Charset charset) {
        return s.getBytes(charset);
    }

    /** The start of a Windows executable (DOS stub pointing at a PE header). */
    public static byte[] windowsExecutable() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static byte[] elfExecutable() {
        byte[] b = new byte[512];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, b, 0, 8);
        return b;
    }

    static byte[] machOExecutable() {
        byte[] b = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0, 0, 1}, 0, b, 0, 8);
        return b;
    }

    /** Random bytes of the given size that start like a PDF. */
    /**
     * The start of an ISO base media file (MP4; brand "qt  " makes it QuickTime): an ftyp box, then an mdat box
     * with {@code payload} bytes. Enough for content detection, which reads only the container header.
     */
    public static byte[] mp4(String brand, int payload) {
        var out = new ByteArrayOutputStream();
        byte[] b = brand.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(new byte[] {0, 0, 0, 20, 'f', 't', 'y', 'p'});
        out.writeBytes(b);
        out.writeBytes(new byte[] {0, 0, 2, 0});
        out.writeBytes(b);
        int size = 8 + payload;
        out.writeBytes(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size,
            'm', 'd', 'a', 't'});
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    /** The EBML header of a WebM file (doc type "webm"), followed by zero bytes. */
    static byte[] webm(int payload) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
            0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'});
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    public static byte[] oversized(int bytes) {
        byte[] b = new byte[bytes];
        new Random(7).nextBytes(b);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
        return b;
    }

    private interface ZipWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(ZipWriter writer) {
        try (var bytes = new ByteArrayOutputStream()) {
            try (var out = new ZipOutputStream(bytes)) {
                writer.write(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static String contentTypes(String main) {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/></Types>";
    }
}
