package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21, acceptance 1 (the phone part): on a 390 px phone no page scrolls sideways. A visitor and one demo user of
 * every role each walk the pages they can reach from their start page by following links (one page per address
 * pattern, ids counted as one), on a case team of an ordinary and of an anonymous case with applications, plus the
 * applicant's own pages; on every page visited, {@code scrollWidth} must not exceed the viewport's width.
 */
class PhoneWidthBrowserTest extends BrowserSuite {

    /** One user per role: their pages differ by role, not by person. */
    private static final List<String> USERS = List.of("admin", "kommunikation", "hr.udvidet", "hr.sag", "hr.begraenset",
        "leder", "bedoemmelse", "ansaettelse", "sekretaer", "jobkonsulent", "jobcenterchef", "analytiker");
    private static final Pattern SKIP = Pattern.compile(
        "^/(api|v3|feeds|webjars|css|js|dkfds|logout|h2|login)\\b|\\.(csv|ics|pdf|json|xml|txt|png|ico)(\\?|$)"
            + "|/documents/|/redacted/|/cv$|/file$|/export$|/download");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{32,}");
    private static final int PAGES_PER_USER = 45;

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;

    @Test
    void noPageOfAnyRoleScrollsSidewaysOnAPhone() {
        List<String> applicantPages = new ArrayList<>();
        for (boolean anonymous : List.of(false, true)) {
            var posted = fixture.publish((anonymous ? "Anonym telefonbredde " : "Telefonbredde ") + System.nanoTime(),
                10, anonymous);
            for (var member : Map.of("leder", TeamRole.HIRING_MANAGER, "bedoemmelse", TeamRole.CHAIR,
                "ansaettelse", TeamRole.COMMITTEE_MEMBER, "sekretaer", TeamRole.ADMIN_SUPPORT,
                "hr.begraenset", TeamRole.HANDLER).entrySet()) {
                cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername(member.getKey()).orElseThrow().id(),
                    member.getValue());
            }
            for (int i = 0; i < 2; i++) {
                var receipt = submissions.submit(ApplicationFixtures.submission(posted, "telefon" + i + "@example.dk"));
                applicantPages.add("/my-application/" + receipt.accessToken());
            }
        }

        Map<String, Integer> tooWide = new LinkedHashMap<>();
        int visited = 0;
        try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            phone.setDefaultTimeout(20_000);
            Page page = phone.newPage();
            List<String> visitorStart = new ArrayList<>(List.of("/jobs"));
            visitorStart.addAll(applicantPages);
            visited += walk(page, "visitor", visitorStart, tooWide);
        }
        for (String user : USERS) {
            try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
                phone.setDefaultTimeout(20_000);
                Page page = phone.newPage();
                login(page, user);
                visited += walk(page, user, List.of(path(page.url())), tooWide);
            }
        }
        // The measure can fail: a table wider than the phone is found.
        try (BrowserContext control = browser.newContext(danish().setViewportSize(390, 844).setIsMobile(true))) {
            Page page = control.newPage();
            page.setContent("<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head>"
                + "<body><table><tr><td>" + "bred_kolonne_uden_mellemrum".repeat(10) + "</td></tr></table></body></html>");
            assertThat(scrollWidthBeyondViewport(page)).as("a deliberately wide page").isGreaterThan(390);
        }
        assertThat(visited).as("pages visited").isGreaterThan(100);
        assertThat(tooWide).as("pages wider than the 390 px phone (scrollWidth)").isEmpty();
    }

    /** Follows links breadth first from {@code start}; returns how many pages were measured. */
    private int walk(Page page, String who, List<String> start, Map<String, Integer> tooWide) {
        var queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>();
        int measured = 0;
        while (!queue.isEmpty() && measured < PAGES_PER_USER) {
            String path = queue.poll();
            if (!seen.add(ID.matcher(path).replaceAll("{id}").replaceAll("\\?.*", ""))) {
                continue;
            }
            Response response = page.navigate(url(path));
            if (response == null || response.status() != 200
                || !String.valueOf(response.headers().get("content-type")).startsWith("text/html")) {
                continue;
            }
            page.waitForLoadState();
            measured++;
            int scrollWidth = scrollWidthBeyondViewport(page);
            if (scrollWidth > 0) {
                tooWide.put(path + " as " + who, scrollWidth);
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))
                  .filter(h => h.startsWith('/') && !h.startsWith('//')).map(h => h.split('#')[0])""");
            links.stream().filter(l -> !SKIP.matcher(l).find()).forEach(queue::add);
        }
        return measured;
    }

    /** The page's scrollWidth, when it is wider than the viewport; 0 when it fits. */
    private static int scrollWidthBeyondViewport(Page page) {
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
        return scrollWidth > viewport ? scrollWidth : 0;
    }

    private String path(String absolute) {
        return absolute.substring(url("").length());
    }
}
