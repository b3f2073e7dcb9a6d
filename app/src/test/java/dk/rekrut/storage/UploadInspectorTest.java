package dk.rekrut.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dk.rekrut.application.TestDocuments;
import org.junit.jupiter.api.Test;

class UploadInspectorTest {

    private final UploadInspector inspector = new UploadInspector(10, 25, content -> VirusScanner.ScanResult.CLEAN);

    @Test
    void acceptsTheDocumentTypesApplicantsSend() throws IOException {
        assertThat(type("cv.pdf", TestDocuments.pdf("CV"))).isEqualTo("pdf");
        assertThat(type("cv.docx", TestDocuments.docx("CV"))).isEqualTo("docx");
        assertThat(type("cv.odt", odt())).isEqualTo("odt");
        assertThat(type("cv.rtf", "{\\rtf1\\ansi Hej}".getBytes())).isEqualTo("rtf");
        assertThat(type("cv.txt", "Jeg hedder Søren og er ærlig.".getBytes())).isEqualTo("txt");
        assertThat(type("foto.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10})).isEqualTo("jpg");
        assertThat(type("foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0})).isEqualTo("png");
        // The name does not decide: a PDF without an extension is still a PDF.
        assertThat(type("ansøgning", TestDocuments.pdf("A"))).isEqualTo("pdf");
    }

    @Test
    void refusesWithAMessageThatSaysWhatToDo() {
        assertThat(refusal("cv.pdf", new byte[0])).isEqualTo("error.upload.empty");
        assertThat(refusal("cv.pdf", new byte[11 * 1024 * 1024])).isEqualTo("error.upload.too-large");
        assertThat(refusal("cv.pdf", "MZ\u0090\u0000 not a document".getBytes())).isEqualTo("error.upload.executable");
        assertThat(refusal("cv.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1})).isEqualTo("error.upload.executable");
        assertThat(refusal("run.txt", "#!/bin/sh\nrm -rf /".getBytes())).isEqualTo("error.upload.executable");
        assertThat(refusal("cv.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes())).isEqualTo("error.upload.corrupt");
        assertThat(refusal("cv.pdf", "Almindelig tekst".getBytes())).isEqualTo("error.upload.mismatch");
        assertThat(refusal("cv.docx", TestDocuments.pdf("x"))).isEqualTo("error.upload.mismatch");
        assertThat(refusal("cv.exe", TestDocuments.pdf("x"))).isEqualTo("error.upload.mismatch");
        assertThat(refusal("cv.docx", "PK\u0003\u0004garbage".getBytes())).isEqualTo("error.upload.corrupt");
        assertThat(refusal("cv.doc", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1, 0, 0})).isEqualTo("error.upload.type");
        assertThat(refusal("cv.bin", new byte[] {1, 2, 3, 0, 5})).isEqualTo("error.upload.type");
    }

    @Test
    void refusesEncryptedDocumentsAndZipBombs() {
        assertThat(refusal("cv.pdf", TestDocuments.pdf("secret", 0, true))).isEqualTo("error.upload.encrypted");
        assertThat(refusal("cv.docx", TestDocuments.docxZipBomb())).isEqualTo("error.upload.zip-bomb");
    }

    @Test
    void aVirusIsRefusedAndAnUnreachableScannerFailsClosed() {
        var infected = new UploadInspector(10, 25, c -> new VirusScanner.ScanResult(false, "Eicar-Signature"));
        assertThat(infected.inspect("cv.pdf", TestDocuments.pdf("x"))).isInstanceOf(UploadInspector.Refused.class)
            .extracting(r -> ((UploadInspector.Refused) r).messageKey()).isEqualTo("error.upload.virus");
        var down = new UploadInspector(10, 25, new VirusScanners.Clamd("127.0.0.1", 1));
        assertThat(((UploadInspector.Refused) down.inspect("cv.pdf", TestDocuments.pdf("x"))).messageKey())
            .isEqualTo("error.upload.scan-unavailable");
    }

    @Test
    void totalPerApplicationIsLimited() {
        assertThat(inspector.checkTotal(25L * 1024 * 1024)).isEmpty();
        assertThat(inspector.checkTotal(25L * 1024 * 1024 + 1)).contains("error.upload.total-too-large");
    }

    private String type(String name, byte[] content) {
        var r = inspector.inspect(name, content);
        assertThat(r).as(name).isInstanceOf(UploadInspector.Accepted.class);
        return ((UploadInspector.Accepted) r).type();
    }

    private String refusal(String name, byte[] content) {
        var r = inspector.inspect(name, content);
        assertThat(r).as(name).isInstanceOf(UploadInspector.Refused.class);
        return ((UploadInspector.Refused) r).messageKey();
    }

    private static byte[] odt() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            var mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.text".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
