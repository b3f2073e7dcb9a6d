package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@RekrutTest
class CasesTest {

    @Autowired Cases cases;
    @Autowired CaseAccess access;
    @Autowired OrganisationDirectory directory;
    @Autowired AuditLog audit;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void hrWithLimitedRightsIsAttachedToWhatTheyCreateAndSeesOnlyThat() {
        var limited = actor("hr.begraenset");
        var c = cases.create(limited, form("Begrænset sag", null));
        assertThat(c.hasMember(limited.id(), TeamRole.HANDLER)).isTrue();
        assertThat(c.unitId()).isEqualTo(limited.unitId());
        assertThat(cases.list(limited, new Cases.ListQuery(Cases.Scope.UNIT, null, null, null)))
            .allSatisfy(x -> assertThat(x.hasMember(limited.id(), TeamRole.HANDLER)).isTrue());
    }

    @Test
    void caseHandlingHrCannotCreateButHandlesTheUnitsCases() {
        var handler = actor("hr.sag");
        assertThatThrownBy(() -> cases.create(handler, form("Må ikke", null))).isInstanceOf(ForbiddenException.class);
        var c = cases.create(actor("hr.udvidet"), form("Enhedens sag", null));
        assertThat(access.canManage(handler, c)).isTrue();
        assertThat(cases.list(handler, new Cases.ListQuery(Cases.Scope.UNIT, "Enhedens sag", null, null))).isNotEmpty();
    }

    @Test
    void noCaseInAnotherUnitAndNoUnitAbove() {
        var hr = actor("hr.udvidet");
        var buf = directory.userByUsername("hr.buf").orElseThrow().unitId();
        assertThatThrownBy(() -> cases.create(hr, form("Forkert enhed", buf))).isInstanceOf(RuleViolation.class)
            .hasMessage("error.case.unit");
        var other = cases.create(actor("hr.buf"), form("BUF-sag", buf));
        assertThatThrownBy(() -> access.requireView(hr, other.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void publishingNeedsPostingTextAndAMedium() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Uden opslag", null));
        assertThatThrownBy(() -> cases.publish(hr, c.id())).isInstanceOfSatisfying(RuleViolation.class, e ->
            assertThat(String.valueOf(e.args()[0])).contains("blocker.no-posting-text", "blocker.no-publication"));
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void oneChairPerCaseAndRolesMustFit() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Udvalg", null));
        cases.attach(hr, c.id(), id("bedoemmelse"), TeamRole.CHAIR);
        assertThatThrownBy(() -> cases.attach(hr, c.id(), id("ansaettelse"), TeamRole.CHAIR))
            .hasMessage("error.team.one-chair");
        assertThatThrownBy(() -> cases.attach(hr, c.id(), id("admin"), TeamRole.COMMITTEE_MEMBER))
            .hasMessage("error.team.role-mismatch");
        assertThat(audit.search(new AuditQuery(null, AuditAction.CASE_TEAM_CHANGED, c.id().toString(), null, null, 10)))
            .hasSize(1);
    }

    @Test
    void aStaleFormDoesNotOverwriteSomeoneElsesChange() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Samtidig", null));
        var first = CaseForm.of(c);
        var second = CaseForm.of(c);
        first.setTitle("Ændret af første");
        cases.update(hr, c.id(), first);
        second.setTitle("Ændret af anden");
        assertThatThrownBy(() -> cases.update(hr, c.id(), second)).hasMessage("error.case.concurrent");
        assertThat(cases.find(c.id()).orElseThrow().title()).isEqualTo("Ændret af første");
    }

    @Test
    void deadlineIsDanishLocalTime() {
        var hr = actor("hr.udvidet");
        var f = form("Frist", null);
        f.setDeadline(LocalDateTime.of(2030, 7, 1, 12, 0));
        var c = cases.create(hr, f);
        assertThat(c.deadline()).hasToString("2030-07-01T10:00:00Z"); // CEST = UTC+2
    }

    @Test
    void statusChangesFollowTheLifecycle() {
        assertThat(CaseStatus.DRAFT.canMoveTo(CaseStatus.CLOSED)).isFalse();
        assertThat(CaseStatus.PUBLISHED.canMoveTo(CaseStatus.CLOSED)).isTrue();
        assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.ARCHIVED)).isTrue();
        assertThat(CaseStatus.ARCHIVED.canMoveTo(CaseStatus.DRAFT)).isFalse();
    }

    /** Review M2: HR-L removed from the team loses the case, also the one they created, and cannot re-attach. */
    @Test
    void hrWithLimitedRightsRemovedFromTheTeamLosesTheCase() throws Exception {
        var limited = actor("hr.begraenset");
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "HR-L fjernes " + UUID.randomUUID());
        body.put("deadline", LocalDateTime.now().plusDays(30).withNano(0).toString());
        var created = api(post("/api/v1/cases"), "hr.begraenset", body);
        assertThat(created.getStatus()).isEqualTo(201);
        var node = json.readTree(created.getContentAsString());
        String caseId = node.get("id").asString();
        assertThat(node.get("team").toString()).contains(limited.id().toString(), "HANDLER");

        assertThat(api(delete("/api/v1/cases/" + caseId + "/team/" + limited.id() + "/HANDLER"), "hr.udvidet", null)
            .getStatus()).isEqualTo(200);

        assertThat(api(get("/api/v1/cases/" + caseId), "hr.begraenset", null).getStatus()).isEqualTo(404);
        var change = new LinkedHashMap<String, Object>(body);
        change.put("title", "HR-L still edits after detach");
        assertThat(api(put("/api/v1/cases/" + caseId), "hr.begraenset", change).getStatus()).isEqualTo(404);
        assertThat(api(post("/api/v1/cases/" + caseId + "/team"), "hr.begraenset",
            Map.of("userId", limited.id().toString(), "teamRole", "HANDLER")).getStatus()).isEqualTo(404);
        var c = cases.find(UUID.fromString(caseId)).orElseThrow();
        assertThat(c.team()).isEmpty();
        assertThat(c.title()).startsWith("HR-L fjernes");
        assertThat(cases.list(limited, new Cases.ListQuery(Cases.Scope.MINE, null, null, null)))
            .noneMatch(x -> x.id().equals(c.id()));
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder req, String username, Object body) throws Exception {
        req = req.with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            req = req.content(json.writeValueAsString(body));
        }
        var res = mvc.perform(req).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private UUID id(String username) {
        return directory.userByUsername(username).orElseThrow().id();
    }

    private static CaseForm form(String title, UUID unit) {
        var f = new CaseForm();
        f.setTitle(title);
        f.setUnitId(unit);
        f.setDeadline(LocalDateTime.now().plusDays(30));
        return f;
    }
}
