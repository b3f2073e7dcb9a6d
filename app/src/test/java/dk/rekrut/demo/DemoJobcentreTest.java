package dk.rekrut.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo portals' files: 150 postings each, 30 on both, deadlines ahead, most in and around Copenhagen. */
class DemoJobcentreTest {

    @Test
    void twoPortalsOfOneHundredAndFiftyPostingsShareThirty() {
        var today = LocalDate.of(2026, 12, 6);
        var feeds = DemoJobcentre.feeds(today, new Random(19));
        List<String> jsonLines = feeds.get(DemoJobcentre.JOBNET).lines().toList();
        List<String> csv = feeds.get(DemoJobcentre.JOBINDEX).lines().toList();
        assertThat(jsonLines).hasSize(150).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"ost-"));
        assertThat(csv).hasSize(151);
        assertThat(csv.getFirst()).isEqualTo("id;title;text;employer;postcode;town;url;deadline");
        // The shared postings carry the same title, employer, place and deadline on both portals.
        long shared = csv.stream().skip(1).filter(row -> jsonLines.stream().anyMatch(
            line -> line.contains(field(row, 1)) && line.contains(field(row, 3)) && line.contains("\"deadline\":\"" + field(row, 7))))
            .count();
        assertThat(shared).isGreaterThanOrEqualTo(30);
        assertThat(jsonLines).allSatisfy(l -> assertThat(l).doesNotContain("\"deadline\":\"" + today + "\""));
        assertThat(jsonLines.stream().filter(l -> l.contains("\"postcode\":\"8000\"") || l.contains("\"postcode\":\"5000\"")
            || l.contains("\"postcode\":\"9000\"")).count()).isBetween(10L, 60L);
    }

    private static String field(String row, int index) {
        return row.split(";")[index].replace("\"", "");
    }
}
