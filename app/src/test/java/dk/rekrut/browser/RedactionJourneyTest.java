package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.anonymisation.RedactionWorker;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Applications;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6, acceptance 5, in a real browser (Debian's Chromium, set up as in {@link BrowserJourneysTest}; the app is
 * started once for the class): an applicant applies to an anonymous case with her name in her documents and
 * answer; redaction runs; HR reviews the findings, adds the nickname the engine could not know, and releases; the
 * committee member sees only the redacted rendition, whose text has no trace of her. The worker is run directly
 * (the test profile polls once an hour), as the scheduled poller would.
 */
class RedactionJourneyTest extends BrowserSuite {

    static final String NAME = "Henrietta Skovgaard-Pedersen";
    static final String EMAIL = "henrietta.browser@example.dk";
    static final String PHONE = "+45 23 45 67 89";

    @Autowired ApplicationFixture applicationFixture;
    @Autowired Applications applications;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired RedactionWorker worker;
    @Autowired OutboxWorker outbox;

    @Test
    void submissionRedactionReviewWithAHandAddedSpanReleaseAndTheCommitteeSeesOnlyTheRedactedRendition() throws Exception {
        var posted = applicationFixture.publish("Anonym analytiker " + UUID.randomUUID(), 10, true);
        cases.attach(applicationFixture.hr(), posted.caseId(), userId("ansaettelse"), TeamRole.COMMITTEE_MEMBER);
        Path dir = Files.createTempDirectory("rekrut-redaction");
        Path letter = Files.write(dir.resolve("ansøgning " + NAME + ".pdf"),
            TestDocuments.pdf("Ansøgning fra " + NAME + ", " + EMAIL + ", " + PHONE + ". Jeg står bag podcasten snakkeboblen."));
        Path cv = Files.write(dir.resolve("cv.docx"), TestDocuments.docx("CV: " + NAME + ". Vært på snakkeboblen. Erfaring med R og SQL."));

        // 1. The applicant applies.
        try (BrowserContext applicant = browser.newContext(danish())) {
            Page page = applicant.newPage();
            page.navigate(url("/jobs/" + posted.postingId() + "/apply"));
            page.getByLabel("Navn").first().fill(NAME);
            page.getByLabel("E-mail").fill(EMAIL);
            page.getByLabel("Telefon").fill(PHONE);
            page.locator("#application").setInputFiles(letter);
            page.locator("#cv").setInputFiles(cv);
            fillQuestions(page, posted, "Jeg er " + NAME + " og elsker data.");
            page.getByLabel("Jeg har læst teksten og giver samtykke").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Vi har modtaget din ansøgning");
        }
        // The browser tests' contexts share one in-memory database: deliver this receipt here (to the local mailbox),
        // so it is not left in the outbox for another test's SMTP server.
        outbox.deliverDue();
        UUID applicationId = applications.forCase(posted.caseId()).getFirst().id();
        String candidate = "/cases/" + posted.caseId() + "/candidates/" + applicationId;

        // 2. Redaction runs.
        runWorker();

        // 3. HR reviews: findings highlighted beside the rendition; adds the podcast's name (in no detector's class) by hand; releases.
        try (BrowserContext hrContext = browser.newContext(danish())) {
            Page page = hrContext.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/" + posted.caseId() + "/candidates"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anonymisering af dokumenter")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applications.find(applicationId).orElseThrow()
                .candidateNumber())).click();
            assertThat(page.locator("h1").textContent()).startsWith("Anonymisering af K-");
            assertThat(page.locator("mark").allTextContents()).anySatisfy(t -> assertThat(t).contains("Skovgaard").contains("[NAVN]"));
            assertThat(page.locator(".redaction-rendition").first().textContent()).contains("[NAVN]").contains("snakkeboblen")
                .doesNotContain("Skovgaard");

            page.getByLabel("Tekst der skal fjernes").fill("snakkeboblen");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj og kør igen")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("anonymiseringen køres igen");
            runWorker();
            page.reload();
            for (String rendition : page.locator(".redaction-rendition").allTextContents()) {
                assertThat(rendition).doesNotContain("snakkeboblen").doesNotContain("Henrietta").doesNotContain("Skovgaard");
            }
            assertThat(seriousViolations(page, "review page")).isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 1 til udvalget")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 2 til udvalget")).click();
            assertThat(page.locator(".redaction-state").allTextContents()).containsOnly("Frigivet til udvalget");
        }

        // 4. The committee member sees the candidate by number, the redacted answer, and only the redacted files.
        try (BrowserContext committee = browser.newContext(danish())) {
            Page page = committee.newPage();
            login(page, "ansaettelse");
            page.navigate(url(candidate));
            String html = page.content();
            assertThat(html).doesNotContain("Henrietta").doesNotContain("Skovgaard").doesNotContain("snakkeboblen")
                .doesNotContain(EMAIL).doesNotContain("/redaction/").contains("[NAVN]");
            assertThat(seriousViolations(page, "committee's candidate page")).isEmpty();
            // Each released rendition: a download link, and a link that shows it in the browser.
            assertThat(page.locator("a[href*='/redacted/'][href*='view=true']").count()).isEqualTo(2);
            var links = page.locator("a[href*='/redacted/']:not([href*='view=true'])");
            assertThat(links.count()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                var link = links.nth(i);
                var download = page.waitForDownload(link::click);
                assertThat(download.suggestedFilename()).startsWith("Dokument-K-").doesNotContainIgnoringCase("skovgaard");
                String text;
                try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                    text = new PDFTextStripper().getText(pdf);
                }
                assertThat(text).contains("[NAVN]").doesNotContain("Henrietta").doesNotContain("Skovgaard")
                    .doesNotContain("snakkeboblen").doesNotContain(EMAIL).doesNotContain("23 45 67 89");
            }
        }
    }

    private void runWorker() {
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due
        }
    }

    private UUID userId(String username) {
        return directory.userByUsername(username).orElseThrow().id();
    }

}
