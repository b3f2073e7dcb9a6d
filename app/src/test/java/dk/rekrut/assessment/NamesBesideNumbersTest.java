package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.interview.Interviews;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * New-user review, problem 1: in an ordinary case the interview page and the ratings overview name each candidate
 * beside the number, as the candidate list and the board do, each name an audited read through the privacy door; in
 * an anonymous case no page of the assessment that the chair, a member or HR opens names anyone, also after one
 * candidate was re-identified (the overviews of an anonymous case show numbers only, as the candidate list does).
 */
@RekrutTest
class NamesBesideNumbersTest {

    static final String CHAIR = "bedoemmelse";
    static final String MEMBER = "ansaettelse";
    static final String HR = "hr.udvidet";

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Applications applications;
    @Autowired StatusChanges statusChanges;
    @Autowired ApplicantViews applicantViews;
    @Autowired Assessments assessments;
    @Autowired Interviews interviews;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private final Duration advanced = Duration.ofDays(11);
    private boolean moved;

    @AfterEach
    void resetClock() {
        if (moved) {
            clock.advance(advanced.negated());
            moved = false;
        }
    }

    @Test
    void anOrdinaryCaseNamesTheCandidatesOnTheInterviewPageAndTheRatingsOverview() throws Exception {
        var posted = caseWithTeam("Navne ved numre " + UUID.randomUUID(), false);
        List<String> names = List.of("Annelise Ordinærsen", "Bertram Navnesen");
        List<UUID> ids = apply(posted, names);
        rateAndInvite(posted, ids);
        var staff = new StaffRequests(mvc, directory);
        String root = "/cases/" + posted.caseId();

        for (String user : List.of(HR, CHAIR, MEMBER)) {
            String page = HtmlUtils.htmlUnescape(staff.page(root + "/interviews", user));
            // The booked slot names its candidate, and the invitation form's label names each candidate by name and number.
            assertThat(page).as("interviews as " + user).contains(label(ids.getFirst(), names.getFirst()) + " (ikke svaret)");
            if (user.equals(HR)) {
                for (int i = 0; i < ids.size(); i++) {
                    assertThat(page).contains("for=\"slot-" + ids.get(i) + "\">" + label(ids.get(i), names.get(i)) + "</label>");
                }
            }
        }
        for (String user : List.of(HR, CHAIR)) {
            String page = HtmlUtils.htmlUnescape(staff.page(root + "/ratings", user));
            for (int i = 0; i < ids.size(); i++) {
                assertThat(page).as("ratings as " + user).contains(number(ids.get(i))).contains("<td>" + names.get(i) + "</td>");
            }
        }
        // Each name shown is an audited read of identity, as on the candidate list.
        for (UUID id : ids) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'IDENTITY_READ' AND object_id = ? "
                + "AND actor = ? AND details = 'case overview by HIRING_COMMITTEE'").param(id.toString()).param(MEMBER)
                .query(Integer.class).single()).as("the member's reads").isPositive();
        }
    }

    @Test
    void anAnonymousCaseNamesNoOneOnAnyAssessmentPageOfTheChairAMemberOrHr() throws Exception {
        var posted = caseWithTeam("Anonym navneprøve " + UUID.randomUUID(), true);
        List<String> names = List.of("Gudrun Hemmeligsdottir", "Zbigniew Skjultmand", "Philippa Ukendtved");
        List<UUID> ids = apply(posted, names);
        rateAndInvite(posted, ids);
        // One candidate is re-identified for the interview: the overviews still show numbers only.
        applicantViews.reidentify(fixture.hr(), ids.getFirst());
        var staff = new StaffRequests(mvc, directory);
        String root = "/cases/" + posted.caseId();
        var pages = new ArrayList<>(List.of(root, root + "/candidates", root + "/board", root + "/ratings",
            root + "/interviews", root + "/shortlist", root + "/candidates/compare?candidate=" + ids.get(0)
                + "&candidate=" + ids.get(1) + "&candidate=" + ids.get(2)));
        posted.questions().forEach(q -> pages.add(root + "/review/" + q.id()));
        // The committee's own candidate pages too (HR's candidate page is where HR reads who applied).
        var committeePages = new ArrayList<>(pages);
        ids.stream().skip(1).forEach(id -> committeePages.add(root + "/candidates/" + id));

        var read = new ArrayList<String>();
        for (String user : List.of(CHAIR, MEMBER, HR)) {
            for (String url : user.equals(HR) ? pages : committeePages) {
                var res = staff.send(get(url), user);
                if (res.getStatus() == 403) {
                    continue; // not this role's page (e.g. the ratings overview for a member)
                }
                assertThat(res.getStatus()).as(url + " as " + user).isEqualTo(200);
                read.add(user + " " + url.substring(root.length()));
                String html = HtmlUtils.htmlUnescape(res.getContentAsString());
                for (String name : names) {
                    for (String part : (name + " " + name.replace(' ', '\u00a0')).split(" ")) {
                        assertThat(html).as(url + " as " + user).doesNotContainIgnoringCase(part);
                    }
                }
                // Every page but the case's own and the (here empty) shortlist shows candidates, by number.
                if (!url.equals(root) && !url.endsWith("/shortlist")) {
                    assertThat(ids).as(url + " as " + user).anyMatch(id -> html.contains(number(id)));
                }
            }
        }
        // The pages each role works on were read and checked (not only refused).
        String question = "/review/" + posted.questions().getFirst().id();
        assertThat(read).contains(HR + " /interviews", HR + " /ratings", HR + " /board", HR + " /candidates",
            HR + " /shortlist", CHAIR + " /interviews", CHAIR + " /ratings", CHAIR + " " + question,
            CHAIR + " /candidates/compare?candidate=" + ids.get(0) + "&candidate=" + ids.get(1) + "&candidate=" + ids.get(2),
            MEMBER + " /interviews", MEMBER + " /board", MEMBER + " " + question, MEMBER + " /candidates/" + ids.get(2));
    }

    private ApplicationFixture.Posted caseWithTeam(String title, boolean anonymous) {
        var posted = fixture.publish(title, 10, anonymous);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor(CHAIR).id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor(MEMBER).id(), TeamRole.COMMITTEE_MEMBER);
        return posted;
    }

    private List<UUID> apply(ApplicationFixture.Posted posted, List<String> names) {
        var ids = new ArrayList<UUID>();
        for (String name : names) {
            String email = "n" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
            ids.add(submissions.submit(ApplicationFixtures.submission(posted, name, email)).applicationId());
        }
        return ids;
    }

    /** After the deadline: both raters rate everyone, the first two are shortlisted and the first is invited. */
    private void rateAndInvite(ApplicationFixture.Posted posted, List<UUID> ids) {
        clock.advance(advanced);
        moved = true;
        for (UUID id : ids) {
            assessments.rate(actor(CHAIR), id, 4, "Velbegrundet");
            assessments.rate(actor(MEMBER), id, 3, null);
        }
        var hr = fixture.hr();
        statusChanges.changeStatus(hr, ids.get(0), ApplicationStatus.SHORTLISTED);
        statusChanges.changeStatus(hr, ids.get(1), ApplicationStatus.SHORTLISTED);
        var start = clock.instant().plus(Duration.ofDays(3));
        var slot = interviews.addSlot(hr, posted.caseId(), start, start.plus(Duration.ofMinutes(45)), "Rådhuset, lokale 7", null);
        interviews.invite(hr, ids.getFirst(), slot.id(), "http://localhost");
    }

    private String number(UUID id) {
        return applications.find(id).orElseThrow().candidateNumber();
    }

    private String label(UUID id, String name) {
        return name + " (" + number(id) + ")";
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
