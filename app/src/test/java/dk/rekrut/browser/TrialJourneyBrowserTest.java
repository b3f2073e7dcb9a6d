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
import dk.rekrut.jobcentre.Sources;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.shared.Time;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Arm;
import dk.rekrut.trial.Education;
import dk.rekrut.trial.Outcome;
import dk.rekrut.trial.OutcomeSource;
import dk.rekrut.trial.TargetFacts;
import dk.rekrut.trial.TrialSubject;
import dk.rekrut.trial.Trials;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, acceptance 1, to its end: the consultant creates a citizen of the demo trial's target group (newly
 * graduated academics under 30) with a Danish CV; in the tool arm the page shows ranked postings in the commute area
 * with explanations, and the consultant sends three; the citizen opens the e-mail's link and marks one "Søgt"; the
 * job-centre manager then sees the application counted in the trial's analysis. Cells under 5 are suppressed, so other
 * subjects (assigned and recorded through the trial's API) fill the table first; the count must go up by exactly one.
 */
class TrialJourneyBrowserTest extends BrowserSuite {

    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired OutboxWorker outbox;
    @Autowired JdbcClient jdbc;
    @Autowired Trials trials;
    @Autowired OrganisationDirectory directory;

    private static final TargetFacts GRADUATE = new TargetFacts(Education.LONG_HIGHER, AgeBand.AGE_25_29, true, 1);

    @Test
    void theManagerSeesTheCitizensApplicationCountedInTheTrial() throws Exception {
        String tag = "j" + UUID.randomUUID().toString().substring(0, 8);
        CitizenFixtures.harvestPostings(sources, harvester, tag, clock.instant(), clock.instant().plus(Duration.ofDays(3)));
        seedSubjects(tag);
        List<String> problems = new ArrayList<>();
        SMTP.purgeEmailFromAllMailboxes();

        try (BrowserContext manager = browser.newContext(danish())) {
            Page analysis = manager.newPage();
            login(analysis, "jobcenterchef");
            analysis.navigate(url("/jobcentre/trials"));
            analysis.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Analyse: .*BC16"))).click();
            int before = appliedWithTool(analysis);
            problems.addAll(seriousViolations(analysis, "/jobcentre/trials/{trial}/analysis"));

            try (BrowserContext tablet = browser.newContext(danish().setViewportSize(820, 1180))) {
                tablet.setDefaultTimeout(30_000);
                Page page = tablet.newPage();
                login(page, "jobkonsulent");
                // The arm is drawn by lot: a citizen in the control arm gets no suggestions, so create until one is
                // in the tool arm (a permuted block holds at most six places, so at most seven tries).
                String email = null;
                for (int attempt = 0; attempt < 7 && email == null; attempt++) {
                    String candidate = "forsoeg" + attempt + "." + tag + "@example.dk";
                    createCitizen(page, new CitizenFixtures.Person("Ida Marie Kjærgaard", null, candidate, null));
                    if (page.locator("#control-h").count() == 0) {
                        email = candidate;
                    } else {
                        assertThat(page.locator("ol.matches > li").count()).as("the control arm is shown nothing").isZero();
                    }
                }
                assertThat(email).as("a citizen in the tool arm").isNotNull();
                var cards = page.locator("ol.matches > li");
                assertThat(cards.count()).isGreaterThanOrEqualTo(3);
                assertThat(cards.first().textContent()).contains("km");
                problems.addAll(seriousViolations(page, "/jobcenter/borgere/{pseudonym} (tool arm)"));
                for (String id : List.of("n1", "n3", "n6")) {
                    page.locator("input[name=postings][value='" + CitizenFixtures.posting(jdbc, tag, id) + "']").first().check();
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send valgte til borger")).click();
                assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("sendt til borgeren");

                outbox.deliverDue();
                String to = email;
                String mail = body(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(to))
                    .findFirst().orElseThrow(() -> new AssertionError("no mail to the citizen")));
                var link = Pattern.compile("https?://[^\\s\"<]+/jobcenter/forslag/[A-Za-z0-9_-]+").matcher(mail);
                assertThat(link.find()).isTrue();
                try (BrowserContext phone = browser.newContext(danish().setViewportSize(390, 844))) {
                    Page citizen = phone.newPage();
                    citizen.navigate(link.group());
                    assertThat(citizen.locator("ul.cards > li").count()).isEqualTo(3);
                    var card = citizen.locator("ul.cards > li").first();
                    card.getByLabel("Søgt").check();
                    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem svar")).click();
                    assertThat(citizen.getByRole(AriaRole.STATUS).first().textContent()).contains("Dit svar er gemt");
                }
            }

            analysis.reload();
            assertThat(appliedWithTool(analysis)).as("the citizen's application counted in the trial").isEqualTo(before + 1);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Other subjects of the trial, so that no cell of the "applied" table is under 5 before and after: five in each arm
     * have applied, at least six with the tool and five without have not.
     */
    private void seedSubjects(String tag) {
        var unit = directory.userByUsername("jobkonsulent").orElseThrow().unitId();
        var today = Time.today(clock);
        int toolApplied = 0;
        int toolNot = 0;
        int usualApplied = 0;
        int usualNot = 0;
        for (int i = 0; toolApplied < 5 || toolNot < 6 || usualApplied < 5 || usualNot < 5; i++) {
            String pseudonym = "S" + tag + i;
            var arm = trials.assign(new TrialSubject(pseudonym, unit, "2", GRADUATE)).orElseThrow().arm();
            if (arm == Arm.TOOL && toolApplied < 5 || arm == Arm.USUAL_PRACTICE && usualApplied < 5) {
                trials.record(pseudonym, Outcome.APPLIED, today, OutcomeSource.CONSULTANT);
                if (arm == Arm.TOOL) {
                    toolApplied++;
                } else {
                    usualApplied++;
                }
            } else if (arm == Arm.TOOL) {
                toolNot++;
            } else {
                usualNot++;
            }
        }
    }

    private void createCitizen(Page page, CitizenFixtures.Person person) {
        page.navigate(url("/jobcenter/borgere"));
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(person.name());
        page.getByLabel("E-mail").fill(person.email());
        page.getByLabel("CV", new Page.GetByLabelOptions().setExact(true))
            .setInputFiles(new FilePayload("cv.txt", "text/plain", CitizenFixtures.nurseCv(person)));
        page.getByLabel("Ønske 1").fill("sygeplejerske");
        page.getByLabel("Postnummer (bopæl)").fill("2300");
        page.getByLabel("Højst så mange km til arbejde").fill("25");
        page.getByLabel("Højeste fuldførte uddannelse").selectOption("LONG_HIGHER");
        page.getByLabel("Alder").selectOption("AGE_25_29");
        page.getByLabel("Nyuddannet (inden for det seneste år)").check();
        page.getByLabel("Hele måneder som ledig").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Borgeren er oprettet");
    }

    /** The tool arm's "Ja" cell of the table "Sekundært: har søgt mindst ét job", as a number. */
    private static int appliedWithTool(Page analysis) {
        var table = analysis.locator("table").filter(new Locator.FilterOptions()
            .setHas(analysis.locator("caption", new Page.LocatorOptions().setHasText("har søgt mindst ét job"))));
        var header = table.locator("thead th");
        int toolColumn = -1;
        for (int i = 0; i < header.count(); i++) {
            if (header.nth(i).textContent().strip().equals("Matchværktøjet")) {
                toolColumn = i;
            }
        }
        assertThat(toolColumn).as("the tool arm's column").isPositive();
        var yes = table.locator("tbody tr").filter(new Locator.FilterOptions().setHas(
            analysis.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^Ja$")))));
        String cell = yes.first().locator("th, td").nth(toolColumn).textContent().strip();
        assertThat(cell).as("a shown count").matches("\\d+");
        return Integer.parseInt(cell);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }
}
