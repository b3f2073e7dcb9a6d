package dk.rekrut.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
        assertThat(r.out()).contains("CLEAN");
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
}
