package dk.rekrut.jobcentre.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import dk.rekrut.jobcentre.TestFeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher's guards: internal addresses refused unless allowed, every address of a name checked, the connection made
 * to the address checked (DNS rebinding), the size limit, the timeout, redirects checked.
 */
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
            assertThat(VettedAddresses.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        assertThat(VettedAddresses.internal(InetAddress.getByName("8.8.8.8"))).isFalse();
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

    @Test
    void aBodyTricklingInIsCutOffAtTheTimeoutNotReadToItsEnd() throws Exception {
        // Headers at once, then a byte every 50 ms of a declared 100,000: each read comes within the socket timeout,
        // so only the fetch's own deadline ends it, and the connection must be dropped rather than read to its end.
        try (var trickle = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = trickle.accept(); var out = s.getOutputStream()) {
                    s.getInputStream().read(new byte[4096]);
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100_000; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException e) {
                    // the fetcher hung up: what the test wants
                }
            });
            var fetcher = new Fetcher(Duration.ofSeconds(2), Duration.ofMillis(500), 1_000_000, "127.0.0.1");
            long start = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + trickle.getLocalPort() + "/slow"))
                .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("timeout"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** A public address (TEST-NET-1, RFC 5737) that nothing answers: a connection to it fails or times out. */
    private static final String PUBLIC = "192.0.2.1";

    @Test
    void aNameIsLookedUpOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
        // Rebinding: the name answers a public address to the first lookup and the loopback server's to any later one.
        // The fetcher must connect where it checked, so the loopback server never sees the request.
        var dns = new Dns().answer("rebind.test", PUBLIC, "127.0.0.1");
        var fetcher = new Fetcher(Duration.ofMillis(500), Duration.ofSeconds(2), 10_000, "", dns);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/feed").replace("127.0.0.1", "rebind.test")))
            .isInstanceOfSatisfying(HarvestFailure.class,
                f -> assertThat(f.message().code()).isIn("timeout", "unreachable"));
        assertThat(dns.lookups("rebind.test")).isEqualTo(1);
        assertThat(server.hits("/feed")).isZero();
        // The same kind of name answering the loopback address first is refused before any connection.
        var loopbackFirst = new Dns().answer("rebind.test", "127.0.0.1", PUBLIC);
        assertThatThrownBy(() -> new Fetcher(Duration.ofMillis(500), Duration.ofSeconds(2), 10_000, "", loopbackFirst)
            .fetch(server.url("/feed").replace("127.0.0.1", "rebind.test")))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("address-refused"));
        assertThat(server.hits("/feed")).isZero();
    }

    @Test
    void theClientUsesNoOtherResolverThanTheCheckedAnswers() throws Exception {
        // "feed.test" is known only to the test's lookup (allowed, as a local demo feed would be): the fetch reaching
        // the server shows the connection went to the address the lookup gave, not to one the system's DNS found.
        var dns = new Dns().answer("feed.test", "127.0.0.1");
        var fetcher = new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 10_000, "feed.test", dns);
        assertThat(fetcher.fetch(server.url("/feed").replace("127.0.0.1", "feed.test")).body()).hasSize(2_000);
        assertThat(dns.lookups("feed.test")).isEqualTo(1);
        assertThat(server.hits("/feed")).isEqualTo(1);
    }

    @Test
    void everyAddressOfANameIsChecked() {
        // One internal address among public ones is enough to refuse: the client could connect to any of them.
        var dns = new Dns().answerAll("mixed.test", PUBLIC, "10.0.0.1");
        var fetcher = new Fetcher(Duration.ofMillis(500), Duration.ofSeconds(2), 10_000, "", dns);
        assertThatThrownBy(() -> fetcher.fetch("http://mixed.test/feed"))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("address-refused"));
        assertThatThrownBy(() -> fetcher.fetch("http://nowhere.test/feed"))
            .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.message().code()).isEqualTo("unknown-host"));
    }

    @Test
    void aRedirectsTargetIsLookedUpAndCheckedForItsOwnHop() {
        // The first hop is an allowed local feed; its redirect names a host that rebinds to loopback after one lookup.
        var dns = new Dns().answer("feed.test", "127.0.0.1").answer("rebind.test", PUBLIC, "127.0.0.1");
        var fetcher = new Fetcher(Duration.ofMillis(500), Duration.ofSeconds(2), 10_000, "feed.test", dns);
        String port = server.url("/feed").split(":")[2].replace("/feed", "");
        server.answerWithLocation("/moved", "http://rebind.test:" + port + "/feed");
        assertThatThrownBy(() -> fetcher.fetch("http://feed.test:" + port + "/moved"))
            .isInstanceOfSatisfying(HarvestFailure.class,
                f -> assertThat(f.message().code()).isIn("timeout", "unreachable"));
        assertThat(server.hits("/moved")).isEqualTo(1);
        assertThat(server.hits("/feed")).isZero();
        assertThat(dns.lookups("rebind.test")).isEqualTo(1);
    }

    /** A lookup whose answers per name are given in order (the last one repeats), counting the lookups. */
    private static final class Dns implements VettedAddresses.Lookup {

        private final Map<String, List<String[]>> answers = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        /** One address per lookup, in order. */
        Dns answer(String host, String... addressPerLookup) {
            answers.put(host, Arrays.stream(addressPerLookup).map(a -> new String[] {a}).toList());
            return this;
        }

        /** Several addresses in one answer. */
        Dns answerAll(String host, String... oneAnswer) {
            answers.put(host, List.<String[]>of(oneAnswer));
            return this;
        }

        int lookups(String host) {
            return counts.getOrDefault(host, new AtomicInteger()).get();
        }

        @Override
        public InetAddress[] all(String host) throws UnknownHostException {
            List<String[]> given = answers.get(host);
            if (given == null) {
                throw new UnknownHostException(host);
            }
            int n = counts.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
            String[] answer = given.get(Math.min(n, given.size() - 1));
            var out = new InetAddress[answer.length];
            for (int i = 0; i < answer.length; i++) {
                out[i] = InetAddress.getByName(answer[i]); // literals: no DNS
            }
            return out;
        }
    }
}
