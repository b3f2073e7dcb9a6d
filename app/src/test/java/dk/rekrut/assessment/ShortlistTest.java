package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21, review problem 9: the chair's shortlist becomes "Udvalgt" after one confirmation by HR, through the
 * status rules (each change recorded with who), and in an anonymous case the same step re-identifies them (audited).
 */
@RekrutTest
class ShortlistTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Applications applications;
    @Autowired ApplicantViews applicants;
    @Autowired Assessments assessments;
    @Autowired StatusChanges statusChanges;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    StaffRequests staff;

    @BeforeEach
    void setUp() {
        staff = new StaffRequests(mvc, directory);
    }

    @Test
    void inAnAnonymousCaseOneConfirmationMovesTheWholeShortlistAndReidentifiesIt() throws Exception {
        var posted = caseWithChair(true);
        UUID anna = apply(posted, "Anna Listesen");
        UUID bo = apply(posted, "Bo Listesen");
        UUID cille = apply(posted, "Cille Udenfor");
        assessments.saveRanking(user("bedoemmelse"), posted.caseId(), Map.of(anna, 1, bo, 2, cille, 3), List.of(anna, bo));
        String url = "/cases/" + posted.caseId() + "/shortlist";

        String page = staff.page(url, "hr.udvidet");
        assertThat(page).contains(number(anna)).contains(number(bo)).doesNotContain(number(cille))
            .doesNotContain("Listesen").contains("2 kandidater får status Udvalgt").contains("name=\"reidentify\"");
        // The committee, the chair included, neither sees nor confirms HR's step.
        for (String member : List.of("ansaettelse", "bedoemmelse")) {
            assertThat(staff.send(get(url), member).getStatus()).isEqualTo(403);
            assertThat(staff.send(post(url).param("shown", anna.toString(), bo.toString()).param("reidentify", "true")
                .with(csrf()), member).getStatus()).isEqualTo(403);
        }
        assertThat(status(anna)).isEqualTo(ApplicationStatus.RECEIVED);

        var done = staff.result(post(url).param("shown", anna.toString(), bo.toString()).param("reidentify", "true")
            .with(csrf()), "hr.udvidet");
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat((java.util.Map<String, Object>) done.getFlashMap()).containsEntry("moved", 2).containsEntry("reidentified", 2);
        for (UUID id : List.of(anna, bo)) {
            assertThat(status(id)).isEqualTo(ApplicationStatus.SHORTLISTED);
            assertThat(applications.history(id)).anyMatch(h -> h.to() == ApplicationStatus.SHORTLISTED
                && h.changedBy().equals("hr.udvidet"));
            assertThat(applicants.reidentified(id)).isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'REIDENTIFIED' AND object_id = ? AND actor = 'hr.udvidet'")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
        }
        assertThat(status(cille)).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(applicants.reidentified(cille)).isFalse();
        // The committee now knows whom it will meet, and still not the one left out.
        assertThat(staff.page("/cases/" + posted.caseId() + "/candidates/" + anna, "ansaettelse")).contains("Anna Listesen");
        assertThat(staff.page("/cases/" + posted.caseId() + "/candidates/" + cille, "ansaettelse")).doesNotContain("Cille Udenfor");
    }

    @Test
    void withoutTheTickNobodyIsReidentifiedAndAShortlistChangedMeanwhileIsRefused() throws Exception {
        var posted = caseWithChair(true);
        UUID anna = apply(posted, "Anna Ventesen");
        UUID bo = apply(posted, "Bo Ventesen");
        assessments.saveRanking(user("bedoemmelse"), posted.caseId(), Map.of(anna, 1), List.of(anna));
        String url = "/cases/" + posted.caseId() + "/shortlist";
        staff.page(url, "hr.udvidet");
        // The chair adds Bo after HR opened the page: HR's confirmation of the old list changes nothing.
        assessments.saveRanking(user("bedoemmelse"), posted.caseId(), Map.of(anna, 1, bo, 2), List.of(anna, bo));
        var stale = staff.result(post(url).param("shown", anna.toString()).with(csrf()), "hr.udvidet");
        assertThat(stale.getFlashMap().get("errorKey")).isEqualTo("error.shortlist.changed");
        assertThat(status(anna)).isEqualTo(ApplicationStatus.RECEIVED);

        staff.send(post(url).param("shown", anna.toString(), bo.toString()).with(csrf()), "hr.udvidet");
        assertThat(List.of(status(anna), status(bo))).containsOnly(ApplicationStatus.SHORTLISTED);
        assertThat(applicants.reidentified(anna)).isFalse();
        assertThat(applicants.reidentified(bo)).isFalse();
    }

    @Test
    void anOrdinaryCaseOffersNoReidentificationAndLeavesCandidatesFurtherAlongAsTheyAre() throws Exception {
        var posted = caseWithChair(false);
        UUID anna = apply(posted, "Anna Almindelig");
        UUID bo = apply(posted, "Bo Almindelig");
        assessments.saveRanking(user("bedoemmelse"), posted.caseId(), Map.of(), List.of(anna, bo));
        statusChanges.changeStatus(fixture.hr(), bo, ApplicationStatus.INVITED);
        String url = "/cases/" + posted.caseId() + "/shortlist";
        String page = staff.page(url, "hr.udvidet");
        assertThat(page).contains("Anna Almindelig").contains("Bo Almindelig").contains("1 kandidat får status Udvalgt")
            .doesNotContain("name=\"reidentify\"");
        var done = staff.result(post(url).param("shown", anna.toString(), bo.toString()).param("reidentify", "true")
            .with(csrf()), "hr.udvidet");
        assertThat((java.util.Map<String, Object>) done.getFlashMap()).containsEntry("moved", 1).containsEntry("reidentified", 0);
        assertThat(status(anna)).isEqualTo(ApplicationStatus.SHORTLISTED);
        assertThat(status(bo)).isEqualTo(ApplicationStatus.INVITED);
        assertThat(applicants.reidentified(anna)).isFalse();
    }

    private ApplicationFixture.Posted caseWithChair(boolean anonymous) {
        var posted = fixture.publish("Udvælgelse " + UUID.randomUUID(), 10, anonymous);
        cases.attach(fixture.hr(), posted.caseId(), user("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(fixture.hr(), posted.caseId(), user("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        return posted;
    }

    private UUID apply(ApplicationFixture.Posted posted, String name) {
        return submissions.submit(ApplicationFixtures.submission(posted, name, "liste." + UUID.randomUUID() + "@example.dk"))
            .applicationId();
    }

    private String number(UUID id) {
        return applications.find(id).orElseThrow().candidateNumber();
    }

    private ApplicationStatus status(UUID id) {
        return applications.find(id).orElseThrow().status();
    }

    private CurrentUser user(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
