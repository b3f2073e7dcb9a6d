package dk.rekrut.talentpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rekrut.application.TestDocuments;
import dk.rekrut.support.RekrutTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public enrolment's name reaches HR's member list and the letters: stored without bidirectional controls, and
 * a name of nothing but such controls is refused with the empty name's message.
 */
@RekrutTest
class TalentPoolBidiControlsTest {

    @Autowired PoolAdministration administration;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String enrol(UUID pool, String name, String email) throws Exception {
        return mvc.perform(multipart("/jobs/talent-pool")
                .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", TestDocuments.pdf("CV " + run)))
                .param("poolId", pool.toString()).param("name", name).param("email", email)
                .param("profile", "Økonom").param("consent", "true").with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the page's error summary. */
    private static String alert(String page) {
        var m = Pattern.compile("role=\"alert\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("an error on the page").isTrue();
        return m.group(1).strip();
    }

    @Test
    void theNameIsStoredWithoutBidirectionalControls() throws Exception {
        var pool = administration.createPool("Bidi " + run, null, 12, true);
        String email = "bidi-" + run + "@example.dk";
        enrol(pool.id(), "Dorte \u202Emad\u202C \u2067Dam\u2069", email);
        assertThat(jdbc.sql("SELECT name FROM talent_member WHERE email = ?").param(email).query(String.class).single())
            .isEqualTo("Dorte mad Dam");
    }

    @Test
    void aNameOfOnlyBidirectionalControlsIsRefusedLikeAnEmptyOne() throws Exception {
        var pool = administration.createPool("Bidi tom " + run, null, 12, true);
        String email = "bidi-tom-" + run + "@example.dk";
        String empty = enrol(pool.id(), "", email);
        String controls = enrol(pool.id(), "\u202E\u2066 \u2069\u202C", email);
        assertThat(alert(controls)).isEqualTo(alert(empty)).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_member WHERE email = ?").param(email).query(Integer.class).single())
            .isZero();
    }
}
