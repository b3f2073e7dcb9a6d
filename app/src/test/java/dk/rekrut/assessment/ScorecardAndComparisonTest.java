package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Applications;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.Submissions;
import dk.rekrut.assessment.scorecard.Scorecard.Criterion;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 21 (the candidate page): the scorecard per success criterion with its rights and rules, previous and next
 * candidate in the order of the list, and two to four candidates side by side; through HTTP as each reader.
 */
@RekrutTest
class ScorecardAndComparisonTest {

    private static final String CRITERIA = "- Sagsbehandlingstiden er nede på 20 dage\n\n- Budgettet holdes\n";

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Applications applications;
    @Autowired Assessments assessments;
    @Autowired ApplicantErasure erasure;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    private StaffRequests staff;
    private ApplicationFixture.Posted posted;
    private List<Application> byNumber;
    private final Map<UUID, String> names = new HashMap<>();
    private final Criterion speed = Criterion.of("Sagsbehandlingstiden er nede på 20 dage");
    private final Criterion budget = Criterion.of("Budgettet holdes");

    @BeforeEach
    void aCaseWithSuccessCriteriaACommitteeAndThreeApplicants() {
        staff = new StaffRequests(mvc, directory);
        posted = fixture.publish("Scorecard " + UUID.randomUUID(), 10, false);
        team(posted.caseId());
        criteria(posted.caseId(), CRITERIA);
        for (String who : List.of("Astrid Scorekort", "Bent Scorekort", "Cecilie Scorekort")) {
            names.put(submissions.submit(ApplicationFixtures.submission(posted, who,
                who.split(" ")[0].toLowerCase() + "@example.dk")).applicationId(), who);
        }
        byNumber = applications.forCase(posted.caseId()).stream()
            .sorted(Comparator.comparing(Application::candidateNumber)).toList();
    }

