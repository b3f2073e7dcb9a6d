package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.util.Units;
import org.junit.jupiter.api.Test;

/** DOCX, ODT and RTF: text from every part is redacted into a fresh PDF; properties, comments' authors and images never come along. */
class OfficeRedactionTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Yusuf Demir", "yusuf.demir@example.com", "22 33 44 55",
        null, null, null, null, null);
    private static final List<String> PERSONAL = List.of("Yusuf", "Demir", "YUSUF", "yusuf.demir", "22334455", "22 33 44 55");

    @Test
    void docxBodyHeaderFooterFootnoteCommentTrackedChangePropertiesAndPhoto() throws Exception {
        byte[] docx;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createHeaderFooterPolicy();
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Ansøgning fra Yusuf Demir");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("yusuf.demir@example.com · 22 33 44 55");
            var p = doc.createParagraph();
            p.createRun().setText("Jeg søger stillingen som IT-arkitekt i Aarhus Kommune. ");
            p.createRun().setText("Jeg har 8 års erfaring med integrationer.");
            var photoRun = doc.createParagraph().createRun();
            var png = new ByteArrayOutputStream();
            ImageIO.write(PdfRedactionTest.photo(), "png", png);
            photoRun.addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "yusuf.png",
                Units.toEMU(60), Units.toEMU(75));
            // A tracked deletion still holds what the applicant wrote.
            var tracked = doc.createParagraph();
            tracked.createRun().setText("Kontakt: ");
            var del = tracked.getCTP().addNewDel();
            del.setAuthor("Yusuf Demir");
            del.setId(BigInteger.ONE);
            del.addNewR().addNewDelText().setStringValue("DEMIR 22334455");
            var footnotes = doc.createFootnotes();
            var note = footnotes.createFootnote();
            note.createParagraph().createRun().setText("Reference: Yusuf Demirs tidligere leder.");
            var comments = doc.createComments();
            var comment = comments.createComment(BigInteger.TWO);
            comment.setAuthor("Yusuf Demir");
            comment.createParagraph().createRun().setText("Husk at nævne Yusuf igen");
            var signature = doc.createParagraph();
            signature.createRun().setText("Med venlig hilsen");
            signature.createRun().addBreak();
            signature.createRun().setText("Yusuf");
            doc.getProperties().getCoreProperties().setCreator("Yusuf Demir");
            doc.getProperties().getCoreProperties().setTitle("Ansøgning Yusuf Demir");
            doc.getProperties().getCustomProperties().addProperty("Ansøger", "Yusuf Demir");
            doc.write(out);
            docx = out.toByteArray();
        }
        RedactionResult r = ENGINE.redact(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.extractedText()).contains("Ansøgning fra Yusuf Demir", "DEMIR 22334455", "Reference: Yusuf Demirs",
            "Husk at nævne Yusuf igen");
        String all = Pdfs.everything(r.pdf());
        for (String v : PERSONAL) {
            assertThat(all).as(v).doesNotContain(v);
        }
        assertThat(Pdfs.text(r.pdf())).contains("IT-arkitekt i Aarhus Kommune", "8 års erfaring", "Sidehoved", "Sidefod");
        assertThat(r.report().imagesRemoved()).isEqualTo(1);
        assertThat(r.report().partsDropped()).contains("document properties (author, title, custom properties)", "images");
        assertThat(r.report().removals()).extracting(Removal::location).contains("header", "footer", "body", "footnotes", "comments");
    }

    @Test
    void odtBodyHeaderAnnotationTrackedChangeMetaAndPicture() throws Exception {
        String content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">
             <office:body><office:text>
              <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
               <office:change-info><dc:creator>Yusuf Demir</dc:creator></office:change-info>
               <text:p>Slettet: tlf. 22 33 44 55</text:p></text:deletion></text:changed-region></text:tracked-changes>
              <text:h>Ansøgning</text:h>
              <text:p>Jeg<text:s/>hedder Yusuf<text:s text:c="2"/>Demir og søger jobbet som data<text:tab/>analytiker.
               <office:annotation><dc:creator>Yusuf Demir</dc:creator><text:p>Note til Yusuf</text:p></office:annotation></text:p>
              <text:p><draw:frame><draw:image xlink:href="Pictures/foto.png"/></draw:frame></text:p>
              <text:p>Skriv til yusuf.demir@example.com</text:p>
             </office:text></office:body></office:document-content>
            """;
        String styles = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
             <office:master-styles><style:master-page style:name="Standard">
              <style:header><text:p>Yusuf Demir – ansøgning</text:p></style:header>
             </style:master-page></office:master-styles></office:document-styles>
            """;
        String meta = "<office:document-meta xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            + "xmlns:meta='urn:oasis:names:tc:opendocument:xmlns:meta:1.0'><office:meta><meta:initial-creator>Yusuf Demir"
            + "</meta:initial-creator></office:meta></office:document-meta>";
        byte[] odt = zip(List.of(
            new String[] {"mimetype", "application/vnd.oasis.opendocument.text"},
            new String[] {"content.xml", content.strip()},
            new String[] {"styles.xml", styles.strip()},
            new String[] {"meta.xml", meta},
            new String[] {"Pictures/foto.png", "not really a png, but it is never read"},
            new String[] {"META-INF/manifest.xml", "<manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0'/>"}));

        RedactionResult r = ENGINE.redact(odt, "application/vnd.oasis.opendocument.text", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.extractedText()).contains("Jeg hedder Yusuf  Demir", "data\tanalytiker", "Note til Yusuf", "Slettet: tlf. 22 33 44 55",
            "Yusuf Demir – ansøgning").doesNotContain("initial-creator");
        String all = Pdfs.everything(r.pdf());
        for (String v : PERSONAL) {
            assertThat(all).as(v).doesNotContain(v);
        }
        assertThat(Pdfs.text(r.pdf())).contains("Ansøgning", "søger jobbet som data");
        assertThat(r.report().imagesRemoved()).isEqualTo(1);
        assertThat(r.report().partsDropped()).contains("document properties (author, title, ...)");
    }

    @Test
    void anEncryptedOdtIsRefused() throws Exception {
        byte[] odt = zip(List.of(new String[] {"mimetype", "application/vnd.oasis.opendocument.text"},
            new String[] {"content.xml", "garbled"},
            new String[] {"META-INF/manifest.xml", "<manifest:manifest><manifest:encryption-data/></manifest:manifest>"}));
        RedactionResult r = ENGINE.redact(odt, "application/vnd.oasis.opendocument.text", KNOWN);
        assertThat(r.status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(r.error()).contains("ENCRYPTED");
    }

    @Test
    void rtfTextHeaderAndCommentsButNotInfoPicturesOrLinkTargets() {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}"
            + "{\\info{\\author Yusuf Demir}{\\title Ans\\'f8gning}}"
            + "{\\header\\pard Yusuf Demir \\endash  CV\\par}"
            + "\\pard Jeg har arbejdet med l\\'f8n og personale i \\u248?konomiafdelingen.\\par "
            + "{\\field{\\*\\fldinst HYPERLINK \"mailto:yusuf.demir@example.com\"}{\\fldrslt Skriv til mig}}\\par "
            + "{\\*\\annotation Husk Yusufs telefon 22 33 44 55}"
            + "{\\pict\\pngblip 89504e470d0a1a0a}"
            + "Med venlig hilsen\\line Yusuf Demir\\par}";
        RedactionResult r = ENGINE.redact(rtf.getBytes(StandardCharsets.ISO_8859_1), "application/rtf", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.extractedText()).contains("Yusuf Demir – CV", "løn og personale i økonomiafdelingen", "Skriv til mig")
            .doesNotContain("Arial", "Ansøgning", "mailto", "89504e");
        String all = Pdfs.everything(r.pdf());
        for (String v : PERSONAL) {
            assertThat(all).as(v).doesNotContain(v);
        }
        assertThat(Pdfs.text(r.pdf())).contains("løn og personale i økonomiafdelingen");
        assertThat(r.report().imagesRemoved()).isEqualTo(1);
    }

    @Test
    void aDeeplyNestedRtfAndADocxZipBombEndWithAClearError() throws Exception {
        String deep = "{\\rtf1 " + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}";
        RedactionResult nested = ENGINE.redact(deep.getBytes(StandardCharsets.US_ASCII), "application/rtf", KNOWN);
        assertThat(nested.status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(nested.error()).contains("nested");

        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 220; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1_000_000);
        // The limit, not the clock, is what the test proves: a wall-clock bound failed on a loaded CI machine.
        RedactionResult bomb = ENGINE.redact(out.toByteArray(), null, KNOWN);
        assertThat(bomb.status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(bomb.error()).contains("TOO_LARGE", "zip bomb");
    }

    @Test
    void legacyOrPasswordProtectedOfficeFilesAndImagesAreRefusedNotGuessed() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(ENGINE.redact(ole, "application/msword", KNOWN).error()).contains("UNSUPPORTED", "password");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        RedactionResult photo = ENGINE.redact(jpeg, "image/jpeg", KNOWN);
        assertThat(photo.status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(photo.error()).contains("manual handling");
        assertThat(ENGINE.redact(new byte[] {1, 2, 0, 4}, "application/octet-stream", KNOWN).status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(ENGINE.redact(new byte[0], "text/plain", KNOWN).status()).isEqualTo(RedactionStatus.FAILED);
    }

    static byte[] zip(List<String[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
