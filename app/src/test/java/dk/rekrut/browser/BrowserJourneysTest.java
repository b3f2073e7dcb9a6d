package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.publication.MediaList;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main journeys in a real browser (Debian's Chromium driven by Playwright), against the app started once
 * for the suite: HR publishes a posting to two media with different periods (issue 2, acceptance 4), an applicant
 * applies on a phone and withdraws through the link in the receipt (issue 3, acceptance 1), and axe-core finds no
 * serious or critical accessibility problems (issue 2, acceptance 6).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest {

    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("rekrut.mail.transport", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("rekrut.storage.path", () -> "target/browser-files");
    }

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired PublicPostings publicPostings;
    @Autowired MediaList media;
    @Autowired ApplicationFixture applicationFixture;
    @Autowired OutboxWorker outbox;

    private Playwright playwright;
    private Browser browser;
    private final Instant start = Instant.now();

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getProperty("rekrut.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        SMTP.stop();
    }

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    @Test
    void hrPublishesToTwoMediaWithDifferentPeriodsAndThePostingComesAndGoesOnTime() throws Exception {
        LocalDate today = Time.today(clock);
        String title = "Browserkonsulent " + System.nanoTime();
        try (BrowserContext hrContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = hrContext.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/new"));
            page.getByLabel("Stillingsbetegnelse").fill(title);
            page.getByLabel("Ansøgningsfrist").fill(today.plusDays(5) + "T12:00");
            page.getByLabel("Opgaver").fill("Du analyserer rekrutteringsdata.");
            page.getByLabel("Faglige kompetencer").fill("Statistik og Python.");
            page.getByLabel("Personlige kompetencer").fill("Nysgerrig.");
            page.getByLabel("Postnummer").fill("1550");
            page.getByLabel("By", new Page.GetByLabelOptions().setExact(true)).fill("København V");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo(title);
            String caseUrl = page.url();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stillingsopslag")).click();
            page.getByLabel("Indledning til opslaget").fill("<p>Bliv en del af vores team.</p>");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            page.navigate(caseUrl);

            addPublication(page, "KK Intranet", today);
            addPublication(page, "Københavns Kommunes jobsite", today.plusDays(3));
            addPublication(page, "Jobnet", today.plusDays(3));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offentliggør")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Sagen er offentliggjort");
            screenshot(page, "case.png");
        }

        var postingId = findPostingId(title);

        try (BrowserContext visitor = browser.newContext()) {
            Page page = visitor.newPage();
            APIRequestContext http = visitor.request();
            // Day 0: only the intranet runs. The page exists, the public list and the Jobnet feed do not show it.
            page.navigate(url("/jobs"));
            assertThat(page.content()).doesNotContain(title);
            assertThat(http.get(url("/jobs/" + postingId)).status()).isEqualTo(200);
            assertThat(http.get(url("/feeds/intranet/rss.xml")).text()).contains(title);
            assertThat(http.get(url("/feeds/jobnet/rss.xml")).text()).doesNotContain(title);

            // Day 3: the own site and Jobnet start.
            clock.advance(Duration.ofDays(3));
            page.navigate(url("/jobs"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).count()).isEqualTo(1);
            String rss = http.get(url("/feeds/jobnet/rss.xml")).text();
            var link = Pattern.compile("<link>([^<]*" + postingId + "\\?medium=jobnet)</link>").matcher(rss);
            assertThat(link.find()).as("Jobnet feed links to the posting with the medium").isTrue();
            var jobnet = media.all().stream().filter(m -> m.code().equals("jobnet")).findFirst().orElseThrow();
            int visitsBefore = publicPostings.visits(postingId, jobnet.id());
            page.navigate(link.group(1));
            assertThat(page.locator("h1").textContent()).isEqualTo(title);
            assertThat(page.getByText("Ansøgningsfrist").first().isVisible()).isTrue();
            assertThat(publicPostings.visits(postingId, jobnet.id())).isEqualTo(visitsBefore + 1);
            screenshot(page, "posting.png");

            // After the deadline: gone from the list, the page and every feed.
            clock.advance(Duration.ofDays(3));
            page.navigate(url("/jobs"));
            assertThat(page.content()).doesNotContain(title);
            assertThat(http.get(url("/jobs/" + postingId)).status()).isEqualTo(404);
            for (String feed : List.of("intranet", "jobsite", "jobnet")) {
                assertThat(http.get(url("/feeds/" + feed + "/rss.xml")).text()).doesNotContain(title);
                assertThat(http.get(url("/feeds/" + feed + "/feed.json")).text()).doesNotContain(title);
            }
        }
    }

    @Test
    void anApplicantAppliesOnAPhoneGetsTheReceiptAndWithdraws() throws Exception {
        var posted = applicationFixture.publish("Telefonjob " + System.nanoTime(), 10, false);
        Path dir = Files.createTempDirectory("rekrut-upload");
        Path letter = Files.write(dir.resolve("ansøgning.pdf"), TestDocuments.pdf("Min ansøgning"));
        Path cv = Files.write(dir.resolve("cv.docx"), TestDocuments.docx("Mit CV"));
        SMTP.purgeEmailFromAllMailboxes();

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
            .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true))) {
            Page page = phone.newPage();
            page.navigate(url("/jobs/" + posted.postingId() + "?medium=jobnet"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg stillingen")).click();
            page.getByLabel("Navn").first().fill("Mette Frederiksen Test");
            page.getByLabel("E-mail").fill("mette.test@example.dk");
            page.getByLabel("Telefon").fill("+45 12 34 56 78");
            page.locator("#application").setInputFiles(letter);
            page.locator("#cv").setInputFiles(cv);
            var yesNo = posted.question(QuestionKind.YES_NO);
            page.locator("#" + yesNo.field() + "-yes").check();
            page.locator("#" + posted.question(QuestionKind.FREE_TEXT).field() + "-input").fill("Jeg brænder for data.");
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
            page.getByLabel("Jeg har læst teksten og giver samtykke").check();
            screenshot(page, "apply-phone.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Vi har modtaget din ansøgning");

            outbox.deliverDue();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            var mail = SMTP.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mette.test@example.dk");
            var link = Pattern.compile("https?://[^\\s\"<]+/my-application/[A-Za-z0-9_-]+").matcher(GreenMailUtil.getBody(mail)
                .replace("=\r\n", "").replace("=3D", "="));
            assertThat(link.find()).as("receipt carries the private link").isTrue();

            page.navigate(link.group());
            assertThat(page.locator("h1").textContent()).isEqualTo("Din ansøgning");
            assertThat(page.content()).contains("Mette Frederiksen Test", "ansøgning.pdf", "Jeg brænder for data.");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Træk ansøgningen tilbage")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, træk ansøgningen tilbage")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("trukket tilbage");
            assertThat(page.content()).doesNotContain("Mette Frederiksen Test");
        }
    }

    @Test
    void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        var posted = applicationFixture.publish("Tilgængelighed " + System.nanoTime(), 10, false);
        List<String> problems = new ArrayList<>();
        try (BrowserContext anonymous = browser.newContext()) {
            Page page = anonymous.newPage();
            check(page, "/jobs", problems);
            check(page, "/jobs/" + posted.postingId(), problems);
            check(page, "/jobs/" + posted.postingId() + "/apply", problems);
            screenshot(page, "apply.png");
            page.navigate(url("/jobs"));
            screenshot(page, "jobs.png");
        }
        try (BrowserContext hr = browser.newContext()) {
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            check(page, "/cases", problems);
            check(page, "/cases/new", problems);
            check(page, "/cases/" + posted.caseId(), problems);
        }
        assertThat(problems).isEmpty();
    }

    private void check(Page page, String path, List<String> problems) {
        page.navigate(url(path));
        page.waitForLoadState();
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        for (var v : results.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                problems.add(path + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }

    private void addPublication(Page page, String medium, LocalDate from) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj medie")).waitFor();
        page.getByLabel("Medie", new Page.GetByLabelOptions().setExact(true)).selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel(medium));
        page.getByLabel("Fra", new Page.GetByLabelOptions().setExact(true)).fill(from.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj medie")).click();
        page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(medium)).waitFor();
    }

    private java.util.UUID findPostingId(String title) {
        clock.advance(Duration.ofDays(3));
        try {
            return publicPostings.jobList(PublicPostings.Filter.NONE).stream()
                .filter(p -> p.recruitmentCase().title().equals(title)).findFirst().orElseThrow().id();
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    private void login(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("rekrut-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void screenshot(Page page, String name) {
        Path dir = "docs".equals(System.getProperty("rekrut.screenshots")) ? Path.of("..", "docs", "images")
            : Path.of("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(false));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
