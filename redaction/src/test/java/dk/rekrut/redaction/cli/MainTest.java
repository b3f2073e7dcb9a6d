package dk.rekrut.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void detectPrintsJsonSpansWithCharacterOffsetsAndSaysSoInTheExitCode() throws Exception {
        var known = dir.resolve("known.json");
        Files.writeString(known, "{\"fullName\": \"Jens Ølgaard\", \"email\": \"jens@example.dk\", \"birthDate\": \"1990-01-02\"}");
        var r = run("Kære Ølgaard – skriv til jens@example.dk", "detect", "--known", known.toString(), "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"type\":\"NAME\"", "\"text\":\"Ølgaard\"", "\"start\":5", "\"end\":12")
            .contains("\"type\":\"EMAIL\"", "\"text\":\"jens@example.dk\"");
    }

    @Test
    void nothingFoundExitsZeroAndBadArgumentsExitTwo() {
        assertThat(run("Erfaring med projektledelse.", "detect", "-").code()).isZero();
        assertThat(run("", "nonsense").code()).isEqualTo(2);
        assertThat(run("", "detect").code()).isEqualTo(2);
        assertThat(run("", "redact", "x.txt").code()).as("no --out").isEqualTo(2);
        assertThat(run("", "detect", "--bogus", "-").err()).contains("unknown option");
        assertThat(run("", "--help").out()).contains("detect", "redact", "serve", "known.json", "Exit codes");
    }

    @Test
    void detectReadsADocumentAsRedactReadsItAndRefusesBytesThatAreNeitherDocumentNorText() throws Exception {
        var known = dir.resolve("known.json");
        Files.writeString(known, "{\"fullName\": \"Amira Haddad\"}");
        var text = dir.resolve("cv.txt");
        Files.writeString(text, "Amira Haddad\nSagsbehandler i Roskilde Kommune.\n");
        var out = dir.resolve("out");
        assertThat(run("", "redact", "--known", known.toString(), "--out", out.toString(), text.toString()).code()).isZero();
        var unredacted = dir.resolve("cv-original.pdf");
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(
                    Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Amira Haddad, sagsbehandler");
                content.endText();
            }
            doc.save(unredacted.toFile());
        }
        var pdf = run("", "detect", "--known", known.toString(), unredacted.toString());
        assertThat(pdf.code()).as(pdf.err()).isEqualTo(1);
        assertThat(pdf.out()).contains("\"text\":\"Amira Haddad\"");
        // The redacted rendition holds no name: detect on it finds none.
        assertThat(run("", "detect", "--known", known.toString(), out.resolve("cv.pdf").toString()).out())
            .doesNotContain("Amira").doesNotContain("Haddad");

        var binary = dir.resolve("photo.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
        var refused = run("", "detect", binary.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("photo.bin").contains("cannot be read");
    }

    @Test
    void knownJsonIsReadWithoutALibrary() {
        var k = JsonOut.known("{\"fullName\":\"A \\\"B\\\" C\",\"cpr\":null,\"birthDate\":\"2001-12-31\",\"phone\":12345678}");
        assertThat(k.fullName()).isEqualTo("A \"B\" C");
        assertThat(k.cpr()).isNull();
        assertThat(k.birthDate()).hasToString("2001-12-31");
        assertThat(k.phone()).isEqualTo("12345678");
    }

    @Test
    void redactWritesACleanPdfAndAReportWithoutThePersonalData() throws Exception {
        var known = dir.resolve("known.json");
        Files.writeString(known, "{\"fullName\": \"Amira Haddad\", \"phone\": \"+45 31 41 59 26\"}");
        var in = dir.resolve("ansøgning.txt");
        Files.writeString(in, "Ansøgning\n\nJeg søger stillingen som sagsbehandler. Ring på 31415926.\n\nMed venlig hilsen\nAmira Haddad\n");
        var out = dir.resolve("out");
        var r = run("", "redact", "--known", known.toString(), "--out", out.toString(), in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(in + ": CLEAN, ");
        try (var pdf = Loader.loadPDF(out.resolve("ansøgning.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("sagsbehandler", "[NAVN]", "[TELEFON]").doesNotContain("Amira", "Haddad", "31415926");
        }
        String report = Files.readString(out.resolve("ansøgning.report.json"));
        assertThat(report).contains("\"status\":\"clean\"", "\"type\":\"NAME\"", "\"type\":\"PHONE\"")
            .doesNotContain("Amira").doesNotContain("Haddad");
    }

    @Test
    void aFileThatCannotBeReadFailsWithAReportAndNoPdf() throws Exception {
        var in = dir.resolve("cv.pdf");
        Files.write(in, "%PDF-1.7\n garbage that is no PDF".getBytes(StandardCharsets.US_ASCII));
        var out = dir.resolve("out");
        var r = run("", "redact", "--out", out.toString(), in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(out.resolve("cv.pdf")).doesNotExist();
        assertThat(Files.readString(out.resolve("cv.report.json"))).contains("\"status\":\"failed\"", "CORRUPT");
    }

    @Test
    void inputsWithTheSameNameDoNotOverwriteEachOther() throws Exception {
        Files.writeString(dir.resolve("cv.txt"), "Projektleder.");
        Files.writeString(dir.resolve("cv.html"), "<html><body><p>Udvikler.</p></body></html>");
        var out = dir.resolve("out");
        assertThat(run("", "redact", "--out", out.toString(), dir.resolve("cv.txt").toString(), dir.resolve("cv.html").toString())
            .code()).isZero();
        assertThat(out.resolve("cv.pdf")).exists();
        assertThat(out.resolve("cv-html.pdf")).exists();
        assertThat(out.resolve("cv-html.report.json")).exists();
    }

    @Test
    void quietByDefaultOneLinePerDocumentOnStandardErrorVerboseShowsMore() throws Exception {
        var known = dir.resolve("known.json");
        Files.writeString(known, "{\"fullName\": \"Amira Haddad\", \"birthDate\": \"1979-11-05\"}");
        Files.writeString(dir.resolve("a.txt"), "Ansøgning fra Amira Haddad.\nHusk: 05-11-79 er jeg på ferie.\n");
        Files.writeString(dir.resolve("b.txt"), "Projektleder med 12 års erfaring.\n");
        var out = dir.resolve("out");
        // PDFBox and FontBox log through java.util.logging in the command's jar (in this test class path commons-logging
        // finds Log4j's API instead, so the levels are checked, not PDFBox's own messages).
        Logger font = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
        Logger fontbox = Logger.getLogger("org.apache.fontbox.ttf.TTFParser");
        try {
            var quiet = run("", "redact", "--known", known.toString(), "--out", out.toString(),
                dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
            assertThat(quiet.out()).isEmpty();
            assertThat(quiet.err().lines()).hasSize(2);
            assertThat(quiet.err().lines().toList().getFirst()).endsWith("a.txt: CLEAN, 2 removed (1 after verification)");
            assertThat(quiet.err()).doesNotContain("Amira").doesNotContain("05-11-79");
            assertThat(font.isLoggable(Level.WARNING)).isFalse();
            assertThat(fontbox.isLoggable(Level.SEVERE)).isFalse();

            var verbose = run("", "redact", "--verbose", "--known", known.toString(), "--out", out.toString(),
                dir.resolve("a.txt").toString());
            assertThat(verbose.out()).isEmpty();
            assertThat(verbose.err()).contains("a.txt: CLEAN")
                .contains("\n  removed BIRTH_DATE in text (verification: known number left").doesNotContain("05-11-79");
            assertThat(font.isLoggable(Level.WARNING)).isTrue();
            assertThat(fontbox.isLoggable(Level.WARNING)).isTrue();
        } finally {
            Logs.libraries(false);
        }
    }

    @Test
    void aWithheldDocumentSaysWhatAndWhereButNotTheValue() {
        var r = new dk.rekrut.redaction.RedactionResult(dk.rekrut.redaction.RedactionStatus.WITHHELD, null, "x", List.of(),
            new dk.rekrut.redaction.RedactionReport("application/pdf", List.of(), 0, List.of(), List.of()),
            new dk.rekrut.redaction.Verification(false, List.of("known value left (known: e-mail)")), null,
            List.of(dk.rekrut.redaction.WithheldReason.parse("PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14")));
        assertThat(Main.outcome("cv.pdf", r, false)).isEqualTo("cv.pdf: WITHHELD: PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14");
        assertThat(Main.outcome("cv.pdf", r, true)).contains("\n  verification: known value left (known: e-mail)");
        assertThat(JsonOut.report("cv.pdf", r)).contains("\"withheld\":[{\"cause\":\"PERSONAL_DATA_LEFT\",\"type\":\"EMAIL\","
            + "\"known\":true,\"part\":\"page 2\",\"line\":14");
    }
}
