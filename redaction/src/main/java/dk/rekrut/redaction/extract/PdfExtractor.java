package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * PDF: the text of each page as PDFBox extracts it (which includes text hidden in white, behind images or outside
 * the page: it is redacted like the rest), plus the values of form fields. Nothing else of the file is carried over:
 * the rendition is a new document, so metadata, XMP, attachments, JavaScript, annotations, bookmarks, thumbnails,
 * fonts and images cannot survive. A page that has images but (almost) no text is a scan: it is flagged for manual
 * handling, since its content cannot be verified.
 */
final class PdfExtractor {

    /** Fewer visible characters than this on a page with an image means the page is a picture of text. */
    private static final int SCAN_TEXT_THRESHOLD = 20;

    private PdfExtractor() {
    }

    static Extraction extract(byte[] bytes) throws DocumentException {
        var out = new Extraction.Builder("application/pdf");
        PDDocument doc = null;
        boolean kept = false;
        // The fonts parsed here, found again by digest when the verification reads the output's copies of them.
        var fonts = new ParsedFonts();
        try {
            doc = FontKeepingCache.keep(Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                IOUtils.createMemoryOnlyStreamCache()), fonts);
            int pages = doc.getNumberOfPages();
            if (pages > Limits.MAX_PDF_PAGES) {
                throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                    "PDF has " + pages + " pages; at most " + Limits.MAX_PDF_PAGES + " are redacted automatically");
            }
            if (doc.isEncrypted()) {
                // Opened with the empty user password (only the owner's rights are restricted): the text is readable and
                // nothing of the file is carried over, so it is redacted like any other; the report says so.
                out.dropped("encryption (empty user password; the rendition is a new, unencrypted file)");
            }
            listDroppedParts(doc, out);
            // PDFBox's text stripper, with its duplicate-glyph suppression done faster (see OverlapStripper).
            // It also records where each character was drawn, for the layout-keeping rendition (PdfLayoutRendition).
            var stripper = new PdfGlyphMap.Recorder();
            stripper.setLineSeparator("\n");
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                stripper.pageDone(text);
                PDPage page = doc.getPage(p - 1);
                int images = countImages(page.getResources(), new HashSet<>(), 0);
                out.images(images);
                int visible = visible(text);
                if (images > 0 && visible < SCAN_TEXT_THRESHOLD) {
                    out.flag("page " + p + " is an image without text (a scan?): removed, needs manual handling");
                }
                if (unreadable(text)) {
                    out.flag("page " + p + " has text in fonts without a Unicode map: check the rendition by hand");
                }
                out.block("page " + p, text);
            }
            formFields(doc, out);
            if (!doc.isEncrypted()) {
                // Kept open for the layout-keeping rewrite; the extraction's owner closes it.
                out.glyphs(new PdfGlyphMap(doc, stripper.pages(), fonts));
                kept = true;
            }
        } catch (InvalidPasswordException e) {
            throw new DocumentException(DocumentException.Kind.ENCRYPTED, "the PDF is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the PDF cannot be read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the PDF is nested too deeply to be read");
        } finally {
            if (!kept && doc != null) {
                try {
                    doc.close();
                } catch (IOException e) {
                    // Memory only: nothing to release.
                }
            }
        }
        return out.build();
    }

    private static void listDroppedParts(PDDocument doc, Extraction.Builder out) {
        var catalog = doc.getDocumentCatalog();
        if (!doc.getDocumentInformation().getCOSObject().keySet().isEmpty()) {
            out.dropped("document information (title, author, ...)");
        }
        if (catalog.getMetadata() != null) {
            out.dropped("XMP metadata");
        }
        var names = catalog.getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            out.dropped("attachments");
        }
        if (names != null && names.getJavaScript() != null || catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)
            || catalog.getCOSObject().containsKey(COSName.AA)) {
            out.dropped("JavaScript and actions");
        }
        if (catalog.getDocumentOutline() != null) {
            out.dropped("bookmarks");
        }
        if (catalog.getAcroForm() != null) {
            out.dropped("form fields (their values are redacted as text)");
        }
        for (PDPage page : doc.getPages()) {
            if (page.getCOSObject().containsKey(COSName.ANNOTS)) {
                out.dropped("annotations and links");
            }
            if (page.getCOSObject().containsKey(COSName.getPDFName("Thumb"))) {
                out.dropped("thumbnails");
            }
        }
        if (catalog.getCOSObject().containsKey(COSName.PAGE_LABELS)) {
            out.dropped("page labels");
        }
        if (catalog.getCOSObject().containsKey(COSName.OCPROPERTIES)) {
            // The text of every layer, shown or not, is read and redacted; the rendition has no layers to hide it.
            out.dropped("optional content (layers)");
        }
        if (catalog.getCOSObject().containsKey(COSName.STRUCT_TREE_ROOT)) {
            out.dropped("structure tree (tags and alternative text)");
        }
    }

    /** Form-field values are content the applicant typed; they are redacted and shown as text. */
    private static void formFields(PDDocument doc, Extraction.Builder out) throws DocumentException {
        var form = doc.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return;
        }
        var sb = new StringBuilder();
        int n = 0;
        for (PDField field : form.getFieldTree()) {
            if (++n > 10_000) {
                break;
            }
            String v = field.getValueAsString();
            if (v != null && !v.isBlank() && !v.equals("Off")) {
                sb.append(v).append('\n');
            }
        }
        out.block("form fields", sb.toString());
    }

    /** Images in a page's resources, including those inside form XObjects; shared objects are counted once. */
    private static int countImages(PDResources resources, Set<COSBase> seen, int depth) throws IOException {
        if (resources == null || depth > 20) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x == null || !seen.add(x.getCOSObject())) {
                continue;
            }
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += countImages(form.getResources(), seen, depth + 1);
            }
        }
        return n;
    }

    /** Characters that are not white space, as {@code \\s} counts it (space, tab, line breaks, form feed). */
    private static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                n++;
            }
        }
        return n;
    }

    /** Text drawn with fonts that have no Unicode map comes out as replacement or private-use characters. */
    private static boolean unreadable(String text) {
        int bad = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                bad++;
            } else if (!Character.isWhitespace(c)) {
                letters++;
            }
        }
        return bad > 5 && bad * 10 > letters;
    }
}
