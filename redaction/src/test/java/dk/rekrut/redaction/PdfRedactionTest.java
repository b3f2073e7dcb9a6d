package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/** Issue 6, acceptance 3: a PDF with the name everywhere a PDF can hide it comes out with none of it. */
public class PdfRedactionTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "+45 12 34 56 78", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");

    @Test
    void theNameIsGoneFromBodyHeaderInfoXmpBookmarkAnnotationAttachmentAndPhotoAndTheRestStaysReadable() throws Exception {
        byte[] original = pdfWithTheNameEverywhere();
        assertThat(Pdfs.everything(original)).contains("Hansen"); // the test input really hides the name everywhere

        RedactionResult r = ENGINE.redact(original, "application/pdf", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.verification().clean()).isTrue();
        String all = Pdfs.everything(r.pdf());
        for (String personal : List.of("Mette", "Hansen", "METTE", "HANSEN", "mette.hansen", "12 34 56 78", "Nørrebrogade",
            "1985", "0303851234", "Fotograf Jens Holm")) {
            assertThat(all).as(personal).doesNotContain(personal);
        }
        String text = Pdfs.text(r.pdf());
        assertThat(text).contains("Projektleder i Region Hovedstaden", "erfaring med offentlig digitalisering", "[NAVN]",
            "[E-MAIL]", "[TELEFON]");
        assertThat(r.report().imagesRemoved()).isEqualTo(1);
        assertThat(r.report().partsDropped()).contains("document information (title, author, ...)", "XMP metadata", "attachments",
            "bookmarks", "annotations and links", "JavaScript and actions");
        assertThat(r.report().removals()).extracting(Removal::location).contains("page 1");
    }

    @Test
    void theOutputIsANewDocumentWithNothingButPagesOfText() throws Exception {
        RedactionResult r = ENGINE.redact(pdfWithTheNameEverywhere(), "application/pdf", KNOWN);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getNames()).isNull();
            assertThat(catalog.getDocumentOutline()).isNull();
            assertThat(catalog.getAcroForm()).isNull();
            assertThat(doc.getDocumentInformation().getCOSObject().size()).isZero();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
                assertThat(page.getResources().getXObjectNames()).isEmpty();
            }
        }
    }

    @Test
    void aScannedPageIsNotPassedThroughButFlaggedForManualHandling() throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, photo());
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 595, 842);
            }
            doc.save(out);
            RedactionResult r = ENGINE.redact(out.toByteArray(), "application/pdf", KNOWN);
            assertThat(r.status()).isEqualTo(RedactionStatus.NEEDS_REVIEW);
            assertThat(r.released()).isFalse();
            assertThat(r.report().flags()).anySatisfy(f -> assertThat(f).contains("page 1", "manual handling"));
            assertThat(Pdfs.everything(r.pdf())).doesNotContain("/Image");
        }
    }

    @Test
    void aPasswordProtectedPdfFailsWithAClearError() throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            page(doc, "Mette Hansen");
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(out);
            RedactionResult r = ENGINE.redact(out.toByteArray(), "application/pdf", KNOWN);
            assertThat(r.status()).isEqualTo(RedactionStatus.FAILED);
            assertThat(r.pdf()).isNull();
            assertThat(r.error()).contains("ENCRYPTED", "password");
        }
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadAndRegeneratedWithoutEncryption() throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            page(doc, "Mette Hansen er projektleder");
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            doc.save(out);
            RedactionResult r = ENGINE.redact(out.toByteArray(), "application/pdf", KNOWN);
            assertThat(r.pdf()).isNotNull();
            assertThat(Pdfs.text(r.pdf())).contains("[NAVN] er projektleder").doesNotContain("Hansen");
        }
    }

    @Test
    void aCorruptPdfFailsAndTooManyPagesAreRefusedInBoundedTime() throws Exception {
        RedactionResult corrupt = ENGINE.redact("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII),
            "application/pdf", KNOWN);
        assertThat(corrupt.status()).isEqualTo(RedactionStatus.FAILED);
        assertThat(corrupt.error()).contains("CORRUPT");

        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < Limits.MAX_PDF_PAGES + 1; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out);
            // Refused by the page limit before any page is read (the error says so); no wall-clock bound, which fails
            // on a loaded machine without proving more.
            RedactionResult big = ENGINE.redact(out.toByteArray(), "application/pdf", KNOWN);
            assertThat(big.status()).isEqualTo(RedactionStatus.FAILED);
            assertThat(big.error()).contains("TOO_LARGE", "pages");
        }
    }

    @Test
    void deeplyNestedObjectsEndWithAClearErrorNotACrash() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        String pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep " + nested + " >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
        RedactionResult r = ENGINE.redact(pdf.getBytes(StandardCharsets.US_ASCII), "application/pdf", KNOWN);
        assertThat(r.released()).isFalse();
        assertThat(r.status()).isIn(RedactionStatus.FAILED, RedactionStatus.NEEDS_REVIEW);
    }

    /** The name in the body, a header line, the document info, XMP, a bookmark, an annotation, an attachment and a photo. */
    public static byte[] pdfWithTheNameEverywhere() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var image = LosslessFactory.createFromImage(doc, photo());
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 450, 700, 90, 110);
                cs.beginText();
                cs.setFont(font, 9);
                cs.newLineAtOffset(56, 810);
                cs.showText("Mette Hansen - Curriculum Vitae - side 1");
                cs.endText();
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(56, 760);
                for (String line : List.of("METTE KIRSTINE HANSEN", "Nørrebrogade 12, 2. tv, 2200 København N",
                    "Tlf. +45 12 34 56 78 - mette.hansen@example.dk", "Født 3. marts 1985", "",
                    "Projektleder i Region Hovedstaden siden 2019, med 10 års",
                    "erfaring med offentlig digitalisering og forandringsledelse.", "",
                    "Med venlig hilsen", "Mette")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            var info = doc.getDocumentInformation();
            info.setAuthor("Mette Hansen");
            info.setTitle("CV Mette Kirstine Hansen");
            info.setCustomMetadataValue("Photographer", "Fotograf Jens Holm");
            info.setCreationDate(Calendar.getInstance());
            var xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>Mette Hansen</dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            var outline = new PDDocumentOutline();
            var item = new PDOutlineItem();
            item.setTitle("Mette Hansens erfaring");
            item.setDestination(page);
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            var note = new PDAnnotationText();
            note.setContents("Husk at ringe til Mette Hansen på 12345678");
            note.setRectangle(new PDRectangle(400, 400, 20, 20));
            page.getAnnotations().add(note);
            var file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(
                "Mette Hansen, mette.hansen@example.dk".getBytes(StandardCharsets.UTF_8)));
            var spec = new PDComplexFileSpecification();
            spec.setFile("mette-hansen.txt");
            spec.setEmbeddedFile(file);
            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("mette-hansen.txt", spec));
            var names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Mette Hansen');"));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void page(PDDocument doc, String text) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (var cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(56, 700);
            cs.showText(text);
            cs.endText();
        }
    }

    static BufferedImage photo() {
        var img = new BufferedImage(90, 110, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(200, 170, 150));
        g.fillOval(15, 10, 60, 80);
        g.dispose();
        return img;
    }
}
