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
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.RekrutTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@RekrutTest
class CasesTest {

    @Autowired Cases cases;
    @Autowired CaseAccess access;
    @Autowired OrganisationDirectory directory;
    @Autowired AuditLog audit;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
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

    /**
     * Security review observation: HR with limited rights moved a case it handles from the parent unit into its own
     * (PUT unitId), which changes who sees the case. Only HR with extended rights moves a case between units.
     */
    @Test
    void onlyHrWithExtendedRightsMovesACaseToAnotherUnit() throws Exception {
        var extended = actor("hr.udvidet");
        var limited = actor("hr.begraenset");
        var c = cases.create(extended, form("Flyttes " + UUID.randomUUID(), null));
        cases.attach(extended, c.id(), limited.id(), TeamRole.HANDLER);
        assertThat(directory.isWithin(limited.unitId(), extended.unitId())).as("KS lies under Økonomi").isTrue();

        var move = CaseForm.of(cases.find(c.id()).orElseThrow());
        move.setUnitId(limited.unitId());
        assertThatThrownBy(() -> cases.update(limited, c.id(), move)).hasMessage("error.case.move");
        assertThatThrownBy(() -> cases.update(actor("hr.sag"), c.id(), move)).hasMessage("error.case.move");
        var body = caseJson(cases.find(c.id()).orElseThrow(), false);
        body.put("unitId", limited.unitId().toString());
        var res = api(put("/api/v1/cases/" + c.id()), "hr.begraenset", body);
        assertThat(res.getStatus()).isEqualTo(422);
        assertThat(json.readTree(res.getContentAsString()).get("code").asString()).isEqualTo("error.case.move");
        assertThat(cases.find(c.id()).orElseThrow().unitId()).isEqualTo(extended.unitId());

        var edit = CaseForm.of(cases.find(c.id()).orElseThrow());
        edit.setTitle(c.title() + " (rettet)");
        assertThat(cases.update(limited, c.id(), edit).title()).as("HR-L still edits it in place").endsWith("(rettet)");
        var byExtended = CaseForm.of(cases.find(c.id()).orElseThrow());
        byExtended.setUnitId(limited.unitId());
        assertThat(cases.update(extended, c.id(), byExtended).unitId()).isEqualTo(limited.unitId());
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

    /** Review H3: publish, apply anonymously, unpublish, turn anonymity off through the API, republish. */
    @Test
    void anonymityStaysFixedAfterUnpublishingThroughTheApi() throws Exception {
        var hr = fixture.hr();
        var posted = fixture.publish("Anonym og låst " + UUID.randomUUID(), 10, true);
        cases.attach(hr, posted.caseId(), id("udvalg"), TeamRole.COMMITTEE_MEMBER);
        UUID applied = applySecretly(posted);
        cases.unpublish(hr, posted.caseId());

        var c = cases.find(posted.caseId()).orElseThrow();
        assertThat(c.status()).isEqualTo(CaseStatus.DRAFT);
        var res = api(put("/api/v1/cases/" + c.id()), "hr.udvidet", caseJson(c, false));
        assertThat(res.getStatus()).isEqualTo(422);
        assertThat(json.readTree(res.getContentAsString()).get("code").asString()).isEqualTo("error.case.anonymous-locked");
        assertThat(api(post("/api/v1/cases/" + c.id() + "/publish"), "hr.udvidet", null).getStatus()).isEqualTo(200);

        var after = cases.find(c.id()).orElseThrow();
        assertThat(after.anonymous()).isTrue();
        assertThat(after.anonymityLocked()).isTrue();
        String page = page("/cases/" + c.id() + "/candidates/" + applied, "udvalg");
        assertThat(page).doesNotContain("Sigrid", "sigrid.secret@example.dk");
    }

    /** New-user review: an empty job-profile field showed its heading over nothing; now it says it is not filled in. */
    @Test
    void anEmptyJobProfileFieldSaysSo() throws Exception {
        var hr = actor("hr.udvidet");
        var f = form("Tom profil " + UUID.randomUUID(), hr.unitId());
        f.setTasks("Du løser opgaver.");
        f.setConditions("   ");
        var c = cases.create(hr, f);
        String html = page("/cases/" + c.id(), "hr.udvidet");
        String profile = html.substring(html.indexOf("id=\"profile-h\""), html.indexOf("id=\"team\""));
        assertThat(profile).contains("<dd>Du løser opgaver.</dd>");
        // personal, professional, conditions, success criteria and development: five fields left empty
        assertThat(profile.split("<dd>Ikke udfyldt</dd>", -1)).hasSize(6);
    }

    /** The same attack through the HTML form: refused with the message on the form, and the field is shown locked. */
    @Test
    void anonymityStaysFixedAfterUnpublishingThroughTheForm() throws Exception {
        var hr = fixture.hr();
        var posted = fixture.publish("Anonym formular " + UUID.randomUUID(), 10, true);
        applySecretly(posted);
        cases.unpublish(hr, posted.caseId());
        var c = cases.find(posted.caseId()).orElseThrow();

        String edit = page("/cases/" + c.id() + "/edit", "hr.udvidet");
        assertThat(edit).containsPattern("id=\"anonymous\"[^>]*disabled").contains("Kan ikke ændres");
        // An unticked box is sent as the marker field alone.
        var res = mvc.perform(post("/cases/" + c.id()).with(as("hr.udvidet")).with(csrf())
                .param("title", c.title()).param("unitId", c.unitId().toString())
                .param("deadline", LocalDateTime.now().plusDays(20).withNano(0).withSecond(0).toString())
                .param("category", c.category().name()).param("employmentType", c.terms().employmentType().name())
                .param("version", String.valueOf(c.version())).param("_anonymous", "on"))
            .andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getContentAsString()).contains("heller ikke hvis opslaget trækkes tilbage");
        assertThat(cases.find(c.id()).orElseThrow().anonymous()).isTrue();
    }

