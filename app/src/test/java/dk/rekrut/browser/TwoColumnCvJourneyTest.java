package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.anonymisation.RedactionWorker;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Applications;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17, acceptance 3, in a real browser: an applicant uploads to an anonymous case a two-column CV (PDF) with a
 * photo, a made-up name that is in no gazetteer in its header, a personal domain made of the surname, a birth date
 * with a month name, and a line about a trade union and an illness. HR's review lists each of them with its label;
 * after release, the committee member's download keeps both columns where they were, has no image, and holds none of
 * them, while the employment years stay. The worker is run directly, as in {@link RedactionJourneyTest}.
 */
class TwoColumnCvJourneyTest extends BrowserSuite {

    /** Made up: neither part is in a list under redaction/src/main/resources, so only position and known data find it. */
    static final String FIRST = "Zorwyn";
    static final String SURNAME = "Quillabeth";
    static final String NAME = FIRST + " " + SURNAME;
    static final String DOMAIN = "quillabeth.dk";
    static final String EMAIL = "zq.browser@example.dk";
    static final String PHONE = "+45 31 72 84 95";
    static final float LEFT_X = 50;
    static final float RIGHT_X = 330;
    /** A left-column line and a right-column line whose places the committee's rendition must keep. */
    static final String LEFT_LINE = "Projektledelse og SQL";
    static final String RIGHT_LINE = "2018–2022 Analytiker, Region Midtjylland";

    @Autowired ApplicationFixture applicationFixture;
    @Autowired Applications applications;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired RedactionWorker worker;
    @Autowired OutboxWorker outbox;

