package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.evaluate.Measure;
import dk.rekrut.matching.evaluate.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir Path data;

    /** A task with one figure of a fixed value against a target. */
    record Fixed(String name, double value, double target) implements Task {
        @Override
        public List<Measure> run(Esco esco, Path dir) {
            return List.of(Measure.of(name, "all", "P@10", new double[] {value, value}, target));
        }
    }

    private String run(EvaluateCommand command, String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        command.run(List.of(args), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private EvaluateCommand command(ByteArrayOutputStream err) {
        return new EvaluateCommand(() -> null, List.of(new Fixed("met", 0.6, 0.5), new Fixed("short", 0.2, 0.3)),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissedTargetFailsAndTheReportMarksIt() throws Exception {
        var err = new ByteArrayOutputStream();
        Path report = data.resolve("report.md");
        assertThatThrownBy(() -> run(command(err), "--data", data.toString(), "--report", report.toString()))
            .isInstanceOf(UsageException.class).hasMessageContaining("short all P@10 0.200 < 0.300");
        assertThat(Files.readString(report)).contains("| short | all | P@10 | 0.200", "**missed**");
    }

    @Test
    void aNonGatingTaskIsReportedAsMissedWithoutFailing() throws Exception {
        var err = new ByteArrayOutputStream();
        String out = run(command(err), "--data", data.toString(), "--not-gating", "short");
        assertThat(out).contains("\"task\":\"short\"", "\"target\":0.3");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missed in non-gating tasks", "short all P@10 0.200 < 0.300");
        assertThatThrownBy(() -> run(command(err), "--data", data.toString(), "--not-gating", "nope"))
            .isInstanceOf(UsageException.class).hasMessageContaining("unknown task nope");
    }
}
