package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every browser test shares, so the whole browser suite starts Rekrut once: one Spring context (same
 * configuration in every subclass, so the test context cache reuses it), one GreenMail SMTP server for the JVM,
 * and Debian's Chromium driven by Playwright. Playwright's driver (Node, shipped in the driver-bundle jar) is unpacked
 * to the temp folder at start; no browser is downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): Chromium is Debian's,
 * {@code -Drekrut.chromium} overrides its path. Every test leaves the clock where the class found it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSuite {

    static final int SMTP_PORT = freePort();
    /**
     * The server's port, chosen here rather than by Spring: links in mail come from rekrut.public-base-url, never from
     * the request, so the base URL must name the port before the server starts.
     */
    static final int HTTP_PORT = freePort();
    /** One SMTP server for the whole suite; tests pick their mail by recipient, as other classes' mail may arrive. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rekrut.mail.transport", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("rekrut.storage.path", () -> "target/browser-files");
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("rekrut.public-base-url", () -> "http://localhost:" + HTTP_PORT);
    }

    @LocalServerPort int port;
    @Autowired MutableClock clock;

    Playwright playwright;
    Browser browser;
    /** The clock as the class found it; every test leaves it here. */
    Instant start;

    @BeforeAll
    void launch() {
        start = clock.instant();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getProperty("rekrut.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"))
            // Danish date fields (dd.mm.åååå) where Debian's chromium-l10n is installed; harmless where it is not.
            .setEnv(withDanishLanguage()));
    }

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    @AfterAll
    void close() {
        if (start != null) {
            clock.set(start);
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    void login(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("rekrut-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).isVisible()).isTrue();
    }

    /** Answers the six screening questions of {@link ApplicationFixture#publish} on the application form. */
    static void fillQuestions(Page page, ApplicationFixture.Posted posted, String freeText) {
        page.locator("#" + posted.question(QuestionKind.YES_NO).field() + "-yes").check();
        page.locator("#" + posted.question(QuestionKind.FREE_TEXT).field() + "-input").fill(freeText);
        var single = posted.question(QuestionKind.SINGLE_CHOICE);
        page.locator("#" + single.field() + "-" + single.options().getFirst().id()).check();
        var multiple = posted.question(QuestionKind.MULTIPLE_CHOICE);
        page.locator("#" + multiple.field() + "-" + multiple.options().get(1).id()).check();
        var prio = posted.question(QuestionKind.PRIORITISED);
        for (int i = 0; i < prio.options().size(); i++) {
            page.locator("#" + prio.field() + "-" + prio.options().get(i).id()).selectOption(String.valueOf(i + 1));
        }
        var cls = posted.question(QuestionKind.CLASSIFIED);
        for (var o : cls.options()) {
            page.locator("#" + cls.field() + "-" + o.id() + "-1").check();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A Danish visitor's browser: Danish language, Danish time zone (date inputs, Accept-Language). */
    static Browser.NewContextOptions danish() {
        return new Browser.NewContextOptions().setLocale("da-DK").setTimezoneId("Europe/Copenhagen").setAcceptDownloads(true);
    }

    /** axe-core's serious and critical findings on the page (all rules, not only the WCAG-tagged ones). */
    static List<String> seriousViolations(Page page, String name) {
        var results = new AxeBuilder(page).analyze();
        assertThat(results.getErrorMessage()).as("axe-core ran on %s", name).isNull();
        assertThat(results.getPasses()).as("axe-core checked something on %s", name).isNotEmpty();
        return results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .map(v -> name + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getHtml()).toList())
            .toList();
    }

    /**
     * The browser's environment: this process's, with Danish as the language (LANGUAGE) and a UTF-8 locale that
     * every Debian has (C.UTF-8; a da_DK locale that is not installed would make file names with æøå unreadable).
     */
    private static Map<String, String> withDanishLanguage() {
        var env = new HashMap<>(System.getenv());
        env.remove("LC_ALL");
        env.put("LANG", "C.UTF-8");
        env.put("LANGUAGE", "da");
        return env;
    }

    static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
