package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 4: the application page shows the documents (PDFs in the browser) and, to HR only, the correspondence. */
@RekrutTest
class CandidatePageTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void hrSeesTheCorrespondenceTheCommitteeDoesNotAndAPdfOpensInTheBrowser() throws Exception {
        var posted = fixture.publish("Sidevisning " + UUID.randomUUID(), 10, false);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        UUID id = submissions.submit(ApplicationFixtures.submission(posted, "side@example.dk")).applicationId();
        String page = "/cases/" + posted.caseId() + "/candidates/" + id;

        String asHr = body(page, "hr.udvidet");
        assertThat(asHr).contains("Korrespondance med ansøgeren").contains("Kvittering");
        String asMember = body(page, "ansaettelse");
        assertThat(asMember).doesNotContain("Korrespondance med ansøgeren");

        // The letter (PDF) can be viewed in the browser; the CV (DOCX) is only offered as a download.
        UUID pdf = jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ? AND detected_type = 'pdf'").param(id)
            .query(UUID.class).single();
        UUID docx = jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ? AND detected_type = 'docx'").param(id)
            .query(UUID.class).single();
        assertThat(asMember).contains("/documents/" + pdf + "?view=true").doesNotContain("/documents/" + docx + "?view=true");
        var viewed = response(page + "/documents/" + pdf + "?view=true", "ansaettelse");
        assertThat(viewed.getContentType()).startsWith("application/pdf");
        assertThat(viewed.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(viewed.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        var word = response(page + "/documents/" + docx + "?view=true", "ansaettelse");
        assertThat(word.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(word.getContentType()).startsWith("application/octet-stream");
    }

    private String body(String url, String username) throws Exception {
        var res = response(url, username);
        assertThat(res.getStatus()).isEqualTo(200);
        return res.getContentAsString();
    }

    private MockHttpServletResponse response(String url, String username) throws Exception {
        var u = directory.userByUsername(username).orElseThrow();
        var res = mvc.perform(get(url).with(user(username).authorities(new SimpleGrantedAuthority(u.role().authority()))))
            .andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }
}
