package dk.rekrut.matching.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.match.BadProfileException;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.occupation.Occupations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The engine over HTTP (the JDK's server, no framework): {@code POST /occupations} (body: the text; query
 * {@code lang}, {@code top}) and {@code POST /match} (body: {@code {"cv","wishes","postcode","maxKm","top","lang"}}),
 * answering the same JSON as the command line. Bad input gets 400 with {@code {"error": "..."}}; bodies over
 * {@link #MAX_BODY} bytes get 413. There is no authentication: bind it to a private interface (the default is
 * 127.0.0.1) behind the application that authorises its users. Logs name the route and status, never the text.
 */
final class HttpService implements AutoCloseable {

    static final int MAX_BODY = 2 * 1024 * 1024;
    private static final Set<String> MATCH_FIELDS = Set.of("cv", "wishes", "postcode", "maxKm", "top", "lang");

    /** A request the service refuses: the status and a one-line reason, sent as {@code {"error": reason}}. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    private record ErrorOut(String error) {
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Occupations occupations;
    private final Matching matching;
    private final PrintStream log;

    /** Starts listening; {@code matching} may be null (no index given), then {@code /match} answers 503. */
    HttpService(String host, int port, Occupations occupations, Matching matching, PrintStream log) throws IOException {
        this.occupations = occupations;
        this.matching = matching;
        this.log = log;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        int status = 200;
        String path = ex.getRequestURI().getPath();
        try (ex) {
            String body;
            try {
                body = switch (path) {
                    case "/occupations" -> occupations(ex);
                    case "/match" -> match(ex);
                    default -> throw new Refused(404, "no such route; use POST /occupations or POST /match");
                };
            } catch (Refused r) {
                status = r.status;
                body = Json.write(new ErrorOut(r.getMessage()));
            } catch (RuntimeException e) {
                status = 500;
                body = Json.write(new ErrorOut("internal error"));
                // The class only: a message may quote the citizen's text.
                log.println("serve: " + path + " failed: " + e.getClass().getName());
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            var headers = ex.getResponseHeaders();
            headers.set("Content-Type", "application/json; charset=utf-8");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-store");
            if (status == 405) {
                headers.set("Allow", "POST");
            }
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }
        log.println("serve: " + ex.getRequestMethod() + " " + path + " " + status);
    }

    private String occupations(HttpExchange ex) throws IOException {
        String text = text(ex);
        Map<String, String> query = query(ex);
        int top = positiveInt(query.get("top"), "top");
        Lang lang = query.get("lang") == null ? null : lang(query.get("lang"));
        if (text.isBlank()) {
            return "[]";
        }
        Lang used = lang != null ? lang : occupations.language(text);
        return Json.write(Json.OccupationOut.all(occupations.rank(text, used, top), used));
    }

    private String match(HttpExchange ex) throws IOException {
        String text = text(ex);
        if (matching == null) {
            throw new Refused(503, "no postings index: start the service with serve --index DIR");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new Refused(400, "the body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Refused(400, "the body must be a JSON object {\"cv\",\"wishes\",\"postcode\",\"maxKm\",\"top\",\"lang\"}");
        }
        for (String name : node.propertyNames()) {
            if (!MATCH_FIELDS.contains(name)) {
                throw new Refused(400, "unknown field " + name);
            }
        }
        String cv = string(node, "cv");
        List<String> wishes = new ArrayList<>();
        JsonNode w = node.get("wishes");
        if (w != null && !w.isNull()) {
            if (!w.isArray()) {
                throw new Refused(400, "wishes must be an array of strings");
            }
            for (JsonNode one : w) {
                if (!one.isString()) {
                    throw new Refused(400, "wishes must be an array of strings");
                }
                wishes.add(one.asString());
            }
        }
        Double maxKm = null;
        JsonNode km = node.get("maxKm");
        if (km != null && !km.isNull()) {
            if (!km.isNumber()) {
                throw new Refused(400, "maxKm must be a number");
            }
            maxKm = km.doubleValue();
        }
        int top = 10;
        JsonNode t = node.get("top");
        if (t != null && !t.isNull()) {
            if (!t.isIntegralNumber() || t.asLong() <= 0 || t.asLong() > 1000) {
                throw new Refused(400, "top must be a whole number from 1 to 1000");
            }
            top = t.asInt();
        }
        String langCode = string(node, "lang");
        try {
            var profile = new Profile(cv == null ? "" : cv, wishes, string(node, "postcode"), maxKm, top,
                langCode == null ? null : lang(langCode));
            return Json.write(matching.answer(profile));
        } catch (BadProfileException | UsageException e) {
            throw new Refused(400, e.getMessage());
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new Refused(400, field + " must be a string");
        }
        return v.asString();
    }

    /** The body as UTF-8 text, at most {@link #MAX_BODY} bytes; only POST is answered. */
    private static String text(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            throw new Refused(405, "use POST");
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new Refused(413, "the body is larger than " + MAX_BODY / (1024 * 1024) + " MB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the body is not UTF-8 text");
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!Set.of("lang", "top").contains(name)) {
                throw new Refused(400, "unknown parameter " + name + " (use lang, top)");
            }
            out.put(name, value);
        }
        return out;
    }

    private static int positiveInt(String value, String name) {
        if (value == null) {
            return 10;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n <= 0 || n > 1000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Refused(400, name + " must be a whole number from 1 to 1000");
        }
    }

    private static Lang lang(String code) {
        try {
            return Lang.parse(code);
        } catch (IllegalArgumentException e) {
            throw new Refused(400, e.getMessage());
        }
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
