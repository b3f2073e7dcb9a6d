package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.OutboxMessages;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 21: the pipeline board over HTTP. HR moves candidates one at a time and in bulk (form posts with CSRF, along
 * the status rules), rejects with the right letter and goes on to invite; a committee member and HR of another unit
 * cannot move anyone; an anonymous case's board shows no name to anyone; the table shows names and answers in an
 * ordinary case and filters on a knock-out question.
 */
@RekrutTest
class BoardTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void hrMovesACandidateByFormPostAndInPlaceAndTheHistoryKeepsWho() throws Exception {
        var posted = fixture.publish("Tavle flyt " + UUID.randomUUID(), 10, false);
        UUID anna = apply(posted, "Anna Tavle", true);
        String board = "/cases/" + posted.caseId() + "/board";

        var res = send(post(board + "/move").param("candidate", anna.toString()).param("status", "SHORTLISTED").with(csrf()),
            "hr.udvidet");
        assertThat(res.getStatus()).isEqualTo(302);
        assertThat(res.getRedirectedUrl()).isEqualTo(board + "#card-" + anna);
        assertThat(status(anna)).isEqualTo(ApplicationStatus.SHORTLISTED);
        assertThat(applications.history(anna)).anyMatch(h -> h.to() == ApplicationStatus.SHORTLISTED
            && h.from() == ApplicationStatus.RECEIVED && h.changedBy().equals("hr.udvidet"));