    /** Saving the form of a locked case changes the rest and keeps anonymity (the disabled box is not sent). */
    @Test
    void theFormOfALockedCaseStillSaves() throws Exception {
        var posted = fixture.publish("Anonym redigering " + UUID.randomUUID(), 10, true);
        var c = cases.find(posted.caseId()).orElseThrow();
        String edit = page("/cases/" + c.id() + "/edit", "hr.udvidet");
        var res = mvc.perform(post("/cases/" + c.id()).with(as("hr.udvidet")).with(csrf())
                .param("title", "Ny titel").param("unitId", c.unitId().toString())
                .param("deadline", LocalDateTime.now().plusDays(20).withNano(0).withSecond(0).toString())
                .param("category", c.category().name()).param("employmentType", c.terms().employmentType().name())
                .param("version", String.valueOf(c.version())).param("_anonymous", "on")
                .param("anonymous", hiddenValue(edit, "anonymous")))
            .andReturn().getResponse();
        assertThat(res.getRedirectedUrl()).isEqualTo("/cases/" + c.id());
        var after = cases.find(c.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("Ny titel");
        assertThat(after.anonymous()).isTrue();
    }

    /** Also the other way: an ordinary case that was published cannot become anonymous. */
    @Test
    void anOrdinaryCaseThatWasPublishedCannotBecomeAnonymous() {
        var hr = fixture.hr();
        var posted = fixture.publish("Almindelig låst " + UUID.randomUUID(), 10, false);
        cases.unpublish(hr, posted.caseId());
        var f = CaseForm.of(cases.find(posted.caseId()).orElseThrow());
        f.setAnonymous(true);
        assertThatThrownBy(() -> cases.update(hr, posted.caseId(), f)).hasMessage("error.case.anonymous-locked");
        assertThat(cases.find(posted.caseId()).orElseThrow().anonymous()).isFalse();
    }

    /** A draft that was never published may still change its mind. */
    @Test
    void aNeverPublishedDraftMayChangeAnonymity() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Kladde", null));
        assertThat(c.anonymityLocked()).isFalse();
        var f = CaseForm.of(c);
        f.setAnonymous(true);
        assertThat(cases.update(hr, c.id(), f).anonymous()).isTrue();
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

    private UUID applySecretly(ApplicationFixture.Posted posted) {
        var s = ApplicationFixtures.submission(posted, "sigrid.secret@example.dk");
        return submissions.submit(s.by(s.applicant().withName("Secret Sigrid Sørensen"))).applicationId();
    }

    /** The case as the API shows it, written back with the given anonymity. */
    private Map<String, Object> caseJson(RecruitmentCase c, boolean anonymous) {
        var f = CaseForm.of(c);
        var body = new LinkedHashMap<String, Object>();
        body.put("title", f.getTitle());
        body.put("unitId", f.getUnitId().toString());
        body.put("tasks", f.getTasks());
        body.put("deadline", f.getDeadline().toString());
        body.put("anonymous", anonymous);
        body.put("anonymityLocked", false); // not part of the form: a client cannot unlock it (mass assignment)
        body.put("status", "DRAFT");
        body.put("version", f.getVersion());
        return body;
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

    private String page(String url, String username) throws Exception {
        var res = mvc.perform(get(url).with(as(username))).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString();
    }

    private static String hiddenValue(String html, String name) {
        var m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private RequestPostProcessor as(String username) {
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
