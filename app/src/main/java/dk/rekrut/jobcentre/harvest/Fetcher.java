package dk.rekrut.jobcentre.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import dk.rekrut.jobcentre.JobcentreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a source's URL with care, since an administrator's URL is fetched from inside the network (SSRF): http and
 * https only; a host that resolves to a loopback, private, link-local or otherwise internal address is refused unless
 * it is on {@code rekrut.jobcentre.fetch.allowed-private-hosts} (tests and local demo feeds); redirects are followed by
 * hand (at most three) and checked the same way; a connect timeout, a timeout for the whole answer, and a size limit.
 * The check resolves the name before the client does, so a name whose address changes between the two (DNS
 * rebinding) is not caught: put a proxy with its own rules in front if that matters.
 */
@Component
public class Fetcher {

    /** What came back: the body and its declared media type (may be empty). */
    public record Fetched(byte[] body, String contentType) {
    }

    private static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;
    private final Set<String> allowedPrivateHosts;

    @Autowired
    Fetcher(JobcentreProperties settings) {
        this(settings.fetch().connectTimeout(), settings.fetch().timeout(), settings.fetch().maxBytes(),
            settings.fetch().allowedPrivateHosts());
    }

    Fetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, String allowedPrivateHosts) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.allowedPrivateHosts = Arrays.stream(allowedPrivateHosts.split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public Fetched fetch(String url) throws HarvestFailure {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                uri = parse(uri.resolve(response.headers().firstValue("Location").orElseThrow()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new HarvestFailure("http-status", status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response.body());
                throw new HarvestFailure("too-large");
            }
            return new Fetched(readLimited(response.body()), response.headers().firstValue("Content-Type").orElse(""));
        }
        throw new HarvestFailure("too-many-redirects");
    }

    /** An absolute http(s) URL with a host, or null. Also used when a source is saved. */
    public static URI httpUri(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException | NullPointerException e) {
            return null;
        }
    }

    private static URI parse(String url) throws HarvestFailure {
        URI uri = httpUri(url);
        if (uri == null) {
            throw new HarvestFailure("bad-url");
        }
        return uri;
    }

    private void checkAddress(URI uri) throws HarvestFailure {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowedPrivateHosts.contains(host)) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (internal(a)) {
                    throw new HarvestFailure("address-refused");
                }
            }
        } catch (UnknownHostException e) {
            throw new HarvestFailure("unknown-host");
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
            || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return a instanceof Inet4Address && ((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || b[0] == 0);
    }

    private HttpResponse<InputStream> send(URI uri) throws HarvestFailure {
        var request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
            .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json, "
                + "text/html, application/xml, text/xml, text/csv, */*;q=0.5")
            .header("User-Agent", "Rekrut-jobcentre/1").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new HarvestFailure("timeout");
        } catch (IOException e) {
            throw new HarvestFailure("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailure("unreachable");
        }
    }

    /** Reads at most maxBytes; the request's timeout covers the headers, this one the body, however slowly it comes. */
    private byte[] readLimited(InputStream in) throws HarvestFailure {
        var task = new FutureTask<byte[]>(() -> {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    return null;
                }
            }
            return out.toByteArray();
        });
        Thread.ofVirtual().start(task);
        try {
            byte[] body = task.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (body == null) {
                throw new HarvestFailure("too-large");
            }
            return body;
        } catch (TimeoutException e) {
            throw new HarvestFailure("timeout");
        } catch (ExecutionException e) {
            throw new HarvestFailure("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailure("unreachable");
        } finally {
            task.cancel(true);
            close(in);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do: the answer is not used
        }
    }
}
