package dk.rekrut.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate command measures a labelled corpus and fails (exit 1) when a target is missed. */
class EvaluateCommandTest {

    private static final String KNOWN = "{\"fullName\": \"Mette Hansen\", \"email\": \"mette@example.dk\", \"phone\": \"12345678\"}";

    private static void doc(Path dir, String name, String text, String spans) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), text);
        Files.writeString(dir.resolve(name + ".json"), "{\"file\": \"" + name + ".txt\", \"language\": \"da\", \"known\": " + KNOWN
            + ", \"spans\": [" + spans + "]}");
    }

    private static int run(Path dir, ByteArrayOutputStream out, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "evaluate";
        args[1] = "--corpus";
        args[2] = dir.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return Main.run(args, System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    @Test
    void aCorpusWhoseLabelsAreAllFoundMeetsTheTargets(@TempDir Path dir) throws IOException {
        doc(dir, "a", "Mette Hansen\nmette@example.dk, tlf. 12 34 56 78\n\nReference: Olusegun Adeyemi, afdelingsleder\n",
            "{\"type\": \"NAME\", \"group\": \"known\", \"origin\": \"danish\", \"text\": \"Mette Hansen\"},"
                + "{\"type\": \"EMAIL\", \"group\": \"known\", \"text\": \"mette@example.dk\"},"
                + "{\"type\": \"PHONE\", \"group\": \"known\", \"text\": \"12 34 56 78\"},"
                + "{\"type\": \"NAME\", \"group\": \"other\", \"origin\": \"non-danish\", \"text\": \"Olusegun Adeyemi\"}");
        var out = new ByteArrayOutputStream();
        int code = run(dir, out);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("overall", "names not in the form", "All targets met.");
        assertThat(code).as(report).isZero();
    }

    @Test
    void aMissedNameNotInTheFormFailsTheRun(@TempDir Path dir) throws IOException {
        // A name in lower case in running text, with no cue: no detector can be expected to find it.
        doc(dir, "b", "Mette Hansen\nJeg har arbejdet sammen med olusegun adeyemi i tre år.\n",
            "{\"type\": \"NAME\", \"group\": \"known\", \"origin\": \"danish\", \"text\": \"Mette Hansen\"},"
                + "{\"type\": \"NAME\", \"group\": \"other\", \"origin\": \"non-danish\", \"text\": \"olusegun adeyemi\"}");
        var out = new ByteArrayOutputStream();
        int code = run(dir, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Targets missed", "recall of names not in the form");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void aLabelThatIsNotInTheDocumentIsACorpusProblem(@TempDir Path dir) throws IOException {
        doc(dir, "c", "Mette Hansen\n", "{\"type\": \"NAME\", \"group\": \"known\", \"text\": \"Mette Hansen\"},"
            + "{\"type\": \"EMAIL\", \"group\": \"known\", \"text\": \"someone@else.dk\"}");
        var out = new ByteArrayOutputStream();
        assertThat(run(dir, out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is not in the extracted text");
    }

    /** A hand-made document whose colleague's name, in lower case with no cue, no detector can be expected to find. */
    private static void missedHandmade(Path dir, String name) throws IOException {
        doc(dir, name, "Mette Hansen\nJeg har arbejdet sammen med olusegun adeyemi i tre år.\n",
            "{\"type\": \"NAME\", \"group\": \"known\", \"origin\": \"danish\", \"text\": \"Mette Hansen\"},"
                + "{\"type\": \"NAME\", \"group\": \"other\", \"origin\": \"non-danish\", \"text\": \"olusegun adeyemi\"}");
    }

    @Test
    void theHandmadeSubsetIsReportedApartAndNotGatedBelowTenDocuments(@TempDir Path dir) throws IOException {
        doc(dir, "a", "Mette Hansen\nmette@example.dk\n", "{\"type\": \"NAME\", \"group\": \"known\", \"origin\": \"danish\", "
            + "\"text\": \"Mette Hansen\"}, {\"type\": \"EMAIL\", \"group\": \"known\", \"text\": \"mette@example.dk\"}");
        Path hand = Files.createDirectories(dir.resolve("handmade/someone"));
        for (int i = 0; i < 9; i++) {
            missedHandmade(hand, "h" + i);
        }
        var out = new ByteArrayOutputStream();
        int code = run(dir, out);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Generated corpus", "Hand-made real-format subset", "Corpus: 9 documents", "Withheld: 0.0000 (0/9",
            "Direct-identifier recall: 0.5000 (9/18)", "Not gated: 9 documents");
        assertThat(code).as(report).isZero();
    }

    @Test
    void fromTenHandmadeDocumentsALowDirectIdentifierRecallFailsTheRun(@TempDir Path dir) throws IOException {
        doc(dir, "a", "Mette Hansen\n", "{\"type\": \"NAME\", \"group\": \"known\", \"origin\": \"danish\", \"text\": \"Mette Hansen\"}");
        Path hand = Files.createDirectories(dir.resolve("handmade/someone"));
        for (int i = 0; i < 10; i++) {
            missedHandmade(hand, "h" + i);
        }
        var out = new ByteArrayOutputStream();
        int code = run(dir, out);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("hand-made subset: direct-identifier recall 0.5000 < 0.97").doesNotContain("Not gated");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void withoutACorpusItIsAnError() {
        assertThat(Main.run(new String[] {"evaluate"}, System.in, System.out, new PrintStream(new ByteArrayOutputStream())))
            .isEqualTo(2);
    }
}
