package dk.rekrut.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 21 (review problem 13): the audit log as a DPO reads it: filters, paging, Danish labels, CSV. */
@RekrutTest
class AuditPageTest {

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;

    @Test
    void filteringByCaseFindsTheCaseAndItsApplicationsWithDanishLabels() throws Exception {
        var posted = fixture.publish("Revision " + UUID.randomUUID(), 10, false);
        var a = submissions.submit(ApplicationFixtures.submission(posted, "revision@example.dk")).applicationId();
        statusChanges.changeStatus(fixture.hr(), a, ApplicationStatus.IN_SCREENING);
        var other = fixture.publish("Revision anden " + UUID.randomUUID(), 10, false);

        String page = page("/admin/audit?caseId=" + posted.caseId());
        assertThat(page).contains("Sag oprettet", "Ansøgning modtaget", "Ansøgningens status ændret",
                "Ansøgeren (via sit private link)", "data-action=\"APPLICATION_RECEIVED\"", a.toString())
            .doesNotContain(other.caseId().toString()).doesNotContain(">APPLICATION_RECEIVED<");
        assertThat(page("/admin/audit?caseId=" + posted.caseId() + "&lang=en")).contains("Case created", "Application received");
    }

    @Test
    void pagesOfFiftyNewestFirstWithLinksThatKeepTheFilters() throws Exception {
        String marker = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 55; i++) {
            audit.recordAs(marker, AuditAction.SETTINGS_CHANGED, "Setting", "key" + i, null);
        }
        String first = page("/admin/audit?actor=" + marker);
        assertThat(count(first, "data-action=")).isEqualTo(50);
        assertThat(first).contains("href=\"/admin/audit?actor=" + marker + "&amp;page=2\"").doesNotContain("rel=\"prev\"");
        String second = page("/admin/audit?actor=" + marker + "&page=2");
        assertThat(count(second, "data-action=")).isEqualTo(5);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void theCsvHasTheFilteredRowsAndDefusesFormulas() throws Exception {
        String marker = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        audit.recordAs("=HYPERLINK(\"http://evil\")" + marker, AuditAction.LOGIN_FAILED, "User", null, "@SUM(A1) " + marker);
        audit.recordAs(marker, AuditAction.LOGIN_FAILED, "User", "-1+1", "+cmd " + marker);
        var response = mvc.perform(get("/admin/audit.csv?actor=" + marker).with(admin())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.strip().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("Hvornår;Hvem;Handling;Kode");
        assertThat(csv).contains("Mislykket login;LOGIN_FAILED", "\"'=HYPERLINK(\"\"http://evil\"\")" + marker + "\"",
            "'@SUM(A1) " + marker, "'-1+1", "'+cmd " + marker);
        assertThat(csv).doesNotContain(";=HYPERLINK", ";@SUM", ";-1+1", ";+cmd");
        assertThat(mvc.perform(get("/admin/audit.csv").with(user("hr.udvidet")
            .authorities(new SimpleGrantedAuthority(Role.HR_EXTENDED.authority())))).andReturn().getResponse().getStatus())
            .isEqualTo(403);
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path).with(admin())).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("admin").authorities(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()));
    }
}
