package dk.rekrut.jobcentre;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpServer;

/** A local HTTP server for harvest tests: each path answers what the test sets, and counts its requests. */
public final class TestFeedServer implements AutoCloseable {

    record Answer(int status, String contentType, String body, String location) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** When set, requests wait for it (up to 10 s) before they are answered. */
    public volatile CountDownLatch hold;
    final CountDownLatch firstRequest = new CountDownLatch(1);

    public TestFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            firstRequest.countDown();
            try {
                CountDownLatch h = hold;
                if (h != null) {
                    h.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Answer a = answers.getOrDefault(path, new Answer(404, "text/plain", "not found", null));
            if (a.location() != null) {
                exchange.getResponseHeaders().set("Location", a.location());
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body, null));
    }

    public void answerWithLocation(String path, String location) {
        answers.put(path, new Answer(302, "text/plain", "", location));
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
