package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 2, acceptance 3: single sign-on with OpenID Connect against a real provider (Spring Authorization Server)
 * started inside the test on its own port. The whole authorisation-code flow runs over HTTP with a cookie-keeping
 * client, as a browser would: Rekrut → provider login form → back to Rekrut with a code → a Rekrut session.
 * The app is on "localhost" and the provider on "127.0.0.1", so their cookies never mix.
 */
@SpringBootTest(classes = dk.rekrut.RekrutApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class OidcLoginTest {

    static final int APP_PORT = freePort();
    static final int PROVIDER_PORT = freePort();
    static final ConfigurableApplicationContext PROVIDER = startProvider();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry r) {
        r.add("server.port", () -> APP_PORT);
        r.add("spring.security.oauth2.client.registration.test.client-id", () -> "rekrut");
        r.add("spring.security.oauth2.client.registration.test.client-secret", () -> "rekrut-test-secret");
        r.add("spring.security.oauth2.client.registration.test.client-name", () -> "Test-IdP");
        r.add("spring.security.oauth2.client.registration.test.scope", () -> "openid,profile,email");
        r.add("spring.security.oauth2.client.provider.test.issuer-uri", () -> "http://127.0.0.1:" + PROVIDER_PORT);
    }

    @Autowired AuditLog audit;

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aUserKnownToRekrutLogsInThroughTheProvider() throws Exception {
        var browser = newBrowser();
        String loginPage = get(browser, "http://localhost:" + APP_PORT + "/login").body();
        assertThat(loginPage).contains("Log ind med Test-IdP");

        var providerLogin = get(browser, "http://localhost:" + APP_PORT + "/oauth2/authorization/test");
        assertThat(providerLogin.uri().getPort()).isEqualTo(PROVIDER_PORT);
        var afterLogin = submitProviderLogin(browser, providerLogin, "helle", "provider-password");

        assertThat(afterLogin.uri().toString()).isEqualTo("http://localhost:" + APP_PORT + "/cases");
        assertThat(afterLogin.statusCode()).isEqualTo(200);
        assertThat(afterLogin.body()).contains("Helle HR (udvidet)").contains("Rekrutteringssager");
        assertThat(audit.search(new AuditQuery("hr.udvidet", AuditAction.LOGIN_SUCCEEDED, null, null, null, 50)))
            .anySatisfy(e -> assertThat(e.details()).isEqualTo("oidc"));

        // The subject is now linked: a second login finds the user by subject.
        var again = newBrowser();
        var secondLogin = submitProviderLogin(again, get(again, "http://localhost:" + APP_PORT + "/oauth2/authorization/test"),
            "helle", "provider-password");
        assertThat(secondLogin.uri().getPath()).isEqualTo("/cases");
    }

    @Test
    void aPersonWithoutARekrutAccountIsRefused() throws Exception {
        var browser = newBrowser();
        var providerLogin = get(browser, "http://localhost:" + APP_PORT + "/oauth2/authorization/test");
        var afterLogin = submitProviderLogin(browser, providerLogin, "stranger", "provider-password");
        assertThat(afterLogin.uri().getPath()).isEqualTo("/login");
        assertThat(afterLogin.uri().getQuery()).isEqualTo("oidc-error");
        assertThat(afterLogin.body()).contains("ingen aktiv Rekrut-konto");
        var cases = get(browser, "http://localhost:" + APP_PORT + "/cases");
        assertThat(cases.uri().getPath()).isEqualTo("/login");
    }

    private static HttpResponse<String> submitProviderLogin(HttpClient browser, HttpResponse<String> loginForm,
                                                            String user, String password) throws Exception {
        assertThat(loginForm.uri().getPath()).isEqualTo("/login");
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginForm.body());
        assertThat(csrf.find()).as("provider login form has a CSRF token").isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return browser.send(HttpRequest.newBuilder(loginForm.uri())
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ConfigurableApplicationContext startProvider() {
        return new SpringApplicationBuilder(testidp.TestIdentityProvider.class).properties(Map.ofEntries(
            Map.entry("server.port", PROVIDER_PORT),
            Map.entry("spring.application.name", "test-idp"),
            Map.entry("spring.datasource.url", "jdbc:h2:mem:test-idp;DB_CLOSE_DELAY=-1"),
            Map.entry("server.servlet.session.cookie.name", "IDPSESSION"),
            Map.entry("rekrut.demo-data", "false"),
            Map.entry("spring.modulith.events.jdbc.schema-initialization.enabled", "false"),
            Map.entry("spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:" + PROVIDER_PORT),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.client-id", "rekrut"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.client-secret", "{noop}rekrut-test-secret"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.client-authentication-methods", "client_secret_basic"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.authorization-grant-types", "authorization_code"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.redirect-uris",
                "http://localhost:" + APP_PORT + "/login/oauth2/code/test"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.registration.scopes", "openid,profile,email"),
            Map.entry("spring.security.oauth2.authorizationserver.client.rekrut.require-authorization-consent", "false")))
            .run();
    }

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
