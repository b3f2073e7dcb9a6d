package dk.rekrut.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21: a newcomer who logs in as the demo HR user finds a filled board, candidate list and task list; the
 * committee has applications to rate; the panel got its calendar invitation; starting again adds nothing.
 */
@RekrutTest
class DemoApplicationsTest {

    private static final String CONSULTANT = "Specialkonsulent til rekrutteringsanalyse";
    private static final String DEVELOPER = "IT-udvikler (Java) til KS Digital";

    @Autowired MockMvc mvc;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired DemoData demo;

    @Test
    void theDemoHrUserSeesAFilledBoardListAndTasks() throws Exception {
        var staff = new StaffRequests(mvc, directory);
        UUID consultant = caseId(CONSULTANT);
        UUID developer = caseId(DEVELOPER);
        assertThat(staff.page("/cases/" + consultant + "/board", "hr.udvidet")).contains("Mette Skovgaard Jensen")
            .contains("Jonas Brandt Nielsen").contains("Sara Holm Pedersen").contains("Ali Hassan Rasmussen");
        assertThat(staff.page("/cases/" + developer + "/candidates", "hr.udvidet")).contains("Freja Lund Christensen")
            .contains("Emma Vestergaard Olsen");
        assertThat(staff.page("/tasks", "hr.udvidet")).contains(CONSULTANT);
        assertThat(staff.page("/tasks", "ansaettelse")).contains("at bedømme: " + CONSULTANT);
        assertThat(staff.page("/cases/" + consultant + "/interviews", "hr.udvidet")).contains("Rådhuspladsen 1, mødelokale 3")
            .contains("Birgit Bedømmelsesudvalg");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PANEL_INVITATION' AND recipient = ?")
            .param("bedoemmelse@kommune.example").query(Integer.class).single()).isPositive();
        // Each demo applicant sent a letter (a generated PDF) and the developers answered the screening questions.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_answer w JOIN application a ON a.id = w.application_id "
            + "WHERE a.case_id = ?").param(developer).query(Integer.class).single()).isGreaterThanOrEqualTo(3 * 6);
    }

    @Test
    void startingAgainAddsNothing() {
        int before = jdbc.sql("SELECT COUNT(*) FROM application WHERE submission_key LIKE 'demo-%'").query(Integer.class).single();
        assertThat(before).isEqualTo(7);
        demo.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE submission_key LIKE 'demo-%'").query(Integer.class).single())
            .isEqualTo(before);
    }

    private UUID caseId(String title) {
        return jdbc.sql("SELECT id FROM recruitment_case WHERE title = ? ORDER BY created_at").param(title).query(UUID.class).list().getFirst();
    }
}
