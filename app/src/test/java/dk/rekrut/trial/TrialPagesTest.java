package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserView;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The trial's pages over HTTP: setup, the fixed design, the import, the analysis and its CSV, and who may see what. */
@RekrutTest
class TrialPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Trials trials;
    @Autowired Administration administration;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private Instant start;
    private String manager;
    private String analyst;
    private String consultant;
    private CurrentUser managerUser;

    @BeforeEach
    void unitAndUsers() {
        start = clock.instant();
        var unit = administration.createUnit(new Administration.NewUnit("Sidetestjobcenter " + tag(), null, null, null, null));
        var m = newUser(unit.id(), Role.JOBCENTRE_MANAGER);
        manager = m.username();
        managerUser = new CurrentUser(m.id(), m.username(), m.displayName(), unit.id(), Role.JOBCENTRE_MANAGER);
        analyst = newUser(unit.id(), Role.ANALYST).username();
        consultant = newUser(unit.id(), Role.JOB_CONSULTANT).username();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    @Test
    void theManagerSetsUpATrialWhoseDesignIsFixedOnceSomeoneIsAssigned() throws Exception {
        LocalDate today = Time.today(clock);
        var created = mvc.perform(as(post("/jobcentre/trials"), manager, Role.JOBCENTRE_MANAGER).with(csrf())
                .param("name", "Nyledige akademikere").param("educations", "LONG_HIGHER").param("ageBands", "AGE_25_29")
                .param("recentGraduate", "yes").param("maxMonthsUnemployed", "3").param("ratioTool", "1")
                .param("ratioUsual", "1").param("stratifyByUnit", "true").param("stratifyByIsco", "true")
                .param("startsOn", today.toString()).param("endsOn", today.plusYears(1).toString())
                .param("followUpMonths", "6").param("secondaryApplied", "true"))
            .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(created.getRedirectedUrl().substring("/jobcentre/trials/".length()));
        Trial trial = trials.get(managerUser, id);
        assertThat(trial.design().educations()).containsExactly(Education.LONG_HIGHER);
        assertThat(trial.design().secondaryInterview()).isFalse();
        assertThat(page("/jobcentre/trials/" + id, manager, Role.JOBCENTRE_MANAGER)).contains("designet kan stadig ændres");

        // A wrong value is answered with a message, and what was typed is shown again.
        var refused = mvc.perform(as(post("/jobcentre/trials/" + id), manager, Role.JOBCENTRE_MANAGER).with(csrf())
            .param("name", "Nyt navn").param("ratioTool", "9").param("ratioUsual", "1")
            .param("startsOn", today.toString()).param("endsOn", today.plusYears(1).toString())
            .param("followUpMonths", "6")).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("et helt tal fra 1 til 5").contains("value=\"Nyt navn\"");

        trials.assign(new TrialSubject("page-" + tag(), trial.unitId(), "2", TrialFixture.eligible()));
        var locked = mvc.perform(as(post("/jobcentre/trials/" + id), manager, Role.JOBCENTRE_MANAGER).with(csrf())
            .param("name", "Andet navn").param("ratioTool", "2").param("ratioUsual", "1")
            .param("startsOn", today.toString()).param("endsOn", today.plusYears(1).toString())
            .param("followUpMonths", "12")).andReturn().getResponse();
        assertThat(locked.getStatus()).isEqualTo(200);
        assertThat(locked.getContentAsString()).contains("designet kan ikke ændres").contains("value=\"Andet navn\"");
        var unchanged = trials.get(managerUser, id).design();
        assertThat(unchanged.name()).isEqualTo("Nyledige akademikere");
        assertThat(unchanged.ratioTool()).isEqualTo(1);
        assertThat(unchanged.followUpMonths()).isEqualTo(6);
    }

    @Test
    void theSeedIsShownOnlyOnceTheTrialHasEnded() throws Exception {
        LocalDate today = Time.today(clock);
        Trial running = trials.create(managerUser, TrialFixture.design("Kører", 1, 1, today, 6));
        var ended = trials.create(managerUser, new Design("Slut", null, null, null, null, 1, 1, false, false,
            today.minusYears(2), today.minusYears(1), 6, false, false));
        String runningPage = page("/jobcentre/trials/" + running.id(), manager, Role.JOBCENTRE_MANAGER);
        assertThat(runningPage).contains("vises, når forsøget er slut").doesNotContain(Long.toString(running.seed()));
        assertThat(page("/jobcentre/trials/" + ended.id(), manager, Role.JOBCENTRE_MANAGER))
            .contains("Lodtrækningens frø: " + ended.seed() + ".");
    }

    @Test
    void theImportNamesEveryBadLineAndStoresNothingUntilAllAreGood() throws Exception {
        LocalDate today = Time.today(clock);
        Trial trial = trials.create(managerUser, TrialFixture.design("Import", 1, 1, today, 6));
        String a = "imp-a-" + tag();
        String b = "imp-b-" + tag();
        trials.assign(new TrialSubject(a, trial.unitId(), "2", TrialFixture.eligible()));
        trials.assign(new TrialSubject(b, trial.unitId(), "3", TrialFixture.eligible()));
        clock.set(start.plus(Duration.ofDays(40)));
        String bad = a + ";" + today.plusDays(10) + ";ansat\nnobody;" + today + ";ansat\n" + b + ";" + today.plusDays(90)
            + ";ansat\n";
        String html = followImport(trial.id(), bad);
        assertThat(html).contains("Filen er ikke importeret").contains("Linje 2: pseudonymet er ikke tildelt")
            .contains("Linje 3: datoen ligger i fremtiden").doesNotContain(a).doesNotContain(b);
        assertThat(outcomes(trial.id())).isZero();
        String good = "pseudonym;dato;udfald\n" + a + ";" + today.plusDays(10) + ";ansat\n" + b + ";"
            + today.plusDays(5).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ";søgt\n";
        assertThat(followImport(trial.id(), good)).contains("2 linjer læst, 2 nye udfald gemt");
        assertThat(outcomes(trial.id())).isEqualTo(2);
    }

    @Test
    void theAnalystSeesAggregatesWithSmallCellsSuppressedAndNeverAPseudonym() throws Exception {
        LocalDate today = Time.today(clock);
        Trial trial = trials.create(managerUser, TrialFixture.design("Lille forsøg", 1, 1, today, 1));
        List<String> pseudonyms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String p = "ana-" + i + "-" + tag();
            pseudonyms.add(p);
            trials.assign(new TrialSubject(p, trial.unitId(), i < 3 ? "6" : "2", TrialFixture.eligible()));
        }
        clock.set(start.plus(Duration.ofDays(45)));
        for (int i = 0; i < 40; i++) {
            trials.record(pseudonyms.get(i), Outcome.EMPLOYED, today.plusDays(i % 25), OutcomeSource.CONSULTANT);
        }
        String html = page("/jobcentre/trials/" + trial.id() + "/analysis", analyst, Role.ANALYST);
        assertThat(html).contains("Forløb (CONSORT)").contains("&lt;5").contains("Newcombe").contains("procentpoint");
        pseudonyms.forEach(p -> assertThat(html).doesNotContain(p));
        var csv = mvc.perform(as(get("/jobcentre/trials/" + trial.id() + "/analysis.csv"), analyst, Role.ANALYST))
            .andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        pseudonyms.forEach(p -> assertThat(text).doesNotContain(p));
        assertThat(text).contains("<5");
        // Every count in the CSV's tables (the lines before the primary outcome's) is 5 or more, or suppressed.
        for (String line : text.lines().skip(1).takeWhile(l -> !l.startsWith("Primært")).toList()) {
            String[] cells = line.split(";");
            for (int c = 2; c < cells.length; c++) {
                assertThat(cells[c].equals("<5") || cells[c].equals("x") || Integer.parseInt(cells[c]) >= 5)
                    .as(line).isTrue();
            }
        }
        // The manager sees the same analysis; the consultant none of it, the analyst not the setup.
        assertThat(status(get("/jobcentre/trials/" + trial.id() + "/analysis"), manager, Role.JOBCENTRE_MANAGER)).isEqualTo(200);
        assertThat(status(get("/jobcentre/trials/" + trial.id() + "/analysis"), consultant, Role.JOB_CONSULTANT)).isEqualTo(403);
        assertThat(status(get("/jobcentre/trials/" + trial.id() + "/analysis.csv"), consultant, Role.JOB_CONSULTANT)).isEqualTo(403);
        assertThat(status(get("/jobcentre/trials"), consultant, Role.JOB_CONSULTANT)).isEqualTo(403);
        assertThat(status(get("/jobcentre/trials/" + trial.id()), analyst, Role.ANALYST)).isEqualTo(403);
        // An analyst of another unit does not learn that the trial exists.
        assertThat(status(get("/jobcentre/trials/" + trial.id() + "/analysis"), "analytiker", Role.ANALYST)).isEqualTo(404);
        assertThat(page("/jobcentre/trials", "analytiker", Role.ANALYST)).doesNotContain("Lille forsøg");
    }

    private String followImport(UUID trialId, String csv) throws Exception {
        var file = new MockMultipartFile("file", "udfald.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var response = mvc.perform(multipart("/jobcentre/trials/" + trialId + "/outcomes").file(file)
            .with(user(manager).authorities(new SimpleGrantedAuthority(Role.JOBCENTRE_MANAGER.authority())))
            .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int outcomes(UUID trialId) {
        return jdbc.sql("SELECT COUNT(*) FROM trial_outcome o JOIN trial_assignment a ON a.id = o.assignment_id "
            + "WHERE a.trial_id = ?").param(trialId).query(Integer.class).single();
    }

    private String page(String path, String username, Role role) throws Exception {
        MockHttpServletResponse r = mvc.perform(as(get(path), username, role)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder req, String username, Role role) throws Exception {
        return mvc.perform(as(req, username, role)).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder req, String username, Role role) {
        return req.with(user(username).authorities(new SimpleGrantedAuthority(role.authority())));
    }

    private UserView newUser(UUID unit, Role role) {
        String name = "trial." + role.name().toLowerCase(Locale.ROOT).replace('_', '.') + "." + tag();
        return administration.createUser(new Administration.NewUser(name, "Forsøg " + role, name + "@example.dk", unit,
            role, null));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