    @Test
    void aTwoColumnCvWithAPhotoReachesTheCommitteeInItsColumnsWithoutNameDomainBirthDateUnionIllnessOrPhoto() throws Exception {
        var posted = applicationFixture.publish("Anonym analytiker " + UUID.randomUUID(), 10, true);
        cases.attach(applicationFixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        Path dir = Files.createTempDirectory("rekrut-two-columns");
        Path letter = Files.write(dir.resolve("ansoegning.pdf"), TestDocuments.pdf("Jeg søger stillingen som analytiker."));
        Path cv = Files.write(dir.resolve("cv.pdf"), twoColumnCv());
        assertThat(images(Files.readAllBytes(cv))).as("the photo in the uploaded CV").isEqualTo(1);

        // 1. The applicant applies; the form's name is the CV's name, so the engine has it as known data.
        try (BrowserContext applicant = browser.newContext(danish())) {
            Page page = applicant.newPage();
            page.navigate(url("/jobs/" + posted.postingId() + "/apply"));
            page.getByLabel("Navn").first().fill(NAME);
            page.getByLabel("E-mail").fill(EMAIL);
            page.getByLabel("Telefon").fill(PHONE);
            page.locator("#application").setInputFiles(letter);
            page.locator("#cv").setInputFiles(cv);
            fillQuestions(page, posted, "Jeg arbejder gerne med data.");
            page.getByLabel("Jeg har læst teksten og giver samtykke").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Vi har modtaget din ansøgning");
        }
        outbox.deliverDue();
        UUID applicationId = applications.forCase(posted.caseId()).getFirst().id();

        // 2. Redaction runs, as the scheduled poller would.
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due
        }

        // 3. HR's review lists each finding with its label; the employment years are no finding. HR releases.
        try (BrowserContext hrContext = browser.newContext(danish())) {
            Page page = hrContext.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/" + posted.caseId() + "/candidates"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anonymisering af dokumenter")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applications.find(applicationId).orElseThrow()
                .candidateNumber())).click();
            List<Finding> findings = findings(page.locator("mark"));
            assertFinding(findings, FIRST, "[NAVN]");
            assertFinding(findings, SURNAME, "[NAVN]");
            assertFinding(findings, DOMAIN, "[LINK]");
            assertFinding(findings, "4. juni 1996", "[FØDSELSDATO]");
            assertFinding(findings, "HK Kommunal", "[FAGFORENING]");
            assertFinding(findings, "sklerose", "[HELBRED]");
            assertThat(findings).noneSatisfy(f -> assertThat(f.text()).contains("2018"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 1 til udvalget")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 2 til udvalget")).click();
            assertThat(page.locator(".redaction-state").allTextContents()).containsOnly("Frigivet til udvalget");
        }

        // 4. The committee member downloads the CV's rendition: same columns, no photo, none of the findings.
        try (BrowserContext committee = browser.newContext(danish())) {
            Page page = committee.newPage();
            login(page, "ansaettelse");
            page.navigate(url("/cases/" + posted.caseId() + "/candidates/" + applicationId));
            var links = page.locator("a[href*='/redacted/']:not([href*='view=true'])");
            assertThat(links.count()).isEqualTo(2);
            int cvs = 0;
            for (int i = 0; i < links.count(); i++) {
                byte[] pdf = Files.readAllBytes(page.waitForDownload(links.nth(i)::click).path());
                List<Line> lines = lines(pdf);
                String text = String.join("\n", lines.stream().map(Line::text).toList());
                for (String secret : List.of(FIRST, SURNAME, DOMAIN, "1996", "juni", "HK Kommunal", "sklerose", EMAIL,
                    "72 84 95")) {
                    assertThat(text).as("the committee's rendition %d holds %s", i + 1, secret).doesNotContainIgnoringCase(secret);
                }
                if (!text.contains("Kompetencer")) {
                    continue;
                }
                cvs++;
                assertThat(text).contains("[NAVN]", "[FØDSELSDATO]", "[FAGFORENING]", "[HELBRED]", "2018–2022", "Erfaring");
                Line left = line(lines, LEFT_LINE);
                Line right = line(lines, RIGHT_LINE);
                assertThat(left.page()).isEqualTo(right.page());
                assertThat(left.x()).isCloseTo(LEFT_X, Offset.offset(1f)).isLessThan(left.pageWidth() / 2);
                assertThat(right.x()).isCloseTo(RIGHT_X, Offset.offset(1f)).isGreaterThan(right.pageWidth() / 2);
                assertThat(left.y()).isCloseTo(right.y(), Offset.offset(1f));
                // The photo is gone, not covered: no image object is left, and the grey box says so.
                assertThat(images(pdf)).as("images in the committee's rendition").isZero();
                assertThat(text).contains("billede fjernet");
            }
            assertThat(cvs).as("renditions of the CV").isEqualTo(1);
        }
    }

    /** A Canva-like CV: the name as a header, photo, contact and skills in a tinted left column, experience on the right. */
    static byte[] twoColumnCv() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var photo = new BufferedImage(90, 110, BufferedImage.TYPE_INT_RGB);
            var random = new Random(17);
            for (int y = 0; y < photo.getHeight(); y++) {
                for (int x = 0; x < photo.getWidth(); x++) {
                    photo.setRGB(x, y, random.nextInt(0xFFFFFF));
                }
            }
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0.92f, 0.94f, 0.97f);
                cs.addRect(0, 0, 290, 760);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
                text(cs, bold, 24, LEFT_X, 790, NAME);
                text(cs, regular, 12, RIGHT_X, 790, "Dataanalytiker");
                cs.drawImage(LosslessFactory.createFromImage(doc, photo), LEFT_X, 630, 90, 110);
                text(cs, bold, 13, LEFT_X, 600, "Kontakt");
                text(cs, regular, 10, LEFT_X, 582, "Web: " + DOMAIN);
                text(cs, regular, 10, LEFT_X, 568, "Tlf. " + PHONE);
                text(cs, regular, 10, LEFT_X, 554, "Født 4. juni 1996");
                text(cs, bold, 13, LEFT_X, 520, "Kompetencer");
                text(cs, regular, 10, LEFT_X, 502, LEFT_LINE);
                text(cs, regular, 10, LEFT_X, 488, "Statistik i R");
                text(cs, bold, 13, RIGHT_X, 600, "Erfaring");
                text(cs, regular, 10, RIGHT_X, 502, RIGHT_LINE);
                text(cs, regular, 10, RIGHT_X, 488, "2022–2025 Konsulent, Aarhus Kommune");
                text(cs, bold, 13, RIGHT_X, 440, "Andet");
                text(cs, regular, 10, RIGHT_X, 422, "Medlem af HK Kommunal og har sklerose.");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    record Finding(String text, String label) {
    }

    /** Each highlighted finding on the review page: its text and the label it is replaced by. */
    private static List<Finding> findings(Locator marks) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < marks.count(); i++) {
            var mark = marks.nth(i);
            findings.add(new Finding(mark.locator("span").textContent(), mark.getAttribute("data-label")));
        }
        return findings;
    }

    private static void assertFinding(List<Finding> findings, String text, String label) {
        assertThat(findings).as("a finding %s labelled %s among %s", text, label, findings)
            .anySatisfy(f -> {
                assertThat(f.text()).containsIgnoringCase(text);
                assertThat(f.label()).isEqualTo(label);
            });
    }

    record Line(int page, String text, float x, float y, float pageWidth) {
    }

    /** The text as PDFBox's stripper writes it, piece by piece, with the page and position of each piece's first glyph. */
    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty()) {
                    TextPosition first = positions.getFirst();
                    lines.add(new Line(getCurrentPageNo(), text, first.getXDirAdj(), first.getYDirAdj(), first.getPageWidth()));
                }
                super.writeString(text, positions);
            }
        };
        try (var doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return lines;
    }

    private static Line line(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().strip().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines.stream().map(Line::text).toList()));
    }

    /** Image XObjects on every page, also inside form XObjects. */
    private static int images(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                images += images(page.getResources(), 0);
            }
            return images;
        }
    }

    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return 0;
        }
        int images = 0;
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += images(form.getResources(), depth + 1);
            }
        }
        return images;
    }
}
