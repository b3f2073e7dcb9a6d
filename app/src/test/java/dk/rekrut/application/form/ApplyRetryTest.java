package dk.rekrut.application.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Applications;
import dk.rekrut.application.FormSubmissions;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 21, review problem 11: a validation error on the application form costs no work. The files that passed are
 * held for the retry (named, never served back), every answer (multiple choice too) and the consent tick come back,
 * the error summary comes first with the focus and a link to each field, and a missing file is named.
 */
@RekrutTest
class ApplyRetryTest {

    private static final Pattern HELD = Pattern.compile("name=\"pendingUploads\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired PendingUploads pending;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private ApplicationFixture.Posted posted;
    private String url;

    @BeforeEach
    void publish() {
        posted = fixture.publish("Genforsøg " + UUID.randomUUID(), 5, false);
        url = "/jobs/" + posted.postingId() + "/apply";
    }

    @Test
    void theRetryKeepsFilesAnswersAndConsentAndSendsWithoutPickingTheFilesAgain() throws Exception {
        var multiple = posted.question(QuestionKind.MULTIPLE_CHOICE);
        var freeText = posted.question(QuestionKind.FREE_TEXT);
        String first = multiple.options().get(0).id().toString();
        String third = multiple.options().get(2).id().toString();
        // Two options of the multiple choice, and a free-text answer one character too long.
        var b = FormSubmissions.fill(multipart(url), posted, UUID.randomUUID().toString(), Map.of(freeText.field(), "x".repeat(201)));
        b.param(multiple.field(), first);
        var refused = send(b);
        assertThat(refused.getStatus()).isEqualTo(422);
        String form = refused.getContentAsString();

        // The error summary first, focused, with a link to the field.
        assertThat(form).contains("id=\"problems\" autofocus").contains("href=\"#" + freeText.field() + "\"");
        assertThat(form.indexOf("id=\"problems\"")).isLessThan(form.indexOf("<form"));
        // The answers and the consent came back; the files are named and held.
        assertThat(form).contains("value=\"" + first + "\" checked").contains("value=\"" + third + "\" checked")
            .contains("id=\"consent\" name=\"consent\" type=\"checkbox\" value=\"true\" required checked")
            .contains("Vedhæftet: ansoegning.pdf").contains("Vedhæftet: cv.docx").contains("Dine filer er gemt");
        var token = HELD.matcher(form);
        assertThat(token.find()).isTrue();
        assertThat(form).doesNotContain("id=\"cv\" name=\"cv\" type=\"file\" required");

        // The retry sends no file at all: the held ones go with the application, and are no longer held.
        long documentsBefore = documents();
        var retry = multipart(url);
        FormSubmissions.answers(posted).forEach(retry::param);
        retry.param("submissionKey", UUID.randomUUID().toString()).param("name", "Rikke Retur").param("email", "rikke.retur@example.dk")
            .param("consent", "true").param("consentVersion", "1").param("pendingUploads", token.group(1));
        var sent = send(retry);
        assertThat(sent.getRedirectedUrl()).startsWith("/my-application/");
        assertThat(applications.forCase(posted.caseId())).hasSize(1);
        assertThat(documents()).isEqualTo(documentsBefore + 2);
        assertThat(pending.load(token.group(1))).isEmpty();
    }

    @Test
    void aMissingFileIsNamedAndAnUnknownTokenHoldsNothing() throws Exception {
        var b = multipart(url);
        b.file(new MockMultipartFile("application", "ansoegning.pdf", "application/pdf", TestDocuments.pdf("Ansøgning")));
        FormSubmissions.answers(posted).forEach(b::param);
        b.param("submissionKey", UUID.randomUUID().toString()).param("name", "Mads Mangler").param("email", "mads@example.dk")
            .param("consent", "true").param("consentVersion", "1").param("pendingUploads", "gaettet-token");
        String form = send(b).getContentAsString();
        assertThat(form).contains("Vedhæft dit CV.").doesNotContain("Vedhæft filen.").doesNotContain("Vedhæft din ansøgning.")
            .contains("Vedhæftet: ansoegning.pdf").doesNotContain("Vedhæftet: cv");
    }

    @Test
    void heldFilesGoAfterADay() throws Exception {
        var refused = send(FormSubmissions.fill(multipart(url), posted, UUID.randomUUID().toString(), Map.of("consent", "false")));
        var token = HELD.matcher(refused.getContentAsString());
        assertThat(token.find()).isTrue();
        assertThat(pending.load(token.group(1))).hasSize(2);
        clock.advance(PendingUploads.KEPT.plus(Duration.ofMinutes(1)));
        try {
            pending.sweep();
            assertThat(pending.load(token.group(1))).isEmpty();
        } finally {
            clock.advance(PendingUploads.KEPT.plus(Duration.ofMinutes(1)).negated());
        }
    }

    private MockHttpServletResponse send(MockMultipartHttpServletRequestBuilder b) throws Exception {
        var res = mvc.perform(b.with(csrf())).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM applicant_document").query(Long.class).single();
    }
}
