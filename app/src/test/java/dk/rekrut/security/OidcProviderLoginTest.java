package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditEntry;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserView;
import dk.rekrut.support.TestClockConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 2, acceptance 3 (the OIDC half): single sign-on against a real OpenID Connect provider running inside the
 * test. The provider is Spring Authorization Server in its own small Spring Boot application (own port, own
 * in-memory users, its session cookie named apart from Rekrut's because cookies are per host, not per port). Rekrut
 * is configured for it only through the {@code spring.security.oauth2.client.*} properties, exactly as production is
 * configured for Entra ID, Keycloak or KOMBIT. A plain HTTP client that keeps cookies walks the authorization-code
 * flow the way a browser would: Rekrut's login page, the provider's login form (with its CSRF token), the callback,
 * Rekrut's session.
 *
 * <p>The Rekrut accounts are created here by the administration service (SSO-only, no local password), with e-mails
 * unique to this run, so the test neither depends on nor changes the demo users' subject links, which other tests
 * sharing the database (H2 in memory per JVM, or one PostgreSQL database per CI run) might rely on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcProviderLoginTest {

    /** Rekrut's port, chosen before the start so the provider can register the exact redirect URI. */
    static final int APP_PORT = freePort();
    static final String REGISTRATION_ID = "test";
    static final String CLIENT_NAME = "Test-IdP";

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String PASSWORD = "idp-kodeord-2026";

    /** Provider users (username = OIDC subject) and their e-mails; the subjects differ from Rekrut usernames. */
    static final String ADA = "ada-" + RUN + "@idp";
    static final String STRANGER = "stranger-" + RUN + "@idp";
    static final String IMPOSTOR = "impostor-" + RUN + "@idp";
    static final String BO = "bo-" + RUN + "@idp";
    static final String UNVERIFIED = "unverified-" + RUN + "@idp";
    static final String CARL_EMAIL = "carl." + RUN + "@kommune.example";
    static final String ADA_EMAIL = "ada." + RUN + "@kommune.example";
    static final Map<String, String> PROVIDER_EMAILS = Map.of(
        ADA, ADA_EMAIL,                                // Ada has a Rekrut account (HR with extended rights)
        STRANGER, "stranger." + RUN + "@example.org",  // no Rekrut account
        IMPOSTOR, ADA_EMAIL,                           // another identity claiming Ada's e-mail
        BO, "bo." + RUN + "@kommune.example",           // Bo's Rekrut account is disabled
        UNVERIFIED, CARL_EMAIL);                        // claims Carl's e-mail, which the provider has not verified

    @DynamicPropertySource
    static void oidcClient(DynamicPropertyRegistry registry) {
        String issuer = Provider.issuer(); // starts the provider before Rekrut reads its discovery document
        registry.add("server.port", () -> APP_PORT);
        String reg = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
        registry.add(reg + "client-id", () -> "rekrut");
        registry.add(reg + "client-secret", () -> "rekrut-hemmelighed");
        registry.add(reg + "client-name", () -> CLIENT_NAME);
        registry.add(reg + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider." + REGISTRATION_ID + ".issuer-uri", () -> issuer);
    }

    @Autowired AuditLog audit;
    @Autowired Administration administration;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    private UserView ada;

    @BeforeAll
    void createAccounts() {
        UUID unit = directory.userByUsername("hr.udvidet").orElseThrow().unitId();
        ada = administration.createUser(new Administration.NewUser("oidc.ada." + RUN, "Ada Andersen (SSO)",
            ADA_EMAIL, unit, Role.HR_EXTENDED, null));
        var bo = administration.createUser(new Administration.NewUser("oidc.bo." + RUN, "Bo Bendtsen (SSO)",
            PROVIDER_EMAILS.get(BO), unit, Role.HR_EXTENDED, null));
        administration.updateUser(bo.id(), bo.displayName(), bo.email(), bo.unitId(), bo.role(), false);
    }

    @AfterAll
    void stopProvider() {
        Provider.stop();
    }

    @Test
    void anAdministratorCreatedUserLogsInThroughTheProviderAndIsAudited() throws Exception {
        var browser = new Browser();
        var landing = browser.loginThroughProvider(ADA);

        assertThat(browser.visited).as("the flow went through the provider and back to Rekrut's callback")
            .anyMatch(u -> u.getPort() == Provider.port() && u.getPath().equals("/oauth2/authorize"))
            .anyMatch(u -> u.getPort() == APP_PORT && u.getPath().equals("/login/oauth2/code/" + REGISTRATION_ID)
                && u.getQuery() != null && u.getQuery().contains("code="));
        assertThat(browser.visited).as("after the callback, Rekrut's success URL").contains(app("/start"));
        assertThat(landing.uri()).isEqualTo(app("/tasks")); // /start sends HR to what waits for them (issue 21)
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(browser.cookieNames()).as("Rekrut's and the provider's sessions, side by side on 127.0.0.1")
            .contains("SESSION", "PROVIDERSESSION");

        var cases = browser.get(app("/cases"));
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(cases.body()).select(".who").text()).isEqualTo("Ada Andersen (SSO)");

        assertThat(oidcLogins(ada)).singleElement()
            .satisfies(e -> assertThat(e.actor()).isEqualTo(ada.username()));
        assertThat(linkedSubject(ada)).as("the first login links the subject").isEqualTo(ADA);

        // A second login (a new browser) finds the user by the linked subject.
        var again = new Browser();
        assertThat(again.loginThroughProvider(ADA).uri()).isEqualTo(app("/tasks"));
        assertThat(again.get(app("/cases")).statusCode()).isEqualTo(200);
        assertThat(oidcLogins(ada)).hasSize(2);
    }

    @Test
    void aPersonWithoutARekrutAccountIsRefused() throws Exception {
        long oidcLoginsBefore = allOidcLogins();
        var browser = new Browser();
        var landing = browser.loginThroughProvider(STRANGER);

        assertThat(browser.visited).as("the provider did authenticate the stranger and send a code back")
            .anyMatch(u -> u.getPort() == APP_PORT && u.getPath().equals("/login/oauth2/code/" + REGISTRATION_ID)
                && u.getQuery() != null && u.getQuery().contains("code="));
        assertRefused(browser, landing);
        assertThat(allOidcLogins()).isEqualTo(oidcLoginsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE oidc_subject = ?").param(STRANGER)
            .query(Long.class).single()).isZero();
    }

    @Test
    void anotherIdentityWithTheEmailOfAnAlreadyLinkedAccountIsRefused() throws Exception {
        new Browser().loginThroughProvider(ADA); // makes sure Ada's account is linked to her subject
        assertThat(linkedSubject(ada)).isEqualTo(ADA);
        long oidcLoginsBefore = allOidcLogins();

        var browser = new Browser();
        assertRefused(browser, browser.loginThroughProvider(IMPOSTOR));
        assertThat(allOidcLogins()).isEqualTo(oidcLoginsBefore);
        assertThat(linkedSubject(ada)).isEqualTo(ADA);
    }

    /**
     * Security round sec9: a provider that lets people type their own e-mail says so with email_verified=false (Keycloak
     * with self-registration, most public providers). Such an identity claiming a staff member's address must not
     * be linked to that staff member's account, which has not been linked yet.
     */
    @Test
    void anIdentityWhoseEmailTheProviderHasNotVerifiedIsNotLinked() throws Exception {
        var carl = administration.createUser(new Administration.NewUser("oidc.carl." + RUN, "Carl Christensen (SSO)",
            CARL_EMAIL, ada.unitId(), Role.ADMINISTRATOR, null));
        long oidcLoginsBefore = allOidcLogins();
        var browser = new Browser();
        assertRefused(browser, browser.loginThroughProvider(UNVERIFIED));
        assertThat(allOidcLogins()).isEqualTo(oidcLoginsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = ? AND oidc_subject IS NOT NULL").param(carl.id())
            .query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledAccountIsRefusedNotLinkedAndTheRefusalIsAudited() throws Exception {
        long oidcLoginsBefore = allOidcLogins();
        int refusalsBefore = refusedOidcLogins();
        var browser = new Browser();
        assertRefused(browser, browser.loginThroughProvider(BO));
        assertThat(allOidcLogins()).isEqualTo(oidcLoginsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE oidc_subject = ?").param(BO)
            .query(Long.class).single()).isZero();
        assertThat(refusedOidcLogins()).isEqualTo(refusalsBefore + 1);
    }

    private int refusedOidcLogins() {
        return (int) audit.search(new AuditQuery("anonymous", AuditAction.LOGIN_FAILED, null, null, null, 1000)).stream()
            .filter(e -> e.details() != null && e.details().startsWith("oidc: no active account")).count();
    }

    private void assertRefused(Browser browser, HttpResponse<String> landing) throws Exception {
        assertThat(landing.uri()).isEqualTo(app("/login?oidc-error"));
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("ingen aktiv Rekrut-konto");
        for (String page : List.of("/cases", "/start")) {
            var r = browser.get(app(page));
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    private List<AuditEntry> oidcLogins(UserView user) {
        return audit.search(new AuditQuery(null, AuditAction.LOGIN_SUCCEEDED, user.id().toString(), null, null, 1000))
            .stream().filter(e -> "oidc".equals(e.details())).toList();
    }

    private long allOidcLogins() {
        return audit.search(new AuditQuery(null, AuditAction.LOGIN_SUCCEEDED, null, null, null, 1000))
            .stream().filter(e -> "oidc".equals(e.details())).count();
    }

    private String linkedSubject(UserView user) {
        return jdbc.sql("SELECT oidc_subject FROM app_user WHERE id = ?").param(user.id())
            .query(String.class).single();
    }

    static URI app(String path) {
        return URI.create("http://127.0.0.1:" + APP_PORT + path);
    }

    /** A cookie-keeping HTTP client that follows redirects by hand, as a browser would, and records every stop. */
    static final class Browser {

        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        final List<URI> visited = new ArrayList<>();

        List<String> cookieNames() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
        }

        HttpResponse<String> get(URI uri) throws Exception {
            visited.add(uri);
            return http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
            visited.add(uri);
            String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return http.send(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
                assertThat(hops).as("redirects from " + response.uri()).isLessThan(15);
                String location = response.headers().firstValue("Location").orElseThrow();
                response = get(response.uri().resolve(location));
            }
            return response;
        }

        /** Rekrut's login page → "Log ind med Test-IdP" → provider login form → back to Rekrut; the final page. */
        HttpResponse<String> loginThroughProvider(String providerUser) throws Exception {
            var login = get(app("/login"));
            assertThat(login.statusCode()).isEqualTo(200);
            var sso = Jsoup.parse(login.body(), login.uri().toString())
                .selectFirst("a[href$=/oauth2/authorization/" + REGISTRATION_ID + "]");
            assertThat(sso).as("Rekrut's login page offers the configured provider").isNotNull();
            assertThat(sso.text()).contains(CLIENT_NAME);

            var providerLogin = follow(get(URI.create(sso.absUrl("href"))));
            assertThat(providerLogin.uri().getPort()).as("sent to the provider").isEqualTo(Provider.port());
            assertThat(providerLogin.statusCode()).isEqualTo(200);
            var form = Jsoup.parse(providerLogin.body(), providerLogin.uri().toString()).selectFirst("form");
            assertThat(form).as("the provider's login form").isNotNull();
            var csrf = form.selectFirst("input[name=_csrf]");
            assertThat(csrf).as("the provider's login form carries a CSRF token").isNotNull();
            var fields = new LinkedHashMap<String, String>();
            fields.put("username", providerUser);
            fields.put("password", PASSWORD);
            fields.put("_csrf", csrf.attr("value"));
            return follow(post(URI.create(form.absUrl("action")), fields));
        }

        private static HttpRequest.Builder request(URI uri) {
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** The OpenID Connect provider: started once, before Rekrut, in a Spring context of its own. */
    static final class Provider {

        private static ConfigurableApplicationContext context;

        static synchronized String issuer() {
            if (context == null) {
                context = new SpringApplicationBuilder(ProviderApplication.class)
                    .main(ProviderApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .registerShutdownHook(false)
                    .run("--spring.config.name=rekrut-test-oidc-provider", // not Rekrut's application.properties
                        "--spring.application.name=oidc-provider",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--server.servlet.session.cookie.name=PROVIDERSESSION", // Rekrut's is SESSION, on the same host
                        "--provider.redirect-uri=" + app("/login/oauth2/code/" + REGISTRATION_ID));
            }
            return "http://127.0.0.1:" + port();
        }

        static synchronized int port() {
            return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        }

        static synchronized void stop() {
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }

    /**
     * The provider's Spring configuration. Deliberately not annotated as a component or configuration, so Rekrut's
     * component scan never picks it up, and it imports only the web server and security auto-configuration, so it
     * never sees Rekrut's beans, database or properties.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
    static class ProviderApplication {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(as -> {
                    http.securityMatcher(as.getEndpointsMatcher());
                    as.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())) // the userinfo endpoint
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain providerLogin(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
        }

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(PROVIDER_EMAILS.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                .toList());
        }

        @Bean
        RegisteredClientRepository registeredClients(Environment env) {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("rekrut")
                .clientSecret("{noop}rekrut-hemmelighed")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(env.getRequiredProperty("provider.redirect-uri"))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
        }

        /** Adds the e-mail to the ID token (the userinfo endpoint answers from the ID token's claims). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String username = context.getPrincipal().getName();
                    context.getClaims().claim("email", PROVIDER_EMAILS.get(username)).claim("email_verified", !username.equals(UNVERIFIED))
                        .claim("name", username);
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build(); // issuer taken from the request: http://127.0.0.1:<port>
        }
    }

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
