package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.anonymisation.RedactionWorker;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.interview.Interviews;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.MutableClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 4: the preferential-access warning (rejecting, or leaving out of the shortlist and the interviews), the
 * horizontal review of one question, and the applicant's other applications for HR only.
 */
@RekrutTest
class PreferentialAccessAndReviewTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired ApplicantViews applicantViews;
    @Autowired Assessments assessments;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired MockMvc mvc;
    @Autowired Interviews interviews;
    @Autowired MutableClock clock;
    @Autowired RedactionWorker worker;
    @Autowired Redactions redactions;
    @Autowired ApplicantErasure erasure;

    private ApplicationFixture.Posted posted;
    private UUID preferential;
    private UUID ordinary;
    private String preferentialNumber;

    @BeforeEach
    void twoCandidatesOneWithPreferentialAccess() {
        posted = fixture.publish("Fortrinsadgang " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, posted.caseId(), actor("sekretaer").id(), TeamRole.ADMIN_SUPPORT);
        preferential = submissions.submit(ApplicationFixtures.withPreferentialAccess(
            ApplicationFixtures.submission(posted, "fortrin-" + UUID.randomUUID() + "@example.dk"), true)).applicationId();
        ordinary = submissions.submit(ApplicationFixtures.submission(posted, "almindelig-" + UUID.randomUUID() + "@example.dk"))
            .applicationId();
        preferentialNumber = applications.find(preferential).orElseThrow().candidateNumber();
    }

    @Test
    void rejectingACandidateWithPreferentialAccessWarnsAndNeedsAConfirmation() throws Exception {
        fixture.deadlinePassed(posted.caseId());
        String url = "/cases/" + posted.caseId() + "/candidates/reject";
        var warned = mvc.perform(post(url).with(as("hr.udvidet")).with(csrf()).param("candidate", preferential.toString())
            .param("candidate", ordinary.toString()).param("reason", "Andre havde mere erfaring").param("confirmed", "true")).andReturn();
        assertThat(warned.getFlashMap().get("preferentialWarning")).isEqualTo(List.of(preferentialNumber));
        // Nobody was rejected: the warning comes before the action.
        assertThat(applications.find(preferential).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(applications.find(ordinary).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);

        // The warning shows on the list page the redirect leads to, with the confirmation button.
        // The flash travels in the (JDBC-backed) session, found again by its cookie, as in a browser.
        var page = mvc.perform(get(warned.getResponse().getRedirectedUrl()).cookie(warned.getResponse().getCookies()).with(as("hr.udvidet")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"preferential-warning\"").contains(preferentialNumber).contains("fortrinsadgang")
            .contains("name=\"confirmPreferential\"");

        mvc.perform(post(url).with(as("hr.udvidet")).with(csrf()).param("candidate", preferential.toString())
            .param("confirmPreferential", "true").param("confirmed", "true")).andReturn();
        assertThat(applications.find(preferential).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void aSingleRejectionWarnsToo() throws Exception {
        String url = "/cases/" + posted.caseId() + "/candidates/" + preferential + "/status";
        var warned = mvc.perform(post(url).with(as("hr.udvidet")).with(csrf()).param("status", "REJECTED")).andReturn();
        assertThat(warned.getFlashMap().get("preferentialWarning")).isEqualTo(List.of(preferentialNumber));
        assertThat(applications.find(preferential).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
        mvc.perform(post(url).with(as("hr.udvidet")).with(csrf()).param("status", "IN_SCREENING")).andReturn();
        assertThat(applications.find(preferential).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_SCREENING);
    }

    @Test
    void leavingThePreferentialCandidateOffTheShortlistWarnsTheChairAndHr() throws Exception {
        assertThat(assessments.preferentialLeftOut(posted.caseId())).isEmpty(); // nobody chosen yet: nothing to warn
        var saved = mvc.perform(post("/cases/" + posted.caseId() + "/ranking").with(as("bedoemmelse")).with(csrf())
            .param("rank-" + ordinary, "1").param("shortlist", ordinary.toString())).andReturn();
        assertThat(saved.getFlashMap().get("preferentialWarning")).isEqualTo(List.of(preferentialNumber));
        for (String who : List.of("bedoemmelse", "hr.udvidet")) {
            assertThat(mvc.perform(get("/cases/" + posted.caseId() + "/candidates").with(as(who))).andReturn().getResponse()
                .getContentAsString()).as(who).contains("id=\"preferential-warning\"").contains(preferentialNumber);
        }
        // A committee member is not told who declared it (it can point to a disability).
        assertThat(mvc.perform(get("/cases/" + posted.caseId() + "/candidates").with(as("ansaettelse"))).andReturn()
            .getResponse().getContentAsString()).doesNotContain("preferential-warning").doesNotContain("fortrinsadgang)");
        // On the shortlist, the warning goes away.
        assessments.saveRanking(actor("bedoemmelse"), posted.caseId(), Map.of(), List.of(ordinary, preferential));
        assertThat(assessments.preferentialLeftOut(posted.caseId())).isEmpty();
    }

    @Test
    void invitingOthersButNotThePreferentialCandidateWarnsOnTheInterviewsPage() throws Exception {
        var hr = fixture.hr();
        var start = clock.instant().plus(Duration.ofDays(20));
        var slot = interviews.addSlot(hr, posted.caseId(), start, start.plusSeconds(2700), "Rådhuset, lokale 12", null);
        String url = "/cases/" + posted.caseId() + "/interviews";
        assertThat(mvc.perform(get(url).with(as("hr.udvidet"))).andReturn().getResponse().getContentAsString())
            .doesNotContain("preferential-warning"); // no invitations yet
        interviews.invite(hr, ordinary, slot.id(), "http://localhost");
        for (String who : List.of("hr.udvidet", "bedoemmelse")) {
            assertThat(mvc.perform(get(url).with(as(who))).andReturn().getResponse().getContentAsString()).as(who)
                .contains("id=\"preferential-warning\"").contains(preferentialNumber);
        }
        assertThat(mvc.perform(get(url).with(as("sekretaer"))).andReturn().getResponse().getContentAsString())
            .doesNotContain("preferential-warning");
        // A slot is booked once (review M5): the preferential candidate gets the next one.
        var next = interviews.addSlot(hr, posted.caseId(), start.plusSeconds(3600), start.plusSeconds(6300), "Rådhuset, lokale 12", null);
        interviews.invite(hr, preferential, next.id(), "http://localhost");
        assertThat(mvc.perform(get(url).with(as("hr.udvidet"))).andReturn().getResponse().getContentAsString())
            .doesNotContain("preferential-warning");
    }

    @Test
    void theChairSavesTheRankingOfOnePageAndTheOtherPagesKeepTheirs() {
        var chair = actor("bedoemmelse");
        assessments.saveRanking(chair, posted.caseId(), Map.of(preferential, 1, ordinary, 2), List.of(preferential));
        // A page showing only the ordinary candidate: the preferential candidate's rank and shortlisting stay.
        assessments.saveRanking(chair, posted.caseId(), Map.of(ordinary, 3), List.of(ordinary), List.of(ordinary));
        var ranking = assessments.ranking(posted.caseId());
        assertThat(ranking.get(preferential).rank()).isEqualTo(1);
        assertThat(ranking.get(preferential).shortlisted()).isTrue();
        assertThat(ranking.get(ordinary).rank()).isEqualTo(3);
        // A rank already held on another page is refused.
        assertThatThrownBy(() -> assessments.saveRanking(chair, posted.caseId(), Map.of(ordinary, 1), List.of(), List.of(ordinary)))
            .isInstanceOf(RuleViolation.class);
        // The page's candidates must be the case's.
        assertThatThrownBy(() -> assessments.saveRanking(chair, posted.caseId(), Map.of(ordinary, 4), List.of(), List.of()))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMemberReviewsOneQuestionAcrossAllCandidates() throws Exception {
        UUID question = posted.question(QuestionKind.FREE_TEXT).id();
        String url = "/cases/" + posted.caseId() + "/review/" + question;
        var page = mvc.perform(get(url).with(as("ansaettelse"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(preferentialNumber).contains("Hvorfor søger du?");
        mvc.perform(post(url).with(as("ansaettelse")).with(csrf()).param("score-" + preferential, "4")
            .param("note-" + ordinary, "Kort, men præcist")).andReturn();
        var c = cases.find(posted.caseId()).orElseThrow();
        var mine = assessments.answerRatings(actor("ansaettelse"), c, question);
        assertThat(mine.get(preferential)).extracting(Assessments.AnswerRating::score).containsExactly(4);
        assertThat(mine.get(ordinary)).extracting(Assessments.AnswerRating::note).containsExactly("Kort, men præcist");
        // Hidden from the chair's fellow member until they have rated; the chair sees all.
        assessments.rateAnswers(actor("bedoemmelse"), posted.caseId(), question, Map.of(ordinary, 2), Map.of());
        assertThat(assessments.answerRatings(actor("bedoemmelse"), c, question).get(preferential)).hasSize(1);
        assertThat(assessments.answerRatings(actor("ansaettelse"), c, question).get(ordinary)).hasSize(2);
        assertThatThrownBy(() -> assessments.rateAnswers(fixture.hr(), posted.caseId(), question, Map.of(), Map.of()))
            .isInstanceOf(ForbiddenException.class);
        assertThat(mvc.perform(get(url).with(as("sekretaer"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // The notes on an answer are about the applicant: erasing the applicant's data erases them, and only theirs.
        erasure.erase(ordinary, ApplicantErasure.Reason.REQUEST);
        assertThat(assessments.answerRatings(actor("ansaettelse"), c, question).get(ordinary)).isNullOrEmpty();
        assertThat(assessments.answerRatings(actor("ansaettelse"), c, question).get(preferential)).hasSize(1);
    }

    /**
     * The leak crawl of issue 16 (H5): in an anonymous case the horizontal review of a free-text question showed the
     * committee every answer as typed, name, e-mail and phone next to the candidate number. It must show what the
     * candidate page shows: a placeholder until the answers are redacted, then the redacted text; the original only
     * once the candidate is re-identified.
     */
    @Test
    void theHorizontalReviewOfAnAnonymousCaseNeverShowsTheCommitteeTheTypedIdentity() throws Exception {
        var anon = fixture.publish("Anonym gennemgang " + UUID.randomUUID(), 10, true);
        var hr = fixture.hr();
        cases.attach(hr, anon.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, anon.caseId(), actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, anon.caseId(), actor("leder").id(), TeamRole.HIRING_MANAGER);
        String name = "Henrik Vindeløv-Abildgaard";
        String email = "henrik.vindeloev@example.dk";
        String phone = "+45 26 48 15 37";
        var s = ApplicationFixtures.submission(anon, email);
        var answers = new LinkedHashMap<>(s.answers().fields());
        String typed = "Jeg hedder " + name + ". Skriv til " + email + " eller ring på " + phone + ".";
        answers.put(anon.question(QuestionKind.FREE_TEXT).field(), List.of(typed));
        UUID id = submissions.submit(s.by(new Submissions.Applicant(name, email, phone, "Vindeløvsvej 3", "2200", "København N"))
            .answering(new Submissions.FormAnswers(answers))).applicationId();
        String number = applications.find(id).orElseThrow().candidateNumber();
        String url = "/cases/" + anon.caseId() + "/review/" + anon.question(QuestionKind.FREE_TEXT).id();
        List<String> identity = List.of(name, "Vindeløv", "Abildgaard", email, "henrik.vindeloev", phone, "26 48 15 37");

        // Before the answers are redacted: the placeholder, as on the candidate page.
        for (String who : List.of("bedoemmelse", "ansaettelse", "leder")) {
            var page = reviewPage(url, who);
            assertThat(page).as(who).contains(number).contains("Afventer anonymisering");
            identity.forEach(needle -> assertThat(page).as(who + " before redaction").doesNotContain(needle));
        }
        // Redacted, and after HR has released the documents: the redacted text only.
        for (int i = 0; i < 100 && worker.runDue() > 0; i++) {
            // until nothing is due
        }
        for (boolean released : List.of(false, true)) {
            if (released) {
                var c = cases.find(anon.caseId()).orElseThrow();
                redactions.visibleDocuments(hr, c, id).stream().filter(d -> d.state().releasable())
                    .forEach(d -> redactions.release(hr, anon.caseId(), id, d.number()));
            }
            for (String who : List.of("bedoemmelse", "ansaettelse", "leder")) {
                var page = reviewPage(url, who);
                assertThat(page).as(who).contains(number).contains("[NAVN]").doesNotContain("Afventer anonymisering");
                identity.forEach(needle -> assertThat(page).as(who + (released ? " after" : " before") + " release")
                    .doesNotContain(needle));
            }
        }
        // Re-identified, the candidate is known to the team by name: the answer as typed, as on the candidate page.
        statusChanges.changeStatus(hr, id, ApplicationStatus.SHORTLISTED);
        applicantViews.reidentify(actor("bedoemmelse"), id);
        assertThat(reviewPage(url, "ansaettelse")).contains(email);
    }

    private String reviewPage(String url, String username) throws Exception {
        var res = mvc.perform(get(url).with(as(username))).andReturn().getResponse();
        assertThat(res.getStatus()).as(url + " as " + username).isEqualTo(200);
        return HtmlUtils.htmlUnescape(res.getContentAsString());
    }

    @Test
    void hrSeesTheApplicantsOtherApplicationsAndTheCommitteeDoesNot() throws Exception {
        var other = fixture.publish("Anden stilling " + UUID.randomUUID(), 10, true);
        String email = "flere-" + UUID.randomUUID() + "@example.dk";
        var first = submissions.submit(ApplicationFixtures.submission(posted, email)).applicationId();
        submissions.submit(ApplicationFixtures.submission(other, email.toUpperCase()));
        var a = applications.find(first).orElseThrow();
        assertThat(applicantViews.otherApplications(fixture.hr(), a)).extracting(ApplicantViews.OtherApplication::caseTitle)
            .containsExactly(cases.find(other.caseId()).orElseThrow().title());
        assertThat(applicantViews.otherApplications(actor("bedoemmelse"), a)).isEmpty();
        String url = "/cases/" + posted.caseId() + "/candidates/" + first;
        assertThat(mvc.perform(get(url).with(as("hr.udvidet"))).andReturn().getResponse().getContentAsString())
            .contains("Anden stilling");
        assertThat(mvc.perform(get(url).with(as("ansaettelse"))).andReturn().getResponse().getContentAsString())
            .doesNotContain("Anden stilling");
    }

    private RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
