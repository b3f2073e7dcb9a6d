package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dk.rekrut.application.Submissions;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.interview.InterviewNotes;
import dk.rekrut.interview.References;
import dk.rekrut.jobagent.JobAgent;
import dk.rekrut.jobcentre.Citizens;
import dk.rekrut.jobcentre.Harvester;
import dk.rekrut.jobcentre.Suggestions;
import dk.rekrut.organisation.Administration;
import dk.rekrut.talentpool.TalentPools;
import dk.rekrut.talentpool.PoolAdministration;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.publication.Layouts;
import dk.rekrut.publication.Postings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.trial.Design;
import dk.rekrut.trial.Trials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Acceptance 2 of the foundation: every route, as an anonymous visitor and as each of the twelve roles, on a case
 * the role belongs to and on a case in another unit, answers as docs/roles.md says. The matrix is read from
 * that file, so the documentation cannot drift from the code.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Demo users, one per role; the "own" case below has each case-specific one attached. */
    private static final Map<String, String> USERNAMES = Map.ofEntries(
        Map.entry("ADMINISTRATOR", "admin"), Map.entry("COMMUNICATIONS", "kommunikation"),
        Map.entry("HR_EXTENDED", "hr.udvidet"), Map.entry("HR_CASE_HANDLING", "hr.sag"),
        Map.entry("HR_LIMITED", "hr.begraenset"), Map.entry("HIRING_MANAGER", "leder"),
        Map.entry("ASSESSMENT_COMMITTEE", "bedoemmelse"), Map.entry("HIRING_COMMITTEE", "ansaettelse"),
        Map.entry("ADMIN_SUPPORT", "sekretaer"), Map.entry("JOB_CONSULTANT", "jobkonsulent"),
        Map.entry("JOBCENTRE_MANAGER", "jobcenterchef"), Map.entry("ANALYST", "analytiker"));

    record Row(HttpMethod method, String route, Map<String, Boolean> allowed) {
    }

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Postings postings;
    @Autowired PublicPostings publicPostings;
    @Autowired Layouts layouts;
    @Autowired OrganisationDirectory directory;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Submissions submissions;
    @Autowired Correspondence correspondence;
    @Autowired JdbcClient jdbc;
    @Autowired JobAgent jobAgent;
    @Autowired TalentPools talentPools;
    @Autowired PoolAdministration poolAdministration;
    @Autowired InterviewNotes notes;
    @Autowired References references;
    @Autowired Administration administration;
    @Autowired Citizens citizens;
    @Autowired Suggestions suggestions;
    @Autowired Harvester harvester;
    @Autowired Trials trials;

    private final Map<String, String> values = new LinkedHashMap<>();
    private String otherTitle;

    @BeforeAll
    void fixture() {
        var hr = actor("hr.udvidet");
        var own = cases.create(hr, form("Matrix egen sag", directory.userByUsername("leder").orElseThrow().unitId()));
        postings.saveText(hr, own.id(), null, "<p>Opslag</p>");
        cases.attach(hr, own.id(), id("leder"), TeamRole.HIRING_MANAGER);
        cases.attach(hr, own.id(), id("bedoemmelse"), TeamRole.CHAIR);
        cases.attach(hr, own.id(), id("ansaettelse"), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, own.id(), id("sekretaer"), TeamRole.ADMIN_SUPPORT);
        cases.attach(hr, own.id(), id("hr.begraenset"), TeamRole.HANDLER);
        var buf = actor("hr.buf");
        otherTitle = "Matrix anden enheds sag " + UUID.randomUUID();
        RecruitmentCase other = cases.create(buf, form(otherTitle, buf.unitId()));
        postings.saveText(buf, other.id(), null, "<p>Andet opslag</p>");
        values.put("{own}", own.id().toString());
        values.put("{other}", other.id().toString());
        values.put("{posting}", publicPostings.jobList(PublicPostings.Filter.NONE).stream()
            .filter(pp -> pp.recruitmentCase().title().equals("Specialkonsulent til rekrutteringsanalyse")).findFirst()
            .orElseThrow().id().toString());
        values.put("{medium}", "jobnet");
        values.put("{user}", id("admin").toString());
        values.put("{unit}", directory.userByUsername("leder").orElseThrow().unitId().toString());
        values.put("{layout}", layouts.all().getFirst().id().toString());
        values.put("{publication}", UUID.randomUUID().toString());
        values.put("{teamRole}", TeamRole.HANDLER.name());
        values.put("{question}", UUID.randomUUID().toString());
        values.put("{slot}", UUID.randomUUID().toString());
        values.put("{request}", UUID.randomUUID().toString());
        values.put("{table}", "funnel");
        values.put("{kind}", "RECEIPT");
        values.put("{language}", "da");
        // A real application to a published demo posting, for the applicant's private routes.
        var receipt = submissions.submit(new Submissions.Submission(
            UUID.fromString(values.get("{posting}")), UUID.randomUUID().toString(),
            new Submissions.Applicant("Matrix Ansøger", "matrix@example.dk", null), Submissions.Consent.to(1),
            new Submissions.FormAnswers(Map.of()),
            new Submissions.Enclosures(List.of(new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf",
                    TestDocuments.pdf("Ansøgning")),
                new Submissions.Upload(DocumentKind.CV, "cv.docx",
                    TestDocuments.docx("CV")))),
            new Submissions.Channel(null, Locale.forLanguageTag("da"), "http://localhost")));
        values.put("{token}", receipt.accessToken());
        values.put("{application}", receipt.applicationId().toString());
        values.put("{applied}", publicPostings.page(UUID.fromString(values.get("{posting}"))).orElseThrow()
            .recruitmentCase().id().toString());
        values.put("{document}", jdbc.sql("SELECT id FROM applicant_document WHERE candidate_id = ? FETCH FIRST 1 ROWS ONLY")
            .param(receipt.applicationId()).query(UUID.class).single().toString());
        values.put("{message}", correspondence.log(receipt.applicationId()).getFirst().id().toString());
        // A real interview note with a file, and a real reference, on that application.
        var note = notes.add(hr, receipt.applicationId(), "Matrixnote", "note.txt", "Noter".getBytes());
        values.put("{note}", note.id().toString());
        var day = LocalDate.of(2026, 1, 5);
        references.recordConsent(hr, receipt.applicationId(), day, References.ConsentWay.BY_PHONE);
        values.put("{reference}", references.record(hr, receipt.applicationId(),
            new References.Draft("Matrix Reference", null, null, day, null, true)).id().toString());
        // A job agent subscription and a talent pool self-enrolment: their private links come from the e-mails.
        var agentId = jobAgent.subscribe(new JobAgent.Criteria(null, null, null, null),
            "matrix-agent@example.dk", Locale.forLanguageTag("da"), "http://localhost");
        String agentMail = mailBody("agent-confirm:" + agentId);
        values.put("{agentConfirm}", linkToken(agentMail, "/jobs/agent/confirm/"));
        values.put("{agentUnsubscribe}", linkToken(agentMail, "/jobs/agent/unsubscribe/"));
        var pool = poolAdministration.createPool("Matrix emnebank " + UUID.randomUUID(), null, 12, true);
        talentPools.enrol(new TalentPools.Enrolment(pool.id(), "Matrix Emne", "matrix-pool@example.dk",
            "Profil", "cv.pdf", TestDocuments.pdf("CV"), true, Locale.forLanguageTag("da")),
            "http://localhost");
        String cause = jdbc.sql("SELECT cause_key FROM outbox_message WHERE recipient = ? AND cause_key LIKE 'pool-confirm:%'")
            .param("matrix-pool@example.dk").query(String.class).single();
        values.put("{member}", cause.split(":")[1]);
        values.put("{poolConsent}", linkToken(mailBody(cause), "/jobs/talent-pool/consent/"));
        // Confirmed by the link, so a member of the organisation's pool (an unconfirmed enrolment is seen by no one).
        talentPools.accept(values.get("{poolConsent}"));
        values.put("{icon}", UUID.randomUUID().toString());
        // The demo source of Rekrut's own postings: harvesting it fetches nothing from outside.
        values.put("{source}", jdbc.sql("SELECT id FROM jobcentre_source WHERE kind = 'REKRUT' FETCH FIRST 1 ROWS ONLY")
            .query(UUID.class).single().toString());
        // A citizen in the demo consultant's caseload, sent one of Rekrut's own postings: the private link comes from the e-mail.
        var consultant = actor("jobkonsulent");
        var citizen = citizens.create(consultant, new Citizens.NewCitizen("Matrix Borger", null,
            "matrix-borger@example.dk", null, "cv.txt",
            "Erfaren sygeplejerske fra medicinsk afdeling.".getBytes(StandardCharsets.UTF_8),
            List.of("sygeplejerske"), "2300", 30));
        values.put("{citizen}", citizen.pseudonym());
        harvester.harvest(UUID.fromString(values.get("{source}")));
        UUID suggested = jdbc.sql("SELECT posting_id FROM jobcentre_posting_source WHERE source_id = ? FETCH FIRST 1 ROWS ONLY")
            .param(UUID.fromString(values.get("{source}"))).query(UUID.class).single();
        suggestions.send(consultant, citizen.pseudonym(), List.of(suggested));
        values.put("{suggested}", suggested.toString());
        values.put("{suggestions}", linkToken(jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ?")
            .param("matrix-borger@example.dk").query(String.class).single(), "/jobcenter/forslag/"));
        // A trial of the demo job centre (it starts in a month, so no citizen of another test is assigned to it) and
        // one of another unit.
        var jobcentreManager = actor("jobcenterchef");
        var start = LocalDate.now().plusMonths(1);
        var design = new Design("Matrixforsøg", Set.of(), Set.of(), null, null, 1, 1, true, true, start,
            start.plusMonths(6), 6, true, true);
        values.put("{trial}", trials.create(jobcentreManager, design).id().toString());
        var elsewhere = new CurrentUser(UUID.randomUUID(), "matrix.jcm", "Matrix", actor("hr.buf").unitId(),
            Role.JOBCENTRE_MANAGER);
        values.put("{otherTrial}", trials.create(elsewhere, design).id().toString());
    }

    private String mailBody(String cause) {
        return jdbc.sql("SELECT body_html FROM outbox_message WHERE cause_key = ?").param(cause).query(String.class).single();
    }

    private static String linkToken(String body, String path) {
        var m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("link %s in the e-mail", path).isTrue();
        return m.group(1);
    }

    @Test
    void everyRouteAnswersAsTheMatrixSays() throws Exception {
        List<String> unexpected = new ArrayList<>();
        int calls = 0;
        for (Row row : matrix()) {
            for (var entry : row.allowed().entrySet()) {
                var response = call(row, entry.getKey());
                calls++;
                boolean allowed = isAllowed(response);
                if (response.getStatus() >= 500) {
                    unexpected.add(row.method() + " " + row.route() + " as " + entry.getKey() + ": server error "
                        + response.getStatus());
                }
                if (allowed != entry.getValue()) {
                    unexpected.add(row.method() + " " + row.route() + " as " + entry.getKey() + ": expected "
                        + (entry.getValue() ? "allowed" : "denied") + " but got " + response.getStatus() + " "
                        + (response.getRedirectedUrl() == null ? "" : "-> " + response.getRedirectedUrl()));
                }
                if (!allowed && row.route().contains("{other}")) {
                    assertThat(response.getContentAsString()).as("denied answer leaks data: %s %s as %s",
                        row.method(), row.route(), entry.getKey()).doesNotContain(otherTitle);
                }
            }
        }
        assertThat(unexpected).as("unexpected answers out of %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(600);
    }

    /**
     * A session carries who logged in, not what they may do (issue 16, H1). For each role a fresh user logs in for
     * real; once its role changes to the next role, every GET route that does not hang on case-team membership
     * answers as the matrix says for the new role, and once the account is disabled, as for an anonymous visitor on the
     * web, while the API refuses the account's password (401).
     */
    @Test
    void aSessionHasTheRightsOfTheAccountAsItIsNow() throws Exception {
        List<Row> rows = matrix().stream()
            .filter(r -> r.method() == HttpMethod.GET && TEAM_BOUND.stream().noneMatch(r.route()::contains)).toList();
        Role[] roles = Role.values();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            Role from = roles[i];
            Role to = roles[(i + 1) % roles.length];
            String username = "matrix." + from.name().toLowerCase(Locale.ROOT).replace('_', '.') + "."
                + UUID.randomUUID().toString().substring(0, 6);
            var unit = directory.userByUsername("leder").orElseThrow().unitId();
            var account = administration.createUser(new Administration.NewUser(username,
                "Matrix Skift", username + "@example.dk", unit, from, SessionRevocationTest.PASSWORD));
            var session = SessionRevocationTest.login(mvc, username);
            administration.updateUser(account.id(), "Matrix Skift", account.email(), unit, to, true);
            for (Row row : rows) {
                expect(row, username, session, row.allowed().get(to.name()), from + " changed to " + to, unexpected);
            }
            administration.updateUser(account.id(), "Matrix Skift", account.email(), unit, to, false);
            for (Row row : rows) {
                // The web treats the dead session as an anonymous visit; the API refuses a disabled account's password.
                boolean allowed = !row.route().startsWith("/api/") && row.allowed().get("anonymous");
                expect(row, username, session, allowed, to + " disabled", unexpected);
            }
        }
        assertThat(unexpected).as("answers to sessions of changed or disabled accounts").isEmpty();
    }

    /**
     * Routes whose answer depends on the demo users' places in the case teams, which a fresh user does not have, and
     * the one-time links from e-mails, which the main walk spends (the pool member leaves at its end, and a member who
     * left is read by no one since a pending or left member is not the organisation's), and the trial of the demo job
     * centre, which a fresh user (in another unit) may not see.
     */
    private static final List<String> TEAM_BOUND = List.of("{own}", "{applied}", "{application}", "{document}",
        "{note}", "{reference}", "{message}", "{agentConfirm}", "{agentUnsubscribe}", "{poolConsent}", "{member}",
        "{citizen}", "{trial}");

    /** The web uses the session; the API has none and authenticates every request with the password (HTTP Basic). */
    private void expect(Row row, String username, Cookie session, boolean allowed, String who,
                        List<String> unexpected) throws Exception {
        var req = request(row.method(), concrete(row.route()));
        req = row.route().startsWith("/api/")
            ? req.with(SecurityMockMvcRequestPostProcessors
                .httpBasic(username, SessionRevocationTest.PASSWORD))
            : req.cookie(session);
        var response = mvc.perform(req).andReturn().getResponse();
        if (isAllowed(response) != allowed) {
            unexpected.add(row.method() + " " + row.route() + " as " + who + ": expected " + (allowed ? "allowed" : "denied")
                + " but got " + response.getStatus());
        }
    }

    @Test
    void everyMappedRouteIsInTheMatrix() throws IOException {
        List<Row> rows = matrix();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<PathPattern> patterns = info.getPathPatternsCondition() == null ? Set.of()
                : info.getPathPatternsCondition().getPatterns();
            var methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : patterns) {
                if (pattern.getPatternString().startsWith("/error") || pattern.getPatternString().startsWith("/v3/api-docs/")
                    || pattern.getPatternString().equals("/v3/api-docs.yaml")) {
                    continue;
                }
                for (var m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    boolean covered = rows.stream().anyMatch(r -> r.method().name().equals(m.name())
                        && pattern.matches(PathContainer.parsePath(concrete(r.route()))));
                    if (!covered) {
                        missing.add(m + " " + pattern.getPatternString());
                    }
                }
            }
        }
        assertThat(missing).as("routes missing from docs/roles.md").isEmpty();
    }

    private MockHttpServletResponse call(Row row, String role) throws Exception {
        String path = concrete(row.route());
        MockHttpServletRequestBuilder req = request(row.method(), path);
        if (!"anonymous".equals(role)) {
            req = req.with(user(USERNAMES.get(role)).authorities(new SimpleGrantedAuthority(Role.valueOf(role).authority())));
        }
        if (row.method() != HttpMethod.GET) {
            req = req.with(csrf());
        }
        if (path.startsWith("/api/")) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(body(row.route()));
        } else {
            req = params(req, row.route());
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    /** Bodies that pass authorisation and then fail validation, so the matrix run changes nothing that matters. */
    private String body(String route) {
        if (route.endsWith("/team")) {
            return "{\"userId\":\"" + values.get("{user}") + "\",\"teamRole\":\"CHAIR\"}";
        }
        return "{}";
    }

    private MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder req, String route) {
        if (route.endsWith("/team")) {
            return req.param("userId", values.get("{user}")).param("teamRole", "CHAIR");
        }
        if (route.endsWith("/team/remove")) {
            return req.param("userId", UUID.randomUUID().toString()).param("teamRole", "HANDLER");
        }
        if (route.endsWith("/publications")) {
            return req.param("mediumId", UUID.randomUUID().toString()).param("startsOn", "2026-01-01");
        }
        if (route.endsWith("/posting") || route.endsWith("/posting/preview")) {
            return req.param("introHtml", "<p>Opslag</p>");
        }
        if (route.endsWith("/posting/clean") || route.equals("/content/clean")) {
            return req.param("html", "<p>Opslag</p>");
        }
        return req;
    }

    private static boolean isAllowed(MockHttpServletResponse r) {
        int s = r.getStatus();
        if (s == 401 || s == 403 || s == 404) {
            return false;
        }
        return !(s == 302 && r.getRedirectedUrl() != null && r.getRedirectedUrl().contains("/login"));
    }

    private String concrete(String route) {
        String path = route;
        for (var v : values.entrySet()) {
            path = path.replace(v.getKey(), v.getValue());
        }
        return path;
    }

    static List<Row> matrix() throws IOException {
        Path doc = Path.of("..", "docs", "roles.md");
        List<String> lines = Files.readAllLines(doc);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Pattern routeCell = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) ([^`]+)`");
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList();
            if (cells.getFirst().equals("Route")) {
                header = cells;
                continue;
            }
            var m = routeCell.matcher(cells.getFirst());
            if (header == null || !m.matches()) {
                continue;
            }
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                allowed.put(roleOf(header.get(i)), cells.get(i).equals("yes"));
            }
            rows.add(new Row(HttpMethod.valueOf(m.group(1)), m.group(2), allowed));
        }
        assertThat(rows).as("matrix rows in docs/roles.md").hasSizeGreaterThan(50);
        return rows;
    }

    private static String roleOf(String shortName) {
        return switch (shortName) {
            case "anon" -> "anonymous";
            case "ADM" -> "ADMINISTRATOR";
            case "COM" -> "COMMUNICATIONS";
            case "HR-X" -> "HR_EXTENDED";
            case "HR-C" -> "HR_CASE_HANDLING";
            case "HR-L" -> "HR_LIMITED";
            case "HM" -> "HIRING_MANAGER";
            case "AC" -> "ASSESSMENT_COMMITTEE";
            case "HC" -> "HIRING_COMMITTEE";
            case "AS" -> "ADMIN_SUPPORT";
            case "JC" -> "JOB_CONSULTANT";
            case "JCM" -> "JOBCENTRE_MANAGER";
            case "AN" -> "ANALYST";
            default -> throw new IllegalArgumentException("unknown role column " + shortName);
        };
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private UUID id(String username) {
        return directory.userByUsername(username).orElseThrow().id();
    }

    private static CaseForm form(String title, UUID unitId) {
        var f = new CaseForm();
        f.setTitle(title);
        f.setUnitId(unitId);
        f.setDeadline(LocalDateTime.now().plusDays(20));
        f.setTasks("Opgaver");
        return f;
    }
}
