package dk.rekrut.redaction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Small CV-like PDFs whose applicant's name, e-mail or phone sits in one hidden channel each: text a reader does not
 * see (white, invisible, clipped, outside the page, tiny, covered, in a layer that is off, in a soft mask), text the
 * viewer shows from another place than the page (annotations, form fields, bookmarks, page labels, metadata,
 * attachments, marked content, an earlier revision), and text whose glyphs are not its characters one to one (split
 * operators, kerning, reversed placement, Type 3 and fonts without a Unicode map).
 */
final class HiddenPdfs {

    static final String NAME = "Mette Hansen";
    static final String EMAIL = "mette.hansen@example.dk";
    static final String PHONE = "+45 12 34 56 78";
    static final String VISIBLE = "Projektleder i Region Hovedstaden siden 2019.";

    enum Channel {
        WHITE_TEXT, INVISIBLE_RENDER_MODE, OUTSIDE_CROP_BOX, OUTSIDE_MEDIA_BOX, CLIPPED_AWAY, TINY_TEXT, COVERED_BY_BOX,
        HIDDEN_LAYER, SOFT_MASK_GROUP, FORM_XOBJECT_TWICE, TYPE3_FONT, NO_TO_UNICODE, LYING_TO_UNICODE, LINK_AND_NOTE_ANNOTATIONS,
        FORM_FIELD_APPEARANCE, OUTLINE, PAGE_LABELS, INFO_AND_XMP, EMBEDDED_FILE, ACTUAL_TEXT, FIGURE_ALT_TEXT,
        SPLIT_OPERATORS, KERNED_TJ, SPLIT_TEXT_OBJECTS, REVERSED_GLYPHS, INCREMENTAL_UPDATE, ROTATED_SIDEBAR,
        ROTATED_PAGE, SPACED_LETTERS, ZERO_SCALING
    }

    private HiddenPdfs() {
    }

    static byte[] build(Channel c) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(helvetica, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(56, 760);
                for (String line : List.of("Curriculum Vitae", VISIBLE, "Erfaring med digitalisering og ledelse.")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            String f = "/" + page.getResources().getFontNames().iterator().next().getName();
            String raw = channel(c, doc, page, f);
            if (!raw.isEmpty()) {
                try (var cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                    cs.appendRawCommands(raw);
                }
            }
            doc.save(out);
            byte[] pdf = out.toByteArray();
            return switch (c) {
                case NO_TO_UNICODE -> toUnicode(pdf, false);
                case LYING_TO_UNICODE -> toUnicode(pdf, true);
                case INCREMENTAL_UPDATE -> updated(pdf);
                default -> pdf;
            };
        }
    }

