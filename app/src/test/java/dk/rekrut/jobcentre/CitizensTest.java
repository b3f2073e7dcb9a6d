package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.shared.Tokens;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultant's side and the citizen's, through HTTP: a profile from a Danish CV, matches within the commute area
 * with explanations, sending postings by e-mail, the citizen's answer through the private link; another consultant
 * gets 404 and the analyst 403; a posting past its deadline leaves the matches at once; retention deletes the profile.
 */
@RekrutTest
class CitizensTest {

    @Autowired MockMvc mvc;
    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Citizens citizens;
    @Autowired Administration administration;
    @Autowired OrganisationDirectory directory;
    @Autowired PostingsIndex index;

    private final String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final JsonMapper json = JsonMapper.builder().build();
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

    static RequestPostProcessor as(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private String create(String email) throws Exception {
        var person = new CitizenFixtures.Person("Karoline Ebbesen Thygesen", "140387-2218", email, "28 91 44 73");
        var result = mvc.perform(multipart("/jobcenter/borgere")
                .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
                .param("fullName", person.name()).param("cpr", person.cpr()).param("email", person.email())
                .param("phone", person.phone()).param("wishes", "sygeplejerske").param("postcode", "2300")
                .param("maxKm", "25").with(as("jobkonsulent", Role.JOB_CONSULTANT)).with(csrf()))
            .andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        assertThat(result.getRedirectedUrl()).startsWith("/jobcenter/borgere/B");
        return result.getRedirectedUrl().substring("/jobcenter/borgere/".length());
    }

    private String page(String pseudonym) throws Exception {
        var r = mvc.perform(get("/jobcenter/borgere/" + pseudonym).with(as("jobkonsulent", Role.JOB_CONSULTANT)))
            .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }

    private UUID posting(String externalId) {
        return CitizenFixtures.posting(jdbc, tag, externalId);
    }

    @Test
    void theConsultantMatchesSendsAndTheCitizenAnswers() throws Exception {
        String pseudonym = create("karoline." + tag + "@example.dk");
        String html = page(pseudonym);
        // Within 25 km of 2300: this test's nurse postings in Hvidovre, Amager and Frederiksberg; Aalborg is beyond (by
        // posting id: other tests in the shared context harvest postings with the same titles).
        assertThat(html).contains(posting("n1").toString(), posting("n3").toString(), posting("n6").toString())
            .doesNotContain(posting("n2").toString()).doesNotContain("Sygeplejerske til akutmodtagelsen");
        assertThat(html).contains("Karoline Ebbesen Thygesen"); // the consultant's own view shows the name

        // The API answers the engine's JSON for the same profile.
        var api = mvc.perform(get("/api/v1/jobcentre/citizens/" + pseudonym + "/matches")
            .with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        JsonNode m = json.readTree(api.getContentAsString());
        assertThat(m.get("postings").size()).isGreaterThanOrEqualTo(3);
        assertThat(m.get("postings").get(0).get("title").asString()).startsWith("Sygeplejerske");
        JsonNode hvidovre = null;
        for (JsonNode p : m.get("postings")) {
            if (p.get("id").asString().equals(posting("n1").toString())) {
                hvidovre = p;
            }
        }
        assertThat(hvidovre).as("this test's posting in Hvidovre").isNotNull();
        assertThat(hvidovre.get("title").asString()).isEqualTo("Sygeplejerske til medicinsk afdeling");
        assertThat(hvidovre.get("explanation").asString()).isNotBlank();
        assertThat(hvidovre.get("occupation").asString()).startsWith("http://data.europa.eu/esco/occupation/");
        assertThat(hvidovre.get("distanceKm").asDouble()).isBetween(1.0, 25.0);
        assertThat(hvidovre.get("sources").get(0).asString()).isEqualTo("Borgertest " + tag);
        assertThat(hvidovre.get("url").asString()).isEqualTo("https://job.example.dk/n1");
        for (JsonNode p : m.get("postings")) {
            assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(25);
        }
        var labels = new ArrayList<String>();
        m.get("occupations").forEach(o -> labels.add(o.get("label").asString()));
        assertThat(labels).anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("sygeplejerske"));

        // Alternative occupations in other ISCO groups, with postings inside the area.
        assertThat(m.get("alternatives").size()).isPositive();
        for (JsonNode a : m.get("alternatives")) {
            assertThat(a.get("label").asString()).isNotBlank();
            for (JsonNode p : a.get("postings")) {
                assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(25);
            }
        }
        // Filters: fewer km, one of the citizen's occupations.
        JsonNode near = json.readTree(mvc.perform(get("/api/v1/jobcentre/citizens/" + pseudonym + "/matches")
            .param("km", "5").with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse().getContentAsString());
        assertThat(near.get("maxKm").asInt()).isEqualTo(5);
        near.get("postings").forEach(p -> assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(5));
        String nurse = null;
        for (JsonNode o : m.get("occupations")) {
            if (nurse == null && o.get("label").asString().toLowerCase(Locale.ROOT).contains("sygeplejerske")) {
                nurse = o.get("uri").asString();
            }
        }
        JsonNode filtered = json.readTree(mvc.perform(get("/api/v1/jobcentre/citizens/" + pseudonym + "/matches")
            .param("occupation", nurse).with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse()
            .getContentAsString());
        assertThat(filtered.get("occupationFilter").asString()).isEqualTo(nurse);
        assertThat(filtered.get("postings").size()).isPositive();
        filtered.get("postings").forEach(p -> assertThat(p.get("title").asString()).startsWith("Sygeplejerske"));

        // Send three postings: one e-mail with a private link, three suggestions, a log line.
        var send = mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/send")
                .param("postings", posting("n1").toString(), posting("n3").toString(), posting("n6").toString())
                .with(as("jobkonsulent", Role.JOB_CONSULTANT)).with(csrf()))
            .andReturn().getResponse();
        assertThat(send.getStatus()).isEqualTo(302);
        String body = jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ?")
            .param("karoline." + tag + "@example.dk").query(String.class).single();
        var link = Pattern.compile("/jobcenter/forslag/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jobcentre_citizen_link WHERE token_hash = ?")
            .param(Tokens.hash(token)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jobcentre_citizen_link WHERE token_hash = ?").param(token)
            .query(Integer.class).single()).isZero();

        // The citizen opens the link without logging in, and marks one posting "søgt".
        var citizenPage = mvc.perform(get("/jobcenter/forslag/" + token)).andReturn().getResponse();
        assertThat(citizenPage.getStatus()).isEqualTo(200);
        assertThat(citizenPage.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(citizenPage.getHeader("Cache-Control")).contains("no-store");
        assertThat(citizenPage.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(citizenPage.getContentAsString()).contains("Sygeplejerske til medicinsk afdeling",
            "Sygeplejerske til dagkirurgi").doesNotContain("Karoline");
        var answer = mvc.perform(post("/jobcenter/forslag/" + token + "/" + posting("n1"))
            .param("answer", "APPLIED").param("reason", "Sendt ansøgning i dag").with(csrf())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT answer FROM jobcentre_suggestion WHERE posting_id = ?").param(posting("n1"))
            .query(String.class).single()).isEqualTo("APPLIED");
        // A posting not sent to the citizen cannot be answered; a wrong token opens nothing.
        assertThat(mvc.perform(post("/jobcenter/forslag/" + token + "/" + posting("n2")).param("answer", "HIRED")
            .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/jobcenter/forslag/" + token.substring(1) + "x")).andReturn().getResponse()
            .getStatus()).isEqualTo(404);

        // The consultant sees the answer and the log of what was shown and sent.
        String after = page(pseudonym);
        assertThat(after).contains("Søgt", "Sendt ansøgning i dag");
        assertThat(jdbc.sql("SELECT kind FROM jobcentre_citizen_log l JOIN jobcentre_citizen c ON c.id = l.citizen_id "
            + "WHERE c.pseudonym = ? ORDER BY l.seq").param(pseudonym).query(String.class).list())
            .containsSubsequence("SHOWN", "SENT", "SHOWN");
    }

    @Test
    void anotherConsultantGets404AndTheAnalyst403() throws Exception {
        String pseudonym = create("anden." + tag + "@example.dk");
        String other = "jobkonsulent2." + tag;
        var unit = directory.userByUsername("jobkonsulent").orElseThrow().unitId();
        administration.createUser(new Administration.NewUser(other, "Anden Konsulent", other + "@example.dk", unit,
            Role.JOB_CONSULTANT, "rekrut-demo-2026-x"));
        for (String route : List.of("/jobcenter/borgere/" + pseudonym, "/api/v1/jobcentre/citizens/" + pseudonym + "/matches")) {
            assertThat(mvc.perform(get(route).with(as(other, Role.JOB_CONSULTANT))).andReturn().getResponse().getStatus())
                .as(route).isEqualTo(404);
            assertThat(mvc.perform(get(route).with(as("analytiker", Role.ANALYST))).andReturn().getResponse().getStatus())
                .as(route).isEqualTo(403);
            assertThat(mvc.perform(get(route).with(as("jobcenterchef", Role.JOBCENTRE_MANAGER))).andReturn().getResponse()
                .getStatus()).as(route).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/send").param("postings", posting("n1").toString())
            .with(as(other, Role.JOB_CONSULTANT)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/jobcenter/borgere").with(as(other, Role.JOB_CONSULTANT))).andReturn().getResponse()
            .getContentAsString()).doesNotContain(pseudonym);
    }

    @Test
    void aPostingLeavesTheMatchesAtItsDeadlineEvenBeforeTheIndexIsRebuilt() throws Exception {
        String pseudonym = create("frist." + tag + "@example.dk");
        // By posting id: other tests in the shared context harvest postings with the same titles.
        String soon = posting("n3").toString();
        assertThat(page(pseudonym)).contains(soon);
        long generation = index.generation();
        clock.set(start.plus(Duration.ofDays(2)).plusSeconds(1));
        assertThat(page(pseudonym)).doesNotContain(soon).contains(posting("n1").toString());
        assertThat(index.generation()).isEqualTo(generation);
    }

    @Test
    void theApiCreatesAProfileAndRefusesBadInput() throws Exception {
        var person = new CitizenFixtures.Person("Ib Thorvald Kragh", "010190-1239", "ib." + tag + "@example.dk", "+45 40 11 22 33");
        var created = mvc.perform(multipart("/api/v1/jobcentre/citizens")
                .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
                .param("wishes", "sygeplejerske").param("postcode", "2300").param("maxKm", "30")
                .param("name", person.name()).param("email", person.email())
                .with(SecurityMockMvcRequestPostProcessors.httpBasic("jobkonsulent", "rekrut-demo-2026")))
            .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode c = json.readTree(created.getContentAsString());
        assertThat(c.get("pseudonym").asString()).matches("B[2-9A-Z]{10}");
        assertThat(c.get("arm").asString()).isEqualTo("tool");

        var badPostcode = mvc.perform(multipart("/api/v1/jobcentre/citizens")
                .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
                .param("wishes", "sygeplejerske").param("postcode", "0000").param("name", person.name())
                .with(as("jobkonsulent", Role.JOB_CONSULTANT)))
            .andReturn().getResponse();
        assertThat(badPostcode.getStatus()).isEqualTo(422);
        assertThat(badPostcode.getContentAsString()).contains("jobcentre.citizen.error.postcode");
        var executable = mvc.perform(multipart("/api/v1/jobcentre/citizens")
                .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2}))
                .param("wishes", "sygeplejerske").param("postcode", "2300").param("name", person.name())
                .with(as("jobkonsulent", Role.JOB_CONSULTANT)))
            .andReturn().getResponse();
        assertThat(executable.getStatus()).isEqualTo(422);
        assertThat(executable.getContentAsString()).contains("error.upload.executable");
        // The OpenAPI description names both routes.
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
            .contains("/api/v1/jobcentre/citizens", "/api/v1/jobcentre/citizens/{pseudonym}/matches");
        assertThat(mvc.perform(multipart("/api/v1/jobcentre/citizens").param("postcode", "2300")
            .with(as("analytiker", Role.ANALYST))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void retentionDeletesTheProfileItsIdentityLogAndMailAfterTheCitizenLeft() throws Exception {
        String email = "slut." + tag + "@example.dk";
        String pseudonym = create(email);
        page(pseudonym);
        mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/send").param("postings", posting("n1").toString())
            .with(as("jobkonsulent", Role.JOB_CONSULTANT)).with(csrf()));
        assertThat(mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/afslut")
            .with(as("jobkonsulent", Role.JOB_CONSULTANT)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page(pseudonym)).contains("Forløb afsluttet").doesNotContain("Send valgte til borger");
        assertThat(mvc.perform(get("/jobcenter/borgere").with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn()
            .getResponse().getContentAsString()).contains(pseudonym, "Forløb afsluttet");
        assertThat(mvc.perform(get("/jobcenter/borgere/" + pseudonym).param("lang", "en")
            .with(as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse().getContentAsString())
            .contains("Suggested postings", "Left the caseload");
        UUID id = jdbc.sql("SELECT id FROM jobcentre_citizen WHERE pseudonym = ?").param(pseudonym).query(UUID.class).single();
        citizens.deleteExpired();
        assertThat(count("jobcentre_citizen", id)).isEqualTo(1); // still within the retention period
        clock.set(start.plus(Duration.ofDays(200)));
        assertThat(citizens.deleteExpired()).isGreaterThanOrEqualTo(1);
        for (String table : List.of("jobcentre_citizen", "jobcentre_citizen_identity", "jobcentre_citizen_log",
            "jobcentre_suggestion", "jobcentre_citizen_link")) {
            assertThat(count(table, id)).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?").param(email).query(Integer.class)
            .single()).isZero();
    }

    private int count(String table, UUID citizenId) {
        String column = table.equals("jobcentre_citizen") ? "id" : "citizen_id";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?").param(citizenId)
            .query(Integer.class).single();
    }
}
