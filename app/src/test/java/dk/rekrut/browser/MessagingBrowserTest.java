package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21, acceptance 1 (set up as {@link BrowserJourneysTest}): in an anonymous case the chair ticks two candidates
 * for interview, HR confirms the shortlist in one step (they become "Udvalgt" and are re-identified), then writes to
 * both from the board with merge fields, looks at each recipient's e-mail and sends it: the e-mail queued is the one
 * previewed. axe-core finds nothing on the pages, and on a 390 px phone they do not scroll sideways.
 */
class MessagingBrowserTest extends BrowserSuite {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired ApplicantViews applicants;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void theChairsShortlistBecomesUdvalgtInOneStepAndHrSendsAMergedMessageToBothWithPreview() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var posted = fixture.publish("Besked i browser " + run, 20, true);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("bedoemmelse").orElseThrow().id(), TeamRole.CHAIR);
        UUID anna = apply(posted, "Anna Browserbesked " + run);
        UUID bo = apply(posted, "Bo Browserbesked " + run);
        UUID cille = apply(posted, "Cille Browserbesked " + run);
        List<String> problems = new ArrayList<>();

        try (BrowserContext context = browser.newContext(danish().setViewportSize(1280, 900))) {
            context.setDefaultTimeout(15_000);
            Page chair = context.newPage();
            login(chair, "bedoemmelse");
            chair.navigate(url("/cases/" + posted.caseId() + "/candidates"));
            chair.getByLabel("Til samtale " + number(anna)).check();
            chair.getByLabel("Til samtale " + number(bo)).check();
            chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rangering")).click();
            chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

            Page hr = context.newPage();
            login(hr, "hr.udvidet");
            hr.navigate(url("/cases/" + posted.caseId() + "/candidates"));
            hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekræft formandens udvælgelse")).click();
            assertThat(hr.locator("main").textContent()).contains(number(anna)).contains(number(bo))
                .doesNotContain(number(cille)).contains("2 kandidater får status Udvalgt");
            problems.addAll(seriousViolations(hr, "shortlist"));
            hr.getByLabel("Af-anonymisér de udvalgte kandidater i samme trin").check();
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekræft udvælgelsen")).click();
            assertThat(hr.locator("[role=status]").first().textContent()).contains("2 kandidater har nu status Udvalgt")
                .contains("2 kandidater er af-anonymiseret");
            assertThat(List.of(status(anna), status(bo), status(cille)))
                .containsExactly(ApplicationStatus.SHORTLISTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.RECEIVED);
            assertThat(applicants.reidentified(anna) && applicants.reidentified(bo)).isTrue();

            // From the board: tick both in "Udvalgt", "Skriv til dem".
            hr.navigate(url("/cases/" + posted.caseId() + "/board"));
            hr.locator("#pick-" + anna).check();
            hr.locator("#pick-" + bo).check();
            hr.locator("#action-SHORTLISTED").selectOption("message");
            hr.locator("#bulk-SHORTLISTED button").click();
            hr.waitForURL(u -> u.contains("/messages?"));
            assertThat(hr.locator("main").textContent()).contains("Modtagere (2)").contains("{samtale.tid}")
                .doesNotContain("@example.dk");
            problems.addAll(seriousViolations(hr, "compose"));
            hr.getByLabel("Emne").fill("Samtale om {stilling}");
            hr.getByLabel("Tekst", new Page.GetByLabelOptions().setExact(true))
                .fill("Kære {fornavn}\n\nDu er udvalgt til samtale om {stilling}.\nVi ringer i næste uge.");
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis e-mailen til hver modtager")).click();

            assertThat(hr.locator(".message-preview").count()).isEqualTo(2);
            String previewText = hr.locator("main").textContent();
            assertThat(previewText).contains("Til: " + number(anna)).contains("Til: " + number(bo))
                .contains("Kære Anna").contains("Kære Bo").contains("Samtale om Besked i browser " + run)
                .doesNotContain("@example.dk");
            problems.addAll(seriousViolations(hr, "preview"));
            var previews = List.of(hr.locator(".message-preview .posting-text").nth(0).innerHTML(),
                hr.locator(".message-preview .posting-text").nth(1).innerHTML());
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send til 2 modtagere")).click();
            hr.waitForURL(u -> u.endsWith("/board"));
            assertThat(hr.locator("[role=status]").first().textContent()).contains("Beskeden er lagt i udbakken");

            // What was previewed is what the outbox holds, paragraphs and line breaks included.
            var sent = List.of(sentHtml(anna), sentHtml(bo));
            assertThat(sent).containsExactlyInAnyOrderElementsOf(previews);
            assertThat(sentHtml(anna)).contains("Kære Anna<br><br>Du er udvalgt").contains("<br>Vi ringer");
        }
        assertThat(problems).isEmpty();

        try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page hr = phone.newPage();
            login(hr, "hr.udvidet");
            for (String path : List.of("/cases/" + posted.caseId() + "/shortlist",
                "/cases/" + posted.caseId() + "/messages?candidate=" + anna + "&candidate=" + bo)) {
                hr.navigate(url(path));
                int scrollWidth = ((Number) hr.evaluate("document.documentElement.scrollWidth")).intValue();
                assertThat(scrollWidth).as("%s at 390 px", path)
                    .isLessThanOrEqualTo(((Number) hr.evaluate("window.innerWidth")).intValue());
            }
        }
    }

    private String sentHtml(UUID applicationId) {
        return jdbc.sql("SELECT body_html FROM outbox_message WHERE application_id = ? AND kind = 'FREE_TEXT'")
            .param(applicationId).query(String.class).single();
    }

    private String number(UUID id) {
        return applications.find(id).orElseThrow().candidateNumber();
    }

    private ApplicationStatus status(UUID id) {
        return applications.find(id).orElseThrow().status();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name) {
        return submissions.submit(ApplicationFixtures.submission(posted, name, "besked." + UUID.randomUUID() + "@example.dk"))
            .applicationId();
    }
}
