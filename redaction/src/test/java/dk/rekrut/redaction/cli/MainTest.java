package dk.rekrut.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void detectPrintsJsonSpansWithCharacterOffsetsAndSaysSoInTheExitCode() throws Exception {
        var known = Files.createTempFile("known", ".json");
        Files.writeString(known, "{\"fullName\": \"Jens Ølgaard\", \"email\": \"jens@example.dk\", \"birthDate\": \"1990-01-02\"}");
        String input = "Kære Ølgaard – skriv til jens@example.dk";
        var out = new ByteArrayOutputStream();
        var old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new String[] {"detect", "--known", known.toString(), "-"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(old);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(json).contains("\"type\":\"NAME\"", "\"text\":\"Ølgaard\"", "\"start\":5", "\"end\":12")
            .contains("\"type\":\"EMAIL\"", "\"text\":\"jens@example.dk\"");
    }

    @Test
    void nothingFoundExitsZeroAndBadArgumentsExitTwo() {
        assertThat(Main.run(new String[] {"detect", "-"},
            new ByteArrayInputStream("Erfaring med projektledelse.".getBytes(StandardCharsets.UTF_8)))).isZero();
        assertThat(Main.run(new String[] {"nonsense"}, new ByteArrayInputStream(new byte[0]))).isEqualTo(2);
        assertThat(Main.run(new String[] {"detect"}, new ByteArrayInputStream(new byte[0]))).isEqualTo(2);
    }

    @Test
    void knownJsonIsReadWithoutALibrary() {
        var k = Main.known("{\"fullName\":\"A \\\"B\\\" C\",\"cpr\":null,\"birthDate\":\"2001-12-31\"}");
        assertThat(k.fullName()).isEqualTo("A \"B\" C");
        assertThat(k.cpr()).isNull();
        assertThat(k.birthDate()).hasToString("2001-12-31");
    }
}
