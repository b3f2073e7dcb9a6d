package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.trial.Arm;
import dk.rekrut.trial.Trials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The trial wired into the job centre: a profile in the demo trial's target group (newly graduated academics under 30,
 * Jobcenter København) is assigned once, when it is created; in the control arm the consultant sees no suggestions and
 * cannot send any, the API answers 403, and what the tool would have shown is still logged; in the tool arm the
 * citizen's answers become the trial's outcomes. A profile outside the target group uses the tool and is in no trial.
 */
@RekrutTest
class CitizenTrialTest {

    @Autowired MockMvc mvc;
    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Citizens citizens;
    @Autowired Suggestions suggestions;
    @Autowired Trials trials;
    @Autowired OrganisationDirectory directory;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private Instant start;

    @BeforeEach
    void postings() {
        start = clock.instant();
        CitizenFixtures.harvestPostings(sources, harvester, tag, start, start.plus(Duration.ofDays(2)));
    }

    @AfterEach
    void resetClock() {
        clock.set(start);
        CitizenFixtures.endPostings(jdbc, tag);
    }

    private static RequestPostProcessor consultant() {
        return user("jobkonsulent").authorities(new SimpleGrantedAuthority(Role.JOB_CONSULTANT.authority()));
    }

    /** Creates a profile through the form; {@code inTargetGroup} gives the demo trial's target facts. */
    private String create(int n, boolean inTargetGroup) throws Exception {
        var person = new CitizenFixtures.Person("Forsøgsborger Nummer" + n, null, "borger" + n + "." + tag + "@example.dk", null);
        var request = multipart("/jobcenter/borgere")
            .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
            .param("fullName", person.name()).param("email", person.email()).param("wishes", "sygeplejerske")
            .param("postcode", "2300").param("maxKm", "25");
        if (inTargetGroup) {
            request.param("education", "LONG_HIGHER").param("ageBand", "AGE_25_29").param("recentGraduate", "true")
                .param("monthsUnemployed", "1");
        }
        var result = mvc.perform(request.with(consultant()).with(csrf())).andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        assertThat(result.getRedirectedUrl()).startsWith("/jobcenter/borgere/B");
        return result.getRedirectedUrl().substring("/jobcenter/borgere/".length());
    }

    @Test
    void theTrialAssignsOnceAtCreationAndTheControlArmSeesNoSuggestions() throws Exception {
        // Permuted blocks hold at most six places, so a run of one arm is at most six long: eight profiles see both.
        Map<Arm, String> byArm = new HashMap<>();
        for (int n = 0; n < 8; n++) {
            String pseudonym = create(n, true);
            var arm = trials.armOf(pseudonym);
            assertThat(arm).as("assigned at creation").isPresent();
            assertThat(citizens.own(consultantUser(), pseudonym).arm())
                .isEqualTo(arm.get() == Arm.USUAL_PRACTICE ? Citizens.ARM_USUAL_PRACTICE : Citizens.ARM_TOOL);
            byArm.putIfAbsent(arm.get(), pseudonym);
        }
        assertThat(byArm).containsOnlyKeys(Arm.TOOL, Arm.USUAL_PRACTICE);

        // Control: no suggestions on the page, none to send, 403 from the API; the would-be suggestions are logged.
        String control = byArm.get(Arm.USUAL_PRACTICE);
        String page = mvc.perform(get("/jobcenter/borgere/" + control).with(consultant())).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("kontrolgruppe").doesNotContain(CitizenFixtures.posting(jdbc, tag, "n1").toString());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM jobcentre_citizen_log l JOIN jobcentre_citizen c ON c.id = l.citizen_id
                WHERE c.pseudonym = ? AND l.kind = 'NOT_SHOWN' AND l.postings LIKE ?""")
            .params(control, "%" + CitizenFixtures.posting(jdbc, tag, "n1") + "%").query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/api/v1/jobcentre/citizens/" + control + "/matches").with(consultant()))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        var me = consultantUser();
        assertThatThrownBy(() -> suggestions.send(me, control, List.of(CitizenFixtures.posting(jdbc, tag, "n1"))))
            .isInstanceOf(RuleViolation.class).hasMessage("jobcentre.send.error.control");

        // Tool: the citizen's "søgt" and "ansat" are the trial's outcomes; "ikke relevant" is none.
        String tool = byArm.get(Arm.TOOL);
        UUID n1 = CitizenFixtures.posting(jdbc, tag, "n1");
        UUID n3 = CitizenFixtures.posting(jdbc, tag, "n3");
        suggestions.send(me, tool, List.of(n1, n3));
        UUID citizenId = citizens.own(me, tool).id();
        assertThat(citizens.recordAnswer(citizenId, n1, Citizens.Answer.APPLIED, null)).isTrue();
        assertThat(citizens.recordAnswer(citizenId, n3, Citizens.Answer.NOT_RELEVANT, "for langt væk")).isTrue();
        assertThat(outcomes(tool)).containsExactly("APPLIED CITIZEN");
        assertThat(citizens.recordAnswer(citizenId, n1, Citizens.Answer.HIRED, null)).isTrue();
        assertThat(outcomes(tool)).containsExactlyInAnyOrder("APPLIED CITIZEN", "EMPLOYED CITIZEN");

        // The consultant records employment for a control-arm citizen: the primary outcome, from the consultant.
        var recorded = mvc.perform(post("/jobcenter/borgere/" + control + "/beskaeftigelse").param("day",
            citizens.today().toString()).with(consultant()).with(csrf())).andReturn();
        assertThat(recorded.getFlashMap().get("info")).isEqualTo("jobcentre.employment.recorded");
        assertThat(outcomes(control)).containsExactly("EMPLOYED CONSULTANT");
        var future = mvc.perform(post("/jobcenter/borgere/" + control + "/beskaeftigelse").param("day",
            citizens.today().plusDays(1).toString()).with(consultant()).with(csrf())).andReturn();
        assertThat(future.getFlashMap().get("errorKey")).isEqualTo("jobcentre.employment.error.date");
    }

    @Test
    void aProfileOutsideEveryTargetGroupUsesTheToolAndIsInNoTrial() throws Exception {
        String pseudonym = create(99, false);
        assertThat(trials.armOf(pseudonym)).isEmpty();
        assertThat(mvc.perform(get("/api/v1/jobcentre/citizens/" + pseudonym + "/matches").with(consultant()))
            .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private List<String> outcomes(String pseudonym) {
        return jdbc.sql("""
                SELECT o.kind, o.source FROM trial_outcome o JOIN trial_assignment a ON a.id = o.assignment_id
                WHERE a.pseudonym = ?""").param(pseudonym).query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).list();
    }

    private CurrentUser consultantUser() {
        var u = directory.userByUsername("jobkonsulent").orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
