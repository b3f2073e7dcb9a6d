package dk.rekrut.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.Submissions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.rekrut.anonymisation.RedactionWorker;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.RekrutTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The leak test's second half (issue 5): where {@link AnonymityLeakTest} follows links, this one does not rely on
 * links at all. It takes every GET route the application has under {@code /cases/{...}} and {@code /api/v1}, fills
 * in the anonymous case, its candidates and their documents (also mixed: one candidate's document under another
 * candidate), and calls each as the chair, a member and the hiring manager. Twenty applicants have distinctive
 * identities (names of Danish and non-Danish origin, e-mails, phones, addresses, birth dates) in the form and in
 * their files: in the body, the header and footer, the metadata and the file name, with a photo, and they type their
 * name, e-mail and phone into both free-text screening answers. No identity may come back in any body (PDF and Word
 * text and metadata included), header or e-mail to a committee member: not before the redaction has run, not before
 * HR's release and not after it.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymityProbeTest {

    record Applicant(String name, String email, String phone, String street, String postalCode, String town,
                     LocalDate born) implements IdentityScanner.Identity {

        @Override
        public List<String> needles() {
            var out = new ArrayList<String>(List.of(name, email, email.substring(0, email.indexOf('@')), phone,
                phone.replaceAll("\\D", "").replaceFirst("^45", ""), street,
                born.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"))),
                born.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
            for (String part : name.split("[\\s-]+")) {
                if (part.length() >= 6) {
                    out.add(part);
                }
            }
            return out;
        }
    }

    private static final String[] FIRST = {"Fatima", "Søren", "Thuy-Linh", "Abdirahman", "Ingeborg", "Aleksandra",
        "Mustafa", "Gudrun", "Xiaoming", "Esben", "Leyla", "Thorkild", "Oluwaseun", "Mette-Marie", "Nasrin",
        "Valdemar", "Zainab", "Hjalmar", "Svetlana", "Kofi"};
    private static final String[] LAST = {"Zaytouni", "Brøndum-Kirkegaard", "Nguyenova", "Warsame", "Thorvaldsdottir",
        "Wiśniewska", "Albayrakoglu", "Vestergaard-Kjeldsen", "Zhangqiang", "Refshaleøen", "Hosseinzadeh",
        "Ravnsborgholm", "Adebayo-Okafor", "Skovbjergsen", "Rahimzadeh", "Strandvejsen", "Al-Khalidiya", "Fjordbakke",
        "Kuznetsova", "Mensah-Boateng"};

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired RedactionWorker worker;
    @Autowired Redactions redactions;

    private final List<Applicant> people = new ArrayList<>();
    private final List<UUID> applicationIds = new ArrayList<>();
    private final List<UUID> documentIds = new ArrayList<>();
    private UUID caseId;
    private ApplicationFixture.Posted posted;
    private int released;
    /** What the horizontal review of each free-text question showed the team before redaction and before release. */
    private final List<String> reviewFindings = new ArrayList<>();
    private int reviewPagesRead;

    @BeforeAll
    void anonymousCaseWithTwentyApplicants() throws Exception {
        posted = fixture.publish("Anonym probe " + UUID.randomUUID(), 10, true, List.of("Hvordan kontakter vi dig?"));
        caseId = posted.caseId();
        var hr = fixture.hr();
        cases.attach(hr, caseId, directory.userByUsername("bedoemmelse").orElseThrow().id(), TeamRole.CHAIR);
        cases.attach(hr, caseId, directory.userByUsername("ansaettelse").orElseThrow().id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, caseId, directory.userByUsername("leder").orElseThrow().id(), TeamRole.HIRING_MANAGER);
        for (int i = 0; i < FIRST.length; i++) {
            String name = FIRST[i] + " " + LAST[i];
            var p = new Applicant(name, (FIRST[i] + "." + LAST[i]).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.dk",
                "+45 " + (20 + i) + " 4" + i % 10 + " 6" + (i + 3) % 10 + " 8" + (i + 7) % 10, "Probestræde " + (11 + i),
                "2200", "København N", LocalDate.of(1960 + i, 1 + i % 12, 3 + i));
            people.add(p);
            var s = ApplicationFixtures.submission(posted, p.email());
            // Applicants write who they are into free text, as real ones do: the answers must be redacted too.
            var answers = new LinkedHashMap<>(s.answers().fields());
            var freeText = freeTextQuestions();
            answers.put(freeText.get(0).field(), List.of("Jeg hedder " + p.name() + " og elsker data."));
            answers.put(freeText.get(1).field(), List.of("Skriv til " + p.email() + " eller ring på " + p.phone()
                + ". Venlig hilsen " + p.name()));
            var submission = new Submissions.Submission(s.postingId(), s.submissionKey(),
                new Submissions.Applicant(p.name(), p.email(), p.phone(), p.street(), p.postalCode(), p.town()),
                Submissions.Consent.to(1), new Submissions.FormAnswers(answers),
                new Submissions.Enclosures(List.of(new Submissions.Upload(DocumentKind.APPLICATION, p.name() + " - Ansøgning.pdf", pdf(p)),
                    new Submissions.Upload(DocumentKind.CV, "CV " + p.name() + ".docx", docx(p)))),
                s.channel());
            UUID id = submissions.submit(submission).applicationId();
            applicationIds.add(id);
            documentIds.addAll(jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ?").param(id)
                .query(UUID.class).list());
        }
        readTheHorizontalReviews("before redaction");
        // Redaction runs and HR releases what may be released: the committee's renditions are probed too.
        for (int i = 0; i < 200 && worker.runDue() > 0; i++) {
            // until nothing is due
        }
        readTheHorizontalReviews("redacted, before release");
        var c = cases.find(caseId).orElseThrow();
        for (UUID id : applicationIds) {
            for (var d : redactions.visibleDocuments(hr, c, id)) {
                if (d.state().releasable()) {
                    redactions.release(hr, caseId, id, d.number());
                    released++;
                }
            }
        }
    }

    @Test
    void noRouteGivesTheCommitteeOrTheHiringManagerAnyIdentity() throws Exception {
        List<String> urls = concreteUrls();
        assertThat(urls).as("routes under /cases/{..} and /api/v1 filled in").hasSizeGreaterThan(20)
            .anyMatch(u -> u.contains("/documents/")).anyMatch(u -> u.contains("/redacted/"))
            .anyMatch(u -> u.contains("/review/" + freeTextQuestions().getLast().id()))
            .anyMatch(u -> u.contains("/candidates/compare?candidate="));
        assertThat(released).as("renditions released for the committee").isGreaterThanOrEqualTo(30);
        for (String username : List.of("bedoemmelse", "ansaettelse", "leder")) {
            var u = directory.userByUsername(username).orElseThrow();
            var auth = user(username).authorities(new SimpleGrantedAuthority(Role.valueOf(u.role().name()).authority()));
            List<String> findings = new ArrayList<>();
            int answered = 0;
            for (String url : urls) {
                var res = mvc.perform(get(url).with(auth)).andReturn().getResponse();
                if (res.getStatus() == 200) {
                    answered++;
                }
                String headers = res.getHeaderNames().stream().map(h -> h + ": " + res.getHeaders(h))
                    .reduce("", String::concat);
                for (String leak : IdentityScanner.leaks(IdentityScanner.text(res.getContentAsByteArray()) + "\n" + headers,
                    people)) {
                    findings.add(url + " -> " + leak);
                }
                if (url.contains("/documents/")) {
                    assertThat(res.getStatus()).as("original document %s as %s", url, username).isIn(403, 404);
                }
            }
            assertThat(answered).as("pages the %s could open (the probe reached the case)", username).isGreaterThan(5);
            assertThat(findings).as("identity reachable by " + username).isEmpty();
        }
    }

    /**
     * The horizontal review puts every candidate's answer to one question side by side: for each free-text question,
     * as the chair, a member and the hiring manager, before the answers were redacted, before HR released the
     * documents and after, no answer may carry an identity.
     */
    @Test
    void theHorizontalReviewOfEveryFreeTextQuestionShowsNoIdentity() throws Exception {
        readTheHorizontalReviews("after release");
        assertThat(reviewPagesRead).as("review pages read: 2 questions, 3 roles, 3 moments").isEqualTo(18);
        assertThat(reviewFindings).as("identity in the horizontal review").isEmpty();
    }

    /**
     * The candidate page links only to pages its reader may open: the new-user review was sent from it to a 403
     * ("Referencer" for the committee in an anonymous case). Every case link on the page must answer.
     */
    @Test
    void theCandidatePageLinksOnlyToPagesItsReaderMayOpen() throws Exception {
        var href = Pattern.compile("href=\"(/cases/[^\"?#]+)");
        for (String username : List.of("bedoemmelse", "ansaettelse", "leder", "hr.udvidet")) {
            var u = directory.userByUsername(username).orElseThrow();
            var auth = user(username).authorities(new SimpleGrantedAuthority(Role.valueOf(u.role().name()).authority()));
            String page = "/cases/" + caseId + "/candidates/" + applicationIds.getFirst();
            String html = mvc.perform(get(page).with(auth)).andReturn().getResponse().getContentAsString();
            var links = href.matcher(html).results().map(m -> m.group(1).replace("&amp;", "&")).distinct().toList();
            assertThat(links).as("links on the candidate page for %s", username).isNotEmpty();
            for (String link : links) {
                int status = mvc.perform(get(link).with(auth)).andReturn().getResponse().getStatus();
                assertThat(status).as("%s opens %s", username, link).isIn(200, 302);
            }
        }
    }

    @Test
    void noCommitteeMemberIsSentAnyIdentityByEmail() {
        for (String username : List.of("bedoemmelse", "ansaettelse", "leder")) {
            String email = directory.userByUsername(username).orElseThrow().email();
            var mails = jdbc.sql("SELECT subject || ' ' || body_text || ' ' || body_html FROM outbox_message WHERE LOWER(recipient) = LOWER(?)")
                .param(email).query(String.class).list();
            for (String mail : mails) {
                assertThat(IdentityScanner.leaks(mail, people)).as("e-mail to " + username).isEmpty();
            }
        }
    }

    @Test
    void theProbeFindsIdentityWhereItIs() throws Exception {
        // HR sees identities in the same case: the same probe must find them there, or it proves nothing.
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        var auth = user(hr.username()).authorities(new SimpleGrantedAuthority(Role.valueOf(hr.role().name()).authority()));
        String page = "/cases/" + caseId + "/candidates/" + applicationIds.getFirst();
        var res = mvc.perform(get(page).with(auth)).andReturn().getResponse();
        assertThat(IdentityScanner.leaks(res.getContentAsString(), people)).contains(people.getFirst().name());
        var doc = mvc.perform(get(page + "/documents/" + documentIds.get(1)).with(auth)).andReturn().getResponse();
        assertThat(doc.getStatus()).isEqualTo(200);
        // The CV's name is in its header and metadata only: the scanner reads both.
        assertThat(IdentityScanner.leaks(IdentityScanner.text(doc.getContentAsByteArray()), people)).isNotEmpty();
        assertThat(IdentityScanner.leaks("P R O B E S T R Æ D E  1 1", people)).isNotEmpty();
        // Deliberate leaks of the kinds the issue names: a name in a download's file name, an e-mail in an export.
        var first = people.getFirst();
        String header = "Content-Disposition: [attachment; filename*=UTF-8''"
            + URLEncoder.encode(first.name() + ".pdf", StandardCharsets.UTF_8) + "]";
        assertThat(IdentityScanner.leaks(header, people)).contains(first.name());
        String csv = "kandidat;e-mail;bedømmelse\r\nK-4821;" + first.email().toUpperCase(Locale.ROOT) + ";4\r\n";
        assertThat(IdentityScanner.leaks(csv, people)).isNotEmpty();
        // The free-text answers as given do carry the identity: the review probe has something to miss.
        var given = jdbc.sql("SELECT answer_value FROM application_answer WHERE application_id = ?")
            .param(applicationIds.getFirst()).query(String.class).list();
        assertThat(IdentityScanner.leaks(String.join("\n", given), people)).contains(first.name(), first.email(), first.phone());
    }

    private List<ScreeningQuestion> freeTextQuestions() {
        var out = posted.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT).toList();
        assertThat(out).hasSize(2);
        return out;
    }

    /** Reads the horizontal review of each free-text question as each committee role; notes any identity found. */
    private void readTheHorizontalReviews(String when) throws Exception {
        for (var q : freeTextQuestions()) {
            String url = "/cases/" + caseId + "/review/" + q.id();
            for (String username : List.of("bedoemmelse", "ansaettelse", "leder")) {
                var u = directory.userByUsername(username).orElseThrow();
                var auth = user(username).authorities(new SimpleGrantedAuthority(Role.valueOf(u.role().name()).authority()));
                var res = mvc.perform(get(url).with(auth)).andReturn().getResponse();
                assertThat(res.getStatus()).as(url + " as " + username + ", " + when).isEqualTo(200);
                reviewPagesRead++;
                IdentityScanner.leaks(res.getContentAsString(), people)
                    .forEach(leak -> reviewFindings.add(when + ": " + url + " as " + username + " -> " + leak));
            }
        }
    }

    /** Every GET route under /cases/{..} and /api/v1 with its variables filled in (and mixed up). */
    private List<String> concreteUrls() {
        Set<String> out = new LinkedHashSet<>();
        var variable = Pattern.compile("\\{([^}]+)}");
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/cases") && !pattern.startsWith("/api/v1")) {
                    continue;
                }
                List<String> urls = List.of(pattern);
                Matcher m = variable.matcher(pattern);
                while (m.find()) {
                    List<String> values = valuesFor(m.group(1));
                    List<String> next = new ArrayList<>();
                    for (String url : urls) {
                        for (String value : values) {
                            next.add(url.replace(m.group(), value));
                        }
                    }
                    urls = next;
                }
                out.addAll(urls);
            }
        }
        // The comparison takes its candidates from the query, not the path: three of them side by side.
        out.add("/cases/" + caseId + "/candidates/compare?" + String.join("&",
            applicationIds.subList(0, 3).stream().map(id -> "candidate=" + id).toList()));
        return new ArrayList<>(out);
    }

    /** Values for a path variable by its name: the case, three candidates, documents of the first and of others. */
    private List<String> valuesFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("n") || n.contains("number")) {
            return List.of("0", "1", "2");
        }
        if (n.contains("document") || n.contains("file")) {
            return List.of(documentIds.get(0).toString(), documentIds.get(3).toString(), documentIds.getLast().toString());
        }
        if (n.contains("application") || n.contains("candidate")) {
            return applicationIds.subList(0, 3).stream().map(UUID::toString).toList();
        }
        if (n.contains("question")) {
            return posted.questions().stream().map(q -> q.id().toString()).toList();
        }
        if (n.contains("case") || n.equals("id")) {
            return List.of(caseId.toString());
        }
        return List.of(UUID.randomUUID().toString());
    }

    /** An application letter that names the applicant in its body, its metadata and with a photo. */
    private static byte[] pdf(Applicant p) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
             var ttf = AnonymityProbeTest.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            var page = new PDPage();
            doc.addPage(page);
            var font = PDType0Font.load(doc, ttf);
            var photo = new BufferedImage(40, 50, BufferedImage.TYPE_INT_RGB);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, photo), 480, 700);
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 700);
                cs.showText("Ansøgning. Jeg er født " + p.born().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ".");
                cs.newLineAtOffset(0, -16);
                cs.showText("Med venlig hilsen " + p.name() + ", " + p.street() + ", " + p.postalCode() + " " + p.town());
                cs.endText();
            }
            doc.getDocumentInformation().setAuthor(p.name());
            doc.getDocumentInformation().setTitle("Ansøgning - " + p.name());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A CV whose body has no name: the name is in the header, the contact data in the footer, the author in the metadata. */
    private static byte[] docx(Applicant p) throws IOException {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(p.name());
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(p.email() + " · " + p.phone());
            doc.createParagraph().createRun().setText("Curriculum vitae. Erfaring med sagsbehandling siden 2010.");
            doc.getProperties().getCoreProperties().setCreator(p.name());
            doc.write(out);
            return out.toByteArray();
        }
    }
}
