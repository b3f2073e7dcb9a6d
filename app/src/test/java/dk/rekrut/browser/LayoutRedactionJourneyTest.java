package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17, acceptance 3, in a real browser: an applicant uploads a two-column CV with a photo, a name in no gazetteer
 * in its header, a personal domain made of the surname, a birth date with a month name, and a line about a union and
 * an illness. HR's review shows each finding; the committee's rendition keeps the two columns and holds none of them.
 */
class LayoutRedactionJourneyTest extends BrowserSuite {

    static final String NAME = "Quillan Vextrup";
    static final String EMAIL = "quillan.browser@example.dk";
    static final String PHONE = "+45 31 42 53 64";
    static final List<String> SECRETS = List.of("Quillan", "Vextrup", "vextrup.dk", "juni 1996", "HK Kommunal", "sklerose");

    @Autowired ApplicationFixture applicationFixture;
    @Autowired Applications applications;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired RedactionWorker worker;
    @Autowired OutboxWorker outbox;

    @Test
    void aTwoColumnCvKeepsItsColumnsForTheCommitteeWithoutTheNameDomainBirthDateUnionOrIllness() throws Exception {
        var posted = applicationFixture.publish("Anonym konsulent " + UUID.randomUUID(), 10, true);
        cases.attach(applicationFixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        Path dir = Files.createTempDirectory("rekrut-layout");
        Path letter = Files.write(dir.resolve("ansoegning.pdf"), TestDocuments.pdf("Jeg søger stillingen som konsulent."));
        Path cv = Files.write(dir.resolve("cv.pdf"), twoColumnCv());

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
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due, as the scheduled poller would
        }

        try (BrowserContext hrContext = browser.newContext(danish())) {
            Page page = hrContext.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/" + posted.caseId() + "/candidates"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anonymisering af dokumenter")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applications.find(applicationId).orElseThrow()
                .candidateNumber())).click();
            List<String> marks = page.locator("mark").allTextContents();
            for (String finding : List.of("QUILLAN VEXTRUP", "vextrup.dk", "juni 1996", "HK Kommunal", "sklerose")) {
                assertThat(marks).as(finding).anySatisfy(m -> assertThat(m).contains(finding));
            }
            for (String label : List.of("[NAVN]", "[FØDSELSDATO]", "[FAGFORENING]", "[HELBRED]")) {
                assertThat(marks).as(label).anySatisfy(m -> assertThat(m).contains(label));
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 1 til udvalget")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frigiv dokument 2 til udvalget")).click();
            assertThat(page.locator(".redaction-state").allTextContents()).containsOnly("Frigivet til udvalget");
        }

        try (BrowserContext committee = browser.newContext(danish())) {
            Page page = committee.newPage();
            login(page, "ansaettelse");
            page.navigate(url("/cases/" + posted.caseId() + "/candidates/" + applicationId));
            var links = page.locator("a[href*='/redacted/']:not([href*='view=true'])");
            assertThat(links.count()).isEqualTo(2);
            boolean sawCv = false;
            for (int i = 0; i < 2; i++) {
                var download = page.waitForDownload(links.nth(i)::click);
                byte[] pdf = Files.readAllBytes(download.path());
                Map<String, float[]> words = wordPositions(pdf);
                String text;
                try (var doc = Loader.loadPDF(pdf)) {
                    text = new PDFTextStripper().getText(doc);
                }
                for (String secret : SECRETS) {
                    assertThat(text).as(secret).doesNotContainIgnoringCase(secret);
                }
                if (words.containsKey("Kompetencer")) {
                    sawCv = true;
                    // The layout is kept: the left column's heading at x 50, the right column's at x 330, as uploaded.
                    assertThat(words.get("Kompetencer")[0]).isBetween(49f, 51f);
                    assertThat(words.get("Erfaring")[0]).isBetween(329f, 331f);
                    assertThat(words.get("Kompetencer")[1]).isCloseTo(words.get("Erfaring")[1], org.assertj.core.data.Offset.offset(0.5f));
                    assertThat(text).contains("[NAVN]", "billede fjernet");
                }
            }
            assertThat(sawCv).isTrue();
        }
    }

    /** A Canva-like CV: photo and contact data in a tinted left column, the name as a header and experience on the right. */
    static byte[] twoColumnCv() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var photo = new BufferedImage(100, 120, BufferedImage.TYPE_INT_RGB);
            var random = new Random(3);
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 100; x++) {
                    photo.setRGB(x, y, random.nextInt(0xFFFFFF));
                }
            }
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0.9f, 0.93f, 0.97f);
                cs.addRect(0, 0, 300, 842);
                cs.fill();
                cs.drawImage(LosslessFactory.createFromImage(doc, photo), 50, 690, 100, 120);
                cs.setNonStrokingColor(0f, 0f, 0f);
                text(cs, bold, 26, 330, 770, NAME.toUpperCase(java.util.Locale.ROOT));
                text(cs, regular, 12, 330, 745, "Konsulent i digital forvaltning");
                text(cs, bold, 13, 50, 650, "Kontakt");
                text(cs, regular, 10, 50, 632, "www.vextrup.dk");
                text(cs, regular, 10, 50, 618, "Født 4. juni 1996");
                text(cs, bold, 13, 50, 570, "Kompetencer");
                text(cs, regular, 10, 50, 552, "Forandringsledelse");
                text(cs, bold, 13, 330, 570, "Erfaring");
                text(cs, regular, 10, 330, 552, "2019 - nu: Konsulent, Region Hovedstaden");
                text(cs, regular, 10, 330, 538, "Medlem af HK Kommunal siden 2015.");
                text(cs, regular, 10, 330, 524, "Jeg har sklerose, men den påvirker ikke mit arbejde.");
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

    /** Each word's first glyph position, as PDFBox's stripper reports it. */
    private static Map<String, float[]> wordPositions(byte[] pdf) throws IOException {
        Map<String, float[]> words = new HashMap<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int start = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == ' ') {
                        if (i > start && start < positions.size()) {
                            TextPosition p = positions.get(start);
                            words.putIfAbsent(text.substring(start, i), new float[] {p.getXDirAdj(), p.getYDirAdj()});
                        }
                        start = i + 1;
                    }
                }
                super.writeString(text, positions);
            }
        };
        try (var doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return words;
    }
}
