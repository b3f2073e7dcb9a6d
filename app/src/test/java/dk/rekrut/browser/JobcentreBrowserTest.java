package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.jobcentre.CitizenFixtures;
import dk.rekrut.jobcentre.Harvester;
import dk.rekrut.jobcentre.PostingsIndex;
import dk.rekrut.jobcentre.Sources;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, acceptance 1 as far as the consultant and the citizen go (the trial's count: TrialJourneyBrowserTest): on a
 * tablet-sized screen the consultant creates a citizen with a Danish CV (the wish field offers Danish ESCO labels), sees
 * ranked postings within the commute area with explanations, sends three; the citizen opens the e-mail's link and marks
 * one "Søgt", which the consultant then sees. The pages have no serious accessibility problem (axe-core).
 */
class JobcentreBrowserTest extends BrowserSuite {

    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired PostingsIndex postingsIndex;
    @Autowired OutboxWorker outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void theConsultantSendsThreePostingsAndTheCitizenMarksOneApplied() throws Exception {
        String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
        CitizenFixtures.harvestPostings(sources, harvester, tag, clock.instant(), clock.instant().plus(Duration.ofDays(3)));
        // A second portal's postings as well: the test needs three cards to send, whatever the engine ranks first.
        CitizenFixtures.harvestPostings(sources, harvester, tag + "b", clock.instant(), clock.instant().plus(Duration.ofDays(3)));
        // The scheduled poll may be rebuilding from an earlier harvest right now; a match would then use that index.
        postingsIndex.refreshNow();
        String email = "borger." + tag + "@example.dk";
        var person = new CitizenFixtures.Person("Signe Holm Brøndum", "020292-3318", email, "31 22 45 67");
        List<String> problems = new ArrayList<>();
        SMTP.purgeEmailFromAllMailboxes();

        try (BrowserContext tablet = browser.newContext(danish().setViewportSize(820, 1180))) {
            tablet.setDefaultTimeout(30_000);
            Page page = tablet.newPage();
            login(page, "jobkonsulent");
            assertThat(page.url()).endsWith("/jobcenter/borgere");
            problems.addAll(seriousViolations(page, "/jobcenter/borgere"));

            page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(person.name());
            page.getByLabel("CPR-nummer").fill(person.cpr());
            page.getByLabel("E-mail").fill(email);
            page.getByLabel("Telefon").fill(person.phone());
            page.getByLabel("CV", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("cv.txt", "text/plain", CitizenFixtures.nurseCv(person)));
            var wish = page.getByLabel("Ønske 1");
            wish.pressSequentially("sygepl");
            page.waitForCondition(() -> page.locator("#occupation-labels option").count() > 0);
            assertThat(page.locator("#occupation-labels option").first().getAttribute("value")).startsWithIgnoringCase("sygepl");
            wish.fill("sygeplejerske");
            page.getByLabel("Postnummer (bopæl)").fill("2300");
            page.getByLabel("Højst så mange km til arbejde").fill("25");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret")).click();

            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Borgeren er oprettet");
            assertThat(page.locator("h1").textContent()).contains(person.name());
            var cards = page.locator("ol.matches > li");
            assertThat(cards.count()).isGreaterThanOrEqualTo(3);
            assertThat(cards.first().textContent()).contains("Sygeplejerske").contains("km");
            problems.addAll(seriousViolations(page, "/jobcenter/borgere/{pseudonym}"));
            var boxes = page.locator("ol.matches > li input[name=postings]");
            for (int i = 0; i < 3; i++) {
                boxes.nth(i).check();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send valgte til borger")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("sendt til borgeren");

            outbox.deliverDue();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            String mail = body(mailTo(email));
            var link = Pattern.compile("https?://[^\\s\"<]+/jobcenter/forslag/[A-Za-z0-9_-]+").matcher(mail);
            assertThat(link.find()).as("the e-mail carries the private link").isTrue();

            try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844))) {
                Page citizen = phone.newPage();
                citizen.navigate(link.group());
                assertThat(citizen.locator("h1").textContent()).isEqualTo("Jobforslag fra dit jobcenter");
                assertThat(citizen.locator("ul.cards > li").count()).isEqualTo(3);
                assertThat(citizen.content()).doesNotContain(person.name());
                problems.addAll(seriousViolations(citizen, "/jobcenter/forslag/{token}"));
                var card = citizen.locator("ul.cards > li").first();
                card.getByLabel("Søgt").check();
                card.getByLabel("Begrundelse (valgfri)").fill("Har sendt en ansøgning");
                card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem svar")).click();
                assertThat(citizen.getByRole(AriaRole.STATUS).first().textContent()).contains("Dit svar er gemt");
            }

            page.reload();
            var sentRow = page.locator("table tr").filter(new Locator.FilterOptions().setHasText("Har sendt en ansøgning"));
            assertThat(sentRow.count()).isEqualTo(1);
            assertThat(sentRow.first().textContent()).contains("Søgt", "Har sendt en ansøgning");
        }
        assertThat(problems).isEmpty();
    }

    private static MimeMessage mailTo(String recipient) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + recipient));
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }
}
