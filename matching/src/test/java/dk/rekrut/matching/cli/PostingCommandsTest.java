package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The index and match commands from the command line, as an operator runs them. */
class PostingCommandsTest {

    @TempDir
    Path tmp;

    private MainTest.Outcome run(String stdin, String... args) {
        return MainTest.run(stdin, args);
    }

    @Test
    void indexThenMatchPrintTheAgreedShapes() throws Exception {
        Path postings = TestEngine.writeRoskilde(tmp.resolve("postings.jsonl"));
        Path index = tmp.resolve("index");
        MainTest.Outcome built = run("", "index", "--out", index.toString(), postings.toString());
        assertThat(built.code()).as(built.err()).isZero();
        JsonNode b = Json.MAPPER.readTree(built.out());
        // The fixture's deadlines lie in 2027 except the expired one; "today" is the real date here.
        assertThat(b.get("indexed").asInt() + b.get("expired").asInt()).isEqualTo(TestEngine.ROSKILDE.size());

        MainTest.Outcome matched = run(TestEngine.DANISH_NURSE_CV, "match", "--index", index.toString(), "--postcode",
            "4000", "--max-km", "30", "--top", "3", "-");
        assertThat(matched.code()).as(matched.err()).isZero();
        JsonNode m = Json.MAPPER.readTree(matched.out());
        assertThat(m.propertyNames()).containsExactly("occupations", "postings", "alternatives");
        assertThat(m.get("occupations").get(0).propertyNames()).containsExactly("uri", "code", "isco", "label", "score");
        // The CV alone, without a wish, shows the nurse.
        assertThat(m.get("occupations").get(0).get("isco").asString()).isEqualTo("2221");
        JsonNode first = m.get("postings").get(0);
        assertThat(first.propertyNames()).containsExactly("id", "score", "occupation", "distanceKm", "sharedSkills",
            "missingSkills", "fallback", "explanation");
        assertThat(m.get("postings").size()).isEqualTo(3);
        for (JsonNode p : m.get("postings")) {
            assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(30.0);
            assertThat(p.get("id").asString()).startsWith("n-").isNotIn("n-aarhus", "n-copenhagen", "n-hilleroed");
        }
        // Acceptance 3: the nurse's alternatives are in other ISCO-4 groups than nursing (2221), each with the
        // skills that carry over.
        assertThat(m.get("alternatives").size()).isPositive();
        for (JsonNode a : m.get("alternatives")) {
            assertThat(a.propertyNames()).containsExactly("uri", "label", "isco", "sharedSkills", "missingSkills");
            assertThat(a.get("isco").asString()).isNotEqualTo("2221");
            assertThat(a.get("sharedSkills").size()).isPositive();
        }
    }

    @Test
    void aBrokenPostingsFileNamesTheLineAndLeavesTheOldIndex() throws Exception {
        Path index = tmp.resolve("index");
        assertThat(run("", "index", "--out", index.toString(), TestEngine.writeRoskilde(tmp.resolve("p.jsonl")).toString()).code()).isZero();
        Path broken = Files.writeString(tmp.resolve("broken.jsonl"), "{\"id\":\"a\",\"title\":\"Tømrer\"}\n{\"id\":\"b\"}\n");
        MainTest.Outcome o = run("", "index", "--out", index.toString(), broken.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().strip()).isEqualTo("index: " + broken + ": line 2, field title: missing or empty; nothing was indexed");
        MainTest.Outcome still = run(TestEngine.DANISH_NURSE_CV, "match", "--index", index.toString(), "--wish",
            "sygeplejerske", "-");
        assertThat(still.code()).isZero();
        assertThat(Json.MAPPER.readTree(still.out()).get("postings").size()).isPositive();
    }

    @Test
    void badInputEndsWithCode2AndOneLine() throws Exception {
        Path index = tmp.resolve("index");
        run("", "index", "--out", index.toString(), TestEngine.writeRoskilde(tmp.resolve("p.jsonl")).toString());
        Path notUtf8 = Files.write(tmp.resolve("latin1.jsonl"), "{\"id\":\"a\",\"title\":\"T\u00f8mrer\"}".getBytes("ISO-8859-1"));
        for (var c : List.of(
            new String[] {"", "match", "--index", index.toString(), "-"},
            new String[] {"   \n", "match", "--index", index.toString(), "-"},
            new String[] {"sygeplejerske", "match", "--index", index.toString(), "--postcode", "99999", "-"},
            new String[] {"sygeplejerske", "match", "--index", index.toString(), "--max-km", "30", "-"},
            new String[] {"sygeplejerske", "match", "--index", tmp.resolve("none").toString(), "-"},
            new String[] {"sygeplejerske", "match", "--index", tmp.toString(), "-"},
            new String[] {"sygeplejerske", "match", "-"},
            new String[] {"sygeplejerske", "match", "--index", index.toString(), "/no/such/cv.pdf"},
            new String[] {"", "index", "--out", index.toString(), "/no/such/file.jsonl"},
            new String[] {"", "index", "--out", index.toString(), notUtf8.toString()},
            new String[] {"", "index", TestEngine.writeRoskilde(tmp.resolve("q.jsonl")).toString()},
            new String[] {"", "serve"},
            new String[] {"", "serve", "--port", "http"})) {
            MainTest.Outcome o = run(c[0], java.util.Arrays.copyOfRange(c, 1, c.length));
            String what = String.join(" ", c).strip();
            assertThat(o.code()).as(what).isEqualTo(2);
            assertThat(o.out()).as(what).isEmpty();
            assertThat(o.err().strip().lines()).as(what).hasSize(1);
        }
    }
}
