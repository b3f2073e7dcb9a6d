package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.rekrut.support.RekrutTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen's name, though typed by the consultant, heads the caseload and the letters: stored without
 * bidirectional controls; a name of nothing but such controls is refused with the empty name's message.
 */
@RekrutTest
class CitizenBidiControlsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private MockHttpServletResponse create(String name, String wish) throws Exception {
        var person = new CitizenFixtures.Person("Ib Thorvald Kragh", "010190-1239", "ib." + tag + "@example.dk", "+45 40 11 22 33");
        return mvc.perform(multipart("/api/v1/jobcentre/citizens")
                .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
                .param("wishes", wish).param("postcode", "2300").param("maxKm", "30").param("name", name)
                .with(httpBasic("jobkonsulent", "rekrut-demo-2026")))
            .andReturn().getResponse();
    }

    @Test
    void theNameIsStoredWithoutBidirectionalControls() throws Exception {
        var created = create("Ib \u202EhgarK\u202C " + tag, "\u2067sygeplejerske\u2069");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT full_name FROM jobcentre_citizen_identity WHERE full_name LIKE ?").param("%" + tag)
            .query(String.class).single()).isEqualTo("Ib hgarK " + tag);
    }

    @Test
    void aNameOfOnlyBidirectionalControlsIsRefusedLikeAnEmptyOne() throws Exception {
        var empty = create(" ", "sygeplejerske");
        var controls = create("\u202E\u2066\u2069", "sygeplejerske");
        assertThat(controls.getStatus()).isEqualTo(empty.getStatus()).isEqualTo(422);
        assertThat(controls.getContentAsString()).contains("jobcentre.citizen.error.name");
        assertThat(empty.getContentAsString()).contains("jobcentre.citizen.error.name");
    }
}
