package dk.rekrut.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.shared.Time;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.RekrutTest;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The in-app redaction pipeline (issue 6 "In Rekrut"): submission to an anonymous case queues a job per document
 * and one for the answers; the worker redacts with the applicant's own form data; HR reviews, adds a value by hand
 * and releases; the committee then downloads only the redacted rendition, which has no trace of the applicant.
 */
@RekrutTest
class RedactionPipelineTest {

    static final String NAME = "Henrietta Skovgaard-Pedersen";
    static final String EMAIL = "henrietta.sp@example.dk";
    static final String PHONE = "+45 23 45 67 89";

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired RedactionWorker worker;
    @Autowired Redactions redactions;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void submittedDocumentsAreRedactedReviewedReleasedAndOnlyThenSeenByTheCommittee() throws Exception {
        var posted = anonymousCase();
        UUID id = submit(posted, List.of(
            new Submissions.Upload(DocumentKind.APPLICATION, NAME + ".pdf",
                TestDocuments.pdf("Ansøgning fra " + NAME + ", " + EMAIL + ", telefon " + PHONE + ". Kaldet Hetti.")),
            new Submissions.Upload(DocumentKind.CV, "cv-" + NAME + ".docx",
                TestDocuments.docx("CV for " + NAME + ". Erfaring med dataanalyse. Kaldenavn: Hetti."))));
        assertThat(states(id)).containsExactly(RedactionState.PENDING, RedactionState.PENDING, RedactionState.PENDING);

        runWorker();
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.DONE, RedactionState.DONE);

        String caseUrl = "/cases/" + posted.caseId();
        // Before release: the committee member sees neither a link nor the file.
        String page = body(get(caseUrl + "/candidates/" + id), as("ansaettelse"));
        assertThat(page).doesNotContain("/redacted/").doesNotContain("Skovgaard").contains("[NAVN]");
        assertThat(status(get(caseUrl + "/candidates/" + id + "/redacted/1"), as("ansaettelse"))).isEqualTo(404);

        // HR's review shows the findings beside the rendition; HR adds the nickname the engine could not know.
        String review = body(get(caseUrl + "/redaction/" + id), as("hr.udvidet"));
        assertThat(review).contains("<mark").contains("[NAVN]").contains("Hetti");
        assertThat(pdfText(download(caseUrl, id, 2, "hr.udvidet"))).contains("Hetti");
        assertThat(status(post(caseUrl + "/redaction/" + id + "/additions").param("text", "Hetti").param("type", "NAME")
            .with(csrf()), as("hr.udvidet"))).isEqualTo(302);
        assertThat(states(id)).containsOnly(RedactionState.PENDING);
        runWorker();
        assertThat(states(id)).containsOnly(RedactionState.DONE);

