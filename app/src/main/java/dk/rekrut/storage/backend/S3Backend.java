package dk.rekrut.storage.backend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * An S3-compatible object store (AWS S3, MinIO, Ceph, ...) spoken to with the JDK's HTTP client and Signature V4:
 * PUT, GET, DELETE and ListObjectsV2, nothing else. A PUT is atomic on the server side: an object is there
 * completely or not at all. Path-style addressing by default ({@code endpoint/bucket/key}), which every
 * S3-compatible server understands; virtual-hosted style ({@code bucket.endpoint/key}) by configuration.
 */
public class S3Backend implements StorageBackend {

    public record Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey, String prefix,
                    boolean pathStyle, Duration timeout) {
    }

    private final Settings settings;
    private final SigV4 signer;
    private final HttpClient http;
    private final Clock clock;

    public S3Backend(Settings settings, Clock clock) {
        this(settings, clock, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    S3Backend(Settings settings, Clock clock, HttpClient http) {
        if (settings.endpoint() == null || settings.bucket() == null || settings.bucket().isBlank()
            || settings.accessKey() == null || settings.accessKey().isBlank() || settings.secretKey() == null
            || settings.secretKey().isBlank()) {
            throw new IllegalStateException("rekrut.storage.type=s3 needs rekrut.storage.s3.endpoint, bucket, "
                + "access-key and secret-key");
        }
        this.settings = settings;
        this.signer = new SigV4(settings.accessKey(), settings.secretKey(), settings.region(), "s3");
        this.http = http;
        this.clock = clock;
    }

    @Override
    public void write(String key, InputStream content, long size) throws IOException {
        var publisher = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), size);
        var response = send(request("PUT", objectPath(key), null, SigV4.UNSIGNED_PAYLOAD, publisher), 
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("S3 PUT failed with HTTP " + response.statusCode() + ": " + errorCode(response.body()));
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        var response = send(request("GET", objectPath(key), null, SigV4.EMPTY_SHA256, HttpRequest.BodyPublishers.noBody()),
            HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 404) {
            response.body().close();
            throw new NoSuchFileException(key);
        }
        if (response.statusCode() / 100 != 2) {
            String body = new String(response.body().readNBytes(4096), StandardCharsets.UTF_8);
            response.body().close();
            throw new IOException("S3 GET failed with HTTP " + response.statusCode() + ": " + errorCode(body));
        }
        return response.body();
    }

    @Override
    public void delete(String key) throws IOException {
        var response = send(request("DELETE", objectPath(key), null, SigV4.EMPTY_SHA256, HttpRequest.BodyPublishers.noBody()),
            HttpResponse.BodyHandlers.ofString());
        // 204 when deleted, 404 from some S3-compatible servers when it was not there: both mean "gone".
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw new IOException("S3 DELETE failed with HTTP " + response.statusCode() + ": " + errorCode(response.body()));
        }
    }

    @Override
    public void list(Consumer<StoredObject> each) throws IOException {
        String token = null;
        String prefix = prefix();
        do {
            var query = new StringBuilder("list-type=2");
            if (token != null) {
                query.append("&continuation-token=").append(SigV4.uriEncode(token, true));
            }
            if (!prefix.isEmpty()) {
                query.append("&prefix=").append(SigV4.uriEncode(prefix, true));
            }
            var response = send(request("GET", bucketPath(), query.toString(), SigV4.EMPTY_SHA256,
                HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("S3 list failed with HTTP " + response.statusCode() + ": "
                    + errorCode(new String(response.body(), StandardCharsets.UTF_8)));
            }
            token = parseListing(response.body(), prefix, each);
        } while (token != null);
    }

    /** Reads one ListObjectsV2 page; returns the continuation token, or null on the last page. */
    static String parseListing(byte[] xml, String prefix, Consumer<StoredObject> each) throws IOException {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            var contents = doc.getElementsByTagName("Contents");
            for (int i = 0; i < contents.getLength(); i++) {
                var c = (Element) contents.item(i);
                String key = text(c, "Key");
                String modified = text(c, "LastModified");
                if (key == null || modified == null || !key.startsWith(prefix)) {
                    continue;
                }
                each.accept(new StoredObject(key.substring(prefix.length()), Instant.parse(modified)));
            }
            String truncated = text(doc.getDocumentElement(), "IsTruncated");
            return "true".equals(truncated) ? text(doc.getDocumentElement(), "NextContinuationToken") : null;
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IOException("unreadable S3 listing", e);
        }
    }

    private static String text(Element parent, String tag) {
        var nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private HttpRequest request(String method, String path, String query, String payloadHash,
                                HttpRequest.BodyPublisher body) {
        URI base = settings.endpoint();
        String host = settings.pathStyle() ? base.getHost() : settings.bucket() + "." + base.getHost();
        int port = base.getPort();
        boolean defaultPort = port == -1 || port == 443 && "https".equals(base.getScheme())
            || port == 80 && "http".equals(base.getScheme());
        // The JDK client sends Host without a default port, so the signed value must omit it too.
        String hostHeader = defaultPort ? host : host + ":" + port;
        URI uri = URI.create(base.getScheme() + "://" + hostHeader + path + (query == null ? "" : "?" + query));
        Instant now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", hostHeader);
        headers.put("x-amz-content-sha256", payloadHash);
        headers.put("x-amz-date", SigV4.AMZ_DATE.format(now));
        String authorization = signer.authorization(method, path, query, headers, payloadHash, now);
        var builder = HttpRequest.newBuilder(uri).timeout(settings.timeout()).method(method, body)
            .header("x-amz-content-sha256", payloadHash).header("x-amz-date", headers.get("x-amz-date"))
            .header("Authorization", authorization);
        return builder.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while talking to S3");
        }
    }

    String objectPath(String key) {
        String encoded = SigV4.uriEncode(prefix() + key, false);
        return settings.pathStyle() ? "/" + SigV4.uriEncode(settings.bucket(), true) + "/" + encoded : "/" + encoded;
    }

    private String bucketPath() {
        return settings.pathStyle() ? "/" + SigV4.uriEncode(settings.bucket(), true) : "/";
    }

    private String prefix() {
        String p = settings.prefix() == null ? "" : settings.prefix().strip();
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    /** Only S3's error code goes into messages and logs, never a body that might echo request data. */
    private static String errorCode(String body) {
        if (body == null) {
            return "";
        }
        int start = body.indexOf("<Code>");
        int end = body.indexOf("</Code>");
        return start >= 0 && end > start ? body.substring(start + 6, end) : "";
    }

}
