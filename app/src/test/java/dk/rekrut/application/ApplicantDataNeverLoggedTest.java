package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.support.LogCapture;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review 2026-12-06, M4: no personal data of applicants in any log line. Applications go in through the form and
 * the API with a unique marker in every personal field (name, e-mail, phone, street, town, free-text answer, file
 * names), valid ones and over-long ones; HR opens them. Then the whole suite's log so far is searched for the
 * markers, and for the personal data every other test submits.
 */
@RekrutTest
class ApplicantDataNeverLoggedTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired LogCapture log;
    @Autowired OrganisationDirectory directory;

    @Test
    void noPersonalFieldEverReachesTheLog() throws Exception {
        var posted = fixture.publish("Logfri " + UUID.randomUUID(), 5, false);
        String marker = "pii" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String phone = "+45 " + (10_000_000 + new Random().nextInt(89_999_999));
        var fields = personal(posted, marker, phone);

        // Valid, through the form and the API: stored, and shown to HR.
        assertThat(submit("/jobs/" + posted.postingId() + "/apply", posted, fields, files(marker, "")).getStatus())
            .isEqualTo(302);
        var api = new HashMap<>(fields);
        api.put("email", "api." + marker + "@example.dk");
        assertThat(submit("/api/v1/postings/" + posted.postingId() + "/applications", posted, api, files(marker, ""))
            .getStatus()).isEqualTo(201);
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        for (var a : applications.forCase(posted.caseId())) {
            mvc.perform(get("/cases/" + posted.caseId() + "/candidates/" + a.id())
                .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority()))));
        }

        // Over-long in each field at a time, and all at once: refused, through the form and the API.
        var tooLong = Map.of("name", marker + "x".repeat(400), "email", marker + "x".repeat(400) + "@example.dk",
            "phone", marker + "1".repeat(100), "street", "Hemmeligvej " + marker + "x".repeat(400),
            "town", marker + "x".repeat(101), posted.question(QuestionKind.FREE_TEXT).field(), marker + "x".repeat(20_000));
        for (var e : tooLong.entrySet()) {
            var one = new HashMap<>(fields);
            one.put(e.getKey(), e.getValue());
            assertThat(submit("/jobs/" + posted.postingId() + "/apply", posted, one, files(marker, "")).getStatus())
                .as(e.getKey()).isEqualTo(422);
            assertThat(submit("/api/v1/postings/" + posted.postingId() + "/applications", posted, one, files(marker, ""))
                .getStatus()).as(e.getKey()).isEqualTo(422);
        }
        var all = new HashMap<>(fields);
        all.putAll(tooLong);
        assertThat(submit("/api/v1/postings/" + posted.postingId() + "/applications", posted, all,
            files(marker, "y".repeat(1000))).getStatus()).isEqualTo(422);
        // A file name over its column is shortened, not refused.
        assertThat(submit("/api/v1/postings/" + posted.postingId() + "/applications", posted, fields,
            files(marker, "y".repeat(1000))).getStatus()).isEqualTo(201);

        assertThat(log.size()).isPositive();
        for (String personal : List.of(marker, phone, "Test Ansøger", "test.ansoeger@example.dk", "+45 12 34 56 78")) {
            assertThat(log.linesContaining(personal)).as("log lines with " + personal).isEmpty();
        }
    }

    private static Map<String, String> personal(ApplicationFixture.Posted posted, String marker, String phone) {
        var f = new HashMap<String, String>();
        f.put("name", "Navn " + marker);
        f.put("email", marker + "@example.dk");
        f.put("phone", phone);
        f.put("street", "Hemmeligvej " + marker + " 7");
        f.put("postalCode", "8000");
        f.put("town", "By" + marker);
        f.put(posted.question(QuestionKind.FREE_TEXT).field(), "Svar " + marker);
        return f;
    }

    private static MockMultipartFile[] files(String marker, String padding) {
        return new MockMultipartFile[] {
            new MockMultipartFile("application", marker + padding + "-ansoegning.pdf", "application/pdf",
                TestDocuments.pdf("Ansøgning")),
            new MockMultipartFile("cv", marker + "\u202Efdp.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx("CV"))};
    }

    private MockHttpServletResponse submit(String url, ApplicationFixture.Posted posted, Map<String, String> fields,
                                           MockMultipartFile... files) throws Exception {
        var b = FormSubmissions.fill(multipart(url), posted, UUID.randomUUID().toString(), fields, files);
        if (!url.startsWith("/api/")) {
            b.with(csrf());
        }
        return mvc.perform(b).andReturn().getResponse();
    }
}
