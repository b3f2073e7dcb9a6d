package dk.rekrut.jobcentre.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import dk.rekrut.jobcentre.JobcentreProperties;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a source's URL with care, since an administrator's URL is fetched from inside the network (SSRF): http and
 * https only; a host that resolves to a loopback, private, link-local or otherwise internal address is refused unless
 * it is on {@code rekrut.jobcentre.fetch.allowed-private-hosts} (tests and local demo feeds); redirects are followed by
 * hand (at most three) and checked the same way; a connect timeout, a timeout for the headers and one for the body,
 * and a size limit. Each hop's name is looked up once and the connection goes to exactly the addresses checked
 * ({@link VettedAddresses} is the HTTP client's only resolver), so a name that changes its address between the check
 * and the connection (DNS rebinding) still reaches only a checked address.
 */
@Component
public class Fetcher {

    /** What came back: the body and its declared media type (may be empty). */
    public record Fetched(byte[] body, String contentType) {
    }

    private static final int MAX_REDIRECTS = 3;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
        + "application/json, text/html, application/xml, text/xml, text/csv, */*;q=0.5";

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final Set<String> allowedPrivateHosts;
    private final VettedAddresses.Lookup lookup;

    @Autowired
    Fetcher(JobcentreProperties settings) {
        this(settings.fetch().connectTimeout(), settings.fetch().timeout(), settings.fetch().maxBytes(),
            settings.fetch().allowedPrivateHosts(), InetAddress::getAllByName);
    }

    Fetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, String allowedPrivateHosts) {
        this(connectTimeout, readTimeout, maxBytes, allowedPrivateHosts, InetAddress::getAllByName);
    }

    /** {@code lookup}: how names are resolved, once per hop (tests give one that answers differently each time). */
    Fetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, String allowedPrivateHosts,
            VettedAddresses.Lookup lookup) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.allowedPrivateHosts = Arrays.stream(allowedPrivateHosts.split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.lookup = lookup;
    }

    public Fetched fetch(String url) throws HarvestFailure {
        URI uri = parse(url);
        var addresses = new VettedAddresses(lookup, allowedPrivateHosts);
        CloseableHttpClient client = client(addresses);
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                addresses.vet(uri); // before every hop: a redirect's target is looked up and checked afresh
                var request = new HttpGet(uri);
                request.setHeader("Accept", ACCEPT);
                try {
                    ClassicHttpResponse response = send(client, request);
                    String location = header(response, "Location");
                    int status = response.getCode();
                    if (status >= 300 && status < 400 && !location.isEmpty()) {
                        uri = parse(uri.resolve(location).toString());
                        continue;
                    }
                    return answer(response, status);
                } finally {
                    // Drops the connection: closing the answer instead would read the rest of a body not wanted (too
                    // large, too slow, a redirect's) to its end, however long that takes.
                    request.cancel();
                }
            }
            throw new HarvestFailure("too-many-redirects");
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    /**
     * A client for one fetch whose only resolver is {@code addresses}; no redirects, retries, cookies or kept
     * connections of its own, so every hop is a new connection to an address checked for that hop.
     */
    private CloseableHttpClient client(VettedAddresses addresses) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(addresses)
            .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout)).setSocketTimeout(Timeout.of(readTimeout)).build())
            .build();
        return HttpClients.custom().setConnectionManager(connections)
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build())
            .setConnectionReuseStrategy((request, response, context) -> false)
            .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableContentCompression()
            .setUserAgent("Rekrut-jobcentre/1").build();
    }

    private Fetched answer(ClassicHttpResponse response, int status) throws HarvestFailure {
        if (status < 200 || status >= 300) {
            throw new HarvestFailure("http-status", status);
        }
        var entity = response.getEntity();
        if (entity == null) {
            return new Fetched(new byte[0], header(response, "Content-Type"));
        }
        if (entity.getContentLength() > maxBytes) {
            throw new HarvestFailure("too-large");
        }
        try {
            return new Fetched(readLimited(entity.getContent()), header(response, "Content-Type"));
        } catch (IOException e) {
            throw new HarvestFailure("unreachable");
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null || h.getValue() == null ? "" : h.getValue();
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

    /**
     * Sends the request and waits for the headers: the socket timeout bounds each wait for bytes, and the request is
     * cancelled once {@code readTimeout} has passed in all, so headers sent a byte at a time cannot hold the harvest.
     */
    private ClassicHttpResponse send(CloseableHttpClient client, HttpGet request) throws HarvestFailure {
        var expired = new AtomicBoolean(); // set before the cancel, which the waiting thread may notice first
        var deadline = CompletableFuture.runAsync(() -> {
            expired.set(true);
            request.cancel();
        }, CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            return client.executeOpen(null, request, null);
        } catch (InterruptedIOException e) {
            throw new HarvestFailure("timeout"); // connect or socket timeout, or cancelled by the deadline
        } catch (IOException e) {
            throw new HarvestFailure(expired.get() ? "timeout" : "unreachable");
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * Reads at most maxBytes; the request's timeout covers the headers, this one the body, however slowly it comes.
     * The stream is left open: {@link #fetch} drops the connection, which also ends a read still waiting here.
     */
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
        }
    }
}
