package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The HTTP service over a real socket: both routes, the same JSON as the command line, bad input refused. */
class HttpServiceTest {

    @TempDir
    static Path tmp;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static HttpService service;
    private static Matching matching;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        TestEngine.buildRoskilde(tmp.resolve("index"));
        matching = Matching.open(tmp.resolve("index"), TestEngine.esco(), TestEngine.occupations(), TestEngine.skills(),
            Main.alternativesForMatch(() -> new dk.rekrut.matching.alternative.Alternatives(TestEngine.esco())));
        service = new HttpService("127.0.0.1", 0, TestEngine.occupations(), matching,
            new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        matching.close();
    }

    private static HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + service.port() + pathAndQuery);
    }

    @Test
    void occupationsAnswersLikeTheCommand() throws Exception {
        HttpResponse<String> r = post("/occupations?lang=da&top=3", "sygeplejerske");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo(MainTest.run("sygeplejerske", "occupations", "--lang", "da", "--top", "3", "-").out().strip());
        assertThat(post("/occupations", "  ").body()).isEqualTo("[]");
    }

    @Test
    void matchAnswersLikeTheCommand() throws Exception {
        String body = Json.write(java.util.Map.of("cv", TestEngine.DANISH_NURSE_CV, "wishes", java.util.List.of("sygeplejerske"),
            "postcode", "4000", "maxKm", 30, "top", 4));
        HttpResponse<String> r = post("/match", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode m = Json.MAPPER.readTree(r.body());
        assertThat(m.propertyNames()).containsExactly("occupations", "postings", "alternatives");
        assertThat(m.get("postings").size()).isEqualTo(4);
        for (JsonNode p : m.get("postings")) {
            assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(30.0);
        }
        MainTest.Outcome cli = MainTest.run(TestEngine.DANISH_NURSE_CV, "match", "--index", tmp.resolve("index").toString(),
            "--postcode", "4000", "--max-km", "30", "--wish", "sygeplejerske", "--top", "4", "-");
        assertThat(r.body()).isEqualTo(cli.out().strip());
    }

    @Test
    void badInputGets400WithAJsonErrorAndNothingElseLeaks() throws Exception {
        for (String[] c : new String[][] {
            {"/match", "not json"},
            {"/match", "[1]"},
            {"/match", "{\"cv\":\"\"}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"postcode\":\"99999\"}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"maxKm\":30}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"top\":0}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"top\":\"5\"}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"wishes\":\"nurse\"}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"lang\":\"sv\"}"},
            {"/match", "{\"cv\":\"sygeplejerske\",\"password\":\"x\"}"},
            {"/occupations?top=zero", "sygeplejerske"},
            {"/occupations?lang=sv", "sygeplejerske"},
            {"/occupations?debug=1", "sygeplejerske"}}) {
            HttpResponse<String> r = post(c[0], c[1]);
            assertThat(r.statusCode()).as(c[0] + " " + c[1]).isEqualTo(400);
            assertThat(Json.MAPPER.readTree(r.body()).propertyNames()).containsExactly("error");
        }
        assertThat(post("/nope", "x").statusCode()).isEqualTo(404);
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/match")).GET().build());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> big = post("/occupations", "a".repeat(HttpService.MAX_BODY + 1));
        assertThat(big.statusCode()).isEqualTo(413);
        // The log names routes and statuses, never the citizen's text.
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("POST /match 400").doesNotContain("sygeplejerske");
    }
}