    /** Content appended to the page, after whatever objects the channel adds to the document. */
    private static String channel(Channel c, PDDocument doc, PDPage page, String f) throws IOException {
        String name = "(" + NAME + ")";
        return switch (c) {
            case WHITE_TEXT -> "q 1 1 1 rg BT " + f + " 11 Tf 56 600 Td " + name + " Tj 0 -14 Td (" + EMAIL + ") Tj ET Q\n";
            case INVISIBLE_RENDER_MODE -> "BT 3 Tr " + f + " 11 Tf 56 600 Td " + name + " Tj 0 -14 Td (Tlf. " + PHONE + ") Tj ET\n";
            case OUTSIDE_CROP_BOX -> {
                page.setCropBox(new PDRectangle(0, 200, 595, 642));
                yield "BT " + f + " 11 Tf 56 100 Td " + name + " Tj 0 -14 Td (" + EMAIL + ") Tj ET\n";
            }
            case OUTSIDE_MEDIA_BOX -> "BT " + f + " 11 Tf -400 600 Td " + name + " Tj 0 1400 Td (" + EMAIL + ") Tj ET\n";
            case CLIPPED_AWAY -> "q 56 300 100 20 re W n BT " + f + " 11 Tf 56 600 Td " + name + " Tj ET Q\n";
            case TINY_TEXT -> "BT " + f + " 0.4 Tf 300 100 Td " + name + " Tj 0 -1 Td (" + EMAIL + ") Tj ET\n"
                + "BT " + f + " 11 Tf 1 Tz 56 500 Td " + name + " Tj ET\n";
            case COVERED_BY_BOX -> "BT " + f + " 11 Tf 56 600 Td " + name + " Tj ET q 1 1 1 rg 50 590 200 25 re f Q\n";
            case HIDDEN_LAYER -> hiddenLayer(doc, page, f);
            case SOFT_MASK_GROUP -> softMask(doc, page, f);
            case FORM_XOBJECT_TWICE -> formTwice(doc, page, f);
            case TYPE3_FONT -> {
                page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("T3"), Pdfs.boxType3Font(doc));
                yield "BT /T3 11 Tf 56 600 Td " + name + " Tj ET\n";
            }
            case NO_TO_UNICODE, LYING_TO_UNICODE -> {
                PDFont dejavu;
                try (InputStream ttf = HiddenPdfs.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
                    // Whole, as some generators embed it: the program keeps its own cmap, which tells what each glyph is.
                    dejavu = PDType0Font.load(doc, ttf, c == Channel.NO_TO_UNICODE);
                }
                try (var cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                    cs.beginText();
                    cs.setFont(dejavu, 11);
                    cs.newLineAtOffset(56, 600);
                    cs.showText(c == Channel.LYING_TO_UNICODE ? NAME : NAME + ", " + EMAIL);
                    cs.endText();
                }
                yield "";
            }
            case LINK_AND_NOTE_ANNOTATIONS -> annotations(page);
            case FORM_FIELD_APPEARANCE -> formField(doc, page);
            case OUTLINE -> {
                var outline = new PDDocumentOutline();
                var item = new PDOutlineItem();
                item.setTitle("CV – " + NAME);
                item.setDestination(page);
                outline.addLast(item);
                doc.getDocumentCatalog().setDocumentOutline(outline);
                yield "";
            }
            case PAGE_LABELS -> {
                var labels = new PDPageLabels(doc);
                var range = new PDPageLabelRange();
                range.setPrefix(NAME + " side ");
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                labels.setLabelItem(0, range);
                doc.getDocumentCatalog().setPageLabels(labels);
                yield "";
            }
            case INFO_AND_XMP -> {
                doc.getDocumentInformation().setAuthor(NAME);
                doc.getDocumentInformation().setTitle("Ansøgning – " + NAME + " – " + EMAIL);
                var xmp = new PDMetadata(doc);
                xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                    + NAME + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
                doc.getDocumentCatalog().setMetadata(xmp);
                yield "";
            }
            case EMBEDDED_FILE -> {
                var spec = new PDComplexFileSpecification();
                spec.setFile(NAME + " anbefaling.txt");
                var file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(
                    ("Anbefaling af " + NAME + ", tlf. " + PHONE).getBytes(StandardCharsets.UTF_8)));
                file.setSubtype("text/plain");
                spec.setEmbeddedFile(file);
                var tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of(NAME, spec));
                var names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
                yield "";
            }
            case ACTUAL_TEXT -> "/Span <</ActualText (" + NAME + ")>> BDC BT " + f + " 11 Tf 56 600 Td (Ansoeger) Tj ET EMC\n"
                + "/Span <</Alt (" + EMAIL + ") /E (" + NAME + ")>> BDC BT " + f + " 11 Tf 56 580 Td (Kontakt) Tj ET EMC\n";
            case FIGURE_ALT_TEXT -> "/Figure <</Alt (Foto af " + NAME + ")>> BDC q 0.5 g 56 500 80 80 re f Q EMC\n";
            case SPLIT_OPERATORS -> "BT " + f + " 11 Tf 56 600 Td (Met) Tj (te Han) Tj (sen) Tj ET\n"
                + "BT " + f + " 11 Tf 56 580 Td (mette.han) Tj (sen@exam) Tj (ple.dk) Tj ET\n";
            case KERNED_TJ -> "BT " + f + " 11 Tf 56 600 Td [(M) -20 (ette) 15 ( ) (Ha) -5 (nsen)] TJ ET\n"
                + "BT " + f + " 11 Tf 56 580 Td [(+45 1) 10 (2 34) -10 ( 56 78)] TJ ET\n";
            case SPLIT_TEXT_OBJECTS -> {
                float w = new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth("Mette Ha") / 1000 * 11;
                yield "BT " + f + " 11 Tf 56 600 Td (Mette Ha) Tj ET BT " + f + " 11 Tf " + (56 + w) + " 600 Td (nsen) Tj ET\n";
            }
            case REVERSED_GLYPHS -> reversed(f);
            case ROTATED_SIDEBAR -> "BT " + f + " 14 Tf 0 1 -1 0 30 300 Tm " + name + " Tj 0 -16 Td (" + EMAIL + ") Tj ET\n"
                + "BT " + f + " 9 Tf 0.7071 0.7071 -0.7071 0.7071 400 200 Tm (Tlf. " + PHONE + ") Tj ET\n";
            case ROTATED_PAGE -> {
                page.setRotation(90);
                yield "BT " + f + " 11 Tf 56 600 Td " + name + " Tj 0 -14 Td (" + EMAIL + ") Tj ET\n";
            }
            case SPACED_LETTERS -> "BT " + f + " 11 Tf 8 Tc 56 600 Td " + name + " Tj 0 -14 Td (" + EMAIL + ") Tj ET\n"
                + "BT " + f + " 11 Tf 40 Tw 56 560 Td (M e t t e   H a n s e n) Tj ET\n";
            case ZERO_SCALING -> "BT " + f + " 11 Tf 0 Tz 56 600 Td " + name + " Tj ET BT " + f + " 11 Tf -5 Tc 56 580 Td (" + EMAIL + ") Tj ET\n";
            case INCREMENTAL_UPDATE -> "BT " + f + " 11 Tf 56 600 Td " + name + " Tj 0 -14 Td (" + EMAIL + ") Tj ET\n";
        };
    }

    private static String hiddenLayer(PDDocument doc, PDPage page, String f) {
        var props = new PDOptionalContentProperties();
        var layer = new PDOptionalContentGroup("Kontakt");
        props.addGroup(layer);
        props.setGroupEnabled(layer, false);
        doc.getDocumentCatalog().setOCProperties(props);
        COSName key = page.getResources().add(layer);
        return "/OC /" + key.getName() + " BDC BT " + f + " 11 Tf 56 600 Td (" + NAME + ") Tj 0 -14 Td (" + EMAIL + ") Tj ET EMC\n";
    }

    private static String softMask(PDDocument doc, PDPage page, String f) throws IOException {
        var group = form(doc, page.getResources(), "BT " + f + " 40 Tf 56 600 Td (" + NAME + ") Tj ET");
        group.getCOSObject().setItem(COSName.GROUP, dict(COSName.S, COSName.TRANSPARENCY));
        var mask = new COSDictionary();
        mask.setItem(COSName.S, COSName.LUMINOSITY);
        mask.setItem(COSName.G, group.getCOSObject());
        var gs = new COSDictionary();
        gs.setItem(COSName.TYPE, COSName.EXT_G_STATE);
        gs.setItem(COSName.SMASK, mask);
        page.getResources().getCOSObject().setItem(COSName.EXT_G_STATE, dict(COSName.getPDFName("GSm"), gs));
        return "q /GSm gs 0 g 0 0 595 842 re f Q\n";
    }

    private static String formTwice(PDDocument doc, PDPage page, String f) throws IOException {
        var form = form(doc, page.getResources(), "BT " + f + " 11 Tf 0 0 Td (" + NAME + " | " + EMAIL + ") Tj ET");
        COSName key = page.getResources().add(form);
        return "q 1 0 0 1 56 600 cm /" + key.getName() + " Do Q q 1 0 0 1 56 60 cm /" + key.getName() + " Do Q\n";
    }

    private static PDFormXObject form(PDDocument doc, PDResources res, String content) throws IOException {
        var form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 595, 842));
        form.setResources(res);
        try (var os = form.getContentStream().createOutputStream()) {
            os.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return form;
    }

    private static String annotations(PDPage page) throws IOException {
        var link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(56, 600, 200, 14));
        var uri = new PDActionURI();
        uri.setURI("mailto:" + EMAIL);
        link.setAction(uri);
        link.setContents(NAME);
        var note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(300, 600, 20, 20));
        note.setContents("Ansøger: " + NAME + ", " + PHONE);
        note.setTitlePopup(NAME);
        var linkedin = new PDAnnotationLink();
        linkedin.setRectangle(new PDRectangle(56, 580, 200, 14));
        var profile = new PDActionURI();
        profile.setURI("https://www.linkedin.com/in/mette-hansen-1985");
        linkedin.setAction(profile);
        page.setAnnotations(List.of(link, note, linkedin));
        return "BT /F1 11 Tf 56 602 Td (Skriv til mig) Tj 0 -20 Td (Min profil) Tj ET\n".replace("/F1",
            "/" + page.getResources().getFontNames().iterator().next().getName());
    }

    private static String formField(PDDocument doc, PDPage page) throws IOException {
        var form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        var res = new PDResources();
        COSName helv = res.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(res);
        form.setDefaultAppearance("/" + helv.getName() + " 10 Tf 0 g");
        var field = new PDTextField(form);
        field.setPartialName("ansoeger");
        field.setAlternateFieldName(NAME);
        form.getFields().add(field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(56, 600, 250, 16));
        widget.setPage(page);
        page.setAnnotations(List.of(widget));
        field.setValue("Udfyldt");
        // The appearance a viewer draws shows the name, whatever the value says.
        var ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(250, 16));
        ap.setResources(res);
        try (var os = ap.getContentStream().createOutputStream()) {
            os.write(("BT /" + helv.getName() + " 10 Tf 2 4 Td (" + NAME + ", " + PHONE + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
        }
        var appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(ap);
        widget.setAppearance(appearance);
        return "";
    }

    /** Each glyph placed on its own, from the last to the first: the stream holds "nesnaH ettéM", the page "Mette Hansen". */
    private static String reversed(String f) throws IOException {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var sb = new StringBuilder("BT ").append(f).append(" 11 Tf\n");
        float[] x = new float[NAME.length() + 1];
        x[0] = 56;
        for (int i = 0; i < NAME.length(); i++) {
            x[i + 1] = x[i] + font.getStringWidth(NAME.substring(i, i + 1)) / 1000 * 11;
        }
        for (int i = NAME.length() - 1; i >= 0; i--) {
            sb.append("1 0 0 1 ").append(x[i]).append(" 600 Tm (").append(NAME.charAt(i)).append(") Tj\n");
        }
        return sb.append("ET\n").toString();
    }

    /**
     * The PDF saved, then its composite fonts' ToUnicode maps removed (as some generators write them) or replaced by one
     * that reads every letter and digit as the next one: the glyphs show "Mette Hansen", the text says "Nfuuf Ibotfo".
     */
    private static byte[] toUnicode(byte[] pdf, boolean lying) throws IOException {
        try (var doc = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSDictionary d
                    && COSName.TYPE0.equals(d.getCOSName(COSName.SUBTYPE))) {
                    if (lying) {
                        var font = (PDType0Font) org.apache.pdfbox.pdmodel.font.PDFontFactory.createFont(d);
                        var cmap = new COSStream();
                        try (var os = cmap.createOutputStream()) {
                            os.write(shiftedCMap(font).getBytes(StandardCharsets.US_ASCII));
                        }
                        d.setItem(COSName.TO_UNICODE, cmap);
                    } else {
                        d.removeItem(COSName.TO_UNICODE);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String shiftedCMap(PDType0Font font) {
        var entries = new ArrayList<String>();
        for (int code = 0; code < 0x10000; code++) {
            String u = font.toUnicode(code);
            if (u != null && u.length() == 1) {
                char ch = u.charAt(0);
                char lie = ch >= 'a' && ch < 'z' || ch >= 'A' && ch < 'Z' || ch >= '0' && ch < '9' ? (char) (ch + 1) : ch;
                entries.add(String.format("<%04X> <%04X>", code, (int) lie));
            }
        }
        var sb = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo"
            + " << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            List<String> block = entries.subList(i, Math.min(entries.size(), i + 100));
            sb.append(block.size()).append(" beginbfchar\n").append(String.join("\n", block)).append("\nendbfchar\n");
        }
        return sb.append("endcmap CMapName currentdict /CMap defineresource pop end end\n").toString();
    }

    /** An incremental update that replaces the page's content: the first revision, with the name, stays in the file. */
    private static byte[] updated(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            var content = new PDStream(doc);
            try (var os = content.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(("BT /" + page.getResources().getFontNames().iterator().next().getName() + " 11 Tf 56 760 Td (Curriculum Vitae) Tj"
                    + " 0 -15 Td (" + VISIBLE + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(content);
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentInformation().setModificationDate(Calendar.getInstance());
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary dict(COSName key, COSName value) {
        var d = new COSDictionary();
        d.setItem(key, value);
        return d;
    }

    private static COSDictionary dict(COSName key, COSDictionary value) {
        var d = new COSDictionary();
        d.setItem(key, value);
        return d;
    }
}
