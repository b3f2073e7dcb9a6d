package dk.rekrut.matching.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.TestEngine;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingReaderTest {

    private final PostingReader reader = TestEngine.reader();

    private List<Posting> read(String... lines) throws Exception {
        return reader.readAll(new StringReader(String.join("\n", lines)));
    }

    @Test
    void readsEveryFieldResolvingStarCodesAndPostcodeCentroids() throws Exception {
        List<Posting> postings = read(
            "{\"id\":\"a\",\"title\":\"Rengøringsassistent\",\"postcode\":\"4000\",\"occupation\":\"9112.2\","
                + "\"source\":[\"jobnet\",\"jobindex\"],\"deadline\":\"2027-01-31\",\"url\":\"https://example.org/a\"}",
            "",
            "{\"id\":\"b\",\"title\":\"Nurse\",\"lat\":55.0,\"lon\":12.0,\"postcode\":\"8000\",\"occupation\":\""
                + TestEngine.NURSE + "\",\"deadline\":\"2027-01-31T23:59:00+01:00\"}",
            "{\"id\":\"c\",\"title\":\"Tømrer\"}");
        assertThat(postings).hasSize(3);
        Posting a = postings.get(0);
        assertThat(a.occupation()).isEqualTo(TestEngine.esco().star("9112.2").stream()
            .filter(m -> m.matchType().equals("exactMatch")).findFirst().orElseThrow().escoUri());
        assertThat(a.place()).isPresent();
        assertThat(a.place().get().lat()).isBetween(55.5, 55.7);
        assertThat(a.sources()).containsExactly("jobnet", "jobindex");
        assertThat(a.deadline()).contains(LocalDate.of(2027, 1, 31));
        Posting b = postings.get(1);
        assertThat(b.place().orElseThrow().lat()).isEqualTo(55.0);
        assertThat(b.occupation()).isEqualTo(TestEngine.NURSE);
        assertThat(b.deadline()).contains(LocalDate.of(2027, 1, 31));
        Posting c = postings.get(2);
        assertThat(c.place()).isEmpty();
        assertThat(c.occupation()).isEmpty();
        assertThat(c.deadline()).isEmpty();
        assertThat(c.expired(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(a.expired(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(a.expired(LocalDate.of(2027, 1, 31))).isFalse();
    }

    @Test
    void everyFaultNamesItsLineAndField() {
        String ok = "{\"id\":\"ok\",\"title\":\"Tømrer\"}";
        record Case(String line, String field, String words) {
        }
        for (Case c : List.of(
            new Case("{\"id\":\"x\",\"title\":", null, "not valid JSON"),
            new Case("[1,2]", null, "not a JSON object"),
            new Case("{\"id\":\"x\",\"title\":\"a\"} {}", null, "not valid JSON"),
            new Case("{\"title\":\"Tømrer\"}", "id", "missing"),
            new Case("{\"id\":\"x\",\"title\":\"  \"}", "title", "missing"),
            new Case("{\"id\":7,\"title\":\"a\"}", "id", "must be a string"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"postcode\":\"99999\"}", "postcode", "unknown Danish postcode"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"occupation\":\"http://data.europa.eu/esco/occupation/nope\"}",
                "occupation", "unknown ESCO occupation"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"occupation\":\"1234.99\"}", "occupation", "STAR code"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"deadline\":\"31-01-2027\"}", "deadline", "not a date"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"lat\":55.1}", "lon", "together"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"lat\":95,\"lon\":12}", "lat", "not a coordinate"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"lat\":\"55\",\"lon\":12}", "lat", "must be a number"),
            new Case("{\"id\":\"x\",\"title\":\"a\",\"titel\":\"b\"}", "titel", "unknown field"),
            new Case("{\"id\":\"ok\",\"title\":\"a\"}", "id", "already used on line 1"))) {
            assertThatThrownBy(() -> read(ok, "", c.line()))
                .as(c.line())
                .isInstanceOfSatisfying(PostingFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo(c.field());
                    assertThat(e.getMessage()).startsWith("line 3" + (c.field() == null ? ":" : ", field " + c.field() + ":"))
                        .contains(c.words());
                });
        }
    }
}
