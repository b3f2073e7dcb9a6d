package dk.rekrut.redaction.verify;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import dk.rekrut.redaction.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The check of a layout-keeping rendition ({@link Verifier#verifyLayout}) reads the output's bytes in one walk of its
 * content streams, which gives both texts it searches: the strings in the order they are drawn, and the glyphs placed
 * on the page as a reader copies them. Each leak class below is an output the rewriter must never write; each must be
 * found. Text is written as hex strings where the point is the reading, so that the search of the raw bytes cannot be
 * what finds it.
 */
class VerifierLayoutReadingTest {

    private static final KnownPersonalData LARS = new KnownPersonalData("Lars Pedersen", null, null, null, null, null,
        null, null);
    private static final String NAME = hex("Lars Pedersen");

    @Test
    void hiddenTextIsFoundWhateverHidesIt() throws Exception {
        for (String content : List.of(
            "1 g BT /F1 12 Tf 72 700 Td " + NAME + " Tj ET\n",                        // white on white
            "BT 3 Tr /F1 12 Tf 72 700 Td " + NAME + " Tj ET\n",                       // invisible rendering mode
            "BT /F1 12 Tf -900 -900 Td " + NAME + " Tj ET\n",                         // outside the page
            "BT /F1 12 Tf 72 700 Td " + NAME + " Tj ET 0 g 60 690 200 30 re f\n",     // under a box
            "BT /F1 0.1 Tf 72 700 Td " + NAME + " Tj ET\n",                           // too small to see
            "BT /F1 12 Tf 72 700 Td [" + hex("Lars") + " -300 " + hex("Pedersen") + "] TJ ET\n")) { // kerned apart
            assertThat(findings(page(content))).as(content).anyMatch(f -> f.startsWith("known value left"));
        }
    }

    @Test
    void textDrawnOverOtherTextIsFoundInDrawingOrder() throws Exception {
        // White name over a visible word at the same place: placed by position, the letters interleave.
        byte[] pdf = page("BT /F1 12 Tf 72 700 Td " + hex("Udviklingschefer") + " Tj ET\n"
            + "1 g BT /F1 12 Tf 72 700 Td " + NAME + " Tj ET\n");
        assertThat(squashed(placedText(pdf))).doesNotContain("larspedersen");

        assertThat(findings(pdf)).anyMatch(f -> f.startsWith("known value left"));
    }

    @Test
    void textDrawnOutOfOrderIsFoundWhereItIsPlaced() throws Exception {
        // "rsen", then "rs Pede", then "La", each where it belongs: drawn, no piece is a name; placed, they join.
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float la = helvetica.getStringWidth("La") / 1000 * 12;
        float larsPede = helvetica.getStringWidth("Lars Pede") / 1000 * 12;
        byte[] pdf = page("BT /F1 12 Tf " + (72 + larsPede) + " 700 Td " + hex("rsen") + " Tj ET\n"
            + "BT /F1 12 Tf " + (72 + la) + " 700 Td " + hex("rs Pede") + " Tj ET\n"
            + "BT /F1 12 Tf 72 700 Td " + hex("La") + " Tj ET\n");
        try (var doc = Loader.loadPDF(pdf)) {
            var drawn = new ArrayList<String>();
            assertThat(Verifier.searchText(Verifier.shownText(doc, drawn), LARS, List.of())).isEmpty();
            assertThat(drawn).isEmpty();
        }
        assertThat(squashed(placedText(pdf))).contains("larspedersen");

        assertThat(findings(pdf)).anyMatch(f -> f.startsWith("known value left"));
    }

    @Test
    void actualTextCannotHideTheGlyphsNorHideInThem() throws Exception {
        // The glyphs spell the name, the ActualText something else (a reader's copy shows only the ActualText) ...
        byte[] hiding = page("/Span <</ActualText (Ansoger)>> BDC BT /F1 12 Tf 72 700 Td " + NAME + " Tj ET EMC\n");
        assertThat(placedText(hiding)).doesNotContain("Lars");
        assertThat(findings(hiding)).anyMatch(f -> f.startsWith("known value left"));
        // ... or the ActualText (UTF-16) holds the name over other glyphs.
        byte[] holding = page("/Span <</ActualText <FEFF" + HexFormat.of().formatHex("Lars Pedersen"
            .getBytes(StandardCharsets.UTF_16BE)) + ">>> BDC BT /F1 12 Tf 72 700 Td " + hex("Ansoger") + " Tj ET EMC\n");
        assertThat(findings(holding)).isNotEmpty();
    }

    @Test
    void alternativeTextCommentsAndOtherBytesOfTheContentAreSearched() throws Exception {
        assertThat(findings(page("/Figure <</Alt (Lars Pedersen)>> BDC EMC\n")))
            .anyMatch(f -> f.contains("content stream's bytes"));
        assertThat(findings(page("% Lars Pedersen\nBT /F1 12 Tf 72 700 Td (Projektleder) Tj ET\n")))
            .anyMatch(f -> f.contains("content stream's bytes"));
    }

    @Test
    void formsAnnotationsAndMetadataAreFindings() throws Exception {
        byte[] form = page("q /X1 Do Q\n", (doc, page) -> {
            COSStream x = doc.getDocument().createCOSStream();
            x.setItem(COSName.TYPE, COSName.XOBJECT);
            x.setItem(COSName.SUBTYPE, COSName.FORM);
            var bbox = new COSArray();
            for (int v : new int[] {0, 0, 500, 500}) {
                bbox.add(COSInteger.get(v));
            }
            x.setItem(COSName.BBOX, bbox);
            var res = new COSDictionary();
            res.setItem(COSName.FONT, page.getResources().getCOSObject().getCOSDictionary(COSName.FONT));
            x.setItem(COSName.RESOURCES, res);
            write(x, "BT /F1 12 Tf 72 700 Td " + NAME + " Tj ET\n");
            var xobjects = new COSDictionary();
            xobjects.setItem(COSName.getPDFName("X1"), x);
            page.getResources().getCOSObject().setItem(COSName.XOBJECT, xobjects);
        });
        assertThat(findings(form)).anyMatch(f -> f.contains("embedded object")).anyMatch(f -> f.startsWith("known value"));

        byte[] annotation = page("BT /F1 12 Tf 72 700 Td (Projektleder) Tj ET\n", (doc, page) -> {
            var note = new PDAnnotationText();
            note.setContents("Lars Pedersen");
            note.setRectangle(new PDRectangle(10, 10, 20, 20));
            page.getAnnotations().add(note);
        });
        assertThat(findings(annotation)).anyMatch(f -> f.contains("annotations"));

        byte[] metadata = page("BT /F1 12 Tf 72 700 Td (Projektleder) Tj ET\n",
            (doc, page) -> doc.getDocumentInformation().setAuthor("Lars Pedersen"));
        assertThat(findings(metadata)).anyMatch(f -> f.contains("document information"));
    }

    @Test
    void textThatCannotBeReadBackAndInlineImagesAreFindings() throws Exception {
        assertThat(findings(page("BT 72 700 Td (Lars) Tj ET\n"))).anyMatch(f -> f.contains("cannot be read back"));
        // A glyph whose name has no Unicode value.
        byte[] unmapped = page("BT /F2 12 Tf 72 700 Td (A) Tj ET\n", (doc, page) -> {
            var font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
            var encoding = new COSDictionary();
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            var differences = new COSArray();
            differences.add(COSInteger.get(65));
            differences.add(COSName.getPDFName("zzqqx"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("F2"), font);
        });
        assertThat(findings(unmapped)).anyMatch(f -> f.contains("cannot be read back"));
        assertThat(findings(page("q BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI Q\n"))).anyMatch(f -> f.contains("inline image"));
    }

    @Test
    void aFoundNameIsSearchedLikeAKnownOne() throws Exception {
        String text = "Sara Mansour";
        var span = new Span(0, text.length(), SpanType.NAME, text, 0.9, "gazetteer");
        var v = Verifier.verifyLayout(page("1 g BT /F1 12 Tf 72 700 Td " + hex(text) + " Tj ET\n"), KnownPersonalData.NONE,
            List.of(span));
        assertThat(v.findings()).anyMatch(f -> f.startsWith("found NAME left"));
    }

    @Test
    void aCleanPageIsClean() throws Exception {
        var v = Verifier.verifyLayout(page("BT /F1 12 Tf 72 700 Td (Projektleder i Region Hovedstaden) Tj ET\n"
            + "q 0 g 72 680 80 12 re f Q\n"), LARS, List.of());
        assertThat(v.findings()).isEmpty();
    }

    @Test
    void theOneWalkReadsWhatTheTwoReadingsReadOnEveryCorpusRendition() throws Exception {
        // The drawn text equals the content-stream reading, the placed text the stripper's, on every layout rendition.
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("corpus"))) {
            files = walk.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        var engine = TestEngine.get();
        int compared = 0;
        for (var file : files) {
            var r = engine.redact(java.nio.file.Files.readAllBytes(file), "application/pdf", KnownPersonalData.NONE);
            if (r.pdf() == null || !r.report().layoutKept()) {
                continue;
            }
            try (var doc = Loader.loadPDF(r.pdf())) {
                List<String> oneWalk = new ArrayList<>();
                List<Integer> starts = new ArrayList<>();
                var reading = new Verifier.LayoutReading(oneWalk, starts);
                String placed = reading.getText(doc);
                String drawn = reading.drawn(doc.getNumberOfPages());
                List<String> twoReadings = new ArrayList<>();
                List<Integer> twoStarts = new ArrayList<>();
                assertThat(drawn).as(file.toString()).isEqualTo(Verifier.shownText(doc, twoReadings, twoStarts));
                assertThat(starts).isEqualTo(twoStarts);
                assertThat(oneWalk).isEqualTo(twoReadings).isEmpty();
                var stripper = new PDFTextStripper();
                stripper.setSuppressDuplicateOverlappingText(false);
                stripper.setSortByPosition(true);
                stripper.setLineSeparator("\n");
                assertThat(placed).as(file.toString()).isEqualTo(stripper.getText(doc));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static List<String> findings(byte[] pdf) {
        var v = Verifier.verifyLayout(pdf, LARS, List.of());
        assertThat(v.clean()).isFalse();
        return v.findings();
    }

    private static String placedText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static String squashed(String s) {
        return Verifier.squash(s);
    }

    private static String hex(String s) {
        return "<" + HexFormat.of().formatHex(s.getBytes(StandardCharsets.ISO_8859_1)) + ">";
    }

    private static byte[] page(String content) throws Exception {
        return page(content, (doc, page) -> {
        });
    }

    private interface Setup {
        void apply(PDDocument doc, PDPage page) throws Exception;
    }

    private static byte[] page(String content, Setup setup) throws Exception {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            var resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = doc.getDocument().createCOSStream();
            write(stream, content);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.addPage(page);
            setup.apply(doc, page);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(COSStream stream, String content) throws java.io.IOException {
        try (var o = stream.createOutputStream()) {
            o.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
