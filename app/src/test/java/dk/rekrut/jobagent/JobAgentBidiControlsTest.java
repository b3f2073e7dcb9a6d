package dk.rekrut.jobagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rekrut.support.RekrutTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A subscriber's keywords and place are quoted in every letter of the job agent: stored without bidirectional
 * controls; a criterion of nothing but such controls is no criterion, as an empty one.
 */
@RekrutTest
class JobAgentBidiControlsTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Map<String, Object> subscribe(String email, String keywords, String location) throws Exception {
        mvc.perform(post("/jobs/agent").param("email", email).param("keywords", keywords).param("location", location)
            .with(csrf())).andExpect(status().isOk());
        return jdbc.sql("SELECT keywords, location FROM job_agent_subscription WHERE email = ?").param(email)
            .query().singleRow();
    }

    @Test
    void keywordsAndPlaceAreStoredWithoutBidirectionalControls() throws Exception {
        var row = subscribe("bidi-" + run + "@example.dk", "\u202Erolleh\u202C analytiker", "\u2067Aarhus\u2069 C");
        assertThat(row.get("keywords")).isEqualTo("rolleh analytiker");
        assertThat(row.get("location")).isEqualTo("Aarhus C");
    }

    @Test
    void onlyBidirectionalControlsIsNoCriterionLikeAnEmptyField() throws Exception {
        var controls = subscribe("bidi-tom-" + run + "@example.dk", "\u202E\u202C", " \u2066\u2069 ");
        var empty = subscribe("tom-" + run + "@example.dk", "", "");
        assertThat(controls).isEqualTo(empty);
        assertThat(controls.values()).containsOnlyNulls();
    }
}
