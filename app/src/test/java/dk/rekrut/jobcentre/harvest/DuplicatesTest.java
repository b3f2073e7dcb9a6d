package dk.rekrut.jobcentre.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The duplicate rule on its own: what is tolerated and what tells two jobs apart. */
class DuplicatesTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");
    private static final Duplicates.Key BASE = Duplicates.Key.of("Børnehuset Solstrålen ApS",
        "Pædagog til børnehaven Solstrålen", "2300", "København S", DEADLINE);

    @Test
    void toleratesCasePunctuationLegalFormSmallTyposAndNearDeadlines() {
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("BØRNEHUSET SOLSTRÅLEN A/S",
            "pædagog til børnehaven  Solstrålen!", "2300", null, DEADLINE.plus(Duration.ofDays(3))))).isTrue();
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("Børnehuset Solstrålen",
            "Paedagog til bornehaven Solstralen", null, "københavn s", null))).as("typos, town instead of postcode").isTrue();
    }

    @Test
    void tellsJobsApart() {
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("Børnehuset Solsikken", BASE.title(), "2300", null,
            DEADLINE))).as("other employer").isFalse();
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("Børnehuset Solstrålen", "Pædagogmedhjælper til vuggestuen",
            "2300", null, DEADLINE))).as("other title").isFalse();
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("Børnehuset Solstrålen", BASE.title(), "2400", "København NV",
            DEADLINE))).as("other place").isFalse();
        assertThat(Duplicates.same(BASE, Duplicates.Key.of("Børnehuset Solstrålen", BASE.title(), "2300", null,
            DEADLINE.plus(Duration.ofDays(4))))).as("deadlines too far apart").isFalse();
        assertThat(Duplicates.same(Duplicates.Key.of("El A/S", "Elektriker 1", "7100", null, null),
            Duplicates.Key.of("El A/S", "Elektriker 2", "7100", null, null))).as("numbered titles").isFalse();
        assertThat(Duplicates.same(Duplicates.Key.of(null, "Kok", "9000", null, null),
            Duplicates.Key.of(null, "Kok", "9000", null, null))).as("no employer: never merged").isFalse();
    }

    @Test
    void editDistance() {
        assertThat(Duplicates.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Duplicates.editDistance("", "abc")).isEqualTo(3);
        assertThat(Duplicates.editDistance("pædagog", "pædagog")).isZero();
    }
}
