package dk.rekrut.redaction.render;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Pdfs;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attack: an applicant (who wants to be recognised, or who leaves identity in the file without knowing) puts the name
 * into a part of the PDF's structure rather than its visible text. Each channel gets its own document, whose page also
 * shows the name (so the engine knows it is a name on this page); the committee's rendition must not hold any part of
 * it, read as text, as every string, name and decoded stream of the file, and as UTF-16 (a TrueType name table).
 * Whether the layout was kept or not does not matter here: both renditions must be clean.
 */
class PdfStructureAttackTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "+45 12 34 56 78", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");
    private static final String NAME = "Mette Hansen";

    /** One way to carry the name outside the page's own text. */
    enum Channel {
        FONT_DICTIONARY_KEY, EMBEDDED_FONT_NAME, ICC_PROFILE, SEPARATION_COLOURANT, SHADING_KEY, GRAPHICS_STATE_KEY,
        MARKED_CONTENT_ALT, STRUCTURE_TREE, PAGE_LABELS, NAMED_DESTINATIONS, HIDDEN_LAYER, FORM_FIELD, IMAGE_XMP,
        FORM_XOBJECT_KEYS, TILING_PATTERN, TYPE3_FONT, CATALOG_AND_PAGE_KEYS
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void noPartOfTheNameSurvivesThroughTheDocumentsStructure(Channel channel) throws IOException {
        RedactionResult r = ENGINE.redact(pdfWith(channel), "application/pdf", KNOWN);

        assertThat(r.pdf()).as(r.status() + " " + r.withheld()).isNotNull();
        String all = Pdfs.everything(r.pdf()) + '\n' + fontProgramsAsUtf16(r.pdf());
        for (String part : List.of("Mette", "Hansen", "METTE", "HANSEN", "Kirstine")) {
            assertThat(all).as(channel + " (layout kept " + r.report().layoutKept() + ")").doesNotContain(part);
        }
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder i Region Hovedstaden");
    }

    /** Every decoded stream read as UTF-16BE, as a TrueType font's name table stores its Windows names. */
    private static String fontProgramsAsUtf16(byte[] pdf) throws IOException {
        var sb = new StringBuilder();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        byte[] b = in.readAllBytes();
                        sb.append(new String(b, StandardCharsets.UTF_16BE)).append('\n');
                        if (b.length > 1) {
                            sb.append(new String(b, 1, b.length - 1, StandardCharsets.UTF_16BE)).append('\n');
                        }
                    } catch (IOException ignored) {
                        // not decodable: nothing a reader could see either
                    }
                }
            }
        }
        return sb.toString();
    }

    static byte[] pdfWith(Channel channel) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = channel == Channel.EMBEDDED_FONT_NAME ? namedFont(doc) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(56, 760);
                for (String line : List.of("Curriculum Vitae", NAME, "Projektleder i Region Hovedstaden siden 2019.",
                    "Med venlig hilsen")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            var res = page.getResources().getCOSObject();
            COSDictionary fonts = res.getCOSDictionary(COSName.FONT);
            COSName fontName = fonts.keySet().iterator().next();
            if (channel == Channel.FONT_DICTIONARY_KEY) {
                COSDictionary f = fonts.getCOSDictionary(fontName);
                f.setString(COSName.getPDFName("Applicant"), NAME);
                f.setItem(COSName.getPDFName("Mette-Hansen"), COSBoolean.TRUE);
            }
            String extra = extra(channel, doc, page, res, fontName);
            if (!extra.isEmpty()) {
                try (var cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                    cs.appendRawCommands(extra);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String extra(Channel channel, PDDocument doc, PDPage page, COSDictionary res, COSName font)
        throws IOException {
        String f = "/" + font.getName();
        return switch (channel) {
            case ICC_PROFILE -> {
                byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
                var profile = stream(doc, concat(icc, (" " + NAME + " ").getBytes(StandardCharsets.ISO_8859_1)));
                profile.setInt(COSName.N, 3);
                profile.setString(COSName.getPDFName("Description"), NAME);
                sub(res, COSName.COLORSPACE).setItem("CS0", array(COSName.getPDFName("ICCBased"), profile));
                yield "/CS0 cs 0 0 1 sc 56 600 100 20 re f\n";
            }
            case SEPARATION_COLOURANT -> {
                sub(res, COSName.COLORSPACE).setItem("CS1", array(COSName.SEPARATION, COSName.getPDFName(NAME),
                    COSName.DEVICERGB, tint()));
                yield "/CS1 cs 1 scn 56 600 100 20 re f\n";
            }
            case SHADING_KEY -> {
                var sh = new COSDictionary();
                sh.setInt(COSName.SHADING_TYPE, 2);
                sh.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
                sh.setItem(COSName.COORDS, numbers(56, 600, 156, 600));
                sh.setItem(COSName.FUNCTION, tint());
                sh.setString(COSName.getPDFName("Creator"), NAME);
                sub(res, COSName.SHADING).setItem("Sh0", sh);
                yield "q 56 600 100 20 re W n /Sh0 sh Q\n";
            }
            case GRAPHICS_STATE_KEY -> {
                var gs = new COSDictionary();
                gs.setItem(COSName.CA, new COSFloat(0.5f));
                gs.setString(COSName.getPDFName("Applicant"), NAME);
                sub(res, COSName.EXT_G_STATE).setItem("GS0", gs);
                yield "q /GS0 gs 56 600 100 20 re f Q\n";
            }
            case MARKED_CONTENT_ALT -> {
                var props = new COSDictionary();
                props.setString(COSName.getPDFName("Alt"), NAME);
                props.setString(COSName.E, NAME);
                sub(res, COSName.PROPERTIES).setItem("MC0", props);
                yield "/Span <</Alt (" + NAME + ") /E (" + NAME + ") /Lang (da)>> BDC BT " + f
                    + " 11 Tf 56 600 Td (Erfaring) Tj ET EMC\n/P /MC0 BDC BT " + f + " 11 Tf 56 580 Td (Uddannelse) Tj ET EMC\n";
            }
            case STRUCTURE_TREE -> {
                var elem = new COSDictionary();
                elem.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
                elem.setItem(COSName.S, COSName.getPDFName("Figure"));
                elem.setString(COSName.getPDFName("Alt"), "Foto af " + NAME);
                elem.setString(COSName.T, NAME);
                elem.setString(COSName.E, NAME);
                elem.setString(COSName.getPDFName("ActualText"), NAME);
                elem.setItem(COSName.PG, page);
                elem.setInt(COSName.K, 0);
                var root = new COSDictionary();
                root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
                root.setItem(COSName.K, elem);
                elem.setItem(COSName.P, root);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
                var mark = new COSDictionary();
                mark.setBoolean(COSName.getPDFName("Marked"), true);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.MARK_INFO, mark);
                page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
                yield "/Figure <</MCID 0>> BDC 56 600 100 20 re f EMC\n";
            }
            case PAGE_LABELS -> {
                var label = new COSDictionary();
                label.setString(COSName.P, NAME + " side ");
                label.setItem(COSName.S, COSName.D);
                var labels = new COSDictionary();
                labels.setItem(COSName.NUMS, array(COSInteger.get(0), label));
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.PAGE_LABELS, labels);
                yield "";
            }
            case NAMED_DESTINATIONS -> {
                var dests = new COSDictionary();
                dests.setItem(COSName.getPDFName("Mette-Hansen"), array(page, COSName.getPDFName("Fit")));
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.DESTS, dests);
                var tree = new COSDictionary();
                tree.setItem(COSName.NAMES, array(new COSString(NAME), array(page, COSName.getPDFName("Fit"))));
                var names = new COSDictionary();
                names.setItem(COSName.DESTS, tree);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
                yield "";
            }
            case HIDDEN_LAYER -> {
                var ocg = new COSDictionary();
                ocg.setItem(COSName.TYPE, COSName.OCG);
                ocg.setString(COSName.NAME, NAME);
                var d = new COSDictionary();
                d.setItem(COSName.OFF, array(ocg));
                d.setString(COSName.NAME, NAME);
                var ocp = new COSDictionary();
                ocp.setItem(COSName.OCGS, array(ocg));
                ocp.setItem(COSName.D, d);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.OCPROPERTIES, ocp);
                sub(res, COSName.PROPERTIES).setItem("oc1", ocg);
                yield "/OC /oc1 BDC BT " + f + " 11 Tf 56 600 Td (" + NAME + ") Tj ET EMC\n";
            }
            case FORM_FIELD -> {
                var form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
                form.setDefaultResources(new org.apache.pdfbox.pdmodel.PDResources());
                form.getDefaultResources().put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                form.setDefaultAppearance("/Helv 10 Tf 0 g");
                var field = new PDTextField(form);
                field.setPartialName(NAME);
                field.setAlternateFieldName(NAME);
                PDAnnotationWidget w = field.getWidgets().get(0);
                w.setRectangle(new PDRectangle(56, 560, 200, 20));
                w.setPage(page);
                page.getAnnotations().add(w);
                form.getFields().add(field);
                field.setValue(NAME);
                yield "";
            }
            case IMAGE_XMP -> {
                var image = LosslessFactory.createFromImage(doc, new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
                image.getCOSObject().setItem(COSName.METADATA, xmp(doc));
                image.getCOSObject().setString(COSName.getPDFName("Applicant"), NAME);
                sub(res, COSName.XOBJECT).setItem("Im0", image);
                yield "q 40 0 0 40 56 560 cm /Im0 Do Q\n";
            }
            case FORM_XOBJECT_KEYS -> {
                var form = stream(doc, ("BT " + f + " 11 Tf 0 0 Td (Erfaring) Tj ET").getBytes(StandardCharsets.ISO_8859_1));
                form.setItem(COSName.TYPE, COSName.XOBJECT);
                form.setItem(COSName.SUBTYPE, COSName.FORM);
                form.setItem(COSName.BBOX, numbers(0, 0, 200, 20));
                form.setItem(COSName.METADATA, xmp(doc));
                form.setString(COSName.getPDFName("Applicant"), NAME);
                var formRes = new COSDictionary();
                formRes.setItem(COSName.FONT, res.getCOSDictionary(COSName.FONT));
                form.setItem(COSName.RESOURCES, formRes);
                sub(res, COSName.XOBJECT).setItem("Fm0", form);
                yield "q 1 0 0 1 56 600 cm /Fm0 Do Q\n";
            }
            case TILING_PATTERN -> {
                var cell = stream(doc, ("BT " + f + " 6 Tf 0 2 Td (" + NAME + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
                cell.setItem(COSName.TYPE, COSName.PATTERN);
                cell.setInt(COSName.PATTERN_TYPE, 1);
                cell.setInt(COSName.PAINT_TYPE, 1);
                cell.setInt(COSName.TILING_TYPE, 1);
                cell.setItem(COSName.BBOX, numbers(0, 0, 60, 10));
                cell.setInt(COSName.X_STEP, 60);
                cell.setInt(COSName.Y_STEP, 10);
                var cellRes = new COSDictionary();
                cellRes.setItem(COSName.FONT, res.getCOSDictionary(COSName.FONT));
                cell.setItem(COSName.RESOURCES, cellRes);
                sub(res, COSName.PATTERN).setItem("P0", cell);
                yield "/Pattern cs /P0 scn 56 560 300 40 re f\n";
            }
            case TYPE3_FONT -> {
                var glyph = stream(doc, "500 0 0 0 500 700 d1 0 0 500 700 re f".getBytes(StandardCharsets.ISO_8859_1));
                var procs = new COSDictionary();
                procs.setItem(COSName.getPDFName("MetteHansen"), glyph);
                var enc = new COSDictionary();
                enc.setItem(COSName.DIFFERENCES, array(COSInteger.get(65), COSName.getPDFName("MetteHansen")));
                var t3 = new COSDictionary();
                t3.setItem(COSName.TYPE, COSName.FONT);
                t3.setItem(COSName.SUBTYPE, COSName.TYPE3);
                t3.setItem(COSName.NAME, COSName.getPDFName("Mette-Hansen"));
                t3.setItem(COSName.FONT_BBOX, numbers(0, 0, 500, 700));
                t3.setItem(COSName.FONT_MATRIX, array(new COSFloat(0.001f), COSInteger.ZERO, COSInteger.ZERO,
                    new COSFloat(0.001f), COSInteger.ZERO, COSInteger.ZERO));
                t3.setItem(COSName.CHAR_PROCS, procs);
                t3.setItem(COSName.ENCODING, enc);
                t3.setInt(COSName.FIRST_CHAR, 65);
                t3.setInt(COSName.LAST_CHAR, 65);
                t3.setItem(COSName.WIDTHS, array(COSInteger.get(500)));
                res.getCOSDictionary(COSName.FONT).setItem("T3", t3);
                yield "BT /T3 12 Tf 56 600 Td (A) Tj ET\n";
            }
            case CATALOG_AND_PAGE_KEYS -> {
                var catalog = doc.getDocumentCatalog().getCOSObject();
                catalog.setString(COSName.getPDFName("Applicant"), NAME);
                catalog.setString(COSName.LANG, NAME);
                var viewer = new COSDictionary();
                viewer.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
                catalog.setItem(COSName.VIEWER_PREFERENCES, viewer);
                page.getCOSObject().setString(COSName.getPDFName("Applicant"), NAME);
                page.getCOSObject().setItem(COSName.METADATA, xmp(doc));
                yield "";
            }
            default -> "";
        };
    }

    /** DejaVu Sans, embedded as a subset, renamed after the applicant (the name a PDF viewer lists under Fonts). */
    private static PDFont namedFont(PDDocument doc) throws IOException {
        try (InputStream in = PdfStructureAttackTest.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(doc, in, false);
            COSName named = COSName.getPDFName("ABCDEF+Mette-Hansen");
            font.getCOSObject().setItem(COSName.BASE_FONT, named);
            COSDictionary descendant = (COSDictionary) ((COSArray) font.getCOSObject()
                .getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            descendant.setItem(COSName.BASE_FONT, named);
            COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
            descriptor.setItem(COSName.FONT_NAME, named);
            descriptor.setString(COSName.FONT_FAMILY, NAME);
            return font;
        }
    }

    private static COSStream xmp(PDDocument doc) throws IOException {
        var s = stream(doc, ("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>" + NAME
            + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        s.setItem(COSName.TYPE, COSName.METADATA);
        s.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        return s;
    }

    private static COSDictionary tint() {
        var fn = new COSDictionary();
        fn.setInt(COSName.FUNCTION_TYPE, 2);
        fn.setItem(COSName.DOMAIN, numbers(0, 1));
        fn.setItem(COSName.C0, numbers(1, 1, 1));
        fn.setItem(COSName.C1, numbers(0, 0, 0));
        fn.setInt(COSName.N, 1);
        return fn;
    }

    private static COSStream stream(PDDocument doc, byte[] data) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(data);
        }
        return s;
    }

    private static COSDictionary sub(COSDictionary res, COSName key) {
        COSDictionary d = res.getCOSDictionary(key);
        if (d == null) {
            d = new COSDictionary();
            res.setItem(key, d);
        }
        return d;
    }

    private static COSArray array(COSBase... items) {
        var a = new COSArray();
        for (COSBase b : items) {
            a.add(b);
        }
        return a;
    }

    private static COSArray array(PDPage page, COSBase second) {
        return array(page.getCOSObject(), second);
    }

    private static COSArray numbers(int... values) {
        var a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
