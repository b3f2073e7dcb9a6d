package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.support.RawMultipart;
import dk.rekrut.support.RekrutTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Applications sent as raw multipart bodies, as a browser or an integration sends them, so that they go through
 * {@code InMemoryMultipartFilter} (MockMvc's multipart builder would hand the controllers ready-made parts):
 * the files are stored byte for byte, the CSRF check reads the token from the body, a query field joins the body's
 * fields, and a body that cannot be read is refused with nothing stored.
 */
@RekrutTest
class RawMultipartRequestTest {

    private static final String BOUNDARY = "----rekrut-raw-" + UUID.randomUUID();

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;

    private ApplicationFixture.Posted posted;
    private final byte[] letter = TestDocuments.pdf("Ansøgning", 300_000, false);
    private final byte[] cv = TestDocuments.docx("CV");

    @BeforeEach
    void publish() {
        posted = fixture.publish("Dataanalytiker " + UUID.randomUUID(), 5, false);
    }

    @Test
    void theApiStoresTheFilesByteForByteWithTheirDanishNames() throws Exception {
        var res = mvc.perform(post("/api/v1/postings/" + posted.postingId() + "/applications")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body(fields(), null)))
            .andReturn().getResponse();
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(201);
        UUID id = applications.forCase(posted.caseId()).getFirst().id();
        var stored = jdbc.sql("""
                SELECT d.original_name, f.sha256 FROM applicant_document d JOIN stored_file f ON f.id = d.stored_file_id
                WHERE d.candidate_id = ? ORDER BY d.kind""").param(id)
            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(stored).containsExactlyInAnyOrder("ansøgning.pdf " + RawMultipart.sha256(letter), "cv æøå.docx " + RawMultipart.sha256(cv));
        assertThat(applications.find(id).orElseThrow().mediumCode()).isEqualTo("jobnet");
    }

    @Test
    void theFormChecksTheCsrfTokenFromTheBodyAndTakesTheMediumFromTheQuery() throws Exception {
        var form = mvc.perform(get("/jobs/" + posted.postingId() + "/apply")).andReturn().getResponse();
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getContentAsString());
        assertThat(m.find()).isTrue();
        Cookie[] session = form.getCookies();

        var fields = fields();
        fields.remove("medium");
        var withoutToken = send("/jobs/" + posted.postingId() + "/apply?medium=linkedin", session, body(fields, null));
        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(applications.forCase(posted.caseId())).isEmpty();

        var res = send("/jobs/" + posted.postingId() + "/apply?medium=linkedin", session, body(fields, m.group(1)));
        assertThat(res.getStatus()).isEqualTo(302);
        assertThat(res.getRedirectedUrl()).startsWith("/my-application/");
        var a = applications.forCase(posted.caseId()).getFirst();
        assertThat(applications.find(a.id()).orElseThrow().mediumCode()).isEqualTo("linkedin");
    }

    @Test
    void aBodyOfSeveralMegabytesIsReadWholeAndStoredByteForByte() throws Exception {
        // Larger than the 2 MB the filter reserves before the bytes arrive, so its buffer grows twice.
        byte[] large = TestDocuments.pdf("Ansøgning med bilag", 5 * 1024 * 1024 + 123, false);
        var res = mvc.perform(post("/api/v1/postings/" + posted.postingId() + "/applications")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body(fields(), null, large)))
            .andReturn().getResponse();
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(201);
        UUID id = applications.forCase(posted.caseId()).getFirst().id();
        assertThat(jdbc.sql("""
                SELECT f.sha256 FROM applicant_document d JOIN stored_file f ON f.id = d.stored_file_id
                WHERE d.candidate_id = ? AND d.original_name = 'ansøgning.pdf'""").param(id).query(String.class).single())
            .isEqualTo(RawMultipart.sha256(large));
    }

    @Test
    void aBodyThatCannotBeReadIsRefusedAndNothingIsStored() throws Exception {
        long files = jdbc.sql("SELECT COUNT(*) FROM stored_file").query(Long.class).single();
        byte[] whole = body(fields(), null);
        byte[] cut = Arrays.copyOf(whole, whole.length - 200); // the close delimiter and more are missing
        var res = mvc.perform(post("/api/v1/postings/" + posted.postingId() + "/applications")
            .contentType("multipart/form-data; boundary=" + BOUNDARY).content(cut)).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(400);
        assertThat(applications.forCase(posted.caseId())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file").query(Long.class).single()).isEqualTo(files);
    }

    private MockHttpServletResponse send(String url, Cookie[] session, byte[] body) throws Exception {
        var b = post(url).contentType("multipart/form-data; boundary=" + BOUNDARY).content(body);
        if (session.length > 0) {
            b.cookie(session);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private Map<String, String> fields() {
        var f = new LinkedHashMap<String, String>();
        f.put("submissionKey", UUID.randomUUID().toString());
        f.put("name", "Rå Ansøger");
        f.put("email", "raa.ansoeger@example.dk");
        f.put("phone", "+45 12 34 56 78");
        f.put("consent", "true");
        f.put("consentVersion", "1");
        f.put("medium", "jobnet");
        f.putAll(FormSubmissions.answers(posted));
        return f;
    }

    private byte[] body(Map<String, String> fields, String csrf) {
        return body(fields, csrf, letter);
    }

    private byte[] body(Map<String, String> fields, String csrf, byte[] letter) {
        var body = new RawMultipart(BOUNDARY);
        if (csrf != null) {
            body.field("_csrf", csrf);
        }
        fields.forEach(body::field);
        return body.file("application", "ansøgning.pdf", "application/pdf", letter)
            .file("cv", "cv æøå.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", cv)
            .close();
    }
}
