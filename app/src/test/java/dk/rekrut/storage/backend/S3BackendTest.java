package dk.rekrut.storage.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 backend against a small in-memory S3 stand-in (no network beyond localhost) that checks every request's
 * Signature V4 the way S3 does and refuses requests whose signature does not match.
 */
class S3BackendTest {

    private static final String ACCESS = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private HttpServer server;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<String> refused = new ArrayList<>();
    private S3Backend backend;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        backend = backend(SECRET, "rekrut");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void writesReadsListsAndDeletesSignedObjects() throws IOException {
        String key = StorageKeys.of(UUID.randomUUID());
        byte[] content = "Ansøgning".getBytes(StandardCharsets.UTF_8);
        backend.write(key, new ByteArrayInputStream(content), content.length);
        assertThat(objects).containsKey("/bucket/rekrut/" + key);

        try (var in = backend.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        var listed = new ArrayList<StorageBackend.StoredObject>();
        backend.list(listed::add);
        assertThat(listed).extracting(StorageBackend.StoredObject::key).containsExactly(key);

        backend.delete(key);
        assertThat(objects).isEmpty();
        backend.delete(key); // deleting what is gone is fine
        assertThatThrownBy(() -> backend.open(key)).isInstanceOf(NoSuchFileException.class);
        assertThat(refused).isEmpty();
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        var wrong = backend("not-the-secret", "");
        assertThatThrownBy(() -> wrong.write("aa/bb/x", new ByteArrayInputStream(new byte[1]), 1))
            .isInstanceOf(IOException.class).hasMessageContaining("403").hasMessageContaining("SignatureDoesNotMatch");
        assertThat(refused).hasSize(1);
    }

    @Test
    void listingsAreReadAcrossPages() throws IOException {
        byte[] page1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <IsTruncated>true</IsTruncated><NextContinuationToken>tok+/=</NextContinuationToken>
              <Contents><Key>p/ab/cd/one</Key><LastModified>2026-03-01T09:00:00.000Z</LastModified></Contents>
            </ListBucketResult>""".getBytes(StandardCharsets.UTF_8);
        var seen = new ArrayList<StorageBackend.StoredObject>();
        assertThat(S3Backend.parseListing(page1, "p/", seen::add)).isEqualTo("tok+/=");
        assertThat(seen).containsExactly(new StorageBackend.StoredObject("ab/cd/one", Instant.parse("2026-03-01T09:00:00Z")));
        assertThatThrownBy(() -> S3Backend.parseListing("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
            .getBytes(StandardCharsets.UTF_8), "", o -> { })).isInstanceOf(IOException.class);
    }

    @Test
    void missingSettingsAreReportedAtStartup() {
        assertThatThrownBy(() -> new S3Backend(new S3Backend.Settings(null, "us-east-1", "b", "a", "s", "", true,
            Duration.ofSeconds(1)), Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
    }

    private S3Backend backend(String secret, String prefix) {
        var settings = new S3Backend.Settings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            "eu-north-1", "bucket", ACCESS, secret, prefix, true, Duration.ofSeconds(5));
        return new S3Backend(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] body = ex.getRequestBody().readAllBytes();
            Map<String, String> signed = new LinkedHashMap<>();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String names = auth.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
            for (String name : names.split(";")) {
                signed.put(name, ex.getRequestHeaders().getFirst(name));
            }
            String payload = ex.getRequestHeaders().getFirst("x-amz-content-sha256");
            String expected = new SigV4(ACCESS, SECRET, "eu-north-1", "s3")
                .authorization(method, path, query, signed, payload, NOW);
            if (!expected.equals(auth) || !signed.containsKey("host") || !signed.containsKey("x-amz-date")) {
                refused.add(path);
                reply(ex, 403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
                return;
            }
            switch (method) {
                case "PUT" -> {
                    objects.put(path, body);
                    reply(ex, 200, "");
                }
                case "DELETE" -> {
                    objects.remove(path);
                    reply(ex, 204, null);
                }
                case "GET" -> {
                    if (query != null && query.contains("list-type=2")) {
                        String prefix = query.replaceAll(".*prefix=([^&]*).*", "$1");
                        var xml = new StringBuilder("<ListBucketResult><IsTruncated>false</IsTruncated>");
                        new TreeMap<>(objects).forEach((k, v) -> {
                            String key = k.substring("/bucket/".length());
                            if (key.startsWith(URLDecoder.decode(prefix, StandardCharsets.UTF_8))) {
                                xml.append("<Contents><Key>").append(key).append("</Key><LastModified>")
                                    .append(NOW).append("</LastModified></Contents>");
                            }
                        });
                        reply(ex, 200, xml.append("</ListBucketResult>").toString());
                    } else if (objects.containsKey(path)) {
                        ex.sendResponseHeaders(200, objects.get(path).length);
                        ex.getResponseBody().write(objects.get(path));
                    } else {
                        reply(ex, 404, "<Error><Code>NoSuchKey</Code></Error>");
                    }
                }
                default -> reply(ex, 405, "");
            }
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        ex.getResponseBody().write(b);
    }
}
