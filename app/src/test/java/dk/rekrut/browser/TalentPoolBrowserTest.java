package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.talentpool.ConsentExpiry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, acceptance 1 in a real browser (set up as {@link BrowserJourneysTest}): the administrator creates a pool
 * and an icon; HR offers two candidates a place from their candidate pages; one accepts through the link in the
 * e-mail (delivered over SMTP to GreenMail); HR finds her by icon and rating, and not the other; on a shifted clock
 * her consent expiry sends a reminder and then removes her from the pool.
 */
class TalentPoolBrowserTest extends BrowserSuite {

    @Autowired ApplicationFixture applicationFixture;
    @Autowired Submissions submissions;
    @Autowired OutboxWorker outbox;
    @Autowired ConsentExpiry expiry;
    @Autowired JdbcClient jdbc;

    @Test
    void hrOffersTwoCandidatesOneAcceptsIsFoundByIconAndRatingIsRemindedAndRemoved() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String poolName = "Ledertalenter " + run;
        String iconName = "Lederpotentiale " + run;
        var posted = applicationFixture.publish("Teamleder " + run, 20, false);
        String anna = "anna." + run + "@example.dk";
        String bo = "bo." + run + "@example.dk";
        UUID annaApp = apply(posted, "Anna Andersen " + run, anna);
        UUID boApp = apply(posted, "Bo Bech " + run, bo);
        SMTP.purgeEmailFromAllMailboxes();

        try (BrowserContext admin = browser.newContext(danish())) {
            Page page = admin.newPage();
            login(page, "admin");
            page.navigate(url("/admin/talent-pools"));
            page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(poolName);
            page.getByLabel("Samtykke (måneder)").fill("12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret")).first().click();
            page.getByLabel("Nyt ikon").fill(iconName);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret")).last().click();
            assertThat(page.content()).contains(poolName, iconName);
        }

        try (BrowserContext hrContext = browser.newContext(danish().setViewportSize(1280, 900))) {
            hrContext.setDefaultTimeout(15_000);
            Page hr = hrContext.newPage();
            login(hr, "hr.udvidet");
            for (UUID app : List.of(annaApp, boApp)) {
                hr.navigate(url("/cases/" + posted.caseId() + "/candidates/" + app));
                hr.getByLabel("Emnebank", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(poolName));
                hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbud")).click();
                assertThat(hr.getByRole(AriaRole.STATUS).first().textContent()).contains("Tilbuddet er sendt");
            }
            outbox.deliverDue();
            assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
            String offer = body(mailTo(anna, "Tilbud om plads i emnebanken"));
            var link = Pattern.compile("https?://[^\\s\"<]+/jobs/talent-pool/consent/[A-Za-z0-9_-]+").matcher(offer);
            assertThat(link.find()).as("the offer carries the private link").isTrue();

            hr.navigate(url("/talent-pools"));
            assertThat(hr.content()).as("nobody is in the pool before accepting").doesNotContain("Anna Andersen " + run);

            try (BrowserContext candidate = browser.newContext(danish())) {
                Page page = candidate.newPage();
                page.navigate(link.group());
                assertThat(page.locator("h1").textContent()).isEqualTo("Din plads i emnebanken");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja tak, optag mig i emnebanken")).click();
                assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Du er med i emnebanken " + poolName);
            }

            hr.navigate(url("/talent-pools"));
            hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anna Andersen " + run)).click();
            hr.getByLabel(iconName).check();
            hr.getByLabel("Vurdering (1-5)").selectOption("4");
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(hr.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");

            hr.navigate(url("/talent-pools"));
            hr.getByLabel(iconName).check();
            hr.getByLabel("Mindst denne vurdering").selectOption("4");
            hr.getByLabel("Søg i emnebankerne").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Søg").setExact(true)).click();
            assertThat(resultNames(hr)).containsExactly("Anna Andersen " + run);
            hr.getByLabel("Mindst denne vurdering").selectOption("5");
            hr.getByLabel("Søg i emnebankerne").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Søg").setExact(true)).click();
            assertThat(resultNames(hr)).isEmpty();

            // Her consent runs out: a reminder 30 days before, then removal after the end (the clock moved).
            Instant until = jdbc.sql("SELECT consent_until FROM talent_member WHERE email = ?").param(anna)
                .query(OffsetDateTime.class).single().toInstant();
            SMTP.purgeEmailFromAllMailboxes();
            clock.set(until.minus(Duration.ofDays(29)));
            expiry.run();
            outbox.deliverDue();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(body(mailTo(anna, "Dit samtykke til emnebanken"))).contains("/jobs/talent-pool/consent/");
            hr.navigate(url("/talent-pools?pool=" + poolId(poolName)));
            assertThat(resultNames(hr)).containsExactly("Anna Andersen " + run);

            clock.set(until.plus(Duration.ofHours(1)));
            expiry.run();
            hr.navigate(url("/talent-pools?pool=" + poolId(poolName)));
            assertThat(resultNames(hr)).isEmpty();
            assertThat(hr.getByRole(AriaRole.STATUS).first().textContent()).contains("0 personer");
        } finally {
            clock.set(start);
        }
    }

    /** axe-core finds no serious or critical problem on the new public and HR pages (as issue 2, acceptance 6). */
    @Test
    void thePoolAndJobAgentPagesHaveNoSeriousAccessibilityProblems() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext visitor = browser.newContext(danish())) {
            Page page = visitor.newPage();
            for (String path : List.of("/jobs/agent", "/jobs/talent-pool")) {
                page.navigate(url(path));
                problems.addAll(seriousViolations(page, path));
            }
        }
        try (BrowserContext admin = browser.newContext(danish())) {
            Page page = admin.newPage();
            login(page, "admin");
            page.navigate(url("/admin/talent-pools"));
            problems.addAll(seriousViolations(page, "/admin/talent-pools"));
        }
        var posted = applicationFixture.publish("Tilgængelighed " + UUID.randomUUID().toString().substring(0, 6), 20, false);
        UUID app = apply(posted, "Carla Clausen", "carla." + UUID.randomUUID() + "@example.dk");
        try (BrowserContext hr = browser.newContext(danish())) {
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            for (String path : List.of("/talent-pools", "/talent-pools?caseId=" + posted.caseId(),
                "/cases/" + posted.caseId() + "/candidates/" + app)) {
                page.navigate(url(path));
                problems.addAll(seriousViolations(page, path));
            }
        }
        assertThat(problems).isEmpty();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name, String email) {
        var s = ApplicationFixtures.submission(posted, email);
        return submissions.submit(s.by(s.applicant().withName(name).withEmail(email))).applicationId();
    }

    private String poolId(String name) {
        return jdbc.sql("SELECT id FROM talent_pool WHERE name = ?").param(name).query(UUID.class).single().toString();
    }

    private static List<String> resultNames(Page page) {
        return page.locator("table.list tbody tr td a").allTextContents();
    }

    private static MimeMessage mailTo(String recipient, String subjectStart) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient) && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + recipient + ": " + subjectStart));
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

}
