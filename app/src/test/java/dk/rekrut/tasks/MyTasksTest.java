package dk.rekrut.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21, my tasks: the start page lists what waits for the signed-in user, oldest first, with links to the page
 * where it is done, the count in the navigation, and nothing from a case the user may not see.
 */
@RekrutTest
class MyTasksTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired Assessments assessments;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @Test
    void theChairSeesApplicationsToRateUntilRatedAndOthersNeverSeeTheCase() throws Exception {
        String title = "Opgaver bedømmelse " + UUID.randomUUID();
        var posted = fixture.publish(title, 10, false);
        cases.attach(fixture.hr(), posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        var first = submissions.submit(ApplicationFixtures.submission(posted, "tasks-a@example.dk")).applicationId();
        submissions.submit(ApplicationFixtures.submission(posted, "tasks-b@example.dk"));

        String page = page("bedoemmelse", Role.ASSESSMENT_COMMITTEE, "/tasks");
        assertThat(page).contains("2 ansøgninger at bedømme: " + title)
            .contains("href=\"/cases/" + posted.caseId() + "/candidates\"")
            .containsPattern("Mine opgaver \\(\\d+\\)")
            .doesNotContain("tasks-a@example.dk");

        assessments.rate(actor("bedoemmelse"), first, 3, null);
        assertThat(page("bedoemmelse", Role.ASSESSMENT_COMMITTEE, "/tasks")).contains("1 ansøgning at bedømme: " + title);
        assertThat(page("bedoemmelse", Role.ASSESSMENT_COMMITTEE, "/tasks?lang=en")).contains("1 application to rate: " + title);

        // Not on the case, in another branch, or HR (HR does not rate): the case is not listed.
        assertThat(page("udvalg", Role.ASSESSMENT_COMMITTEE, "/tasks")).doesNotContain(title);
        assertThat(page("hr.buf", Role.HR_EXTENDED, "/tasks")).doesNotContain(title);
        assertThat(page("hr.udvidet", Role.HR_EXTENDED, "/tasks")).doesNotContain("at bedømme: " + title);
    }

    @Test
    void hrSeesShortlistedCandidatesToInviteAndReferencesAwaitingConsent() throws Exception {
        String title = "Opgaver samtale " + UUID.randomUUID();
        var posted = fixture.publish(title, 10, false);
        var hr = fixture.hr();
        var a = submissions.submit(ApplicationFixtures.submission(posted, "tasks-c@example.dk")).applicationId();
        var b = submissions.submit(ApplicationFixtures.submission(posted, "tasks-d@example.dk")).applicationId();
        statusChanges.changeStatus(hr, a, ApplicationStatus.SHORTLISTED);
        statusChanges.changeStatus(hr, b, ApplicationStatus.INTERVIEWED);

        String page = page("hr.udvidet", Role.HR_EXTENDED, "/tasks");
        assertThat(page).contains("1 udvalgt kandidat uden indkaldelse til samtale: " + title)
            .contains("href=\"/cases/" + posted.caseId() + "/interviews\"")
            .contains("1 kandidat efter samtale uden registreret samtykke til referencer: " + title);
        // The hiring manager of another case, and HR of another branch, see none of it.
        assertThat(page("leder", Role.HIRING_MANAGER, "/tasks")).doesNotContain(title);
        assertThat(page("hr.buf", Role.HR_EXTENDED, "/tasks")).doesNotContain(title);
    }

    @Test
    void anAnonymousApplicationWaitsForHrsReleaseBeforeTheCommitteeIsAskedToRateIt() throws Exception {
        String title = "Opgaver anonym " + UUID.randomUUID();
        var posted = fixture.publish(title, 10, true);
        cases.attach(fixture.hr(), posted.caseId(), actor("udvalg").id(), TeamRole.COMMITTEE_MEMBER);
        var a = submissions.submit(ApplicationFixtures.submission(posted, "tasks-e@example.dk")).applicationId();
        // The worker polls hourly in tests: set the states the redaction would reach.
        jdbc.sql("UPDATE redaction_item SET state = 'DONE' WHERE application_id = ?").param(a).update();

        assertThat(page("hr.udvidet", Role.HR_EXTENDED, "/tasks"))
            .contains("1 anonymiseret ansøgning at kontrollere og frigive: " + title)
            .contains("href=\"/cases/" + posted.caseId() + "/redaction\"");
        assertThat(page("udvalg", Role.ASSESSMENT_COMMITTEE, "/tasks")).doesNotContain(title);

        jdbc.sql("UPDATE redaction_item SET state = 'RELEASED' WHERE application_id = ?").param(a).update();
        String committee = page("udvalg", Role.ASSESSMENT_COMMITTEE, "/tasks");
        assertThat(committee).contains("1 ansøgning at bedømme: " + title).doesNotContain("tasks-e@example.dk");
        assertThat(page("hr.udvidet", Role.HR_EXTENDED, "/tasks")).doesNotContain("frigive: " + title);
    }

    @Test
    void aCasePastItsDeadlineWithCandidatesWithoutAnOutcomeComesFirst() throws Exception {
        String title = "Opgaver frist " + UUID.randomUUID();
        var posted = fixture.publish(title, 1, false);
        var a = submissions.submit(ApplicationFixtures.submission(posted, "tasks-f@example.dk")).applicationId();
        String later = "Opgaver senere " + UUID.randomUUID();
        var other = fixture.publish(later, 10, false);
        submissions.submit(ApplicationFixtures.submission(other, "tasks-g@example.dk"));
        var h = submissions.submit(ApplicationFixtures.submission(other, "tasks-h@example.dk")).applicationId();
        clock.advance(Duration.ofDays(2));
        try {
            statusChanges.changeStatus(fixture.hr(), h, ApplicationStatus.SHORTLISTED);
            String page = page("hr.udvidet", Role.HR_EXTENDED, "/tasks");
            assertThat(page).contains("Fristen er overskredet, og 1 kandidat mangler et udfald: " + title)
                .contains("href=\"/cases/" + posted.caseId() + "\"");
            // Oldest first: the deadline yesterday comes before the shortlisting today.
            assertThat(page.indexOf("mangler et udfald: " + title)).isLessThan(page.indexOf("samtale: " + later));
            statusChanges.changeStatus(fixture.hr(), a, ApplicationStatus.REJECTED);
            assertThat(page("hr.udvidet", Role.HR_EXTENDED, "/tasks")).doesNotContain("udfald: " + title);
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void everyoneWhoWorksOnCasesStartsOnTheirTasksAndTheOthersCannotOpenThem() throws Exception {
        for (var who : new String[][] {{"leder", "HIRING_MANAGER"}, {"hr.sag", "HR_CASE_HANDLING"}, {"sekretaer", "ADMIN_SUPPORT"}}) {
            var response = mvc.perform(get("/start").with(as(who[0], Role.valueOf(who[1])))).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(who[0]).isEqualTo("/tasks");
            assertThat(page(who[0], Role.valueOf(who[1]), "/tasks")).contains("<h1>Mine opgaver</h1>");
        }
        assertThat(mvc.perform(get("/tasks").with(as("admin", Role.ADMINISTRATOR))).andReturn().getResponse().getStatus())
            .isEqualTo(403);
        assertThat(mvc.perform(get("/tasks").with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse().getStatus())
            .isEqualTo(403);
    }

    private String page(String username, Role role, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(username, role))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
        return response.getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