        for (int n = 1; n <= 2; n++) {
            assertThat(status(post(caseUrl + "/redaction/" + id + "/release").param("number", "" + n).with(csrf()),
                as("hr.udvidet"))).isEqualTo(302);
        }
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.RELEASED, RedactionState.RELEASED);

        page = body(get(caseUrl + "/candidates/" + id), as("ansaettelse"));
        assertThat(page).contains(caseUrl + "/candidates/" + id + "/redacted/1").contains(caseUrl + "/candidates/" + id + "/redacted/2");
        for (int n = 1; n <= 2; n++) {
            var res = mvc.perform(get(caseUrl + "/candidates/" + id + "/redacted/" + n).with(as("ansaettelse"))).andReturn().getResponse();
            assertThat(res.getStatus()).isEqualTo(200);
            assertThat(res.getHeader("Content-Disposition")).contains("Dokument-K-").doesNotContainIgnoringCase("skovgaard");
            String text = pdfText(res.getContentAsByteArray());
            assertThat(text).contains("[NAVN]").doesNotContain("Henrietta").doesNotContain("Skovgaard").doesNotContain("Hetti")
                .doesNotContain(EMAIL).doesNotContain("henrietta.sp").doesNotContain("23 45 67 89").doesNotContain("23456789");
        }
        assertThat(pdfText(download(caseUrl, id, 1, "ansaettelse"))).contains("Ansøgning fra");
    }

    /**
     * Issue 17: what only the verifier's checks find is redacted in the engine's loop, so the document is not withheld;
     * a document the engine does withhold says why on HR's page, in Danish, with the kind of data and the place, and
     * cannot be released.
     */
    @Test
    void aLeftoverOnlyTheVerifierFindsIsRedactedAndAWithheldDocumentSaysWhyInDanish() throws Exception {
        var posted = anonymousCase();
        UUID id = submit(posted, List.of(
            // Verification compares digits without separators: this spelling of the phone slips past detection.
            new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf", TestDocuments.pdf("Ansøgning. Nr. 23-4567/89 her.")),
            new Submissions.Upload(DocumentKind.CV, "cv.docx", TestDocuments.docx("CV uden navn."))));
        runWorker();
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.DONE, RedactionState.DONE);
        String caseUrl = "/cases/" + posted.caseId();
        // The PDF keeps its layout: the label's box is not exactly as wide as the removed digits, so spaces may double.
        assertThat(pdfText(download(caseUrl, id, 1, "hr.udvidet")).replaceAll(" +", " ")).contains("Ansøgning. Nr. [TELEFON] her.")
            .doesNotContain("4567");

        // As the worker stores it when the engine withholds (when it does is the engine's tests' part): reason codes.
        jdbc.sql("""
                UPDATE redaction_item SET state = 'WITHHELD', rendition_file_id = NULL,
                reason = 'PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14; PERSONAL_DATA_LEFT PHONE @ header; OUTPUT_STRUCTURE'
                WHERE application_id = ? AND doc_number = 1""").param(id).update();
        var hr = actor("hr.udvidet");
        assertThatThrownBy(() -> redactions.release(hr, posted.caseId(), id, 1)).isInstanceOf(RuleViolation.class);
        String review = body(get(caseUrl + "/redaction/" + id), as("hr.udvidet"));
        assertThat(review).contains("role=\"alert\"").doesNotContain("name=\"number\" value=\"1\"")
            .contains("Der står stadig ansøgerens e-mailadresse på side 2, linje 14.")
            .contains("Der står stadig et telefonnummer i sidehovedet.")
            .contains("Den anonymiserede udgave indeholder andet end tekst")
            .doesNotContain("PERSONAL_DATA_LEFT");
        String english = HtmlUtils.htmlUnescape(
            body(get(caseUrl + "/redaction/" + id).param("lang", "en"), as("hr.udvidet")));
        assertThat(english).contains("Still there: the applicant's e-mail address on page 2, line 14.");
        assertThat(status(get(caseUrl + "/candidates/" + id + "/redacted/1"), as("hr.udvidet"))).isEqualTo(404);
        // A re-run (e.g. after an engine upgrade) resets everything, released documents included, and runs again.
        redactions.release(hr, posted.caseId(), id, 2);
        assertThat(redactions.rerun(hr, posted.caseId())).isEqualTo(3);
        runWorker();
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.DONE, RedactionState.DONE);
    }

    /**
     * Review problem 2 (one click per document): HR releases every document the engine finished without doubt in one
     * step from the review page; one it flagged for review stays for its own release; the committee cannot do it.
     */
    @Test
    void hrReleasesTheFinishedDocumentsInOneStepAndAFlaggedOneStays() throws Exception {
        var posted = anonymousCase();
        UUID id = submit(posted, List.of(
            new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf", TestDocuments.pdf("Ansøgning uden navn.")),
            new Submissions.Upload(DocumentKind.CV, "cv.docx", TestDocuments.docx("CV uden navn.")),
            new Submissions.Upload(DocumentKind.OTHER, "b.pdf", TestDocuments.pdf("Bilag uden navn."))));
        runWorker();
        jdbc.sql("UPDATE redaction_item SET state = 'NEEDS_REVIEW' WHERE application_id = ? AND doc_number = 3")
            .param(id).update();
        String caseUrl = "/cases/" + posted.caseId();
        assertThat(body(get(caseUrl + "/redaction/" + id), as("hr.udvidet"))).contains("Frigiv de 2 færdige dokumenter");
        String releaseDone = caseUrl + "/redaction/" + id + "/release-done";
        assertThat(status(post(releaseDone).with(csrf()), as("ansaettelse"))).isEqualTo(403);
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.DONE, RedactionState.DONE,
            RedactionState.NEEDS_REVIEW);

        assertThat(status(post(releaseDone).with(csrf()), as("hr.udvidet"))).isEqualTo(302);
        assertThat(states(id)).containsExactly(RedactionState.DONE, RedactionState.RELEASED, RedactionState.RELEASED,
            RedactionState.NEEDS_REVIEW);
        assertThat(body(get(caseUrl + "/redaction/" + id), as("hr.udvidet"))).doesNotContain("færdige dokumenter til")
            .contains("name=\"number\" value=\"3\"");
    }

    @Test
    void ordinaryCasesAreNotRedactedAndTheCommitteeCannotFetchRenditionsThere() throws Exception {
        var posted = fixture.publish("Almindelig sag " + UUID.randomUUID(), 10, false);
        UUID id = submit(posted, ApplicationFixtures.submission(posted, "x@example.dk").enclosures().uploads());
        assertThat(states(id)).isEmpty();
        assertThat(status(get("/cases/" + posted.caseId() + "/redaction/" + id), as("hr.udvidet"))).isEqualTo(200);
    }

    @Test
    void aResultComputedForAnOlderRequestIsThrownAway() {
        var posted = anonymousCase();
        UUID id = submit(posted, ApplicationFixtures.submission(posted, "y@example.dk").enclosures().uploads());
        var items = jdbc.sql("SELECT id FROM redaction_item WHERE application_id = ?").param(id).query(UUID.class).list();
        // A worker claims; HR re-runs meanwhile; the claim can no longer write its result.
        var now = Instant.now();
        var claimed = jdbc.sql("UPDATE redaction_item SET claim_token = ?, claimed_until = ? WHERE application_id = ?")
            .params(UUID.randomUUID(), Time.utc(now.plusSeconds(3600)), id).update();
        assertThat(claimed).isEqualTo(items.size());
        redactions.rerun(actor("hr.udvidet"), posted.caseId());
        // The lease is still on the rows: no second worker starts the same document while the first runs.
        assertThat(worker.runDue()).isZero();
        jdbc.sql("UPDATE redaction_item SET claim_token = NULL, claimed_until = NULL WHERE application_id = ?").param(id).update();
        runWorker();
        assertThat(states(id)).containsOnly(RedactionState.DONE);
    }

    @Test
    void hrLeavesAConfirmedFalsePositiveButNeverTheApplicantsOwnName() throws Exception {
        var posted = anonymousCase();
        UUID id = submit(posted, List.of(
            new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf",
                TestDocuments.pdf("Jeg har læst alt af Karen Blixen. Med venlig hilsen " + NAME)),
            new Submissions.Upload(DocumentKind.CV, "cv.docx", TestDocuments.docx("CV uden navn."))));
        runWorker();
        String caseUrl = "/cases/" + posted.caseId();
        assertThat(pdfText(download(caseUrl, id, 1, "hr.udvidet"))).doesNotContain("Blixen");
        String review = body(get(caseUrl + "/redaction/" + id), as("hr.udvidet"));
        var keepable = Pattern.compile("name=\"text\" value=\"([^\"]*Blixen[^\"]*)\"").matcher(review);
        assertThat(keepable.find()).as("a keep button for the false positive").isTrue();
        assertThat(review).doesNotContain("name=\"text\" value=\"" + NAME + "\"");

        for (String text : List.of(HtmlUtils.htmlUnescape(keepable.group(1)), NAME, "Henrietta")) {
            assertThat(status(post(caseUrl + "/redaction/" + id + "/kept").param("text", text).with(csrf()),
                as("hr.udvidet"))).isEqualTo(302);
        }
        runWorker();
        assertThat(pdfText(download(caseUrl, id, 1, "hr.udvidet"))).contains("Karen Blixen")
            .doesNotContain("Henrietta").doesNotContain("Skovgaard").contains("[NAVN]");
        assertThat(status(post(caseUrl + "/redaction/" + id + "/kept").param("text", "x").with(csrf()),
            as("ansaettelse"))).isIn(403, 404);

        // Undoing the kept text redacts it again.
        var kept = jdbc.sql("SELECT id FROM redaction_addition WHERE application_id = ? AND text LIKE '%Blixen%'").param(id)
            .query(UUID.class).single();
        assertThat(status(post(caseUrl + "/redaction/" + id + "/additions/remove").param("addition", kept.toString())
            .with(csrf()), as("hr.udvidet"))).isEqualTo(302);
        runWorker();
        assertThat(pdfText(download(caseUrl, id, 1, "hr.udvidet"))).doesNotContain("Blixen");
    }

    @Test
    void aWithdrawalErasesRenditionsRedactedAnswersAndHandAddedValues() {
        var posted = anonymousCase();
        var s = ApplicationFixtures.submission(posted, EMAIL);
        var receipt = submissions.submit(s.by(new Submissions.Applicant(NAME, EMAIL, PHONE)));
        UUID id = receipt.applicationId();
        runWorker();
        redactions.addValue(actor("hr.udvidet"), posted.caseId(), id, "Hetti", null);
        runWorker();
        var files = jdbc.sql("SELECT rendition_file_id FROM redaction_item WHERE application_id = ? AND rendition_file_id IS NOT NULL")
            .param(id).query(UUID.class).list();
        assertThat(files).hasSize(2);

        statusChanges.withdraw(receipt.accessToken());

        assertThat(states(id)).isEmpty();
        for (String table : List.of("redacted_answer", "redaction_addition")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?").param(id).query(Integer.class)
                .single()).as(table).isZero();
        }
        for (UUID f : files) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE id = ?").param(f).query(Integer.class).single()).isZero();
        }
    }

    private ApplicationFixture.Posted anonymousCase() {
        var posted = fixture.publish("Anonym redaktion " + UUID.randomUUID(), 10, true);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        return posted;
    }

    private UUID submit(ApplicationFixture.Posted posted, List<Submissions.Upload> uploads) {
        var s = ApplicationFixtures.submission(posted, EMAIL);
        var answers = new LinkedHashMap<>(s.answers().fields());
        answers.put(posted.question(QuestionKind.FREE_TEXT).field(), List.of("Jeg hedder " + NAME + " og elsker data."));
        return submissions.submit(new Submissions.Submission(s.postingId(), s.submissionKey(),
            new Submissions.Applicant(NAME, EMAIL, PHONE, "Skovbrynet 12", "2200", "København N"), s.consent(),
            new Submissions.FormAnswers(answers), new Submissions.Enclosures(uploads), s.channel())).applicationId();
    }

    private void runWorker() {
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due
        }
    }

    private List<RedactionState> states(UUID applicationId) {
        return jdbc.sql("SELECT state FROM redaction_item WHERE application_id = ? ORDER BY doc_number").param(applicationId)
            .query(String.class).list().stream().map(RedactionState::valueOf).toList();
    }

    private byte[] download(String caseUrl, UUID id, int n, String username) throws Exception {
        var res = mvc.perform(get(caseUrl + "/candidates/" + id + "/redacted/" + n).with(as(username))).andReturn().getResponse();
        assertThat(res.getStatus()).as("download %d as %s", n, username).isEqualTo(200);
        return res.getContentAsByteArray();
    }

    /** The rendition's text in reading order: a PDF keeps its layout, and its labels are drawn after the page's text. */
    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private String body(MockHttpServletRequestBuilder req, RequestPostProcessor who)
        throws Exception {
        var res = mvc.perform(req.with(who)).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(200);
        return res.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder req, RequestPostProcessor who)
        throws Exception {
        return mvc.perform(req.with(who)).andReturn().getResponse().getStatus();
    }

    private RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
