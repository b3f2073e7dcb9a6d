package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Acceptance 5 of issue 4 (no N+1): the candidate list (with filters and sorting), the chair's overview of all
 * ratings and the horizontal review execute the same number of SQL statements for 10 and for 100 candidates.
 */
@RekrutTest
class StatementCountTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Assessments assessments;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;

    record Rated(UUID caseId, UUID questionId) {
    }

    @Test
    void statementsPerPageDoNotGrowWithTheNumberOfCandidates() throws Exception {
        var small = caseWith(10);
        var large = caseWith(100);
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("hr.udvidet", List.of("/candidates", "/candidates?status=RECEIVED&sort=rating", "/ratings", "/board"));
        pagesByUser.put("bedoemmelse", List.of("/candidates", "/candidates?sort=number", "/ratings", "/review/{q}"));
        pagesByUser.put("ansaettelse", List.of("/candidates", "/candidates?status=RECEIVED&sort=rating", "/review/{q}", "/board"));
        List<String> grew = new ArrayList<>();
        for (var e : pagesByUser.entrySet()) {
            for (String page : e.getValue()) {
                int few = statements(e.getKey(), small, page);
                int many = statements(e.getKey(), large, page);
                assertThat(few).as("%s as %s counted something", page, e.getKey()).isPositive();
                if (many != few) {
                    grew.add(page + " as " + e.getKey() + ": " + few + " statements for 10, " + many + " for 100");
                }
            }
        }
        assertThat(grew).as("pages whose statement count grows with the candidates (N+1)").isEmpty();
    }

    private int statements(String username, Rated rated, String page) throws Exception {
        String url = "/cases/" + rated.caseId() + page.replace("{q}", rated.questionId().toString());
        var u = directory.userByUsername(username).orElseThrow();
        var auth = user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
        mvc.perform(get(url).with(auth)).andReturn(); // warm-up: one-time lookups are not per candidate
        var counted = StatementCounter.count(() -> mvc.perform(get(url).with(auth)).andReturn().getResponse());
        assertThat(counted.result().getStatus()).as(url + " as " + username).isEqualTo(200);
        return counted.statements();
    }

    /** A case with n candidates, each rated by the chair and a member, answers rated per question, a ranking. */
    private Rated caseWith(int n) {
        var posted = fixture.publish("Tælling " + n + " " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        var chair = actor("bedoemmelse");
        var member = actor("ansaettelse");
        cases.attach(hr, posted.caseId(), chair.id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), member.id(), TeamRole.COMMITTEE_MEMBER);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var s = ApplicationFixtures.submission(posted, "taelling" + i + "@example.dk");
            ids.add(submissions.submit(ApplicationFixtures.withPreferentialAccess(s, i % 5 == 0)).applicationId());
        }
        Map<UUID, Integer> ranks = new LinkedHashMap<>();
        Map<UUID, Integer> answerScores = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            assessments.rate(chair, ids.get(i), 1 + i % 5, "Kommentar " + i);
            if (i % 2 == 0) {
                assessments.rate(member, ids.get(i), 1 + (i + 2) % 5, null);
            }
            ranks.put(ids.get(i), i + 1);
            answerScores.put(ids.get(i), 1 + i % 5);
        }
        assessments.saveRanking(chair, posted.caseId(), ranks, ids.subList(0, 4));
        UUID question = posted.question(QuestionKind.FREE_TEXT).id();
        assessments.rateAnswers(member, posted.caseId(), question, answerScores, Map.of());
        assessments.rateAnswers(chair, posted.caseId(), question, answerScores, Map.of());
        return new Rated(posted.caseId(), question);
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
