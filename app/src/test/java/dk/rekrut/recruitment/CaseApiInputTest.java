package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.support.LogCapture;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review 2026-12-06, M4, M6, L3, L4, L6 through the JSON API as the review probed it: over-long fields, dates out of
 * range, overflowing numbers and invalid addresses are 422 with one entry per field (never a 500, never the value in
 * the log), and what GET returns, PUT takes back unchanged.
 */
@RekrutTest
class CaseApiInputTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired OrganisationDirectory directory;
    @Autowired LogCapture log;

    @Test
    void overLongCaseFieldsAre422PerFieldAndNeverLogged() throws Exception {
        String marker = "kontakt" + UUID.randomUUID().toString().substring(0, 8);
        var cases = Map.<String, Object>of("weeklyHours", "3".repeat(41), "contactName", marker + "x".repeat(300),
            "contactEmail", marker + "x".repeat(500) + "@example.dk", "workplaceStreet", marker + "x".repeat(500),
            "salaryFrame", marker + "x".repeat(500), "tasks", marker + "x".repeat(1024 * 1024),
            "title", marker + "x".repeat(200), "workplaceTown", "x".repeat(101), "contactPhone", "1".repeat(41));
        for (var c : cases.entrySet()) {
            var res = send(post("/api/v1/cases"), "hr.udvidet", caseJson(Map.of(c.getKey(), c.getValue())));
            assertThat(res.getStatus()).as(c.getKey()).isEqualTo(422);
            var problem = json.readTree(res.getContentAsString());
            assertThat(problem.get("code").asString()).isEqualTo("error.input.too-long");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(c.getKey());
            assertThat(problem.get("errors").get(0).get("message").asString()).contains("højst");
        }
        var all = send(post("/api/v1/cases"), "hr.udvidet", caseJson(cases));
        assertThat(json.readTree(all.getContentAsString()).get("errors")).hasSize(cases.size());
        // At the limit it is stored.
        assertThat(send(post("/api/v1/cases"), "hr.udvidet", caseJson(Map.of("weeklyHours", "3".repeat(40),
            "tasks", "x".repeat(10_000)))).getStatus()).isEqualTo(201);
        assertThat(log.linesContaining(marker)).isEmpty();
    }

    @Test
    void overLongUnitFieldsAre422() throws Exception {
        for (var c : List.<Map<String, Object>>of(Map.of("name", "x".repeat(1024 * 1024)),
            Map.of("name", "Enhed", "street", "x".repeat(1000)), Map.of("name", "Enhed", "town", "x".repeat(101)))) {
            var res = send(post("/api/v1/units"), "admin", json.writeValueAsString(c));
            assertThat(res.getStatus()).as(c.keySet().toString()).isEqualTo(422);
            assertThat(json.readTree(res.getContentAsString()).get("errors").get(0).get("code").asString())
                .isEqualTo("error.input.too-long");
        }
        var user = new LinkedHashMap<String, Object>(Map.of("username", "ny." + UUID.randomUUID().toString().substring(0, 8),
            "displayName", "Ny", "email", "xss\"<x>@example.com", "role", "HR_EXTENDED",
            "unitId", directory.userByUsername("hr.udvidet").orElseThrow().unitId().toString()));
        var res = send(post("/api/v1/users"), "admin", json.writeValueAsString(user));
        assertThat(json.readTree(res.getContentAsString()).get("code").asString()).isEqualTo("error.user.email");
        user.put("displayName", "x".repeat(201));
        user.put("email", "ny@example.dk");
        assertThat(send(post("/api/v1/users"), "admin", json.writeValueAsString(user)).getStatus()).isEqualTo(422);
    }

    @Test
    void datesOutOfRangeAndOverflowingNumbersAre422() throws Exception {
        for (var c : List.<Map<String, Object>>of(Map.of("deadline", "+100000-01-01T00:00:00"),
            Map.of("deadline", "-0005-01-01T00:00:00"), Map.of("deadline", "2101-01-01T00:00:00Z"),
            Map.of("interviewDates", List.of("+99999-01-01")))) {
            var res = send(post("/api/v1/cases"), "hr.udvidet", caseJson(c));
            assertThat(res.getStatus()).as(c.toString()).isEqualTo(422);
            assertThat(json.readTree(res.getContentAsString()).get("errors").get(0).get("code").asString())
                .isEqualTo("error.input.date-range");
        }
        for (String number : List.of("1e30", "1e400", "-1", "12345678901")) {
            String body = caseJson(Map.of()).replaceFirst("\\{", "{\"salaryMax\":" + number + ",");
            var res = send(post("/api/v1/cases"), "hr.udvidet", body);
            assertThat(res.getStatus()).as(number).isEqualTo(422);
            assertThat(json.readTree(res.getContentAsString()).get("errors").get(0).get("field").asString())
                .isEqualTo("salaryMax");
        }
        var res = send(post("/api/v1/cases"), "hr.udvidet", caseJson(Map.of("contactEmail", "xss\"<x>@example.com")));
        assertThat(res.getStatus()).isBetween(400, 422); // a rule violation: 400 today, 422 once all rules answer so
        assertThat(json.readTree(res.getContentAsString()).get("code").asString()).isEqualTo("error.case.contact-email");
        var broken = send(post("/api/v1/cases"), "hr.udvidet", caseJson(Map.of("deadline", "i morgen")));
        assertThat(broken.getStatus()).isEqualTo(400);
    }

    /** M6: the deadline the API writes (UTC, with Z) is the deadline it reads back, however often it goes round. */
    @Test
    void whatGetReturnsPutTakesBackUnchanged() throws Exception {
        var created = json.readTree(send(post("/api/v1/cases"), "hr.udvidet",
            caseJson(Map.of("deadline", "2027-02-10T12:00:00", "interviewDates", List.of("2027-02-20", "2027-02-21"))))
            .getContentAsString());
        String url = "/api/v1/cases/" + created.get("id").asString();
        assertThat(created.get("deadline").asString()).isEqualTo("2027-02-10T11:00:00Z"); // no offset: Danish time
        for (int round = 0; round < 3; round++) {
            var got = json.readTree(send(get(url), "hr.udvidet", null).getContentAsString());
            var res = send(put(url), "hr.udvidet", json.writeValueAsString(formOf(got)));
            assertThat(res.getStatus()).isEqualTo(200);
            var back = json.readTree(send(get(url), "hr.udvidet", null).getContentAsString());
            assertThat(back.get("deadline").asString()).isEqualTo("2027-02-10T11:00:00Z");
            assertThat(back.get("interviewDates").toString()).isEqualTo("[\"2027-02-20\",\"2027-02-21\"]");
        }
        // Any offset is the same instant.
        var got = formOf(json.readTree(send(get(url), "hr.udvidet", null).getContentAsString()));
        got.put("deadline", "2027-02-10T13:30:00+02:00");
        var back = json.readTree(send(put(url), "hr.udvidet", json.writeValueAsString(got)).getContentAsString());
        assertThat(Instant.parse(back.get("deadline").asString())).isEqualTo(Instant.parse("2027-02-10T11:30:00Z"));
    }

    /** The web form shows the field and its limit instead of failing (M4 on the HTML side). */
    @Test
    void theCaseFormNamesTheFieldThatIsTooLong() throws Exception {
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        var res = mvc.perform(post("/cases").with(csrf())
                .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority())))
                .param("title", "Formular").param("deadline", "2030-01-01T12:00").param("tasks", "x".repeat(10_001)))
            .andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(200);
        assertThat(res.getContentAsString()).contains("Opgaver: højst 10000 tegn.");
    }

    /** The fields of a GET that the form takes, flattened as the form has them. */
    private static Map<String, Object> formOf(JsonNode got) {
        var f = new LinkedHashMap<String, Object>();
        f.put("title", got.get("title").asString());
        f.put("deadline", got.get("deadline").asString());
        f.put("interviewDates", got.get("interviewDates"));
        f.put("version", got.get("version").asInt());
        return f;
    }

    private String caseJson(Map<String, Object> overrides) {
        var f = new LinkedHashMap<String, Object>();
        f.put("title", "API-sag " + UUID.randomUUID());
        f.put("deadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        f.putAll(overrides);
        return json.writeValueAsString(f);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder b, String username, String body) throws Exception {
        var u = directory.userByUsername(username).orElseThrow();
        b.with(user(u.username()).authorities(new SimpleGrantedAuthority(u.role().authority())));
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var res = mvc.perform(b).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }
}
