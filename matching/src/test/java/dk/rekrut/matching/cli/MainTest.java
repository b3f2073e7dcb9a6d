package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void occupationsPrintsOnlyJsonWithTheAgreedShape() throws Exception {
        Outcome o = run("sygeplejerske", "occupations", "--lang", "da", "--top", "3", "-");
        assertThat(o.code()).isZero();
        var array = Json.MAPPER.readTree(o.out());
        assertThat(array.size()).isEqualTo(3);
        var first = array.get(0);
        assertThat(first.propertyNames()).containsExactly("uri", "code", "isco", "label", "score");
        assertThat(first.get("isco").isString()).isTrue();
        assertThat(first.get("isco").asString()).hasSize(4);
    }

    @Test
    void linesGivesOneArrayPerLineAndAnEmptyLineGivesAnEmptyArray() {
        Outcome o = run("lagerarbejder\n\nsygeplejerske\n", "occupations", "--lines", "--top", "2", "-");
        assertThat(o.code()).isZero();
        assertThat(o.out().lines().toList()).hasSize(3).element(1).isEqualTo("[]");
    }

    @Test
    void badInputEndsWithCode2AndOneLine() {
        for (String[] args : List.of(new String[] {"occupations", "--top", "0", "-"},
            new String[] {"occupations", "--lang", "sv", "-"}, new String[] {"occupations", "/no/such/file"},
            new String[] {"occupations", "--bogus", "-"}, new String[] {"nope"}, new String[] {})) {
            Outcome o = run("x", args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.out()).isEmpty();
            if (args.length > 0) {
                assertThat(o.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            }
        }
    }

    @Test
    void escoPointsAnyCommandAtTheOfficialDownload() throws Exception {
        String dir = dk.rekrut.matching.esco.OfficialEscoTest.fixture().toString();
        Outcome o = run("sygeplejerske", "occupations", "--esco", dir, "--top", "1", "-");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(Json.MAPPER.readTree(o.out()).get(0).get("uri").asString())
            .isEqualTo("http://data.europa.eu/esco/occupation/test-nurse");
        Outcome missing = run("x", "occupations", "--esco", "/no/such/folder", "-");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).singleElement().asString().contains("/no/such/folder");
        assertThat(run("", "occupations", "--help").err()).contains("--esco DIR");
    }
}
