package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21, acceptance 1 and 3 for the pipeline board in a real browser (set up as {@link BrowserJourneysTest}): HR
 * moves three candidates across the board with the keyboard and by drag and drop, each move announced in the live
 * region and kept on the server; axe-core finds no violation on the board; on a 390 px phone the board, the table
 * and the rejection's confirmation do not scroll sideways (the columns scroll inside their own box). The search box in
 * the navigation finds a candidate by name, and its results page is axe-clean and fits a phone too.
 */
class BoardBrowserTest extends BrowserSuite {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;

    @Test
    void hrMovesThreeCandidatesWithTheKeyboardAndByDragAndDrop() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var posted = fixture.publish("Tavle i browser " + run, 20, false);
        UUID anna = apply(posted, "Anna Browser " + run);
        UUID bo = apply(posted, "Bo Browser " + run);
        UUID cille = apply(posted, "Cille Browser " + run);

        try (BrowserContext context = browser.newContext(danish().setViewportSize(1600, 1400))) {
            context.setDefaultTimeout(15_000);
            Page hr = context.newPage();
            login(hr, "hr.udvidet");
            hr.navigate(url("/cases/" + posted.caseId() + "/board"));
            assertThat(hr.locator("#column-RECEIVED .board-card").count()).isEqualTo(3);

            // Keyboard: focus the card's "Flyt til", choose with the arrow keys, Tab to the button, Enter.
            keyboardMove(hr, anna, 2);
            assertThat(live(hr)).isEqualTo("Anna Browser " + run + " (" + number(anna) + ") er flyttet til Udvalgt.");
            assertThat(hr.locator("#column-SHORTLISTED #card-" + anna).count()).isEqualTo(1);
            assertThat(hr.evaluate("document.activeElement.id")).as("focus stays on the moved card").isEqualTo("move-" + anna);

            // Drag and drop: Bo to "Under vurdering", Cille to "Udvalgt" and then on with the keyboard to "Tilbudt".
            drag(hr, bo, "IN_SCREENING");
            waitForLive(hr, "Bo Browser " + run + " (" + number(bo) + ") er flyttet til Under vurdering.");
            drag(hr, cille, "SHORTLISTED");
            waitForLive(hr, "Cille Browser " + run + " (" + number(cille) + ") er flyttet til Udvalgt.");
            assertThat(hr.locator("#column-RECEIVED .count").textContent()).isEqualTo("(0)");
            assertThat(hr.locator("#column-RECEIVED .empty-column").isVisible()).isTrue();
            // On to "Tilbudt" with the keyboard: an offer goes with its letter, so the move leads to its confirmation.
            keyboardChoose(hr, cille, 3);
            hr.waitForURL(u -> u.endsWith("/candidates/" + cille + "/offer"));
            assertThat(hr.locator("#offer-letter").textContent()).contains("Kære Cille Browser " + run);
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbud om ansættelse")).click();
            hr.waitForURL(u -> u.endsWith("/candidates/" + cille));
            hr.navigate(url("/cases/" + posted.caseId() + "/board"));

            // Dropping on "Afslag" leads to the rejection with its letter, not to a bare move.
            drag(hr, cille, "REJECTED");
            hr.waitForURL(u -> u.contains("/board/reject?candidate=" + cille));
            assertThat(hr.locator("h1").textContent()).isEqualTo("Giv afslag med brev");
            // The deadline is 20 days ahead: the page says letters wait for it, and offers nothing to send.
            assertThat(hr.locator("#before-deadline").textContent()).contains("ansøgningsfristen er udløbet");
            assertThat(hr.locator("input[name=confirmed]").count()).isZero();

            // What the board showed is what the server keeps.
            assertThat(List.of(status(anna), status(bo), status(cille)))
                .containsExactly(ApplicationStatus.SHORTLISTED, ApplicationStatus.IN_SCREENING, ApplicationStatus.OFFERED);
            hr.navigate(url("/cases/" + posted.caseId() + "/board"));
            assertThat(hr.locator("#column-SHORTLISTED #card-" + anna).count()).isEqualTo(1);
            assertThat(hr.locator("#column-IN_SCREENING #card-" + bo).count()).isEqualTo(1);
            assertThat(hr.locator("#column-OFFERED #card-" + cille).count()).isEqualTo(1);

            // The navigation's search box finds the candidate by name and leads to the candidate page.
            hr.locator("#site-search-q").fill("anna browser " + run);
            hr.locator("#site-search-q").press("Enter");
            // Posted: the name is in no URL (address bar, history, access log).
            hr.waitForURL(u -> u.endsWith("/cases/search"));
            assertThat(hr.locator("#search-applicants-caption").textContent()).isEqualTo("1 ansøger passer på søgningen");
            hr.locator("a", new Page.LocatorOptions().setHasText("Anna Browser " + run)).click();
            hr.waitForURL(u -> u.endsWith("/candidates/" + anna));
        }
    }

    /** A page to open: the search's results are reached by posting the text, so this prefix and the text stand for one. */
    private static final String SEARCH = "search:";

    private void open(Page page, String path) {
        if (!path.startsWith(SEARCH)) {
            page.navigate(url(path));
            return;
        }
        page.navigate(url("/cases/search"));
        page.locator("#search-q").fill(path.substring(SEARCH.length()));
        page.waitForResponse(r -> r.url().endsWith("/cases/search") && "POST".equals(r.request().method()),
            () -> page.locator("#search-q").press("Enter"));
        page.waitForLoadState();
    }

    @Test
    void theBoardHasNoAccessibilityViolationsAndNoPageScrollsSidewaysOnAPhone() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var posted = fixture.publish("Tavle tilgængelig " + run, 20, false);
        UUID first = apply(posted, "Dorte Tilgængelig " + run);
        apply(posted, "Erik Tilgængelig " + run);
        var anonymous = fixture.publish("Tavle anonym " + run, 20, true);
        apply(anonymous, "Frank Anonym " + run);
        var pages = List.of("/cases/" + posted.caseId() + "/board", "/cases/" + anonymous.caseId() + "/board",
            "/cases/" + posted.caseId() + "/candidates", "/cases/" + posted.caseId() + "/board/reject?candidate=" + first,
            SEARCH + "Tilgængelig " + run, SEARCH + "ingen-" + run);

        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(danish().setViewportSize(1280, 900))) {
            Page hr = context.newPage();
            login(hr, "hr.udvidet");
            for (String path : pages) {
                open(hr, path);
                var results = new AxeBuilder(hr).analyze();
                assertThat(results.getErrorMessage()).as("axe-core ran on %s", path).isNull();
                assertThat(results.getPasses()).as("axe-core checked something on %s", path).isNotEmpty();
                results.getViolations().forEach(v -> problems.add(path + ": " + v.getId() + " (" + v.getImpact() + ") "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
            }
        }
        assertThat(problems).isEmpty();

        try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page hr = phone.newPage();
            login(hr, "hr.udvidet");
            for (String path : pages) {
                open(hr, path);
                int scrollWidth = ((Number) hr.evaluate("document.documentElement.scrollWidth")).intValue();
                int viewport = ((Number) hr.evaluate("window.innerWidth")).intValue();
                assertThat(scrollWidth).as("%s at 390 px", path).isLessThanOrEqualTo(viewport);
            }
            hr.navigate(url(pages.getFirst()));
            int boardBox = ((Number) hr.evaluate("document.getElementById('board').scrollWidth")).intValue();
            assertThat(boardBox).as("the columns scroll inside the board's own box").isGreaterThan(390);
        }
    }

    /**
     * Drags a card by its edge (not by its link or its select) onto the column's heading with the mouse, in steps, as a
     * person does: the browser starts a drag only after the pointer moved a few pixels with the button held.
     */
    private static void drag(Page page, UUID candidate, String column) {
        // The board scrolls sideways inside its box: the column to drop on comes into view first, then the card.
        var target = page.locator("#column-" + column + " h2");
        target.scrollIntoViewIfNeeded();
        var card = page.locator("#card-" + candidate);
        card.scrollIntoViewIfNeeded();
        var from = card.boundingBox();
        var to = target.boundingBox();
        page.mouse().move(from.x + 4, from.y + 4);
        page.mouse().down();
        page.mouse().move(from.x + 24, from.y + 24, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(10));
        page.mouse().move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2);
        page.mouse().up();
    }

    private static void keyboardMove(Page page, UUID candidate, int steps) {
        keyboardChoose(page, candidate, steps);
        page.locator("#board-live").filter(new Locator.FilterOptions().setHasText("er flyttet")).waitFor();
    }

    /** Focuses the card's "Flyt til", chooses with the arrow keys, Tabs to the button and presses Enter. */
    private static void keyboardChoose(Page page, UUID candidate, int steps) {
        Locator select = page.locator("#move-" + candidate);
        select.focus();
        for (int i = 0; i < steps; i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Flyt");
        page.keyboard().press("Enter");
    }

    private static void waitForLive(Page page, String text) {
        page.waitForCondition(() -> text.equals(live(page)));
    }

    private static String live(Page page) {
        page.locator("#board-live").filter(new Locator.FilterOptions().setHasText("er flyttet")).waitFor();
        return page.locator("#board-live").textContent();
    }

    private String number(UUID id) {
        return applications.find(id).orElseThrow().candidateNumber();
    }

    private ApplicationStatus status(UUID id) {
        return applications.find(id).orElseThrow().status();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name) {
        var s = ApplicationFixtures.submission(posted, "tavle." + UUID.randomUUID() + "@example.dk");
        return submissions.submit(s.by(s.applicant().withName(name))).applicationId();
    }
}
