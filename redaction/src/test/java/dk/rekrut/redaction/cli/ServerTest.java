package dk.rekrut.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dk.rekrut.redaction.RedactionEngine;

class ServerTest {

    private static Server server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = Server.start("127.0.0.1", 0, new RedactionEngine());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void detectReturnsSpansAsJson() throws Exception {
        var r = post("/detect", "application/json", "{\"text\": \"Ring til Hanne Kjær på 22 33 44 55\", \"language\": \"da\"}"
            .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"type\":\"NAME\"", "\"text\":\"Hanne Kjær\"", "\"type\":\"PHONE\"");
    }

    @Test
    void redactReturnsTheReportAndTheCleanPdf() throws Exception {
        String known = Base64.getEncoder().encodeToString("{\"fullName\":\"Omar Farouk\"}".getBytes(StandardCharsets.UTF_8));
        var r = post("/redact", "text/plain", "Omar Farouk søger stillingen som jurist.".getBytes(StandardCharsets.UTF_8),
            Map.of("X-Known-Personal-Data", known));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"clean\"", "\"pdf\":\"").doesNotContain("Omar", "Farouk");
        Object parsed = Json.parse(r.body());
        String pdf = (String) ((Map<?, ?>) parsed).get("pdf");
        assertThat(new String(Base64.getDecoder().decode(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void badRequestsGetAClearErrorAndUnreadableDocumentsNoPdf() throws Exception {
        assertThat(post("/detect", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), Map.of()).statusCode())
            .isEqualTo(400);
        var r = post("/redact", "application/pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII), Map.of());
        assertThat(r.body()).contains("\"status\":\"failed\"", "\"pdf\":null");
        var get = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/detect")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }
}
