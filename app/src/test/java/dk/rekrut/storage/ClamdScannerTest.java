package dk.rekrut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The clamd INSTREAM protocol against a tiny fake clamd. */
class ClamdScannerTest {

    /** Stands in for the EICAR test string, so no real virus signature sits in the source tree. */
    private static final byte[] MARKER = "FAKE-EICAR-TEST-MARKER".getBytes(StandardCharsets.US_ASCII);

    @Test
    void cleanContentIsReportedClean() throws Exception {
        try (var clamd = new FakeClamd(content -> contains(content, MARKER) ? "stream: Eicar-Signature FOUND" : "stream: OK")) {
            byte[] big = new byte[200_000]; // several INSTREAM chunks
            new Random(1).nextBytes(big);
            var result = scanner(clamd.port()).scan(big);
            assertThat(result.clean()).isTrue();
            assertThat(clamd.received()).isEqualTo(big);
            assertThat(clamd.command()).isEqualTo("zINSTREAM");
        }
    }

    @Test
    void infectedContentIsReportedWithTheSignature() throws Exception {
        try (var clamd = new FakeClamd(content -> contains(content, MARKER) ? "stream: Eicar-Signature FOUND" : "stream: OK")) {
            byte[] content = ("Hej " + new String(MARKER, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
            var result = scanner(clamd.port()).scan(content);
            assertThat(result.clean()).isFalse();
            assertThat(result.signature()).isEqualTo("Eicar-Signature");
        }
    }

    @Test
    void anErrorOrNoScannerFailsClosed() throws Exception {
        try (var clamd = new FakeClamd(content -> "INSTREAM size limit exceeded. ERROR")) {
            assertThatThrownBy(() -> scanner(clamd.port()).scan(new byte[10])).isInstanceOf(UncheckedIOException.class);
        }
        int closedPort;
        try (var s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        int port = closedPort;
        assertThatThrownBy(() -> scanner(port).scan(new byte[10])).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aScannerThatDoesNotAnswerTimesOut() throws Exception {
        try (var silent = new ServerSocket(0)) {
            var scanner = new ClamdScanner("127.0.0.1", silent.getLocalPort(), Duration.ofSeconds(1), Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThatThrownBy(() -> scanner.scan(new byte[10])).isInstanceOf(UncheckedIOException.class);
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        }
    }

    @Test
    void repliesAreParsed() throws IOException {
        assertThat(ClamdScanner.parse("stream: OK").clean()).isTrue();
        assertThat(ClamdScanner.parse("stream: Win.Test.EICAR_HDB-1 FOUND").signature()).isEqualTo("Win.Test.EICAR_HDB-1");
        assertThatThrownBy(() -> ClamdScanner.parse("stream: lstat() failed ERROR")).isInstanceOf(IOException.class);
    }

    @Test
    void theEmbeddedDefaultScansNothingAndClamdIsChosenByConfiguration() {
        var config = new VirusScanners();
        var clamd = new VirusScanProperties.Clamd("127.0.0.1", 3310, Duration.ofSeconds(1), Duration.ofSeconds(1));
        String h2 = "jdbc:h2:file:./data/rekrut";
        assertThat(config.virusScanner(new VirusScanProperties(null, clamd), h2)).isInstanceOf(VirusScanners.NoScanner.class);
        assertThat(config.virusScanner(new VirusScanProperties("none", clamd), h2)).isInstanceOf(VirusScanners.NoScanner.class);
        assertThat(config.virusScanner(new VirusScanProperties("clamd", clamd), h2)).isInstanceOf(ClamdScanner.class);
    }

    /**
     * Security review M7: the EICAR test file uploaded as eicar.txt was accepted. With the one-line setting
     * rekrut.virus-scan.type=clamd it is refused with a message, through the same inspector every upload passes. The
     * fake clamd speaks the INSTREAM protocol and knows just this one signature; the string is assembled here at run
     * time so that no scanner flags the source tree.
     */
    @Test
    void theEicarTestFileIsRefusedThroughClamd() throws Exception {
        byte[] eicar = eicar();
        assertThat(eicar).hasSize(68);
        try (var clamd = new FakeClamd(content -> contains(content, eicar) ? "stream: Eicar-Test-Signature FOUND" : "stream: OK")) {
            var inspector = new UploadInspector(UploadInspector.Limits.defaults(), scanner(clamd.port()));
            var refused = inspector.inspect("eicar.txt", eicar);
            assertThat(refused).isInstanceOf(UploadInspector.Refused.class);
            assertThat(((UploadInspector.Refused) refused).messageKey()).isEqualTo("error.upload.virus");
        }
        assertThat(new VirusScanners.NoScanner().scans()).as("the default says it scans nothing").isFalse();
    }

    /**
     * Review M7 in production: the scanner the configuration builds for {@code rekrut.virus-scan.type=clamd} on a
     * PostgreSQL database refuses the EICAR file, and refuses every upload while clamd cannot be reached (fails closed).
     */
    @Test
    void theConfiguredClamdRefusesEicarAndEverythingWhileItIsDown() throws Exception {
        byte[] eicar = eicar();
        String postgres = "jdbc:postgresql://127.0.0.1:5432/rekrut";
        try (var clamd = new FakeClamd(content -> contains(content, eicar) ? "stream: Eicar-Test-Signature FOUND" : "stream: OK")) {
            var scanner = configured(clamd.port(), postgres);
            assertThat(scanner.scans()).isTrue();
            var refused = new UploadInspector(UploadInspector.Limits.defaults(), scanner).inspect("eicar.txt", eicar);
            assertThat(((UploadInspector.Refused) refused).messageKey()).isEqualTo("error.upload.virus");
        }
        int closedPort;
        try (var s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var down = new UploadInspector(UploadInspector.Limits.defaults(), configured(closedPort, postgres));
        var refused = down.inspect("letter.txt", "Kære udvalg".getBytes(StandardCharsets.UTF_8));
        assertThat(((UploadInspector.Refused) refused).messageKey()).isEqualTo("error.upload.scan-unavailable");
    }

    private static VirusScanner configured(int port, String databaseUrl) {
        var clamd = new VirusScanProperties.Clamd("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new VirusScanners().virusScanner(new VirusScanProperties("clamd", clamd), databaseUrl);
    }

    /** Assembled at run time, reversed in the source, so that no scanner flags the source tree. */
    private static byte[] eicar() {
        return new StringBuilder("*H+H$!ELIF-TSET-SURIVITNA-DRADNATS-RACIE$}7)CC7)^P(45XZP\\4[PA@%P!O5X")
            .reverse().toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static ClamdScanner scanner(int port) {
        return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Accepts one connection, reads a z-command and INSTREAM chunks, answers NUL-terminated like clamd. */
    private static final class FakeClamd implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final CompletableFuture<byte[]> received = new CompletableFuture<>();
        private final CompletableFuture<String> command = new CompletableFuture<>();

        FakeClamd(Function<byte[], String> reply) throws IOException {
            Thread.ofVirtual().start(() -> {
                try (var socket = server.accept()) {
                    var in = new DataInputStream(socket.getInputStream());
                    var cmd = new StringBuilder();
                    int b;
                    while ((b = in.read()) > 0) {
                        cmd.append((char) b);
                    }
                    command.complete(cmd.toString());
                    var content = new ByteArrayOutputStream();
                    int len;
                    while ((len = in.readInt()) > 0) {
                        content.write(in.readNBytes(len));
                    }
                    received.complete(content.toByteArray());
                    socket.getOutputStream().write((reply.apply(content.toByteArray()) + "\0").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    received.completeExceptionally(e);
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        byte[] received() throws Exception {
            return received.get(5, TimeUnit.SECONDS);
        }

        String command() throws Exception {
            return command.get(5, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
