package dk.rekrut.jobcentre.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import dk.rekrut.jobcentre.TestFeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher's guards: internal addresses refused unless allowed, the size limit, the timeout, redirects checked. */
class FetcherTest {

    private TestFeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestFeedServer();
        server.answer("/feed", 200, "text/plain", "x".repeat(2_000));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refusesInternalAddressesUnlessAllowed() throws Exception {
        var strict = new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 10_000, "");
        assertThatThrownBy(() -> strict.fetch(server.url("/feed")))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("address-refused"));
        assertThat(server.hits("/feed")).isZero();
        assertThat(new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 10_000, "127.0.0.1")
            .fetch(server.url("/feed")).body()).hasSize(2_000);
        for (String internal : new String[] {"10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "fd00::1", "::1", "0.0.0.0"}) {
            assertThat(Fetcher.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        assertThat(Fetcher.internal(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThatThrownBy(() -> strict.fetch("file:///etc/passwd"))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("bad-url"));
    }

    @Test
    void aRedirectToAnInternalAddressIsRefused() {
        // The first hop is allowed (the test server), the redirect's target is not on the list.
        var fetcher = new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 10_000, "127.0.0.1");
        server.answerWithLocation("/moved", "http://localhost:" + server.url("/feed").split(":")[2]);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/moved")))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("address-refused"));
    }

    @Test
    void aLargeAnswerAndASlowOneFail() {
        var small = new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1_000, "127.0.0.1");
        assertThatThrownBy(() -> small.fetch(server.url("/feed")))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("too-large"));
        server.hold = new CountDownLatch(1);
        var impatient = new Fetcher(Duration.ofSeconds(2), Duration.ofMillis(300), 10_000, "127.0.0.1");
        try {
            assertThatThrownBy(() -> impatient.fetch(server.url("/feed")))
                .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("timeout"));
        } finally {
            server.hold.countDown();
        }
    }
}
