package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attack: the name in the parts and attributes of a DOCX or ODT that a reader of the file may see but the body text
 * does not show (deleted and hidden text, comments and their authors, alternative text, field codes, the names of the
 * package's parts, properties, user fields). Each document also names the applicant in its body, so the engine knows a
 * name is there; with the form's data and without it (then only detection finds the name), the rendition must hold no
 * part of it, and must not be withheld for it either: a channel the engine reads is redacted, one it does not read is
 * dropped.
 */
class OfficeStructureAttackTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "+45 12 34 56 78", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");
    static final String W = "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
        + "xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
        + "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main' "
        + "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'";
    private static final String BODY = "<w:p><w:r><w:t>Ansøgning fra Mette Hansen</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Projektleder i Region Hovedstaden siden 2019.</w:t></w:r></w:p>";

    static Stream<Arguments> documents() {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("docx tracked deletion, insertion and hidden text", docx(BODY
            + "<w:p><w:del w:author='Mette Hansen'><w:r><w:delText>Mette Hansen</w:delText></w:r></w:del>"
            + "<w:ins w:author='Mette Hansen'><w:r><w:t>Mette Hansen</w:t></w:r></w:ins>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Mette Hansen</w:t></w:r></w:p>", Map.of()));
        docs.put("docx alternative text, text box and drawing names", docx(BODY
            + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id='1' name='Mette Hansen' descr='Foto af Mette Hansen' title='Mette Hansen'/>"
            + "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Mette Hansen</w:t></w:r></w:p>"
            + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>", Map.of()));
        docs.put("docx field codes", docx(BODY
            + "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> HYPERLINK \"mailto:mette.hansen@example.dk\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>Skriv til mig</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
            + "<w:fldSimple w:instr=' AUTHOR \"Mette Hansen\" '><w:r><w:t>Forfatter</w:t></w:r></w:fldSimple>"
            + "<w:hyperlink w:tooltip='Mette Hansen' w:anchor='Mette_Hansen'><w:r><w:t>link</w:t></w:r></w:hyperlink>"
            + "<w:bookmarkStart w:id='0' w:name='Mette_Hansen'/><w:bookmarkEnd w:id='0'/></w:p>", Map.of()));
        docs.put("docx comments, first-page header, footnotes, glossary", docx(BODY, Map.of(
            "word/comments.xml", "<w:comments " + W + "><w:comment w:id='0' w:author='Mette Hansen' w:initials='MH'>"
                + "<w:p><w:r><w:t>Husk Mette Hansen</w:t></w:r></w:p></w:comment></w:comments>",
            "word/header2.xml", "<w:hdr " + W + "><w:p><w:r><w:t>Mette Hansen – CV</w:t></w:r></w:p></w:hdr>",
            "word/footnotes.xml", "<w:footnotes " + W + "><w:footnote w:id='1'><w:p><w:r><w:t>Mette Hansen</w:t></w:r></w:p></w:footnote></w:footnotes>",
            "word/glossary/document.xml", "<w:glossaryDocument " + W + "><w:docParts><w:docPart><w:docPartBody><w:p><w:r>"
                + "<w:t>Mette Hansen</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>")));
        docs.put("docx properties, custom XML and embedded object", docx(BODY, Map.of(
            "docProps/core.xml", "<cp:coreProperties xmlns:cp='x' xmlns:dc='y'><dc:creator>Mette Hansen</dc:creator></cp:coreProperties>",
            "docProps/custom.xml", "<Properties><property name='Ansøger'><vt:lpwstr xmlns:vt='v'>Mette Hansen</vt:lpwstr></property></Properties>",
            "customXml/item1.xml", "<ansøger>Mette Hansen</ansøger>",
            "word/embeddings/oleObject1.bin", "Mette Hansen")));
        docs.put("docx part named after the applicant", docx(BODY, Map.of(
            "word/Mette Hansen.xml", "<w:hdr " + W + "><w:p><w:r><w:t>Erfaring</w:t></w:r></w:p></w:hdr>",
            "word/charts/Mette-Hansen1.xml", "<c:chartSpace xmlns:c='c'><c:v>Uddannelse</c:v></c:chartSpace>")));
        docs.put("odt frames, annotations, tracked changes, user fields and meta", odt(
            "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion><office:change-info>"
                + "<dc:creator>Mette Hansen</dc:creator></office:change-info><text:p>Mette Hansen</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes>"
                + "<text:user-field-decls><text:user-field-decl office:value-type='string' office:string-value='Mette Hansen' text:name='Ansøger'/>"
                + "</text:user-field-decls>"
                + "<text:p>Ansøgning fra Mette Hansen</text:p><text:p>Projektleder i Region Hovedstaden siden 2019.</text:p>"
                + "<text:p><text:user-field-get text:name='Ansøger'>Mette Hansen</text:user-field-get>"
                + "<office:annotation><dc:creator>Mette Hansen</dc:creator><text:p>Mette Hansen</text:p></office:annotation>"
                + "<draw:frame draw:name='Mette Hansen'><svg:title>Mette Hansen</svg:title><svg:desc>Foto af Mette Hansen</svg:desc>"
                + "<draw:text-box><text:p>Mette Hansen</text:p></draw:text-box></draw:frame></text:p>"));
        return docs.entrySet().stream().flatMap(e -> Stream.of(Arguments.of(e.getKey(), e.getValue(), true),
            Arguments.of(e.getKey(), e.getValue(), false)));
    }

    @ParameterizedTest(name = "{0}, form data {2}")
    @MethodSource("documents")
    void noPartOfTheNameReachesTheRendition(String what, byte[] document, boolean formData) {
        RedactionResult r = ENGINE.redact(document, null, formData ? KNOWN : KnownPersonalData.NONE);

        assertThat(r.pdf()).as(what + ": " + r.status() + " " + r.withheld() + " " + r.failure()).isNotNull();
        String all = Pdfs.everything(r.pdf());
        for (String part : List.of("Mette", "Hansen", "METTE", "HANSEN", "mette.hansen", "Mette_Hansen")) {
            assertThat(all).as(what).doesNotContain(part);
        }
        assertThat(Pdfs.text(r.pdf())).contains("Projektleder i Region Hovedstaden");
    }

    static byte[] docx(String body, Map<String, String> more) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
            + "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.document.main+xml'/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            + "<Relationship Id='r1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'"
            + " Target='word/document.xml'/></Relationships>");
        parts.put("word/document.xml", "<w:document " + W + "><w:body>" + body + "</w:body></w:document>");
        parts.putAll(more);
        return zip(parts, null);
    }

    static byte[] odt(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("content.xml", "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            + "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            + "xmlns:draw='urn:oasis:names:tc:opendocument:xmlns:drawing:1.0' "
            + "xmlns:svg='urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0'><office:body><office:text>" + body
            + "</office:text></office:body></office:document-content>");
        parts.put("meta.xml", "<office:document-meta xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            + "xmlns:meta='urn:oasis:names:tc:opendocument:xmlns:meta:1.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
            + "<office:meta><dc:creator>Mette Hansen</dc:creator><meta:user-defined meta:name='Ansøger'>Mette Hansen"
            + "</meta:user-defined></office:meta></office:document-meta>");
        parts.put("Thumbnails/thumbnail.png", "Mette Hansen");
        return zip(parts, "application/vnd.oasis.opendocument.text");
    }

    static byte[] zip(Map<String, String> parts, String mimetype) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            if (mimetype != null) {
                byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
                var entry = new ZipEntry("mimetype"); // stored, first: how ODF packages say what they are
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(m.length);
                var crc = new java.util.zip.CRC32();
                crc.update(m);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(m);
            }
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
