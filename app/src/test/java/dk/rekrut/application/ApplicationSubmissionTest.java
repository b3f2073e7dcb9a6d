package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Issue 3, acceptance 2, 3, 5 and 6: what the form and the API accept, refuse, and store. */
@RekrutTest
class ApplicationSubmissionTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired ApplicationRepository repository;
    @Autowired Correspondence correspondence;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired JsonMapper json;
    @Autowired InstitutionSettings institution;
    @Autowired OrganisationDirectory directory;
    @Autowired Cases cases;

    private final Instant start = Instant.now();
    private ApplicationFixture.Posted posted;

    @BeforeEach
    void publish() {
        posted = fixture.publish("Analytiker " + UUID.randomUUID(), 5, false);
    }

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    /** Architecture review: the re-sent link came in Danish whatever the language the applicant applied in. */
    @Test
    void aResentLinkIsWrittenInTheLanguageTheApplicantAppliedIn() throws Exception {
        String email = "resend-" + UUID.randomUUID() + "@example.dk";
        var s = ApplicationFixtures.submission(posted, email);
        submissions.submit(new Submissions.Submission(s.postingId(), s.submissionKey(), s.applicant(), s.consent(),
            s.answers(), s.enclosures(), new Submissions.Channel(s.channel().medium(), Locale.ENGLISH, s.channel().linkBase())));

        mvc.perform(post("/my-application/resend").param("email", email).header("Accept-Language", "da").with(csrf()))
            .andExpect(MockMvcResultMatchers.status().isOk());

        var subjects = jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = ? AND LOWER(subject) LIKE '%link%'")
            .param(email).query(String.class).list();
        assertThat(subjects).singleElement().asString().startsWith("Link to your application for ");
    }

    @Test
    void theCandidateNumbersTakenAreFoundInTheirOwnCaseOnly() throws Exception {
        submit(Map.of());
        submit(Map.of());
        var given = applications.forCase(posted.caseId()).stream().map(Application::candidateNumber).toList();
        assertThat(given).hasSize(2).doesNotHaveDuplicates();
        var other = fixture.publish("Andet opslag " + UUID.randomUUID(), 5, false);

        assertThat(repository.candidateNumbersTaken(posted.caseId(), List.of(given.get(0), "K-0", given.get(1), "K-1")))
            .containsExactlyInAnyOrderElementsOf(given);
        assertThat(repository.candidateNumbersTaken(posted.caseId(), List.of("K-0"))).isEmpty();
        assertThat(repository.candidateNumbersTaken(other.caseId(), given)).isEmpty();
    }

    @Test
    void aCompleteApplicationIsStoredWithConsentVersionMediumAndAReceipt() throws Exception {
        var res = submit(Map.of());
        assertThat(res.getStatus()).isEqualTo(302);
        assertThat(res.getRedirectedUrl()).startsWith("/my-application/").endsWith("?received");
        var apps = applications.forCase(posted.caseId());
        assertThat(apps).hasSize(1);
        var a = applications.find(apps.getFirst().id()).orElseThrow();
        assertThat(a.consentVersion()).isEqualTo(1);
        assertThat(a.mediumCode()).isEqualTo("jobnet");
        assertThat(a.candidateNumber()).matches("K-\\d{4,9}");
        assertThat(repository.find(a.id()).orElseThrow().answers()).hasSize(6);
        assertThat(a.answers()).as("other modules get no answers: they read them through the redaction door").isEmpty();
        assertThat(correspondence.log(a.id())).hasSize(1);
        assertThat(documentsOf(a.id())).isEqualTo(2);

        // The private link opens the applicant's own page with what they sent.
        String page = mvc.perform(get(res.getRedirectedUrl().replace("?received", ""))).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("Test Ansøger", a.candidateNumber(), "ansoegning.pdf", "Kolleger");
    }

    @Test
    void theSameSubmissionTwiceMakesOneApplicationAndOneReceipt() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(submit(Map.of("submissionKey", key)).getStatus()).isEqualTo(302);
        var second = submit(Map.of("submissionKey", key));
        assertThat(second.getRedirectedUrl()).endsWith("/apply/duplicate");
        var apps = applications.forCase(posted.caseId());
        assertThat(apps).hasSize(1);
        assertThat(correspondence.log(apps.getFirst().id())).hasSize(1);
    }

    @Test
    void theSameSubmissionSentAgainAfterTheDeadlineIsAnsweredAsReceivedNotAsClosed() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(submit(Map.of("submissionKey", key)).getStatus()).isEqualTo(302);
        clock.set(start.plus(Duration.ofDays(6))); // the deadline was in 5 days

        assertThat(submit(Map.of("submissionKey", key)).getRedirectedUrl()).endsWith("/apply/duplicate");
        // A new submission is refused as too late.
        var late = submit(Map.of("submissionKey", UUID.randomUUID().toString()));
        assertThat(late.getRedirectedUrl()).isNull();
        assertThat(late.getContentAsString()).contains("Ansøgningsfristen er udløbet");
        assertThat(applications.forCase(posted.caseId())).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long filesBefore = storedFiles();
        long pendingBefore = jdbc.sql("SELECT COUNT(*) FROM pending_upload").query(Long.class).single();
        expectRefused(Map.of(), "Filen er for stor",
            new MockMultipartFile("cv", "cv.pdf", "application/pdf", TestDocuments.oversized(11 * 1024 * 1024)));
        expectRefused(Map.of(), "Filen er et program",
            new MockMultipartFile("cv", "cv.pdf", "application/pdf", TestDocuments.executable()));
        expectRefused(Map.of(), "krypteret eller beskyttet med adgangskode",
            new MockMultipartFile("cv", "cv.pdf", "application/pdf", TestDocuments.pdf("x", 0, true)));
        expectRefused(Map.of(), "mistænkelig stor",
            new MockMultipartFile("cv", "cv.docx", "application/octet-stream", TestDocuments.docxZipBomb()));
        expectRefused(Map.of(), "Filen hedder .PDF, men indholdet er ikke en PDF-fil",
            new MockMultipartFile("cv", "cv.pdf", "application/pdf", "Jeg er ikke en PDF".getBytes()));
        expectRefused(Map.of("consent", "false"), "Du skal give samtykke");
        expectRefused(Map.of(posted.question(QuestionKind.FREE_TEXT).field(), "x".repeat(201)), "Svaret er for langt. Skriv højst 200 tegn");
        expectRefused(Map.of("email", "ikke-en-adresse"), "Skriv en gyldig e-mailadresse");
        assertThat(applications.forCase(posted.caseId())).isEmpty();
        // Only the files held for the retry (PendingUploads) were stored, and they go with the sweep.
        assertThat(storedFiles()).isEqualTo(filesBefore + jdbc.sql("SELECT COUNT(*) FROM pending_upload").query(Long.class).single()
            - pendingBefore);
    }

    /**
     * Review 2026-12-06, M4 and L6: an address over its column (street 300, town 100, also 1 MB) was a 500 with the
     * address in the log; now every contact field has its limit and a message of its own, on the form and the API.
     * Addresses a mail server would refuse are refused here.
     */
    @Test
    void overLongContactFieldsAndInvalidAddressesAreRefusedPerField() throws Exception {
        String api = "/api/v1/postings/" + posted.postingId() + "/applications";
        for (var c : List.of(Map.of("street", "Hemmeligvej " + "x".repeat(400)), Map.of("town", "x".repeat(101)),
            Map.of("street", "x".repeat(1024 * 1024)))) {
            var res = mvc.perform(FormSubmissions.fill(multipart(api), posted, UUID.randomUUID().toString(), c))
                .andReturn().getResponse();
            res.setCharacterEncoding("UTF-8");
            assertThat(res.getStatus()).as(c.keySet().toString()).isEqualTo(422);
            var error = json.readTree(res.getContentAsString()).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo(c.keySet().iterator().next());
            assertThat(error.get("message").asString()).matches("(Adressen|Bynavnet) må højst være (300|100) tegn.");
        }
        expectRefused(Map.of("street", "x".repeat(301)), "Adressen må højst være 300 tegn.");
        expectRefused(Map.of("town", "x".repeat(101)), "Bynavnet må højst være 100 tegn.");
        assertThat(submit(Map.of("street", "x".repeat(300), "town", "y".repeat(100))).getStatus()).isEqualTo(302);

        for (String bad : List.of("xss\"<x>@example.com", "a,b@example.com", "a\u0085b@example.com",
            "a b@example.com", "æble@example.dk", "a@example", "a@-example.dk", "a..b@example.dk", ".a@example.dk")) {
            var res = mvc.perform(FormSubmissions.fill(multipart(api), posted, UUID.randomUUID().toString(),
                Map.of("email", bad))).andReturn().getResponse();
            assertThat(res.getStatus()).as(bad).isEqualTo(422);
            assertThat(json.readTree(res.getContentAsString()).get("errors").get(0).get("code").asString()).as(bad)
                .isEqualTo("error.apply.email");
        }
        for (String good : List.of("anne.hansen+job@sub.example.dk", "o'brien@example.com", "A_B-1@x-y.org")) {
            assertThat(mvc.perform(FormSubmissions.fill(multipart(api), posted, UUID.randomUUID().toString(),
                Map.of("email", good))).andReturn().getResponse().getStatus()).as(good).isEqualTo(201);
        }
        assertThat(applications.forCase(posted.caseId())).hasSize(4);
    }

    /**
     * The consent version and the institution's name are read from memory on most submissions: a new consent text
     * and a new name saved on this instance apply to the very next submission, and a version that does not exist
     * yet is refused.
     */
    @Test
    void aNewConsentTextAndANewNameApplyToTheNextSubmission() throws Exception {
        String name = institution.get(InstitutionSettings.NAME);
        int current = institution.currentConsent().version();
        submit(Map.of()); // both read once
        try {
            expectRefused(Map.of("consentVersion", String.valueOf(current + 1)), "Samtykketeksten er ændret");
            expectRefused(Map.of("consentVersion", "0"), "Samtykketeksten er ændret");

            institution.set(InstitutionSettings.CONSENT_TEXT, "Ny samtykketekst " + UUID.randomUUID());
            institution.set(InstitutionSettings.NAME, "Nyt Navn Kommune");
            assertThat(submit(Map.of("consentVersion", String.valueOf(current + 1))).getStatus()).isEqualTo(302);

            var latest = applications.forCase(posted.caseId()).stream()
                .filter(a -> a.consentVersion() == current + 1).toList();
            assertThat(latest).hasSize(1);
            assertThat(correspondence.log(latest.getFirst().id()).getFirst().bodyText()).contains("Nyt Navn Kommune");
            // An applicant who accepted the earlier text before it changed is still received.
            assertThat(submit(Map.of("consentVersion", String.valueOf(current))).getStatus()).isEqualTo(302);
        } finally {
            institution.set(InstitutionSettings.NAME, name);
        }
    }

    @Test
    void aVideoApplicationCanBeAFileWhereTheCaseTakesVideo() throws Exception {
        var video = new MockMultipartFile("video", "mig.mp4", "video/mp4", TestDocuments.mp4(12 * 1024 * 1024));
        // Not on a case without video, and never as a document.
        expectRefused(Map.of(), "Denne stilling modtager ikke videoansøgninger", video);
        expectRefused(Map.of(), "Filen er en video",
            new MockMultipartFile("cv", "cv.mp4", "video/mp4", TestDocuments.mp4(1000)));

        posted = fixture.publish("Pædagog " + UUID.randomUUID(), 5, false, true);
        expectRefused(Map.of("videoLink", "https://video.example/mig"), "enten som fil eller som link", video);
        expectRefused(Map.of(), "Videoen kan ikke modtages i dette format",
            new MockMultipartFile("video", "mig.mp4", "video/mp4", TestDocuments.pdf("Ikke en video", 1, false)));
        assertThat(applications.forCase(posted.caseId())).isEmpty();

        // 12 MB is above a document's limit but within a video's.
        var res = submit(Map.of(), video);
        assertThat(res.getStatus()).isEqualTo(302);
        UUID id = applications.forCase(posted.caseId()).getFirst().id();
        assertThat(jdbc.sql("SELECT detected_type FROM applicant_document WHERE candidate_id = ? AND kind = 'VIDEO'")
            .param(id).query(String.class).single()).isEqualTo("mp4");
        String page = mvc.perform(get(res.getRedirectedUrl().replace("?received", ""))).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("Videoansøgning", "mig.mp4");
    }

    @Test
    void aSubmissionAfterTheDeadlineGetsAClearAnswer() throws Exception {
        clock.advance(Duration.ofDays(6));
        var res = submit(Map.of());
        assertThat(res.getStatus()).isEqualTo(400);
        assertThat(res.getContentAsString()).contains("Ansøgningsfristen er udløbet");
        assertThat(applications.forCase(posted.caseId())).isEmpty();
    }

    @Test
    void aCrashBetweenStoringFilesAndCommittingLeavesNothing() {
        long filesBefore = storedFiles();
        long onDiskBefore = filesOnDisk();
        try {
            tx.executeWithoutResult(status -> {
                submissions.submit(FormSubmissions.valid(posted, UUID.randomUUID().toString()));
                assertThat(storedFilesInTx()).isGreaterThan(filesBefore);
                throw new IllegalStateException("injected crash before commit");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(applications.forCase(posted.caseId())).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(filesOnDisk()).isEqualTo(onDiskBefore);
    }

    @Test
    void evaluationAnswersAreStoredApartAndNeverShownForOnePerson() throws Exception {
        var res = submit(Map.of());
        String token = res.getRedirectedUrl().replace("/my-application/", "").replace("?received", "");
        mvc.perform(post("/my-application/" + token + "/evaluation").with(csrf()).param("consent", "true")
            .param("gender", "FEMALE").param("age", "FROM_30_TO_39").param("origin", "NON_WESTERN"));
        UUID id = applications.forCase(posted.caseId()).getFirst().id();
        assertThat(jdbc.sql("SELECT gender FROM evaluation_answer WHERE application_id = ?").param(id)
            .query(String.class).single()).isEqualTo("FEMALE");
        String page = mvc.perform(get("/my-application/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Kvinde").doesNotContain("ikke-vestligt").doesNotContain("30–39");
    }

    @Test
    void theApiAcceptsTheSameApplicationAndAnswersWithProblemDetails() throws Exception {
        var ok = mvc.perform(FormSubmissions.fill(multipart("/api/v1/postings/" + posted.postingId() + "/applications"), posted,
            UUID.randomUUID().toString())).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(201);
        assertThat(json.readTree(ok.getContentAsString()).get("candidateNumber").asString()).startsWith("K-");

        var bad = mvc.perform(FormSubmissions.fill(multipart("/api/v1/postings/" + posted.postingId() + "/applications"), posted,
            UUID.randomUUID().toString(), Map.of("email", "nej"))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        var problem = json.readTree(bad.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("error.apply.email");
        assertThat(applications.forCase(posted.caseId())).hasSize(1);
    }

    /**
     * Issue 7 (internal vs external applicants): the optional "are you employed by the institution today?" is asked on
     * the form, stored as yes, no or not answered from the form and the API, shown to HR on the candidate page and
     * included in the applicant's own data export; any other value is refused.
     */
    @Test
    void whetherTheApplicantWorksHereIsStoredShownToHrAndExported() throws Exception {
        String form = mvc.perform(get("/jobs/" + posted.postingId() + "/apply")).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Er du ansat i " + institution.get(InstitutionSettings.NAME) + " i dag?").contains("name=\"employedHere\" value=\"yes\"")
            .contains("Vil ikke svare");

        var yes = submit(Map.of("employedHere", "yes"));
        String token = yes.getRedirectedUrl().replace("/my-application/", "").replace("?received", "");
        var internal = applications.byToken(token).orElseThrow();
        assertThat(internal.employedHere()).isTrue();
        assertThat(jdbc.sql("SELECT employed_here FROM application WHERE id = ?").param(internal.id())
            .query(Boolean.class).single()).isTrue();
        var export = json.readTree(mvc.perform(get("/my-application/" + token + "/export")).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
        assertThat(export.get("employedHere").asBoolean()).isTrue();

        var unanswered = submit(Map.of());
        String unansweredToken = unanswered.getRedirectedUrl().replace("/my-application/", "").replace("?received", "");
        assertThat(applications.byToken(unansweredToken).orElseThrow().employedHere()).isNull();
        var unansweredExport = json.readTree(mvc.perform(get("/my-application/" + unansweredToken + "/export"))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(unansweredExport.has("employedHere")).isTrue();
        assertThat(unansweredExport.get("employedHere").isNull()).isTrue();

        var api = mvc.perform(FormSubmissions.fill(multipart("/api/v1/postings/" + posted.postingId() + "/applications"),
            posted, UUID.randomUUID().toString(), Map.of("employedHere", "no"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(201);
        String number = json.readTree(api.getContentAsString()).get("candidateNumber").asString();
        var external = applications.forCase(posted.caseId()).stream().filter(a -> a.candidateNumber().equals(number))
            .findFirst().orElseThrow();
        assertThat(external.employedHere()).isFalse();

        expectRefused(Map.of("employedHere", "måske"), "skal være ja, nej eller vil ikke svare");
        assertThat(applications.forCase(posted.caseId())).hasSize(3);

        // HR sees the answer on the candidate page.
        var hr = SecurityMockMvcRequestPostProcessors.user("hr.udvidet")
            .authorities(new SimpleGrantedAuthority(
                Role.HR_EXTENDED.authority()));
        String page = mvc.perform(get("/cases/" + posted.caseId() + "/candidates/" + internal.id()).with(hr))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("Ansat i institutionen i dag \\(ansøgerens svar\\)</dt>\\s*<dd>Ja</dd>");
        String other = mvc.perform(get("/cases/" + posted.caseId() + "/candidates/" + external.id()).with(hr))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).containsPattern("Ansat i institutionen i dag \\(ansøgerens svar\\)</dt>\\s*<dd>Nej</dd>");

        // A committee member on the same case opens the candidate but is not told whether she works here.
        var member = directory.userByUsername("ansaettelse").orElseThrow();
        cases.attach(fixture.hr(), posted.caseId(), member.id(), TeamRole.COMMITTEE_MEMBER);
        var committee = SecurityMockMvcRequestPostProcessors
            .user("ansaettelse").authorities(new SimpleGrantedAuthority(
                member.role().authority()));
        var committeePage = mvc.perform(get("/cases/" + posted.caseId() + "/candidates/" + internal.id()).with(committee))
            .andReturn().getResponse();
        assertThat(committeePage.getStatus()).isEqualTo(200);
        assertThat(committeePage.getContentAsString(StandardCharsets.UTF_8))
            .contains(internal.candidateNumber()).doesNotContain("Ansat i institutionen i dag");
    }

    @Test
    void everyPageCarriesSecurityHeaders() throws Exception {
        var res = mvc.perform(get("/jobs").secure(true)).andReturn().getResponse();
        assertThat(res.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(res.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(res.getHeader("Strict-Transport-Security")).contains("max-age");
        assertThat(res.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private void expectRefused(Map<String, String> overrides, String keyPrefix, MockMultipartFile... files) throws Exception {
        var res = submit(overrides, files);
        assertThat(res.getStatus()).as(keyPrefix).isEqualTo(422);
        // The form comes back with the message in the applicant's language, and with what they typed.
        assertThat(res.getContentAsString()).as(keyPrefix).contains("Ansøgningen er ikke sendt").contains(keyPrefix)
            .contains("Test Ansøger");
        assertThat(res.getContentAsString()).doesNotContain("??");
    }

    private MockHttpServletResponse submit(Map<String, String> overrides, MockMultipartFile... files) throws Exception {
        var fields = new HashMap<String, String>();
        fields.put("submissionKey", UUID.randomUUID().toString());
        fields.putAll(overrides);
        var b = FormSubmissions.fill(multipart("/jobs/" + posted.postingId() + "/apply"), posted,
            fields.get("submissionKey"), fields, files);
        b.with(csrf());
        var res = mvc.perform(b).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    private int documentsOf(UUID candidate) {
        return jdbc.sql("SELECT COUNT(*) FROM applicant_document WHERE candidate_id = ?").param(candidate)
            .query(Integer.class).single();
    }

    private long storedFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM stored_file").query(Long.class).single();
    }

    private long storedFilesInTx() {
        return storedFiles();
    }

    private long filesOnDisk() {
        return FormSubmissions.filesOnDisk();
    }
}