    @Test
    void aMemberRatesEachCriterionAndSeesTheAveragesOnlyAfterTheirOverallRating() throws Exception {
        UUID id = byNumber.getFirst().id();
        String page = candidatePage(id);
        assertThat(body(page, "ansaettelse")).contains("Bedømmelse pr. succeskriterium", "Budgettet holdes",
            "vises, når du selv har givet kandidaten en samlet bedømmelse");

        var chair = actor("bedoemmelse");
        assessments.rate(chair, id, 5, null);
        saveScorecard(id, "bedoemmelse", 2, "Chefens note");
        var saved = saveScorecard(id, "ansaettelse", 4, "God plan for sagerne").getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo(page);

        String before = body(page, "ansaettelse");
        assertThat(before).contains("id=\"criterion-1-4\" value=\"4\" checked=\"checked\"", "God plan for sagerne")
            .doesNotContain("Chefens note").doesNotContain("Udvalgets gennemsnit pr. succeskriterium");
        assessments.rate(actor("ansaettelse"), id, 3, null);
        String after = body(page, "ansaettelse");
        assertThat(after).contains("Udvalgets gennemsnit pr. succeskriterium", "3,0 (2)").doesNotContain("Chefens note");

        // HR sees the averages but has no card to fill in; support sees neither.
        String hr = body(page, "hr.udvidet");
        assertThat(hr).contains("3,0 (2)").doesNotContain("Gem bedømmelse pr. kriterium");
        assertThat(body(page, "sekretaer")).doesNotContain("Bedømmelse pr. succeskriterium");
        assertThat(staff.send(post(page + "/scorecard").with(csrf()).param("score-" + speed.key(), "3"), "hr.udvidet")
            .getStatus()).isEqualTo(403);

        // Like the overall rating it is audited, without the scores.
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE object_id = ? AND action = 'RATED'").param(id.toString())
            .query(String.class).list()).anyMatch(d -> d.startsWith("scorecard, 1 of 2 criteria"));
    }

    @Test
    void aScoreOffTheScaleOrACriterionTheProfileNoLongerHasSavesNothing() throws Exception {
        UUID id = byNumber.getFirst().id();
        var off = saveScorecard(id, "ansaettelse", 6, null);
        assertThat(off.getFlashMap().get("errorKey")).isEqualTo("error.assessment.score");
        var gone = staff.result(post(candidatePage(id) + "/scorecard").with(csrf())
            .param("score-" + Criterion.of("Et kriterium, profilen ikke længere har").key(), "3")
            .param("score-" + speed.key(), "3"), "ansaettelse");
        assertThat(gone.getFlashMap().get("errorKey")).isEqualTo("error.scorecard.changed");
        assertThat(ratingsOf(id)).isZero();

        // Reordered lines keep the ratings; an edited criterion is a new one without them.
        saveScorecard(id, "ansaettelse", 4, null);
        criteria(posted.caseId(), "Budgettet holdes\nSagsbehandlingstiden er nede på 20 dage");
        assertThat(body(candidatePage(id), "ansaettelse")).contains("value=\"4\" checked=\"checked\"");
        criteria(posted.caseId(), "Sagsbehandlingstiden er nede på 15 dage\nBudgettet holdes");
        assertThat(body(candidatePage(id), "ansaettelse")).doesNotContain("value=\"4\" checked=\"checked\"");
    }

    /**
     * Security review 2026-12-07 (sec5): a scorecard posted with a candidate of another case, or to another case with
     * this case's candidate, saves nothing and is not found; the candidate page with another case's id neither.
     */
    @Test
    void aScorecardWithIdsOfAnotherCaseSavesNothing() throws Exception {
        var elsewhere = fixture.publish("Anden scorecard " + UUID.randomUUID(), 10, false);
        team(elsewhere.caseId());
        criteria(elsewhere.caseId(), CRITERIA);
        UUID stranger = submissions.submit(ApplicationFixtures.submission(elsewhere, "fremmed.score@example.dk"))
            .applicationId();
        UUID own = byNumber.getFirst().id();
        var mixed = staff.send(post(candidatePage(stranger) + "/scorecard").with(csrf())
            .param("score-" + speed.key(), "3"), "ansaettelse");
        assertThat(mixed.getStatus()).isEqualTo(404);
        var swapped = staff.send(post("/cases/" + elsewhere.caseId() + "/candidates/" + own + "/scorecard").with(csrf())
            .param("score-" + speed.key(), "3"), "ansaettelse");
        assertThat(swapped.getStatus()).isEqualTo(404);
        assertThat(ratingsOf(stranger)).isZero();
        assertThat(ratingsOf(own)).isZero();
        assertThat(staff.send(get(candidatePage(stranger)), "ansaettelse").getStatus()).isEqualTo(404);
    }

    @Test
    void erasingTheApplicantsDataErasesTheScorecards() throws Exception {
        UUID id = byNumber.getFirst().id();
        saveScorecard(id, "ansaettelse", 4, "Noten er personoplysninger");
        saveScorecard(id, "bedoemmelse", 3, null);
        saveScorecard(byNumber.get(1).id(), "ansaettelse", 2, "En anden ansøger");
        assertThat(ratingsOf(id)).isEqualTo(2);
        erasure.erase(id, ApplicantErasure.Reason.REQUEST);
        assertThat(ratingsOf(id)).isZero();
        assertThat(ratingsOf(byNumber.get(1).id())).as("only the erased applicant's").isOne();
    }

    @Test
    void previousAndNextFollowTheListTheReaderCameFrom() throws Exception {
        var first = byNumber.get(0);
        var second = byNumber.get(1);
        var third = byNumber.get(2);
        String middle = body(candidatePage(second.id()) + "?sort=number", "ansaettelse");
        assertThat(middle).contains("Ansøger 2 af 3 på listen", "Forrige: " + first.candidateNumber(),
            "Næste: " + third.candidateNumber(),
            "href=\"" + candidatePage(third.id()) + "?sort=number\"", "href=\"" + candidatePage(first.id()) + "?sort=number\"",
            "href=\"/cases/" + posted.caseId() + "/candidates?sort=number\"");
        String firstPage = body(candidatePage(first.id()), "ansaettelse");
        assertThat(firstPage).contains("Ansøger 1 af 3 på listen").doesNotContain("rel=\"prev\"")
            .contains("Næste: " + second.candidateNumber());

        // By rating (the averages the chair sees, the unrated last): the third, the first, the second.
        assessments.rate(actor("bedoemmelse"), third.id(), 5, null);
        assessments.rate(actor("bedoemmelse"), first.id(), 1, null);
        String byRating = body(candidatePage(first.id()) + "?sort=rating", "bedoemmelse");
        assertThat(byRating).contains("Ansøger 2 af 3 på listen", "Forrige: " + third.candidateNumber(),
            "Næste: " + second.candidateNumber());
        // A candidate the filtered list does not hold has no neighbours, only the way back to that list.
        String filtered = body(candidatePage(first.id()) + "?status=REJECTED", "ansaettelse");
        assertThat(filtered).doesNotContain("på listen").contains("/candidates?status=REJECTED\"");
        // The knock-out filter ("must answer yes") goes along too; all three answered yes.
        UUID licence = posted.question(QuestionKind.YES_NO).id();
        String knockOut = body(candidatePage(second.id()) + "?sort=number&mustBeYes=" + licence, "ansaettelse");
        assertThat(knockOut).contains("Ansøger 2 af 3 på listen",
            "href=\"" + candidatePage(third.id()) + "?sort=number&amp;mustBeYes=" + licence + "\"");
        // The list's links carry its order.
        assertThat(body("/cases/" + posted.caseId() + "/candidates?sort=number", "ansaettelse"))
            .contains("href=\"" + candidatePage(first.id()) + "?sort=number\"");
    }

    @Test
    void twoToFourCandidatesSideBySideAndAMessageOnTheListOtherwise() throws Exception {
        var list = "/cases/" + posted.caseId() + "/candidates";
        var one = staff.result(compare(byNumber.get(0).id()).param("sort", "number"), "ansaettelse");
        assertThat(one.getResponse().getRedirectedUrl()).isEqualTo(list + "?sort=number");
        assertThat(one.getFlashMap().get("errorKey")).isEqualTo("error.compare.count");
        var twice = staff.result(compare(byNumber.get(0).id(), byNumber.get(0).id()), "ansaettelse");
        assertThat(twice.getFlashMap().get("errorKey")).isEqualTo("error.compare.count");
        var five = staff.result(compare(byNumber.get(0).id(), byNumber.get(1).id(), byNumber.get(2).id(),
            UUID.randomUUID(), UUID.randomUUID()), "ansaettelse");
        assertThat(five.getResponse().getRedirectedUrl()).isEqualTo(list);
        assertThat(five.getFlashMap().get("errorKey")).isEqualTo("error.compare.count");

        assessments.rate(actor("bedoemmelse"), byNumber.get(0).id(), 4, null);
        saveScorecard(byNumber.get(0).id(), "bedoemmelse", 3, null);
        var hr = staff.send(compare(byNumber.get(0).id(), byNumber.get(2).id()), "hr.udvidet");
        assertThat(hr.getStatus()).isEqualTo(200);
        assertThat(hr.getContentAsString()).contains("Sammenlign ansøgere", byNumber.get(0).candidateNumber(),
                byNumber.get(2).candidateNumber(), names.get(byNumber.get(0).id()), names.get(byNumber.get(2).id()),
                "Har du kørekort?", "4,0 (1)", "3,0 (1)", "Budgettet holdes")
            .doesNotContain(byNumber.get(1).candidateNumber()).doesNotContain(names.get(byNumber.get(1).id()));
        // A member who has not rated sees no one's averages there either (the case hides them until one has rated).
        assertThat(staff.send(compare(byNumber.get(0).id(), byNumber.get(2).id()), "ansaettelse").getContentAsString())
            .doesNotContain("4,0 (1)").contains("vises, når du selv har givet");

        // Another case's candidate, or a case the reader is not on, is not found or refused.
        var elsewhere = fixture.publish("Anden sag " + UUID.randomUUID(), 10, false);
        UUID stranger = submissions.submit(ApplicationFixtures.submission(elsewhere, "fremmed@example.dk")).applicationId();
        assertThat(staff.send(compare(byNumber.get(0).id(), stranger), "ansaettelse").getStatus()).isEqualTo(404);
        assertThat(staff.send(get("/cases/" + elsewhere.caseId() + "/candidates/compare")
            .param("candidate", stranger.toString(), stranger.toString()), "ansaettelse").getStatus()).isIn(403, 404);
    }

    @Test
    void anAnonymousCaseIsComparedAndBrowsedByCandidateNumberOnly() throws Exception {
        var anonymous = fixture.publish("Anonym scorecard " + UUID.randomUUID(), 10, true);
        team(anonymous.caseId());
        criteria(anonymous.caseId(), CRITERIA);
        Map<UUID, String> hidden = new HashMap<>();
        for (String who : List.of("Dorthe Hemmeligsen", "Emil Ukendtsen")) {
            hidden.put(submissions.submit(ApplicationFixtures.submission(anonymous, who,
                who.split(" ")[0].toLowerCase() + "@example.dk")).applicationId(), who);
        }
        var ids = applications.forCase(anonymous.caseId()).stream()
            .sorted(Comparator.comparing(Application::candidateNumber)).toList();
        for (String reader : List.of("ansaettelse", "bedoemmelse", "hr.udvidet")) {
            String compared = staff.send(get("/cases/" + anonymous.caseId() + "/candidates/compare")
                .param("candidate", ids.get(0).id().toString(), ids.get(1).id().toString()), reader).getContentAsString();
            assertThat(compared).contains(ids.get(0).candidateNumber(), ids.get(1).candidateNumber())
                .doesNotContain("Hemmeligsen").doesNotContain("Ukendtsen").doesNotContain("dorthe@");
            // HR reads the candidate's own name on the page (as before); the link to the next one names no one.
            String candidate = body("/cases/" + anonymous.caseId() + "/candidates/" + ids.get(0).id(), reader);
            assertThat(candidate).contains("Næste: " + ids.get(1).candidateNumber())
                .doesNotContain(hidden.get(ids.get(1).id()));
        }
    }

    @Test
    void theNewPartsSpeakEnglishToAnEnglishReader() throws Exception {
        var english = new jakarta.servlet.http.Cookie("rekrut-lang", "en");
        String compared = staff.send(compare(byNumber.get(0).id(), byNumber.get(1).id()).cookie(english), "hr.udvidet")
            .getContentAsString();
        assertThat(compared).contains("Compare candidates", "Flags", "Rating per success criterion")
            .doesNotContain("Sammenlign ansøgere").doesNotContain("Markeringer");
        String page = staff.send(get(candidatePage(byNumber.get(1).id())).cookie(english), "ansaettelse")
            .getContentAsString();
        assertThat(page).contains("Rating per success criterion", "Save rating per criterion", "Previous: ", "Next: ")
            .doesNotContain("Bedømmelse pr. succeskriterium").doesNotContain("Forrige: ");
    }

    private MvcResult saveScorecard(UUID id, String username, int speedScore, String note) throws Exception {
        var req = post(candidatePage(id) + "/scorecard").with(csrf())
            .param("score-" + speed.key(), String.valueOf(speedScore)).param("score-" + budget.key(), "");
        if (note != null) {
            req.param("note-" + speed.key(), note);
        }
        return staff.result(req, username);
    }

    private MockHttpServletRequestBuilder compare(UUID... ids) {
        var req = get("/cases/" + posted.caseId() + "/candidates/compare");
        for (UUID id : ids) {
            req.param("candidate", id.toString());
        }
        return req;
    }

    private String candidatePage(UUID id) {
        return "/cases/" + posted.caseId() + "/candidates/" + id;
    }

    private int ratingsOf(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM criterion_rating WHERE application_id = ?").param(applicationId)
            .query(Integer.class).single();
    }

    private void team(UUID caseId) {
        var hr = fixture.hr();
        cases.attach(hr, caseId, actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, caseId, actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, caseId, actor("sekretaer").id(), TeamRole.ADMIN_SUPPORT);
    }

    /** HR's edit of the job profile's success criteria, without the form (its fields are tested in recruitment). */
    private void criteria(UUID caseId, String text) {
        jdbc.sql("UPDATE recruitment_case SET success_criteria = ? WHERE id = ?").params(text, caseId).update();
    }

    /** The page, with one space between attributes however the template wraps them. */
    private String body(String url, String username) throws Exception {
        return staff.page(url, username).replaceAll("\\s+", " ");
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
