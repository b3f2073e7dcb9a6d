package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing a case makes Rekrut's own source due at once, through the event after the case's commit. */
@RekrutTest
class OwnPostingsRefreshTest {

    @Autowired Sources sources;
    @Autowired ApplicationFixture fixture;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void publishingACaseMakesRekrutsOwnSourceDueWithoutWaitingForItsSchedule() {
        var own = sources.create(new Sources.Form("Rekrut selv " + UUID.randomUUID(), SourceKind.REKRUT, null, 60, true));
        var feed = sources.create(new Sources.Form("Feed " + UUID.randomUUID(), SourceKind.RSS, "https://example.dk/feed", 60, true));
        Instant later = clock.instant().plus(Duration.ofHours(1));
        jdbc.sql("UPDATE jobcentre_source SET next_run_at = ? WHERE id IN (?, ?)").params(Time.utc(later), own.id(), feed.id()).update();

        fixture.publish("Egen stilling " + UUID.randomUUID(), 20, false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
            () -> assertThat(sources.find(own.id()).orElseThrow().nextRunAt()).isBeforeOrEqualTo(clock.instant()));
        assertThat(sources.find(feed.id()).orElseThrow().nextRunAt()).as("other portals keep their schedule").isAfter(clock.instant());
    }
}
