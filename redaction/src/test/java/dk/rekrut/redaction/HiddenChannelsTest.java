package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.HiddenPdfs.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Red team, issue 17: the applicant's name, e-mail or phone (also given as the form's data) only in a channel that a
 * text extraction may not show, or that it shows but a renderer may leave. Whatever the engine does with the channel
 * (drop it, read and redact it, or fall back to the text rendition), the released rendition is read independently of
 * the engine's own verifier: PDFBox's text of every page, in stream order and sorted by position, and every string,
 * name and decoded stream of the file as Latin-1, UTF-8 and UTF-16. None of the identifiers may be found, and the
 * document must not be withheld: each channel here is one the engine can read or drop.
 */
class HiddenChannelsTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", HiddenPdfs.EMAIL,
        HiddenPdfs.PHONE, "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aPdfsHiddenChannelReleasesNoIdentifier(Channel channel) throws IOException {
        byte[] input = HiddenPdfs.build(channel);
        RedactionResult r = ENGINE.redact(input, "application/pdf", KNOWN);

        String what = channel + " " + r.status() + " layout " + r.report().layoutKept() + " ("
            + r.report().textRenditionReason() + ") " + r.withheld();
        if (channel != Channel.NO_TO_UNICODE) { // without a map the reading cannot see the name in the input either
            assertThat(identifiersIn(input)).as("the attack carries an identifier: " + channel).isNotEmpty();
        }
        assertThat(r.status()).as(what).isNotIn(RedactionStatus.WITHHELD, RedactionStatus.FAILED);
        assertThat(identifiersIn(r.pdf())).as(what).isEmpty();
        if (channel == Channel.PAGE_LABELS || channel == Channel.HIDDEN_LAYER) {
            assertThat(r.report().partsDropped()).as(what).contains(channel == Channel.PAGE_LABELS ? "page labels" : "optional content (layers)");
        }
        // Squeezed: PDFBox breaks the lines of a rotated page after a word's first letter, input and output alike.
        assertThat(squeezed(Pdfs.text(r.pdf()))).as(what).contains(squeezed(HiddenPdfs.VISIBLE));
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    static Stream<Arguments> officeDocuments() {
        String w = OfficeStructureAttackTest.W;
        String r = "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'";
        String body = "<w:p><w:r><w:t>Curriculum Vitae</w:t></w:r></w:p><w:p><w:r><w:t>" + HiddenPdfs.VISIBLE + "</w:t></w:r></w:p>";
        String rels = "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            + "<Relationship Id='rId9' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'"
            + " Target='mailto:mette.hansen@example.dk' TargetMode='External'/>"
            + "<Relationship Id='rId10' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'"
            + " Target='https://www.linkedin.com/in/mette-hansen' TargetMode='External'/></Relationships>";
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("docx endnote, even and first-page header and footer", OfficeStructureAttackTest.docx(body, Map.of(
            "word/endnotes.xml", "<w:endnotes " + w + "><w:endnote w:id='2'><w:p><w:r><w:t>Kontakt: mette.hansen@example.dk"
                + "</w:t></w:r></w:p></w:endnote></w:endnotes>",
            "word/header3.xml", "<w:hdr " + w + "><w:p><w:r><w:t>Mette Hansen</w:t></w:r></w:p></w:hdr>",
            "word/footer2.xml", "<w:ftr " + w + "><w:p><w:r><w:t>Tlf. +45 12 34 56 78</w:t></w:r></w:p></w:ftr>")));
        docs.put("docx hyperlink targets and merge fields", OfficeStructureAttackTest.docx(body
            + "<w:p " + r + "><w:hyperlink r:id='rId9'><w:r><w:t>Skriv til mig</w:t></w:r></w:hyperlink>"
            + "<w:hyperlink r:id='rId10'><w:r><w:t>Min profil</w:t></w:r></w:hyperlink>"
            + "<w:fldSimple w:instr=' MERGEFIELD Mette_Hansen '><w:r><w:t>«Navn»</w:t></w:r></w:fldSimple></w:p>",
            Map.of("word/_rels/document.xml.rels", rels)));
        docs.put("docx name split across runs, hidden and tracked", OfficeStructureAttackTest.docx(body
            + "<w:p><w:r><w:t>Met</w:t></w:r><w:r><w:t xml:space='preserve'>te Han</w:t></w:r><w:r><w:t>sen</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>mette.hansen@example.dk</w:t></w:r>"
            + "<w:ins w:id='1' w:author='x'><w:r><w:t>+45 12 34 56 78</w:t></w:r></w:ins></w:p>", Map.of()));
        docs.put("docx VML text box, SmartArt, chart and app properties", OfficeStructureAttackTest.docx(body
            + "<w:p><w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml' alt='Mette Hansen'><v:textbox><w:txbxContent>"
            + "<w:p><w:r><w:t>Mette Hansen</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>", Map.of(
            "word/diagrams/data1.xml", "<dgm:dataModel xmlns:dgm='d' xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'>"
                + "<dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>Mette Hansen</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>",
            "word/charts/chart1.xml", "<c:chartSpace xmlns:c='c' xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'>"
                + "<c:title><c:tx><c:rich><a:p><a:r><a:t>Mette Hansens karriere</a:t></a:r></a:p></c:rich></c:tx></c:title>"
                + "<c:ser><c:tx><c:strRef><c:strCache><c:pt><c:v>Mette Hansen</c:v></c:pt></c:strCache></c:strRef></c:tx></c:ser>"
                + "</c:chartSpace>",
            "docProps/app.xml", "<Properties><Company>Mette Hansen ApS</Company><Manager>Mette Hansen</Manager></Properties>")));
        docs.put("odt hidden paragraph, hidden text, first and left-page headers, frames", odt(
            "<text:p>Curriculum Vitae</text:p><text:p>" + HiddenPdfs.VISIBLE + "</text:p>"
                + "<text:hidden-paragraph text:condition='ooow:1' text:is-hidden='true'>Mette Hansen</text:hidden-paragraph>"
                + "<text:p><text:hidden-text text:condition='ooow:1' text:string-value='mette.hansen@example.dk'/>"
                + "<text:bookmark text:name='Mette Hansen'/></text:p>"
                + "<text:section text:name='Kontakt' text:display='none'><text:p>Tlf. +45 12 34 56 78</text:p></text:section>"
                + "<text:p><draw:frame draw:name='x'><draw:text-box><text:p>Mette Hansen</text:p></draw:text-box></draw:frame>"
                + "<text:a xlink:type='simple' xlink:href='mailto:mette.hansen@example.dk'>Skriv til mig</text:a></text:p>",
            "<style:master-page style:name='Standard'><style:header><text:p>CV</text:p></style:header>"
                + "<style:header-first><text:p>Mette Hansen</text:p></style:header-first>"
                + "<style:footer-left><text:p>mette.hansen@example.dk</text:p></style:footer-left></style:master-page>"));
        return docs.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeDocuments")
    void anOfficeDocumentsHiddenChannelReleasesNoIdentifier(String what, byte[] document) {
        RedactionResult r = ENGINE.redact(document, null, KNOWN);

        assertThat(r.status()).as(what + " " + r.withheld()).isNotIn(RedactionStatus.WITHHELD, RedactionStatus.FAILED);
        assertThat(identifiersIn(r.pdf())).as(what).isEmpty();
        assertThat(Pdfs.text(r.pdf())).as(what).contains(HiddenPdfs.VISIBLE);
    }

    /** The identifiers an independent reader finds in a released PDF, in any case and spacing. */
    static List<String> identifiersIn(byte[] pdf) {
        String all = readings(pdf);
        String lower = all.toLowerCase(Locale.ROOT);
        String squeezed = lower.replaceAll("[\\s\\u0000]+", "");
        String digits = all.replaceAll("[\\s\\-./()+\\u0000]+", "");
        List<String> found = new ArrayList<>();
        for (String part : List.of("mette", "hansen", "kirstine", "mette.hansen@", "example.dk")) {
            if (squeezed.contains(part)) {
                found.add(part);
            }
        }
        for (String number : List.of("4512345678", "12345678")) {
            if (digits.contains(number)) {
                found.add(number);
            }
        }
        return found;
    }

    private static String readings(byte[] pdf) {
        var sb = new StringBuilder(Pdfs.everything(pdf)).append('\n');
        try (var doc = Loader.loadPDF(pdf)) {
            var sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            sb.append(sorted.getText(doc)).append('\n');
            var shapes = new GlyphShapes();
            shapes.getText(doc);
            sb.append(shapes.shown).append('\n');
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_16BE)).append('\n');
                    } catch (IOException ignored) {
                        // a stream that cannot be decoded shows nothing to a reader either
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    /**
     * What the glyphs show rather than what the file says they mean: for an embedded TrueType program, the characters
     * its own Unicode cmap gives the glyph (a ToUnicode map may say anything).
     */
    private static final class GlyphShapes extends PDFTextStripper {
        private final StringBuilder shown = new StringBuilder();

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            TrueTypeFont ttf = null;
            int gid = -1;
            if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 t2 && t2.isEmbedded()) {
                ttf = t2.getTrueTypeFont();
                gid = t2.codeToGID(code);
            } else if (font instanceof PDTrueTypeFont tt && tt.isEmbedded()) {
                ttf = tt.getTrueTypeFont();
                gid = tt.codeToGID(code);
            }
            var lookup = ttf == null ? null : ttf.getUnicodeCmapLookup(false);
            List<Integer> cps = lookup == null ? null : lookup.getCharCodes(gid);
            if (cps != null && !cps.isEmpty()) {
                shown.appendCodePoint(cps.get(0));
            } else {
                String u = font.toUnicode(code);
                shown.append(u == null ? "" : u);
            }
            super.showGlyph(trm, font, code, displacement);
        }
    }

    private static byte[] odt(String body, String masterStyles) {
        String ns = "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            + "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
            + "xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0' "
            + "xmlns:draw='urn:oasis:names:tc:opendocument:xmlns:drawing:1.0' xmlns:xlink='http://www.w3.org/1999/xlink'";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("content.xml", "<office:document-content " + ns + "><office:body><office:text>" + body
            + "</office:text></office:body></office:document-content>");
        parts.put("styles.xml", "<office:document-styles " + ns + "><office:master-styles>" + masterStyles
            + "</office:master-styles></office:document-styles>");
        return OfficeStructureAttackTest.zip(parts, "application/vnd.oasis.opendocument.text");
    }
}
