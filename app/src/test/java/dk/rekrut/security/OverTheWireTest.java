package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What only the real server (Tomcat, its valves and error dispatch) shows, so it is tested over the wire, not with
 * MockMvc. A client that sets X-Forwarded-Host or X-Forwarded-For itself must neither steer the links in the mail
 * Rekrut sends (security review H2) nor escape the per-client rate limit (M3): no proxy is trusted unless configured
 * (server.tomcat.remoteip.internal-proxies). Also the headers on every page (L9), no session for a mere visit (L8),
 * and clear 4xx answers where Tomcat or Spring's error page used to give 500 (L7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rekrut.rate-limit.submissions-per-minute=5", "rekrut.public-base-url=https://job.example.dk"})
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, OverTheWireTest.Failing.class})
class OverTheWireTest {

    /** A page that fails unexpectedly, reachable without login (under the public /jobs/**), in this context only. */
    @TestConfiguration(proxyBeanMethods = false)
    @Controller
    static class Failing {
        @GetMapping("/jobs/test-only-failure")
        String fail() {
            throw new IllegalStateException("an unexpected failure");
        }
    }

    @LocalServerPort int port;
    @Autowired Submissions submissions;
    @Autowired PublicPostings postings;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theResentLinkAlwaysPointsAtTheConfiguredSite() throws Exception {
        String email = "fwd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        var posting = demoPosting();
        submissions.submit(new Submissions.Submission(posting, UUID.randomUUID().toString(),
            new Submissions.Applicant("Fwd Ansøger", email, null), Submissions.Consent.to(1),
            new Submissions.FormAnswers(Map.of()),
            new Submissions.Enclosures(List.of(new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf", TestDocuments.pdf("Ansøgning")),
                new Submissions.Upload(DocumentKind.CV, "cv.pdf", TestDocuments.pdf("CV")))),
            new Submissions.Channel(null, Locale.forLanguageTag("da"), "https://job.example.dk")));

        clock.advance(Duration.ofMinutes(2)); // a full bucket, whatever the rate-limit test spent
        var form = http.send(HttpRequest.newBuilder(url("/my-application/resend")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        var sent = http.send(HttpRequest.newBuilder(url("/my-application/resend"))
            .header("Cookie", cookie)
            .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-For", "10.9.0.1")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&email=" + email)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        String mail = jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ? AND cause_key LIKE 'link:%'")
            .param(email).query(String.class).single();
        assertThat(mail).contains("https://job.example.dk/my-application/").doesNotContain("evil.example");
    }

    @Test
    void aForgedForwardedForDoesNotEscapeTheRateLimit() throws Exception {
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            var res = http.send(HttpRequest.newBuilder(url("/api/v1/postings/" + UUID.randomUUID() + "/applications"))
                .header("X-Forwarded-For", "10.9." + i + ".1")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("requests refused out of 8 at 5 per minute, each with another forged address").isEqualTo(3);
    }

    @Test
    void everyPageCarriesTheReferrerAndPermissionsPolicies() throws Exception {
        for (String path : new String[] {"/", "/jobs", "/login", "/jobs/" + UUID.randomUUID()}) {
            var res = get(path);
            assertThat(res.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(res.headers().firstValue("Permissions-Policy")).as(path).get().asString().contains("camera=()");
        }
    }

    @Test
    void aVisitToThePublicPagesStartsNoSession() throws Exception {
        for (String path : new String[] {"/", "/jobs", "/jobs?lang=en", "/jobs/" + UUID.randomUUID(), "/cases"}) {
            assertThat(get(path).headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
    }

    @Test
    void errorPagesAreTheProductsOwnAndNever500ForBadRequests() throws Exception {
        var direct = get("/error");
        assertThat(direct.statusCode()).isEqualTo(404);
        assertThat(direct.body()).doesNotContain("Whitelabel");

        var missing = http.send(HttpRequest.newBuilder(url("/jobs/" + UUID.randomUUID())).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<main").doesNotContain("Whitelabel").doesNotContain("/error?lang");

        var failing = http.send(HttpRequest.newBuilder(url("/jobs/test-only-failure")).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(failing.body()).contains("<main").doesNotContain("Whitelabel").doesNotContain("an unexpected failure");

        var posting = demoPosting();
        clock.advance(Duration.ofMinutes(2)); // a full rate-limit bucket
        var noBoundary = http.send(HttpRequest.newBuilder(url("/api/v1/postings/" + posting + "/applications"))
            .header("Content-Type", "multipart/form-data")
            .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noBoundary.statusCode()).as(noBoundary.body()).isEqualTo(400);
    }

    /** Issue 21 (review problem 12): a mistyped public link is an HTML page with a way back; the API keeps JSON. */
    @Test
    void aMistypedPublicLinkShowsAnHtmlPageInTheReadersLanguageAndTheApiKeepsJson() throws Exception {
        for (String path : List.of("/jobs/does-not-exist", "/jobs/does-not-exist/apply", "/my-application/abc/documents/not-an-id")) {
            var da = http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(da.statusCode()).as(path).isEqualTo(404);
            assertThat(da.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(da.body()).as(path).contains("<h1>Siden findes ikke</h1>", "href=\"/\"").doesNotContain("\"detail\"");
        }
        var en = http.send(HttpRequest.newBuilder(url("/jobs/does-not-exist?lang=en")).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("<h1>Page not found</h1>");
        var api = http.send(HttpRequest.newBuilder(url("/api/v1/postings/does-not-exist")).header("Accept", "text/html,*/*;q=0.8")
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
        assertThat(api.body()).contains("\"detail\"");
    }

    /** A demo posting without screening questions, so an application needs no answers. */
    private UUID demoPosting() {
        return postings.jobList(PublicPostings.Filter.NONE).stream()
            .filter(pp -> pp.recruitmentCase().title().equals("Specialkonsulent til rekrutteringsanalyse"))
            .findFirst().orElseThrow().id();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
