package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;

/**
 * The engine as a small HTTP service for systems that are not Rekrut, on the JDK's own server: POST /detect,
 * POST /redact, GET /health. Bodies are bounded; errors are answered with a status and a JSON message, and a
 * document that fails to redact is answered with its report, never with the original. Personal data is never logged.
 */
public final class Server {

    private static final int MAX_BODY = 50 * 1024 * 1024;

    private final HttpServer http;
    private final ExecutorService pool;

    private Server(HttpServer http, ExecutorService pool) {
        this.http = http;
        this.pool = pool;
    }

    public static Server start(String host, int port, RedactionEngine engine) throws IOException {
        var http = HttpServer.create(new InetSocketAddress(host, port), 16);
        var pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        http.setExecutor(pool);
        http.createContext("/health", ex -> {
            try (ex) {
                respond(ex, 200, "text/plain", "ok");
            }
        });
        http.createContext("/detect", ex -> handle(ex, () -> detect(ex, engine)));
        http.createContext("/redact", ex -> handle(ex, () -> redact(ex, engine)));
        http.start();
        return new Server(http, pool);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public void stop() {
        http.stop(0);
        pool.shutdownNow();
    }

    private interface Handler {
        String run() throws IOException;
    }

    private static void handle(HttpExchange ex, Handler h) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                respond(ex, 405, "application/json", "{\"error\":\"use POST\"}");
                return;
            }
            try {
                respond(ex, 200, "application/json; charset=utf-8", h.run());
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                respond(ex, 400, "application/json", "{\"error\":" + Json.quote(e.getMessage()) + "}");
            } catch (RuntimeException e) {
                respond(ex, 500, "application/json", "{\"error\":\"internal error\"}");
            }
        }
    }

    private static String detect(HttpExchange ex, RedactionEngine engine) throws IOException {
        Object body = Json.parse(new String(body(ex), StandardCharsets.UTF_8));
        if (!(body instanceof Map<?, ?> m) || !(m.get("text") instanceof String text)) {
            throw new IllegalArgumentException("expected {\"text\": ..., \"language\"?: ..., \"known\"?: {...}}");
        }
        KnownPersonalData known = m.get("known") instanceof Map<?, ?> k ? JsonOut.known(k) : KnownPersonalData.NONE;
        String lang = m.get("language") instanceof String l ? l : null;
        return JsonOut.spans(engine.detect(text, lang, known));
    }

    private static String redact(HttpExchange ex, RedactionEngine engine) throws IOException {
        String header = ex.getRequestHeaders().getFirst("X-Known-Personal-Data");
        KnownPersonalData known = header == null ? KnownPersonalData.NONE
            : JsonOut.known(new String(Base64.getDecoder().decode(header.strip()), StandardCharsets.UTF_8));
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String lang = ex.getRequestHeaders().getFirst("Content-Language");
        return JsonOut.reportWithPdf(engine.redact(body(ex), type, lang, known));
    }

    private static byte[] body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                throw new IllegalArgumentException("body larger than " + MAX_BODY + " bytes");
            }
            return b;
        }
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }
}
