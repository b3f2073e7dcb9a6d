package dk.rekrut.anonymity;

import static dk.rekrut.support.RoutePatterns.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.rekrut.anonymisation.RedactionWorker;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.support.RekrutTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The attacker's side of anonymous recruitment: an applicant who wants to be recognised (or leaves her identity in her
 * files without knowing) puts her name everywhere the application takes it: the form, the e-mail address, every
 * free-text answer, the files' names, and the structure of her PDF (its font is named after her, as a PDF viewer's
 * font list shows, and a colour separation too), where no reader of the text would look. Then the curious committee
 * does not follow links but tries every GET route of the application that starts at a case, the task list and the case
 * API (from Spring's own list of handlers, so a route added later is tried too), with every candidate, question,
 * document and rendition number filled in, and reads each answer whole: body, headers (Content-Disposition) and, for a
 * PDF, every string, name and decoded stream of the file.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymityAttackTest {

    private static final String NAME = "Ingrid Solvej Kjeldgaard";
    private static final String EMAIL = "ingrid.kjeldgaard@example.dk";
    private static final String PHONE = "+45 29 38 47 56";
    private static final List<String> NEEDLES = List.of("Ingrid", "Solvej", "Kjeldgaard", "ingrid.kjeldgaard", "29384756",
        "29 38 47 56");

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired RedactionWorker worker;
    @Autowired Redactions redactions;
    @Autowired JdbcClient jdbc;
    @Autowired RequestMappingHandlerMapping handlers;

    private ApplicationFixture.Posted posted;
    private UUID attacker;
    private UUID other;

    @BeforeAll
    void anApplicantPutsHerNameEverywhereTheApplicationTakesIt() {
        posted = fixture.publish("Anonym angriber " + UUID.randomUUID(), 10, true,
            List.of("Hvad vil du gerne fortælle os?"));
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), directory.userByUsername("bedoemmelse").orElseThrow().id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, posted.caseId(), directory.userByUsername("leder").orElseThrow().id(), TeamRole.HIRING_MANAGER);
        var s = ApplicationFixtures.submission(posted, EMAIL);
        var answers = new LinkedHashMap<>(s.answers().fields());
        posted.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT)
            .forEach(q -> answers.put(q.field(), List.of("Jeg er " + NAME + " (" + EMAIL + ", " + PHONE + ").")));
        var uploads = List.of(
            new Submissions.Upload(DocumentKind.APPLICATION, NAME + " ansøgning.pdf", pdfInAFontNamedAfterHer()),
            new Submissions.Upload(DocumentKind.CV, "CV_" + NAME.replace(' ', '_') + ".docx",
                TestDocuments.docx("CV for " + NAME + ". Erfaring med økonomistyring i staten.")));
        attacker = submissions.submit(new Submissions.Submission(s.postingId(), s.submissionKey(),
            new Submissions.Applicant(NAME, EMAIL, PHONE, "Kjeldgaards Allé 3", "2200", "København N"),
            Submissions.Consent.to(1), new Submissions.FormAnswers(answers), new Submissions.Enclosures(uploads, null),
            s.channel())).applicationId();
        other = submissions.submit(ApplicationFixtures.submission(posted, "anden." + UUID.randomUUID() + "@example.dk"))
            .applicationId();
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due
        }
        for (UUID id : List.of(attacker, other)) {
            for (var d : redactions.visibleDocuments(hr, cases.find(posted.caseId()).orElseThrow(), id)) {
                if (d.state().releasable()) {
                    redactions.release(hr, posted.caseId(), id, d.number());
                }
            }
        }
    }

    @Test
    void theCommitteeFindsHerOnNoRouteOfTheCaseInNoPartOfAnyAnswer() throws Exception {
        List<String> urls = committeeRoutes();
        assertThat(urls).as("routes tried").hasSizeGreaterThan(20)
            .anyMatch(u -> u.contains("/redacted/1")).anyMatch(u -> u.contains("/review/"));
        for (String member : List.of("bedoemmelse", "ansaettelse", "leder")) {
            var u = directory.userByUsername(member).orElseThrow();
            var auth = user(member).authorities(new SimpleGrantedAuthority(u.role().authority()));
            List<String> leaks = new ArrayList<>();
            int pdfs = 0;
            for (String url : urls) {
                for (boolean htmx : new boolean[] {false, true}) { // an htmx request may get a fragment of its own
                    var request = get(url).with(auth);
                    var res = mvc.perform(htmx ? request.header("HX-Request", "true") : request).andReturn().getResponse();
                    byte[] body = res.getContentAsByteArray();
                    boolean pdf = body.length > 4 && new String(body, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
                    pdfs += pdf ? 1 : 0;
                    String read = IdentityScanner.text(body) + (pdf ? "\n" + everyObject(body) : "") + res.getHeaderNames()
                        .stream().map(h -> "\n" + h + ": " + res.getHeaders(h)).reduce("", String::concat);
                    found(read).forEach(needle -> leaks.add(url + (htmx ? " (htmx)" : "") + " -> " + needle));
                }
            }
            assertThat(leaks).as("what " + member + " found").isEmpty();
            assertThat(pdfs).as("renditions " + member + " read").isGreaterThanOrEqualTo(2);
        }
    }

    /** The needles in what a reader got: as written in any case, HTML-escaped, URL-encoded or respaced. */
    private static List<String> found(String read) {
        String lower = read.toLowerCase(Locale.ROOT);
        return NEEDLES.stream().filter(n -> lower.contains(n.toLowerCase(Locale.ROOT))
            || !IdentityScanner.leaks(read, List.<IdentityScanner.Identity>of(() -> List.of(n))).isEmpty()).toList();
    }

    /** Every GET route from a case on (and the task list, the case API), with each variable filled every way it can be. */
    private List<String> committeeRoutes() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("caseId", List.of(posted.caseId().toString()));
        values.put("id", List.of(posted.caseId().toString()));
        values.put("applicationId", List.of(attacker.toString(), other.toString()));
        values.put("questionId", posted.questions().stream().map(q -> q.id().toString()).toList());
        values.put("documentId", jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ?").param(attacker)
            .query(UUID.class).list().stream().map(UUID::toString).toList());
        values.put("number", List.of("0", "1", "2", "3"));
        Set<String> urls = new TreeSet<>();
        handlers.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/cases/{") || pattern.equals("/tasks") || pattern.startsWith("/api/v1/cases")
                    || pattern.equals("/cases")) {
                    urls.addAll(fill(pattern, values));
                }
            }
        });
        List<String> out = new ArrayList<>(urls);
        // Query parameters the pages take that name a candidate.
        for (UUID id : List.of(attacker, other)) {
            out.add("/cases/" + posted.caseId() + "/messages?candidate=" + id);
            out.add("/cases/" + posted.caseId() + "/candidates/compare?ids=" + attacker + "&ids=" + other);
            out.add("/cases/" + posted.caseId() + "/candidates?sort=number&status=RECEIVED");
            out.add("/cases/" + posted.caseId() + "/candidates/" + id + "/redacted/1?view=true");
        }
        return out;
    }

    /** Every key, name, string and decoded stream of a PDF (as Latin-1 and UTF-16BE): what a curious reader finds. */
    static String everyObject(byte[] pdf) throws IOException {
        var sb = new StringBuilder();
        try (var doc = Loader.loadPDF(pdf)) {
            var cos = doc.getDocument();
            for (var key : cos.getXrefTable().keySet()) {
                collect(cos.getObjectFromPool(key).getObject(), sb, 0);
            }
            collect(cos.getTrailer(), sb, 0);
        }
        return sb.toString();
    }

    private static void collect(COSBase b, StringBuilder sb, int depth) throws IOException {
        if (b == null || b instanceof COSObject || depth > 30) {
            return;
        }
        if (b instanceof COSString s) {
            sb.append(s.getString()).append('\n');
        } else if (b instanceof COSName n) {
            sb.append(n.getName()).append('\n');
        } else if (b instanceof COSArray a) {
            for (COSBase x : a) {
                collect(x, sb, depth + 1);
            }
        } else if (b instanceof COSDictionary d) {
            for (var e : d.entrySet()) {
                sb.append(e.getKey().getName()).append('\n');
                collect(e.getValue(), sb, depth + 1);
            }
            if (d instanceof COSStream s) {
                try (InputStream in = s.createInputStream()) {
                    byte[] raw = in.readAllBytes();
                    sb.append(new String(raw, StandardCharsets.ISO_8859_1)).append('\n')
                        .append(new String(raw, StandardCharsets.UTF_16BE)).append('\n');
                } catch (IOException ignored) {
                    // a stream that does not decode shows a reader nothing
                }
            }
        }
    }

    /**
     * Her letter in DejaVu Sans (from the engine's resources), a font she renamed after herself, as a viewer's font list
     * shows it; a colour separation carries her name too. The text names her as well, so the engine knows the name.
     */
    private static byte[] pdfInAFontNamedAfterHer() {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
             var fontFile = RedactionEngine.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            var page = new PDPage();
            doc.addPage(page);
            var font = PDType0Font.load(doc, fontFile, false); // not subset: saving would rename a subset
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Ansøgning fra " + NAME + ". Jeg har arbejdet med økonomistyring i 12 år.");
                cs.endText();
            }
            COSName named = COSName.getPDFName("AAAAAA+" + NAME.replace(' ', '-'));
            font.getCOSObject().setItem(COSName.BASE_FONT, named);
            var descendant = (COSDictionary) ((COSArray) font.getCOSObject().getDictionaryObject(COSName.DESCENDANT_FONTS))
                .getObject(0);
            descendant.setItem(COSName.BASE_FONT, named);
            descendant.getCOSDictionary(COSName.FONT_DESC).setString(COSName.FONT_FAMILY, NAME);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
