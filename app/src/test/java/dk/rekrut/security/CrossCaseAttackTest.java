package dk.rekrut.security;

import static dk.rekrut.support.RoutePatterns.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.shared.Time;
import dk.rekrut.support.RekrutTest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Object-level authorisation across cases and units, mixed ids (security round sec9). Every staff user who works on a
 * case of their own (the case team of one case, and HR with extended rights in another branch on a case of their
 * branch) takes every route that starts at a case, from Spring's own list of handlers, and fills it with their own
 * case and the ids of an application in a case they may not see: the application, its documents, its screening
 * questions; every POST also carries that application in every parameter a form names a candidate by, with
 * confirmations ticked. No answer may show the other applicant, and nothing stored about her may change.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossCaseAttackTest {

    private static final String NAME = "Bodil Krydsfeltsen";
    private static final String EMAIL = "bodil.krydsfelt@example.dk";

    /** Case-level actions on the attacker's own case that would only end the attack early (closing it, say). */
    private static final Set<String> OWN_CASE_ENDINGS = Set.of("/close", "/archive", "/unpublish", "/publish");

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired RequestMappingHandlerMapping handlers;
    @Autowired Clock clock;

    private UUID victim;
    private UUID victimCase;
    private final Map<String, UUID> ownCase = new LinkedHashMap<>();

    @BeforeAll
    void twoCasesOneVictim() {
        var other = fixture.publish("Andens sag " + UUID.randomUUID(), 10, false);
        victimCase = other.caseId();
        victim = submissions.submit(ApplicationFixtures.submission(other, NAME, EMAIL)).applicationId();

        var own = fixture.publish("Egen sag " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        Map<String, TeamRole> team = Map.of("hr.begraenset", TeamRole.HANDLER, "leder", TeamRole.HIRING_MANAGER,
            "bedoemmelse", TeamRole.CHAIR, "ansaettelse", TeamRole.COMMITTEE_MEMBER, "sekretaer", TeamRole.ADMIN_SUPPORT);
        team.forEach((name, role) -> {
            cases.attach(hr, own.caseId(), directory.userByUsername(name).orElseThrow().id(), role);
            ownCase.put(name, own.caseId());
        });
        submissions.submit(ApplicationFixtures.submission(own, "egen." + UUID.randomUUID() + "@example.dk"));

        var buf = directory.userByUsername("hr.buf").orElseThrow();
        var f = new CaseForm();
        f.setTitle("BUF-sag " + UUID.randomUUID());
        f.setUnitId(buf.unitId());
        f.setTasks("Opgaver");
        f.setDeadline(LocalDateTime.ofInstant(clock.instant(), Time.DANISH).plusDays(10));
        ownCase.put("hr.buf", cases.create(new CurrentUser(buf.id(), buf.username(), buf.displayName(), buf.unitId(),
            buf.role()), f).id());
    }

    /** The probe can see her: HR who may see the other case finds her by her address. */
    @Test
    void hrWhoMaySeeTheOtherCaseFindsHer() throws Exception {
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        var res = mvc.perform(post("/cases/search").with(csrf()).param("q", EMAIL)
            .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority())))).andReturn();
        assertThat(res.getResponse().getContentAsString()).contains(NAME);
    }

    @Test
    void noOneReachesAnApplicationOfACaseTheyMayNotSeeThroughTheirOwnCase() throws Exception {
        String before = stored();
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        for (var attacker : ownCase.entrySet()) {
            var u = directory.userByUsername(attacker.getKey()).orElseThrow();
            var auth = user(u.username()).authorities(new SimpleGrantedAuthority(u.role().authority()));
            for (var route : routes(attacker.getValue())) {
                MockHttpServletRequestBuilder request = route.post()
                    ? withCandidate(post(route.url()).with(csrf())) : get(route.url());
                var res = mvc.perform(request.with(auth)).andReturn().getResponse();
                tried++;
                String read = (res.getContentAsString() + " " + res.getHeader("Location") + " "
                    + res.getHeader("Content-Disposition")).toLowerCase(Locale.ROOT);
                if (read.contains("krydsfeltsen")) {
                    leaks.add(attacker.getKey() + " " + (route.post() ? "POST " : "GET ") + route.url());
                }
            }
        }
        assertThat(tried).as("requests sent").isGreaterThan(600);
        assertThat(leaks).as("answers that showed the other case's applicant").isEmpty();
        assertThat(stored()).as("what is stored about the other case's applicant").isEqualTo(before);
    }

    private record Route(boolean post, String url) {
    }

    /** Every route from a case on, the attacker's case in the case's place and the victim's ids everywhere else. */
    private List<Route> routes(UUID own) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("caseId", List.of(own.toString()));
        values.put("id", List.of(own.toString()));
        values.put("applicationId", List.of(victim.toString()));
        values.put("questionId", jdbc.sql("SELECT id FROM screening_question WHERE case_id = ?").param(victimCase)
            .query(UUID.class).list().stream().map(UUID::toString).toList());
        values.put("documentId", jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ?").param(victim)
            .query(UUID.class).list().stream().map(UUID::toString).toList());
        values.put("number", List.of("1", "2"));
        Set<String> gets = new TreeSet<>();
        Set<String> posts = new TreeSet<>();
        handlers.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/cases/{") || OWN_CASE_ENDINGS.stream().anyMatch(pattern::endsWith)) {
                    continue;
                }
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    gets.addAll(fill(pattern, values));
                }
                if (methods.contains(RequestMethod.POST)) {
                    posts.addAll(fill(pattern, values));
                }
            }
        });
        List<Route> out = new ArrayList<>();
        gets.forEach(u -> out.add(new Route(false, u)));
        gets.forEach(u -> out.add(new Route(false, u + "?candidate=" + victim + "&ids=" + victim)));
        posts.forEach(u -> out.add(new Route(true, u)));
        out.add(new Route(true, "/cases/search"));
        return out;
    }

    /** Every parameter by which a form names a candidate (or a search finds one), with confirmations ticked. */
    private MockHttpServletRequestBuilder withCandidate(MockHttpServletRequestBuilder request) {
        String id = victim.toString();
        for (String name : List.of("candidate", "candidates", "ids", "id", "applicationId", "application", "selected",
            "shown", "member")) {
            request.param(name, id);
        }
        return request.param("confirmed", "true").param("confirmPreferential", "true").param("reidentify", "true")
            .param("status", "REJECTED").param("score", "5").param("rating", "5").param("comment", "Kryds")
            .param("body", "Kryds").param("reason", "Kryds").param("text", EMAIL).param("q", EMAIL)
            .param("kind", "GENERAL").param("decision", "true").param("hire", "true").param("rank", "1");
    }

    /** Every row that names the victim's application, from every table that has such a column. */
    private String stored() {
        var sb = new StringBuilder();
        var columns = jdbc.sql("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE lower(column_name) IN ('application_id', 'candidate_id') AND lower(table_schema) = 'public'
            ORDER BY table_name, column_name""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        assertThat(columns).as("tables that name an application").hasSizeGreaterThan(5);
        for (var c : columns) {
            sb.append(c).append(rows("SELECT * FROM " + c.get(0) + " WHERE " + c.get(1) + " = ?"));
        }
        return sb.append(rows("SELECT * FROM application WHERE id = ?")).toString();
    }

    private String rows(String sql) {
        return jdbc.sql(sql).param(victim).query((rs, n) -> {
            var row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
            }
            return row.toString();
        }).list().stream().sorted().toList().toString();
    }
}
