package dk.rekrut.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.support.TestClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over the wire, with Tomcat's access log on: a search for an applicant by name leaves the name in no request line
 * (the text is posted with the session's CSRF token), finds the applicant, and a GET with the name in its query
 * string searches nothing. Only the real server writes an access log, so this is not a MockMvc test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SearchOverTheWireTest {

    private static final Path LOGS;

    static {
        try {
            LOGS = Files.createTempDirectory("rekrut-access-log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void accessLog(DynamicPropertyRegistry registry) {
        registry.add("server.tomcat.accesslog.enabled", () -> "true");
        registry.add("server.tomcat.accesslog.directory", LOGS::toString);
        registry.add("server.tomcat.accesslog.buffered", () -> "false");
        registry.add("server.tomcat.accesslog.pattern", () -> "%r %s");
    }

    @LocalServerPort int port;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;

    private final HttpClient http = HttpClient.newHttpClient();
    private String cookie;

    @Test
    void noRequestLineOfASearchCarriesTheText() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Vilhelmine Logfri " + tag;
        var posted = fixture.publish("Logfri sag " + tag, 10, false);
        UUID id = submissions.submit(ApplicationFixtures.submission(posted, name, "v." + tag + "@example.dk")).applicationId();

        login("hr.udvidet");
        var form = send(HttpRequest.newBuilder(url("/cases/search")).GET());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("method=\"post\"").doesNotContain("method=\"get\"");
        var found = send(post("/cases/search", Map.of("q", "logfri " + tag, "_csrf", csrf(form.body()))));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(name).contains("/candidates/" + id);

        // A query string (an old bookmark, a pasted link) searches nothing and echoes nothing.
        var old = send(HttpRequest.newBuilder(url("/cases/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).GET());
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.body()).doesNotContain(tag);

        List<String> lines = accessLog();
        assertThat(lines).anyMatch(l -> l.startsWith("POST /cases/search HTTP/1.1 200"));
        assertThat(lines.stream().filter(l -> l.contains("/cases/search") && !l.startsWith("GET /cases/search?q=")))
            .isNotEmpty().noneMatch(l -> l.toLowerCase().contains(tag) || l.contains("Logfri") || l.contains("q="));
    }

    private void login(String username) throws Exception {
        var page = send(HttpRequest.newBuilder(url("/login")).GET());
        var done = send(post("/login", Map.of("username", username, "password", "rekrut-demo-2026", "_csrf", csrf(page.body()))));
        assertThat(done.statusCode()).as("login").isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/start");
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends with the session cookie, and keeps the one the answer sets (login changes the session id). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0])
            .filter(c -> !c.endsWith("=")).findFirst().ifPresent(c -> cookie = c);
        return response;
    }

    private static String csrf(String page) {
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> accessLog() throws IOException {
        var out = new ArrayList<String>();
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path f : files.toList()) {
                out.addAll(Files.readAllLines(f));
            }
        }
        return out;
    }
}
