package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.publication.MediaList;
import dk.rekrut.publication.Medium;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.Time;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journeys in a real browser (Debian's Chromium driven by Playwright), against the app started once
 * for the suite (one Spring context, one Playwright and one Chromium for the class):
 * <ul>
 *   <li>HR publishes a posting to media with different periods and it comes and goes on time in the public
 *       list, on its page and in the feeds; a feed link records the visit for its medium (issue 2, acceptance 4);</li>
 *   <li>an applicant applies on a phone and withdraws through the link in the receipt (issue 3, acceptance 1);</li>
 *   <li>axe-core finds no serious or critical accessibility problems on the main pages (issue 2, acceptance 6).</li>
 * </ul>
 * Run with {@code mvn -f app/pom.xml -Pbrowser test}. Screenshots go to {@code target/screenshots}; with
 * {@code -Drekrut.screenshots=docs} to {@code docs/images} (the README's pictures), with any other value to that folder.
 * Playwright's driver (Node, shipped in the driver-bundle jar) is unpacked to the temp folder at start; no browser
 * is downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): Chromium is Debian's, {@code -Drekrut.chromium} overrides its path.
 */
// The list screenshot first, while only the demo postings are on it; the tests do not depend on each other.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTest extends BrowserSuite {

    static final DateTimeFormatter DANISH_LONG = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' H.mm",
        Locale.forLanguageTag("da"));

    static final Set<String> DOCS_PICTURES = Set.of("jobs.png", "case.png");

    @Autowired PublicPostings publicPostings;
    @Autowired MediaList media;
    @Autowired ApplicationFixture applicationFixture;
    @Autowired OutboxWorker outbox;
    @Autowired Submissions submissions;

    /**
     * Issue 2, acceptance 4. HR creates a case through the form, writes the posting, and on the case page (panel
     * loaded by htmx) plans the intranet from today and the own site and Jobnet from day 3, then publishes. The
     * public sees it at the right time in the right places, a feed link records the visit for its medium, and the
     * posting is gone everywhere the minute the deadline (Danish time) has passed.
     */
    @Test
    @Order(2)
    void hrPublishesToTwoMediaWithDifferentPeriodsAndThePostingComesAndGoesOnTime() throws Exception {
        // Mid-morning in Copenhagen, so "today" cannot roll over while the test runs.
        clock.set(Time.today(clock).atTime(10, 0).atZone(Time.DANISH).toInstant());
        LocalDate today = Time.today(clock);
        LocalDateTime deadline = today.plusDays(5).atTime(12, 0);
        Instant deadlineInstant = deadline.atZone(Time.DANISH).toInstant();
        String title = "Dataanalytiker til HR-analyse";
        UUID postingId;

        try (BrowserContext hrContext = browser.newContext(danish().setViewportSize(1280, 800))) {
            hrContext.setDefaultTimeout(15_000);
            Page page = hrContext.newPage();
            login(page, "hr.udvidet");

            page.navigate(url("/cases"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret sag")).click();
            assertThat(heading(page)).isEqualTo("Opret sag");
            page.getByLabel("Stillingsbetegnelse").fill(title);
            page.getByLabel("Kategori").selectOption(new SelectOption().setLabel("IT"));
            page.getByLabel("Ansøgningsfrist").fill(deadline.toString());
            page.getByLabel("Opgaver").fill("Du analyserer rekrutteringsdata og bygger dashboards.");
            page.getByLabel("Faglige kompetencer").fill("Statistik og Python.");
            page.getByLabel("Personlige kompetencer").fill("Nysgerrig og grundig.");
            page.getByLabel("Vilkår", new Page.GetByLabelOptions().setExact(true)).fill("37 timer, hjemmearbejde efter aftale.");
            page.getByLabel("Succeskriterier").fill("Bedre data om ansøgere efter et år.");
            page.getByLabel("Udviklingsmuligheder").fill("Kurser i maskinlæring.");
            page.getByLabel("Timer om ugen").fill("37");
            page.getByLabel("Adresse", new Page.GetByLabelOptions().setExact(true)).fill("Rådhuspladsen 1");
            page.getByLabel("Postnummer").fill("1550");
            page.getByLabel("By", new Page.GetByLabelOptions().setExact(true)).fill("København V");
            page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Karen Kontakt");
            page.getByLabel("E-mail").fill("karen.kontakt@example.dk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
            assertThat(heading(page)).isEqualTo(title);
            assertThat(fact(page, "Status")).isEqualTo("Kladde");
            // The deadline typed in Danish time is shown back in Danish time.
            assertThat(fact(page, "Ansøgningsfrist")).isEqualTo(DANISH_LONG.format(deadline));
            assertThat(page.getByText("Statistik og Python.").isVisible()).isTrue();
            String caseUrl = page.url();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stillingsopslag")).click();
            writePostingWithTheEditor(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
            // Stored as written: the heading, the bold word and Word's nested list come back into the editor.
            Locator stored = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Indledning til opslaget"));
            assertThat(stored.locator("h2").textContent()).isEqualTo("Om jobbet");
            assertThat(stored.locator("b, strong").first().textContent()).isEqualTo("dataholdet");
            assertThat(stored.locator("ul > li > ul > li").textContent()).isEqualTo("gerne med traume");
            assertThat(stored.innerHTML()).doesNotContain("mso-", "<o:p", "style=", "·");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            page.waitForURL(caseUrl);

            addPublication(page, "KK Intranet", today);
            addPublication(page, "Københavns Kommunes jobsite", today.plusDays(3));
            addPublication(page, "Jobnet", today.plusDays(3));
            assertThat(runsToday(page, "KK Intranet")).isEqualTo("Ja");
            assertThat(runsToday(page, "Københavns Kommunes jobsite")).isEqualTo("Nej");
            assertThat(runsToday(page, "Jobnet")).isEqualTo("Nej");

            // Publishing asks first, saying where the posting appears from today (issue 21, review problems 4 and 7).
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offentliggør")).click();
            assertThat(page.locator("main").textContent()).contains("Her vises opslaget fra i dag").contains("KK Intranet")
                .contains("Københavns Kommunes jobsite, fra");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, offentliggør")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Sagen er offentliggjort");
            assertThat(fact(page, "Status")).isEqualTo("Offentliggjort");
            Locator publicLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se det offentlige opslag"));
            String href = publicLink.getAttribute("href");
            var idInLink = Pattern.compile("/jobs/([0-9a-f-]{36})$").matcher(href);
            assertThat(idInLink.find()).as("the panel links to the public page: %s", href).isTrue();
            postingId = UUID.fromString(idInLink.group(1));
            screenshot(page, "case.png", true);
        }

        Medium intranet = medium("intranet");
        Medium jobnet = medium("jobnet");
        try (BrowserContext visitor = browser.newContext(danish().setViewportSize(1280, 800))) {
            visitor.setDefaultTimeout(15_000);
            Page page = visitor.newPage();
            APIRequestContext http = visitor.request();

            // Day 0: only the intranet runs. Its page and the intranet feed have it; the public list and Jobnet do not.
            assertThat(jobListTitles(page)).as("the public list shows the demo postings").isNotEmpty().doesNotContain(title);
            Response response = page.navigate(url("/jobs/" + postingId));
            assertThat(response.status()).isEqualTo(200);
            assertThat(heading(page)).isEqualTo(title);
            assertThat(page.locator("time").first().getAttribute("datetime")).isEqualTo(deadlineInstant.toString());
            assertThat(page.locator("time").first().textContent()).isEqualTo(DANISH_LONG.format(deadline));
            assertThat(page.getByText("Karen Kontakt").isVisible()).isTrue();
            assertThat(feedLink(http, "intranet", title)).hasValue(url("/jobs/" + postingId + "?medium=intranet"));
            assertThat(feedLink(http, "jobnet", title)).isEmpty();
            assertThat(feedLink(http, "jobsite", title)).isEmpty();
            assertThat(jsonFeed(http, "jobnet")).doesNotContain(title);

            // Day 3: the own site and Jobnet start.
            clock.advance(Duration.ofDays(3));
            assertThat(jobListTitles(page)).contains(title);
            assertThat(feedLink(http, "intranet", title)).isPresent();
            assertThat(feedLink(http, "jobsite", title)).isPresent();
            String jobnetLink = feedLink(http, "jobnet", title).orElseThrow(() ->
                new AssertionError("the Jobnet feed carries the posting from day 3"));
            assertThat(jobnetLink).isEqualTo(url("/jobs/" + postingId + "?medium=jobnet"));
            assertThat(jsonFeed(http, "jobnet")).contains("/jobs/" + postingId + "?medium=jobnet");
            assertThat(http.get(url("/api/v1/postings/" + postingId)).status()).isEqualTo(200);

            // Following the feed link opens the posting and records the visit for Jobnet (and for Jobnet only).
            int jobnetBefore = publicPostings.visits(postingId, jobnet.id());
            int intranetBefore = publicPostings.visits(postingId, intranet.id());
            response = page.navigate(jobnetLink);
            assertThat(response.status()).isEqualTo(200);
            assertThat(heading(page)).isEqualTo(title);
            assertThat(publicPostings.visits(postingId, jobnet.id())).isEqualTo(jobnetBefore + 1);
            assertThat(publicPostings.visits(postingId, intranet.id())).isEqualTo(intranetBefore);
            // The medium goes on with the applicant to the application form.
            String apply = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg stillingen")).getAttribute("href");
            assertThat(apply).endsWith("/jobs/" + postingId + "/apply?medium=jobnet");
            screenshot(page, "posting.png", false);

            // One minute before the deadline it is still there ...
            clock.set(deadlineInstant.minus(Duration.ofMinutes(1)));
            assertThat(jobListTitles(page)).contains(title);
            assertThat(feedLink(http, "jobnet", title)).isPresent();

            // ... one minute after it is gone from the list, the page and every feed.
            clock.set(deadlineInstant.plus(Duration.ofMinutes(1)));
            assertThat(jobListTitles(page)).isNotNull().doesNotContain(title);
            response = page.navigate(url("/jobs/" + postingId + "?medium=jobnet"));
            assertThat(response.status()).isEqualTo(404);
            assertThat(heading(page)).isEqualTo("Siden findes ikke");
            for (String feed : List.of("intranet", "jobsite", "jobnet")) {
                assertThat(feedLink(http, feed, title)).as("RSS feed %s", feed).isEmpty();
                assertThat(jsonFeed(http, feed)).as("JSON feed %s", feed).doesNotContain(title);
            }
            assertThat(http.get(url("/api/v1/postings/" + postingId)).status()).isEqualTo(404);
        }
    }

    @Test
    @Order(4)
    void anApplicantAppliesOnAPhoneGetsTheReceiptAndWithdraws() throws Exception {
        var posted = applicationFixture.publish("Telefonjob " + System.nanoTime(), 10, false);
        Path dir = Files.createTempDirectory("rekrut-upload");
        Path letter = Files.write(dir.resolve("ansøgning.pdf"), TestDocuments.pdf("Min ansøgning"));
        Path cv = Files.write(dir.resolve("cv.docx"), TestDocuments.docx("Mit CV"));
        SMTP.purgeEmailFromAllMailboxes();

        try (BrowserContext phone = browser.newContext(danish()
            .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true))) {
            Page page = phone.newPage();
            page.navigate(url("/jobs/" + posted.postingId() + "?medium=jobnet"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg stillingen")).click();
            page.getByLabel("Navn").first().fill("Mette Frederiksen Test");
            page.getByLabel("E-mail").fill("mette.test@example.dk");
            page.getByLabel("Telefon").fill("+45 12 34 56 78");
            page.locator("#application").setInputFiles(letter);
            page.locator("#cv").setInputFiles(cv);
            fillQuestions(page, posted, "Jeg brænder for data.");
            page.getByLabel("Jeg har læst teksten og giver samtykke").check();
            screenshot(page, "apply-phone.png", false);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Vi har modtaget din ansøgning");

            outbox.deliverDue();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            // The suite shares one SMTP server: pick this applicant's receipt.
            var mail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals("mette.test@example.dk");
                } catch (MessagingException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
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

    /**
     * Issue 21: the posting editor. A heading and a bold word with the toolbar, then a list pasted from Word (what
     * Word puts on the clipboard: paragraphs with mso-list styles, not a list), which the editor shows as a list.
     */
    private static void writePostingWithTheEditor(Page page) {
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Indledning til opslaget"));
        Locator toolbar = page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Formatering"));
        toolbar.waitFor(); // shown once js/editor.js has put the editor over the textarea (the page may still be loading)
        editor.click();
        page.keyboard().type("Om jobbet");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overskrift").setExact(true)).click();
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        page.keyboard().type("Bliv en del af vores ");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fed")).click();
        page.keyboard().type("dataholdet");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fed")).click();
        page.keyboard().type(".");
        page.keyboard().press("Enter");
        editor.evaluate("""
            (box, html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Erfaring med akutmodtagelse');
              box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }""", WORD_LIST);
        editor.locator("ul > li > ul > li").waitFor();
        // The live preview (htmx) follows the editor.
        page.locator("#preview h2").filter(new Locator.FilterOptions().setHasText("Om jobbet")).waitFor();
    }

    private static final String WORD_LIST = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]-->\
        <span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>\
        &nbsp;&nbsp; </span></span></span><!--[endif]-->Erfaring med akutmodtagelse<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'>\
        <!--[if !supportLists]--><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp; \
        </span></span></span><!--[endif]-->gerne med traume<o:p></o:p></p>
        <!--EndFragment--></body></html>""";

    /**
     * Issue 2, acceptance 6: axe-core (all its rules, not only the WCAG-tagged ones) over the public list, a posting
     * page, the application form, the case list, the case form and a case page with its htmx-loaded publication
     * panel; for issue 7 also the statistics page, the applicant's erasure request and the administrator's erasure page. Every violation is printed with its nodes; serious and critical ones fail the test.
     */
    @Test
    @Order(3)
    void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        String title = "Tilgængelighedskonsulent";
        var posted = applicationFixture.publish(title, 10, false);
        Submissions.Receipt receipt;
        try (BrowserContext anonymous = browser.newContext(danish().setViewportSize(1280, 800))) {
            anonymous.setDefaultTimeout(15_000);
            Page page = anonymous.newPage();
            check(page, "/jobs", "Ledige stillinger", problems);
            assertThat(jobListTitles(page)).as("the list was checked with postings in it").contains(title);
            check(page, "/jobs/" + posted.postingId(), title, problems);
            check(page, "/jobs/" + posted.postingId() + "/apply", null, problems);
            // Issue 21, review problem 11: sent empty, the form comes back with the error summary first and focused.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            page.locator("#problems").waitFor();
            // autofocus is applied at the browser's next rendering step, not when the element is parsed: wait for it
            // (the wait fails the test when focus never arrives).
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'problems'");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("problems");
            assertThat(page.locator("#problems a[href='#cv']").textContent()).isEqualTo("Vedhæft dit CV.");
            keepSerious(violations(page, "the application form with errors"), problems);
            // The applicant's erasure request (issue 7), reached through the private link.
            receipt = submissions.submit(ApplicationFixtures.submission(posted, "axe@example.dk"));
            outbox.deliverDue(); // its receipt goes now, not into the next journey's inbox
            check(page, "/my-application/" + receipt.accessToken() + "/erasure", "Slet mine oplysninger", problems);
        }
        try (BrowserContext hr = browser.newContext(danish().setViewportSize(1280, 800))) {
            hr.setDefaultTimeout(15_000);
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            check(page, "/cases", "Rekrutteringssager", problems);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).count())
                .as("the case list was checked with cases in it").isPositive();
            check(page, "/cases/new", "Opret sag", problems);
            check(page, "/cases/" + posted.caseId(), title, problems);
            check(page, "/cases/" + posted.caseId() + "/posting", "Stillingsopslag", problems); // the editor
            // Issue 21: the confirmations of closing and of a bulk rejection (with its letter).
            check(page, "/cases/" + posted.caseId() + "/close", "Afslut sagen", problems);
            applicationFixture.deadlinePassed(posted.caseId()); // rejection letters wait for the deadline
            check(page, "/cases/" + posted.caseId() + "/board/reject?candidate=" + receipt.applicationId(), "Giv afslag med brev", problems);
            assertThat(page.locator("#letter-previews").textContent()).contains("Afslag, på dansk: 1 modtager");
            check(page, "/statistics", "Statistik", problems); // issue 7: tables with captions and scoped headers
            // Issue 7: a chart beside the tables, drawn from them (CSP allows no inline script): every canvas holds a
            // Chart.js chart, and each plotted value is the table's number, or a gap (null) where the table shows
            // "<5" or "x".
            Object mismatches = page.evaluate("""
                () => Array.from(document.querySelectorAll('canvas[data-chart-for]')).flatMap(canvas => {
                  const chart = Chart.getChart(canvas);
                  if (!chart) return ['no chart for ' + canvas.dataset.chartFor];
                  if (canvas.dataset.chartSeries !== 'rows') return [];
                  const rows = document.getElementById(canvas.dataset.chartFor).querySelectorAll('tbody tr');
                  return Array.from(rows).flatMap((tr, i) => Array.from(tr.querySelectorAll('td')).flatMap((td, j) => {
                    const text = td.textContent.trim();
                    const want = /^\\d+$/.test(text) ? Number(text) : null;
                    const got = chart.data.datasets[i].data[j];
                    return got === want ? [] : [canvas.dataset.chartFor + ' ' + i + '/' + j + ': ' + text + ' drawn as ' + got];
                  }));
                })""");
            assertThat((List<?>) mismatches).as("charts equal their tables, suppressed cells as gaps").isEmpty();
            assertThat(((Number) page.evaluate("document.querySelectorAll('canvas[role=img][aria-label]').length")).intValue())
                .as("funnel, internal/external, six fairness tables and media").isEqualTo(9);
            assertThat(((Number) page.evaluate("() => Array.from(document.querySelectorAll('#fair-h ~ table td'))"
                + ".filter(td => !/^\\d+$/.test(td.textContent.trim())).length")).intValue())
                .as("the test data has suppressed cells to draw as gaps").isPositive();
        }
        try (BrowserContext admin = browser.newContext(danish().setViewportSize(1280, 800))) {
            admin.setDefaultTimeout(15_000);
            Page page = admin.newPage();
            login(page, "admin");
            check(page, "/admin/erasure-requests", "Sletning", problems);
        }
        // The check can fail: the same analysis finds the faults of a deliberately broken page.
        try (BrowserContext control = browser.newContext(danish())) {
            Page page = control.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"da\"><head><title>Kontrol</title></head><body><main>"
                + "<h1>Kontrol</h1><img src=\"data:,\"><button></button><p style=\"color:#bbb\">Lav kontrast</p>"
                + "</main></body></html>");
            assertThat(violations(page, "broken control page")).anyMatch(v -> v.contains(": image-alt (critical)"))
                .anyMatch(v -> v.contains(": button-name (critical)")).anyMatch(v -> v.contains(": color-contrast (serious)"));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /**
     * Issue 5, acceptance 3. HR creates an anonymous case with a committee and publishes it; the posting and the form
     * say the recruitment is anonymous and offer no video; an applicant applies with files that name her. The
     * committee screens by candidate number and rates without meeting her name anywhere; the chair ranks and
     * shortlists; HR moves her on; the chair re-identifies her and only then sees who she is; the audit log shows
     * every step.
     */
    @Test
    @Order(5)
    void anAnonymousRecruitmentFromCaseToReidentification() throws Exception {
        String title = "Sagsbehandler, anonym " + System.nanoTime();
        String applicant = "Fatima Al-Hassan Zaytouni";
        LocalDateTime deadline = Time.today(clock).plusDays(10).atTime(12, 0);
        String caseId;
        UUID postingId;
        try (BrowserContext hr = browser.newContext(danish().setViewportSize(1280, 800))) {
            hr.setDefaultTimeout(15_000);
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/new"));
            page.getByLabel("Stillingsbetegnelse").fill(title);
            page.getByLabel("Ansøgningsfrist").fill(deadline.toString());
            page.getByLabel("Opgaver").fill("Du behandler borgernes sager.");
            page.locator("#anonymous").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
            caseId = page.url().replaceAll(".*/cases/", "");
            attach(page, "Birgit Bedømmelsesudvalg", "Formand for udvalget");
            attach(page, "Anders Ansættelsesudvalg", "Udvalgsmedlem");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stillingsopslag")).click();
            page.getByLabel("Indledning til opslaget").fill("<p>Vi rekrutterer anonymt.</p>");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            page.navigate(url("/cases/" + caseId));
            addPublication(page, "Københavns Kommunes jobsite", Time.today(clock));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offentliggør")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, offentliggør")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Sagen er offentliggjort");
            String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se det offentlige opslag"))
                .getAttribute("href");
            postingId = UUID.fromString(href.replaceAll(".*/jobs/", ""));
        }

        Path dir = Files.createTempDirectory("rekrut-anonymous");
        Path letter = Files.write(dir.resolve(applicant + " ansøgning.pdf"),
            TestDocuments.pdf("Ansøgning fra " + applicant + ", fatima.zaytouni@example.dk"));
        Path cv = Files.write(dir.resolve("cv.docx"), TestDocuments.docx("CV for " + applicant));
        try (BrowserContext visitor = browser.newContext(danish().setViewportSize(1280, 800))) {
            visitor.setDefaultTimeout(15_000);
            Page page = visitor.newPage();
            page.navigate(url("/jobs/" + postingId));
            assertThat(page.getByRole(AriaRole.NOTE).first().textContent()).contains("Anonym rekruttering", "kandidatnummer");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg stillingen")).click();
            assertThat(page.getByRole(AriaRole.NOTE).first().textContent()).contains("Denne rekruttering er anonym");
            assertThat(page.getByLabel("Link til videoansøgning (valgfri)").count()).as("no video in an anonymous case").isZero();
            assertThat(page.locator("input[name=video]").count()).isZero();
            page.getByLabel("Navn").first().fill(applicant);
            page.getByLabel("E-mail").fill("fatima.zaytouni@example.dk");
            page.getByLabel("Telefon").fill("+45 21 43 65 87");
            page.locator("#application").setInputFiles(letter);
            page.locator("#cv").setInputFiles(cv);
            page.getByLabel("Jeg har læst teksten og giver samtykke").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Vi har modtaget din ansøgning");
        }

        String number;
        String candidateUrl;
        try (BrowserContext member = browser.newContext(danish().setViewportSize(1280, 800))) {
            member.setDefaultTimeout(15_000);
            Page page = member.newPage();
            login(page, "ansaettelse");
            page.navigate(url("/cases/" + caseId + "/candidates"));
            Locator link = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first();
            number = link.textContent().strip();
            assertThat(number).matches("K-\\d{4,9}");
            assertThat(page.content()).doesNotContain("Fatima").doesNotContain("Zaytouni");
            link.click();
            assertThat(heading(page)).contains(number);
            candidateUrl = page.url();
            assertThat(page.content()).doesNotContain("Fatima").doesNotContain("Zaytouni").doesNotContain("ansøgning.pdf")
                .doesNotContain("Historik");
            rate(page, "4");
        }

        try (BrowserContext chair = browser.newContext(danish().setViewportSize(1280, 800))) {
            chair.setDefaultTimeout(15_000);
            Page page = chair.newPage();
            login(page, "bedoemmelse");
            page.navigate(candidateUrl);
            rate(page, "5");
            page.navigate(url("/cases/" + caseId + "/candidates"));
            page.getByLabel("Rangering " + number).fill("1");
            page.getByLabel("Til samtale " + number).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rangering og udvælgelse")).click();
            assertThat(page.getByLabel("Til samtale " + number).isChecked()).isTrue();
            assertThat(page.content()).doesNotContain("Zaytouni");
        }

        try (BrowserContext hr = browser.newContext(danish().setViewportSize(1280, 800))) {
            hr.setDefaultTimeout(15_000);
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            page.navigate(candidateUrl);
            page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Udvalgt"));
            page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Skift status"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
            assertThat(fact(page, "Status")).isEqualTo("Udvalgt");
        }

        try (BrowserContext chair = browser.newContext(danish().setViewportSize(1280, 800))) {
            chair.setDefaultTimeout(15_000);
            Page page = chair.newPage();
            login(page, "bedoemmelse");
            page.navigate(candidateUrl);
            assertThat(page.content()).doesNotContain("Zaytouni");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Af-anonymisér kandidaten")).click();
            // The confirmation says who will see her name; only its button lifts the anonymity.
            assertThat(page.content()).doesNotContain("Zaytouni");
            assertThat(page.locator("main").textContent()).contains("Hvem ser det bagefter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, af-anonymisér")).click();
            assertThat(fact(page, "Navn")).isEqualTo(applicant);
            // Now the committee may also read her own files.
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicant + " ansøgning.pdf").setExact(true)).count()).isOne();
        }

        try (BrowserContext admin = browser.newContext(danish().setViewportSize(1280, 800))) {
            admin.setDefaultTimeout(15_000);
            Page page = admin.newPage();
            login(page, "admin");
            page.navigate(url("/admin/audit?objectId=" + caseId));
            assertThat(auditActions(page)).contains("CASE_CREATED", "CASE_TEAM_CHANGED", "CASE_STATUS_CHANGED", "RANKING_CHANGED");
            String applicationId = candidateUrl.replaceAll(".*/candidates/", "");
            page.navigate(url("/admin/audit?objectId=" + applicationId));
            assertThat(auditActions(page)).contains("APPLICATION_RECEIVED", "RATED", "APPLICATION_STATUS_CHANGED",
                "REIDENTIFIED", "IDENTITY_READ");
            // Who re-identified is in the log, and the log itself names no applicant.
            assertThat(page.locator("table tbody tr:has(td[data-action=REIDENTIFIED])").first().textContent()).contains("bedoemmelse");
            assertThat(page.content()).doesNotContain("Zaytouni");
        }
    }

    private static void attach(Page page, String person, String teamRole) {
        String value = page.locator("#team-user option").filter(new Locator.FilterOptions().setHasText(person)).first()
            .getAttribute("value");
        page.getByLabel("Person").selectOption(value);
        page.getByLabel("Rolle på sagen").selectOption(new SelectOption().setLabel(teamRole));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilknyt")).click();
        page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(person)).waitFor();
    }

    private static void rate(Page page, String score) {
        var form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"));
        form.getByLabel(score, new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"))
            .getByLabel(score, new Locator.GetByLabelOptions().setExact(true)).waitFor();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"))
            .getByLabel(score, new Locator.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
    }

    private static List<String> auditActions(Page page) {
        // The page shows each action's label; its code is the cell's data-action.
        return page.locator("table tbody tr td[data-action]").all().stream().map(td -> td.getAttribute("data-action")).toList();
    }

    /** The public job list as the README shows it: demo postings only, 1280×800. */
    @Test
    @Order(1)
    void screenshotOfThePublicJobList() {
        try (BrowserContext anonymous = browser.newContext(danish().setViewportSize(1280, 800))) {
            Page page = anonymous.newPage();
            List<String> titles = jobListTitles(page);
            assertThat(titles).isNotEmpty();
            screenshot(page, "jobs.png", false);
        }
    }

    private void check(Page page, String path, String expectedHeading, List<String> problems) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).as(path).isEqualTo(200);
        if (expectedHeading != null) {
            assertThat(heading(page)).as(path).isEqualTo(expectedHeading);
        }
        if (path.matches("/cases/[0-9a-f-]{36}")) {
            // The publication panel comes by htmx: check the page as the user sees it, with the panel in it.
            page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Annonceringsperioder")).waitFor();
        }
        keepSerious(violations(page, path), problems);
    }

    /** Prints every violation and keeps the serious and critical ones. */
    private static void keepSerious(List<String> violations, List<String> problems) {
        for (String violation : violations) {
            System.out.println(violation);
            if (violation.contains("(serious)") || violation.contains("(critical)")) {
                problems.add(violation);
            }
        }
    }

    /** Every axe-core violation on the page, each with its impact in brackets and its nodes. */
    private static List<String> violations(Page page, String name) {
        var results = new AxeBuilder(page).analyze();
        assertThat(results.getErrorMessage()).as("axe-core ran on %s", name).isNull();
        assertThat(results.getPasses()).as("axe-core checked something on %s", name).isNotEmpty();
        System.out.printf("axe %s: %d rules passed, %d violated, incomplete (for a person to check): %s%n", name,
            results.getPasses().size(), results.getViolations().size(),
            results.getIncomplete().stream().map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList());
        List<String> found = new ArrayList<>();
        for (var v : results.getViolations()) {
            StringBuilder report = new StringBuilder("axe ").append(name).append(": ").append(v.getId())
                .append(" (").append(v.getImpact()).append(") ").append(v.getHelp()).append(" ").append(v.getHelpUrl());
            for (var n : v.getNodes()) {
                report.append("\n    ").append(n.getTarget()).append(" ").append(n.getHtml())
                    .append("\n      ").append(String.valueOf(n.getFailureSummary()).replace("\n", "\n      "));
            }
            found.add(report.toString());
        }
        return found;
    }

    private void addPublication(Page page, String medium, LocalDate from) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj medie")).waitFor();
        page.getByLabel("Medie", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(medium));
        page.getByLabel("Fra", new Page.GetByLabelOptions().setExact(true)).fill(from.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj medie")).click();
        publicationRow(page, medium).waitFor();
        assertThat(page.getByRole(AriaRole.ALERT).count()).as("no error adding %s", medium).isZero();
    }

    /** The row of the publication panel's table for a medium. */
    private static Locator publicationRow(Page page, String medium) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Annonceringsperioder"))
            .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(medium).setExact(true))));
    }

    /** The "Vises i dag" column of a medium's row. */
    private static String runsToday(Page page, String medium) {
        return publicationRow(page, medium).getByRole(AriaRole.CELL).nth(4).textContent().strip();
    }

    /** The value after a term in the page's facts list (status, deadline ...). */
    private static String fact(Page page, String term) {
        return page.locator("xpath=//dl[contains(@class,'facts')]/dt[normalize-space()='" + term
            + "']/following-sibling::dd[1]").textContent().strip();
    }

    private static String heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().textContent().strip();
    }

    /** Opens the public list and returns the titles on it. */
    private List<String> jobListTitles(Page page) {
        Response response = page.navigate(url("/jobs"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(heading(page)).isEqualTo("Ledige stillinger");
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2))
            .allTextContents().stream().map(String::strip).toList();
    }

    /** The link of the item with this title in a medium's RSS feed, read with a real feed parser. */
    private Optional<String> feedLink(APIRequestContext http, String medium, String title) throws Exception {
        APIResponse response = http.get(url("/feeds/" + medium + "/rss.xml"));
        assertThat(response.status()).as("RSS feed %s", medium).isEqualTo(200);
        var feed = new SyndFeedInput().build(new StringReader(response.text()));
        return feed.getEntries().stream().filter(e -> title.equals(e.getTitle())).map(SyndEntry::getLink).findFirst();
    }

    private String jsonFeed(APIRequestContext http, String medium) {
        APIResponse response = http.get(url("/feeds/" + medium + "/feed.json"));
        assertThat(response.status()).as("JSON feed %s", medium).isEqualTo(200);
        return response.text();
    }

    private Medium medium(String code) {
        return media.all().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Screenshots go to target/screenshots. With -Drekrut.screenshots=docs the README's pictures (jobs.png, case.png)
     * go to the repository's docs/images instead (the tests run in app/); with any other value to that folder.
     */
    private void screenshot(Page page, String name, boolean fullPage) {
        String target = System.getProperty("rekrut.screenshots", "");
        Path dir = target.isBlank() || !DOCS_PICTURES.contains(name) ? Path.of("target", "screenshots")
            : "docs".equals(target) ? Path.of("..", "docs", "images") : Path.of(target);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(fullPage));
    }

}
