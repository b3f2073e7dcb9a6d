package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 (the candidate page): the job profile lists its success criteria, one a line; a committee member rates a
 * candidate overall and per criterion, goes on to the next candidate by the page's own link and rates that one too,
 * then compares the two side by side from the list (one ticked gives a message on the list). axe-core finds nothing
 * serious on the pages, and on a 390 px phone the comparison stacks without sideways scrolling.
 */
class CandidateScorecardJourneyTest extends BrowserSuite {

    private static final List<String> CRITERIA = List.of("Sagsbehandlingstiden er nede på 20 dage", "Budgettet holdes");

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    record Candidate(UUID id, String number) {
    }

    @Test
    void aMemberRatesPerCriterionGoesToTheNextCandidateAndComparesThem() {
        var posted = fixture.publish("Fuldmægtig, scorecard " + System.nanoTime(), 10, false);
        UUID caseId = posted.caseId();
        cases.attach(fixture.hr(), caseId, directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var receipt = submissions.submit(ApplicationFixtures.submission(posted, "scorecard" + i + "@example.dk"));
            candidates.add(new Candidate(receipt.applicationId(), receipt.candidateNumber()));
        }
        candidates.sort(Comparator.comparing(Candidate::number));
        List<String> problems = new ArrayList<>();

        try (BrowserContext hr = browser.newContext(danish().setViewportSize(1280, 800))) {
            hr.setDefaultTimeout(15_000);
            Page page = hr.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/" + caseId + "/edit"));
            assertThat(page.getByLabel("Succeskriterier").getAttribute("aria-describedby")).isEqualTo("successCriteria-hint");
            // Written as HR writes it in the form's field (the form's own save is CasesTest's); one criterion a line.
            jdbc.sql("UPDATE recruitment_case SET success_criteria = ? WHERE id = ?")
                .params("- " + String.join("\n- ", CRITERIA) + "\n", caseId).update();
            page.navigate(url("/cases/" + caseId));
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Jobprofil"))
                .getByRole(AriaRole.LISTITEM).allTextContents()).containsExactlyElementsOf(CRITERIA);
        }

        try (BrowserContext member = browser.newContext(danish().setViewportSize(1280, 800))) {
            member.setDefaultTimeout(15_000);
            Page page = member.newPage();
            login(page, "ansaettelse");
            page.navigate(url("/cases/" + caseId + "/candidates?sort=number"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidates.get(0).number()).setExact(true)).click();
            assertThat(heading(page)).contains(candidates.get(0).number());
            rate(page, "4", 5, 3);
            problems.addAll(seriousViolations(page, "candidate page with scorecard"));
            // The link to the next candidate keeps the list's order (by number).
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Næste: " + candidates.get(1).number())).click();
            assertThat(heading(page)).contains(candidates.get(1).number());
            assertThat(page.url()).endsWith("?sort=number");
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Bladr mellem ansøgerne på listen"))
                .textContent()).contains("Forrige: " + candidates.get(0).number(), "Ansøger 2 af 3");
            rate(page, "2", 1, 2);
            // After the overall rating the committee's averages per criterion show (here: only this member's).
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Udvalgets gennemsnit pr. succeskriterium"))
                .textContent()).contains("1,0 (1)", "2,0 (1)");

            page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ansøgere").setExact(true))
                .first().click();
            assertThat(page.url()).endsWith("/candidates?sort=number");
            problems.addAll(seriousViolations(page, "candidate list with comparison"));
            page.getByLabel("Sammenlign " + candidates.get(0).number()).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammenlign").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.ALERT).first().textContent()).contains("Vælg mindst to og højst fire");
            page.getByLabel("Sammenlign " + candidates.get(0).number()).check();
            page.getByLabel("Sammenlign " + candidates.get(1).number()).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammenlign").setExact(true)).click();
            assertThat(heading(page)).isEqualTo("Sammenlign ansøgere");
            var cards = page.locator(".comparison-card");
            assertThat(cards.count()).isEqualTo(2);
            assertThat(cards.nth(0).textContent()).contains(candidates.get(0).number(), "5,0 (1)", CRITERIA.getFirst());
            assertThat(cards.nth(1).textContent()).contains(candidates.get(1).number(), "1,0 (1)");
            assertThat(cards.nth(0).boundingBox().y).as("side by side on a wide screen")
                .isEqualTo(cards.nth(1).boundingBox().y);
            problems.addAll(seriousViolations(page, "comparison"));

            page.setViewportSize(390, 844);
            page.reload();
            assertThat(cards.nth(1).boundingBox().y).as("one under the other on a phone")
                .isGreaterThan(cards.nth(0).boundingBox().y + cards.nth(0).boundingBox().height - 1);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the comparison on a 390 px phone").isLessThanOrEqualTo(390);
            page.navigate(url("/cases/" + caseId + "/candidates/" + candidates.get(0).id()));
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the candidate page with its scorecard on a 390 px phone").isLessThanOrEqualTo(390);
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** The overall rating, then a score per criterion (in the criterion's group) with a note, each read back. */
    private static void rate(Page page, String overall, int first, int second) {
        var rating = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"));
        rating.getByLabel(overall, new Locator.GetByLabelOptions().setExact(true)).check();
        page.waitForNavigation(() -> rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click());
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
        var card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Bedømmelse pr. succeskriterium"));
        criterion(card, CRITERIA.get(0)).getByLabel(String.valueOf(first), new Locator.GetByLabelOptions().setExact(true)).check();
        criterion(card, CRITERIA.get(0)).getByLabel("Note (valgfri)").fill("Har gode eksempler");
        criterion(card, CRITERIA.get(1)).getByLabel(String.valueOf(second), new Locator.GetByLabelOptions().setExact(true)).check();
        page.waitForNavigation(() -> card.getByRole(AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Gem bedømmelse pr. kriterium")).click());
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
        var saved = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Bedømmelse pr. succeskriterium"));
        assertThat(criterion(saved, CRITERIA.get(0)).getByLabel(String.valueOf(first),
            new Locator.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
        assertThat(criterion(saved, CRITERIA.get(0)).getByLabel("Note (valgfri)").inputValue()).isEqualTo("Har gode eksempler");
    }

    private static Locator criterion(Locator card, String text) {
        return card.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(text));
    }

    private static String heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().textContent().strip();
    }
}