        // board.js sends the same post and asks for JSON: the answer is what the live region says.
        var json = send(post(board + "/move").param("candidate", anna.toString()).param("status", "INVITED").with(csrf())
            .accept(MediaType.APPLICATION_JSON), "hr.udvidet");
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString()).contains("Anna Tavle (").contains("er flyttet til Inviteret til samtale")
            .contains("\"status\":\"INVITED\"");
        assertThat(status(anna)).isEqualTo(ApplicationStatus.INVITED);

        // The board shows the card in its new column, with the name and a key answer (an ordinary case).
        String page = body(board, "hr.udvidet");
        assertThat(page).contains("Anna Tavle").contains("Har du kørekort?").contains("id=\"card-" + anna + "\"")
            .contains("/js/board.js").doesNotContain("style=");
        // Every name shown is an audited read of identity, as on the candidate page.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'IDENTITY_READ' AND object_id = ? "
            + "AND actor = 'hr.udvidet' AND details = 'case overview by HR_EXTENDED'").param(anna.toString())
            .query(Integer.class).single()).isPositive();
        assertThat(page.indexOf("id=\"card-" + anna)).isGreaterThan(page.indexOf("id=\"column-INVITED\""))
            .isLessThan(page.indexOf("id=\"column-INTERVIEWED\""));
    }

    @Test
    void aMoveNeedsTheCsrfTokenAndFollowsTheStatusRules() throws Exception {
        var posted = fixture.publish("Tavle regler " + UUID.randomUUID(), 10, false);
        UUID bo = apply(posted, "Bo Regel", true);
        String move = "/cases/" + posted.caseId() + "/board/move";

        assertThat(send(post(move).param("candidate", bo.toString()).param("status", "SHORTLISTED"), "hr.udvidet").getStatus())
            .isEqualTo(403);
        // Rejection goes with its letter, never as a bare move; nor can anyone move a candidate to "withdrawn".
        for (String to : List.of("REJECTED", "WITHDRAWN")) {
            var refused = send(post(move).param("candidate", bo.toString()).param("status", to).with(csrf())
                .accept(MediaType.APPLICATION_JSON), "hr.udvidet");
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(refused.getContentAsString()).contains("kan ikke flyttes");
        }
        var flashed = result(post(move).param("candidate", bo.toString()).param("status", "REJECTED").with(csrf()), "hr.udvidet");
        assertThat(flashed.getResponse().getStatus()).isEqualTo(302);
        assertThat(flashed.getFlashMap().get("errorKey")).isEqualTo("error.board.move");
        assertThat(status(bo)).isEqualTo(ApplicationStatus.RECEIVED);

        // A candidate of another case is not found through this case's board.
        var other = fixture.publish("Tavle anden " + UUID.randomUUID(), 10, false);
        UUID elsewhere = apply(other, "Cille Andensteds", true);
        assertThat(send(post(move).param("candidate", elsewhere.toString()).param("status", "SHORTLISTED").with(csrf()),
            "hr.udvidet").getStatus()).isEqualTo(404);
        assertThat(status(elsewhere)).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void aCommitteeMemberSeesTheBoardButCannotMoveAndHrOfAnotherUnitDoesNotSeeIt() throws Exception {
        var posted = fixture.publish("Tavle adgang " + UUID.randomUUID(), 10, false);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        UUID dea = apply(posted, "Dea Adgang", true);
        String board = "/cases/" + posted.caseId() + "/board";

        String asMember = body(board, "ansaettelse");
        assertThat(asMember).contains("Dea Adgang").doesNotContain("/board/move").doesNotContain("/board/bulk");
        for (var request : List.of(
            post(board + "/move").param("candidate", dea.toString()).param("status", "SHORTLISTED"),
            post(board + "/bulk").param("candidate", dea.toString()).param("action", "move").param("status", "SHORTLISTED"),
            post(board + "/reject").param("candidate", dea.toString()).param("confirmPreferential", "true"))) {
            assertThat(send(request.with(csrf()), "ansaettelse").getStatus()).isEqualTo(403);
            assertThat(send(request.with(csrf()), "hr.buf").getStatus()).isEqualTo(404);
        }
        assertThat(send(get(board), "hr.buf").getStatus()).isEqualTo(404);
        assertThat(status(dea)).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE application_id = ? AND kind = 'REJECTION'").param(dea)
            .query(Integer.class).single()).isZero();
    }

    @Test
    void anAnonymousCaseBoardShowsNumbersOnlyToEveryone() throws Exception {
        var posted = fixture.publish("Tavle anonym " + UUID.randomUUID(), 10, true);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        UUID id = apply(posted, "Eva Hemmelig", true);
        String number = applications.find(id).orElseThrow().candidateNumber();
        send(post("/cases/" + posted.caseId() + "/board/move").param("candidate", id.toString()).param("status", "SHORTLISTED")
            .with(csrf()), "hr.udvidet");
        for (String reader : List.of("hr.udvidet", "ansaettelse")) {
            String page = body("/cases/" + posted.caseId() + "/board", reader);
            assertThat(page).as(reader).contains(number).doesNotContain("Eva Hemmelig").doesNotContain("Hemmelig")
                .doesNotContain("Har du kørekort?").contains("kun kandidatnumre");
            String table = body("/cases/" + posted.caseId() + "/candidates", reader);
            assertThat(table).as(reader).contains(number).doesNotContain("Hemmelig");
        }
        var moved = send(post("/cases/" + posted.caseId() + "/board/move").param("candidate", id.toString())
            .param("status", "INVITED").with(csrf()).accept(MediaType.APPLICATION_JSON), "hr.udvidet");
        assertThat(moved.getContentAsString()).contains(number).doesNotContain("Hemmelig");
    }

    @Test
    void bulkActionsMoveRejectWithTheRightLetterAndLeadToTheInvitation() throws Exception {
        var posted = fixture.publish("Tavle bulk " + UUID.randomUUID(), 10, false);
        UUID a = apply(posted, "Frida Bulk", true);
        UUID b = apply(posted, "Gustav Bulk", true);
        UUID c = apply(posted, "Hans Bulk", true);
        String board = "/cases/" + posted.caseId() + "/board";

        var moved = result(post(board + "/bulk").param("candidate", a.toString(), b.toString()).param("action", "move")
            .param("status", "IN_SCREENING").with(csrf()), "hr.udvidet");
        assertThat(moved.getFlashMap().get("moved")).isEqualTo("2 kandidater er flyttet til Under vurdering.");
        assertThat(List.of(status(a), status(b), status(c)))
            .containsExactly(ApplicationStatus.IN_SCREENING, ApplicationStatus.IN_SCREENING, ApplicationStatus.RECEIVED);

        var invite = send(post(board + "/bulk").param("candidate", a.toString(), b.toString()).param("action", "invite")
            .with(csrf()), "hr.udvidet");
        assertThat(invite.getRedirectedUrl()).isEqualTo("/cases/" + posted.caseId() + "/interviews?candidate=" + a
            + "&candidate=" + b);
        String interviews = body(invite.getRedirectedUrl(), "hr.udvidet");
        assertThat(interviews).contains("Viser de 2 kandidater").contains("/candidates/" + a + "/invite")
            .doesNotContain("/candidates/" + c + "/invite");

        // b was interviewed: the confirmation says so, and b gets the after-interview letter, a the ordinary one
        // (rejection letters wait for the application deadline).
        fixture.deadlinePassed(posted.caseId());
        send(post(board + "/move").param("candidate", b.toString()).param("status", "INTERVIEWED").with(csrf()), "hr.udvidet");
        var toConfirm = send(post(board + "/bulk").param("candidate", a.toString(), b.toString()).param("action", "reject")
            .with(csrf()), "hr.udvidet");
        assertThat(toConfirm.getRedirectedUrl()).startsWith(board + "/reject?candidate=");
        String confirm = body(toConfirm.getRedirectedUrl(), "hr.udvidet");
        assertThat(confirm).contains("Frida Bulk").contains("Gustav Bulk").contains("Afslag efter samtale")
            .contains("Send 2 afslag");
        assertThat(List.of(status(a), status(b))).doesNotContain(ApplicationStatus.REJECTED);

        // The confirmation shows each letter as it will be sent and how many get it (review problem 7).
        assertThat(confirm).contains("id=\"letter-previews\"").contains("Afslag, på dansk: 1 modtager")
            .contains("Afslag efter samtale, på dansk: 1 modtager").contains("[begrundelsen, du skriver herunder]")
            .contains("name=\"confirmed\"");
        // A post that skips the confirmation sends nothing and leads to it.
        var unconfirmed = send(post(board + "/reject").param("candidate", a.toString(), b.toString())
            .param("reason", "Andre havde mere erfaring").with(csrf()), "hr.udvidet");
        assertThat(unconfirmed.getRedirectedUrl()).isEqualTo(board + "/reject?candidate=" + a + "&candidate=" + b);
        assertThat(List.of(status(a), status(b))).doesNotContain(ApplicationStatus.REJECTED);
        assertThat(letters(a, "REJECTION")).isZero();

        var rejected = send(post(board + "/reject").param("candidate", a.toString(), b.toString())
            .param("reason", "Andre havde mere erfaring").param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(rejected.getRedirectedUrl()).isEqualTo(board);
        assertThat(List.of(status(a), status(b))).containsOnly(ApplicationStatus.REJECTED);
        assertThat(letters(a, "REJECTION")).isEqualTo(1);
        assertThat(letters(b, "REJECTION_AFTER_INTERVIEW")).isEqualTo(1);
        assertThat(status(c)).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(letters(c, "REJECTION")).isZero();
    }

    @Test
    void rejectingACandidateWithPreferentialAccessNeedsTheSecondConfirmation() throws Exception {
        var posted = fixture.publish("Tavle fortrin " + UUID.randomUUID(), 10, false);
        var s = ApplicationFixtures.withPreferentialAccess(ApplicationFixtures.submission(posted,
            "fortrin." + UUID.randomUUID() + "@example.dk"), true);
        UUID id = submissions.submit(s).applicationId();
        fixture.deadlinePassed(posted.caseId());
        String board = "/cases/" + posted.caseId() + "/board";
        assertThat(body(board, "hr.udvidet")).contains("Fortrinsadgang");
        assertThat(body(board + "/reject?candidate=" + id, "hr.udvidet")).contains("id=\"preferential-warning\"");

        var refused = send(post(board + "/reject").param("candidate", id.toString()).param("confirmed", "true").with(csrf()),
            "hr.udvidet");
        assertThat(refused.getRedirectedUrl()).isEqualTo(board + "/reject?candidate=" + id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.RECEIVED);
        send(post(board + "/reject").param("candidate", id.toString()).param("confirmPreferential", "true")
            .param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void theTableShowsNamesAndAnswersInAnOrdinaryCaseAndFiltersOnAKnockOutQuestion() throws Exception {
        var posted = fixture.publish("Tabel svar " + UUID.randomUUID(), 10, false);
        apply(posted, "Ida Ja", true);
        apply(posted, "Jens Nej", false);
        String list = "/cases/" + posted.caseId() + "/candidates";
        UUID licence = posted.question(QuestionKind.YES_NO).id();

        String all = body(list, "hr.udvidet");
        assertThat(all).contains("Ida Ja").contains("Jens Nej").contains("<th scope=\"col\">Uddannelse?</th>")
            .contains("<td>Kandidat</td>").contains("Skal have svaret ja").contains("class=\"table-scroll\"")
            .doesNotContain("Fordi jeg elsker data."); // free text is not a column
        String filtered = body(list + "?mustBeYes=" + licence, "hr.udvidet");
        assertThat(filtered).contains("Ida Ja").doesNotContain("Jens Nej").contains("1 ansøgere");
        assertThat(body(list + "?lang=en&mustBeYes=" + licence, "hr.udvidet")).contains("Ida Ja").doesNotContain("Jens Nej");
    }

    private UUID apply(ApplicationFixture.Posted posted, String name, boolean licence) {
        var s = ApplicationFixtures.submission(posted, "tavle." + UUID.randomUUID() + "@example.dk");
        var fields = new HashMap<>(s.answers().fields());
        fields.put(posted.question(QuestionKind.YES_NO).field(), List.of(licence ? "yes" : "no"));
        return submissions.submit(s.by(s.applicant().withName(name)).answering(new Submissions.FormAnswers(fields)))
            .applicationId();
    }

    private ApplicationStatus status(UUID id) {
        return applications.find(id).orElseThrow().status();
    }

    private int letters(UUID candidate, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE application_id = ? AND kind = ?").params(candidate, kind)
            .query(Integer.class).single();
    }

    private String body(String url, String username) throws Exception {
        var res = send(get(url), username);
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return result(request, username).getResponse();
    }

    private MvcResult result(MockHttpServletRequestBuilder request, String username) throws Exception {
        var u = directory.userByUsername(username).orElseThrow();
        var res = mvc.perform(request.with(user(username).authorities(new SimpleGrantedAuthority(u.role().authority()))))
            .andReturn();
        res.getResponse().setCharacterEncoding("UTF-8");
        return res;
    }
}
