package dk.rekrut.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** New-user review: media could be created but not corrected, priced anew or switched off. */
@RekrutTest
class MediumEditingTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationDirectory directory;
    @Autowired MediaList media;

    @Test
    void theAdministratorChangesAMediumAndItsFeedFollowsANewCode() throws Exception {
        var staff = new StaffRequests(mvc, directory);
        String code = "avis-" + UUID.randomUUID().toString().substring(0, 8);
        media.save(null, code, "Avisen", MediumKind.NEWSPAPER, new BigDecimal("100"), true);
        assertThat(staff.page("/admin/media", "admin")).contains("href=\"/admin/media/" + code + "\"");
        assertThat(staff.page("/admin/media/" + code, "admin")).contains("value=\"Avisen\"");

        String newCode = code + "-dk";
        var saved = staff.result(post("/admin/media/" + code).with(csrf()).param("code", newCode).param("name", "Avisen Danmark")
            .param("kind", "NEWSPAPER").param("cost", "250.50").param("active", "true"), "admin");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/media/" + newCode);
        var now = media.byCode(newCode).orElseThrow();
        assertThat(now.name()).isEqualTo("Avisen Danmark");
        assertThat(now.costPerPublication()).isEqualByComparingTo("250.50");
        assertThat(media.byCode(code)).isEmpty();
        assertThat(feed(newCode)).isEqualTo(200);
        assertThat(feed(code)).isEqualTo(404);

        // Switched off (the box unticked): its feed is gone.
        staff.result(post("/admin/media/" + newCode).with(csrf()).param("code", newCode).param("name", "Avisen Danmark")
            .param("kind", "NEWSPAPER").param("cost", "250.50"), "admin");
        assertThat(media.byCode(newCode).orElseThrow().active()).isFalse();
        assertThat(feed(newCode)).isEqualTo(404);

        var taken = staff.result(post("/admin/media/" + newCode).with(csrf()).param("code", "jobnet").param("name", "X")
            .param("kind", "NEWSPAPER").param("cost", "1"), "admin");
        assertThat(taken.getFlashMap().get("errorKey")).isEqualTo("error.medium.code-taken");
        assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo("/admin/media/" + newCode);
        assertThat(media.byCode(newCode).orElseThrow().name()).isEqualTo("Avisen Danmark");
    }

    private int feed(String code) throws Exception {
        return mvc.perform(get("/feeds/" + code + "/rss.xml")).andReturn().getResponse().getStatus();
    }
}
