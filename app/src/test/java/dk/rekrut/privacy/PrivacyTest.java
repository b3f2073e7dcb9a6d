package dk.rekrut.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.shared.Time;
import dk.rekrut.statistics.Selection;
import dk.rekrut.statistics.Statistics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.evaluation.EvaluationAnswers.AgeBand;
import dk.rekrut.evaluation.EvaluationAnswers.Gender;
import dk.rekrut.evaluation.EvaluationAnswers.OriginGroup;
import dk.rekrut.evaluation.EvaluationData;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 7, acceptance 4: the retention job on a shifted clock deletes exactly what the rules say (files included)
 * and leaves the statistics as they were; an erasure request removes the applicant's data everywhere, checked by
 * searching every text column of the database and every file of the file store for the applicant's strings.
 */
@RekrutTest
class PrivacyTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired ApplicantViews applicantViews;
    @Autowired ApplicantErasure erasure;
    @Autowired RetentionJob retention;
    @Autowired TestRetentionHold hold;
    @Autowired EvaluationData evaluation;
    @Autowired Assessments assessments;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired Statistics statistics;

    private final Random random = new Random();
    private Instant start;

    /** An applicant's distinctive strings: what must be found before erasure and nowhere after. */
    record Person(String name, String email, String phone, String street, String motivation, String letter, String cv) {
        List<String> strings() {
            return List.of(name, email, phone, street, motivation, letter, cv);
        }
    }

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
        hold.kept.clear();
    }

    @Test
    void retentionDeletesExactlyWhatTheRulesSayAndKeepsTheStatistics() throws Exception {
        var hr = fixture.hr();
        var posted = fixture.publish("Retention " + UUID.randomUUID(), 5, false);
        var open = fixture.publish("Retention open " + UUID.randomUUID(), 60, false);
        var rejected = apply(posted, person());
        var hired = apply(posted, person());
        var pooled = apply(posted, person());
        var withdrawn = apply(posted, person());
        var stillOpen = apply(open, person());
        for (var a : List.of(rejected, hired, pooled, withdrawn)) {
            evaluation.record(a.id, posted.caseId(), true, Gender.FEMALE, AgeBand.FROM_30_TO_39, OriginGroup.DANISH);
        }

        // Withdrawal erases at once: identity, files, answers and messages, while the anonymous row stays.
        var withdrawnFiles = storageKeys(withdrawn.id);
        statusChanges.withdraw(withdrawn.token);
        assertThat(erasure.erased(withdrawn.id)).isTrue();
        assertGone(withdrawn, withdrawnFiles);

        clock.advance(Duration.ofDays(6));
        statusChanges.changeStatus(hr, rejected.id, ApplicationStatus.IN_SCREENING);
        statusChanges.changeStatus(hr, rejected.id, ApplicationStatus.REJECTED);
        statusChanges.offer(hr, hired.id, "");
        statusChanges.changeStatus(hr, hired.id, ApplicationStatus.HIRED);
        statusChanges.changeStatus(hr, pooled.id, ApplicationStatus.REJECTED);
        cases.close(hr, posted.caseId(), "Stillingen er besat; fristen gælder ikke længere.");
        Instant closed = clock.instant();
        hold.kept.add(pooled.id);
        var statisticsBefore = statisticsOf(posted.caseId());
        var rejectedFiles = storageKeys(rejected.id);
        var hiredFiles = storageKeys(hired.id);
        var pooledFiles = storageKeys(pooled.id);
        assertThat(rejectedFiles).hasSize(2);

        // Before either period has run out: nothing goes.
        clock.set(RetentionJob.cutoff(closed, Period.ofMonths(-3)).minusSeconds(60));
        var first = retention.run();
        assertThat(first.ran()).isTrue();
        assertThat(List.of(rejected, hired, pooled, stillOpen)).allSatisfy(a -> assertPresent(a));

        // Three months after closing: the hired candidate goes (after the personnel-file export), no one else.
        clock.set(RetentionJob.cutoff(closed, Period.ofMonths(-3)).plusSeconds(60));
        var second = retention.run();
        assertThat(second.hiredErased()).isEqualTo(1);
        assertThat(second.notHiredErased()).isZero();
        assertGone(hired, hiredFiles);
        assertThat(List.of(rejected, pooled, stillOpen)).allSatisfy(a -> assertPresent(a));

        // Six months after closing: the rejected candidate goes; the pooled one is held; the open case is untouched.
        clock.set(RetentionJob.cutoff(closed, Period.ofMonths(-6)).plusSeconds(60));
        var third = retention.run();
        assertThat(third.notHiredErased()).isEqualTo(1);
        assertThat(third.hiredErased()).isZero();
        assertThat(third.held()).isEqualTo(1);
        assertGone(rejected, rejectedFiles);
        assertPresent(pooled);
        assertThat(pooledFiles).allSatisfy(k -> assertThat(Files.exists(PersonalDataSearch.STORE.resolve(k))).isTrue());
        assertPresent(stillOpen);

        // The statistics do not change when personal data goes.
        assertThat(statisticsOf(posted.caseId())).isEqualTo(statisticsBefore);

        // The hold ends (consent expired): the next run deletes the candidate; a run after that finds nothing.
        hold.kept.clear();
        var fourth = retention.run();
        assertThat(fourth.notHiredErased()).isEqualTo(1);
        assertGone(pooled, pooledFiles);
        var fifth = retention.run();
        assertThat(fifth.notHiredErased() + fifth.hiredErased() + fifth.held()).isZero();
        assertThat(statisticsOf(posted.caseId())).isEqualTo(statisticsBefore);

        // The log line and the audit entry hold counts, not people.
        var audit = jdbc.sql("SELECT details FROM audit_entry WHERE action = 'RETENTION_RUN'").query(String.class).list();
        assertThat(audit).contains("not-hired=1 hired=0 held=1");
        assertThat(PersonalDataSearch.inDatabase(dataSource, pooled.person.strings())).isEmpty();
    }

    @Test
    void onlyOneInstanceRunsAtATime() {
        jdbc.sql("UPDATE retention_lease SET locked_until = ?, locked_by = 'other-instance' WHERE name = 'retention'")
            .param(Time.utc(clock.instant().plusSeconds(600))).update();
        try {
            assertThat(retention.run().ran()).isFalse();
        } finally {
            jdbc.sql("UPDATE retention_lease SET locked_until = ?, locked_by = NULL WHERE name = 'retention'")
                .param(Time.utc(Instant.EPOCH)).update();
        }
        assertThat(retention.run().ran()).isTrue();
    }

    @Test
    void anErasureRequestRemovesTheApplicantsDataEverywhere() throws Exception {
        var hr = fixture.hr();
        var posted = fixture.publish("Sletning " + UUID.randomUUID(), 10, false);
        var chair = actor("bedoemmelse");
        cases.attach(hr, posted.caseId(), chair.id(), TeamRole.CHAIR);
        var person = person();
        var a = apply(posted, person);
        var other = apply(posted, person());
        evaluation.record(a.id, posted.caseId(), true, Gender.MALE, AgeBand.FROM_50_TO_59, OriginGroup.WESTERN);
        assessments.rate(chair, a.id, 3, "Stærk ansøgning fra " + person.name());
        // Staff looked at the identity (audited), HR sent a message: all of it must go.
        applicantViews.sendToApplicant(a.id, LetterKind.FREE_TEXT, "test:" + a.id,
            Map.of("subject", "Hej", "body", "Kære " + person.name()), List.of(), "http://localhost");
        var files = storageKeys(a.id);

        // The search finds the strings before erasure, so it can fail.
        assertThat(PersonalDataSearch.inDatabase(dataSource, person.strings())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(PersonalDataSearch.inFileStore(List.of(person.letter(), person.cv()))).hasSize(2);

        // The applicant asks from the private page, with confirmation.
        mvc.perform(get("/my-application/" + a.token)).andReturn().getResponse().getContentAsString()
            .contains("/erasure");
        assertThat(mvc.perform(post("/my-application/" + a.token + "/erasure").with(csrf())).andReturn().getResponse()
            .getStatus()).isEqualTo(200); // not confirmed: the page asks again
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_request WHERE application_id = ?").param(a.id)
            .query(Integer.class).single()).isZero();
        var requested = mvc.perform(post("/my-application/" + a.token + "/erasure").with(csrf()).param("confirmed", "true"))
            .andReturn().getResponse();
        assertThat(requested.getRedirectedUrl()).endsWith("/erasure?requested");
        UUID requestId = jdbc.sql("SELECT id FROM erasure_request WHERE application_id = ?").param(a.id)
            .query(UUID.class).single();

        // The administrator sees it and carries it out; each step is in the audit log.
        var page = mvc.perform(get("/admin/erasure-requests").with(admin())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(a.id.toString()).doesNotContain(person.name())
            .doesNotContain(person.email());
        assertThat(mvc.perform(get("/admin/erasure-requests").with(as(hr))).andReturn().getResponse().getStatus())
            .isEqualTo(403);
        mvc.perform(post("/admin/erasure-requests/" + requestId).with(admin()).with(csrf()).param("decision", "erase").param("confirmed", "true"));
        assertThat(jdbc.sql("SELECT status FROM erasure_request WHERE id = ?").param(requestId).query(String.class).single())
            .isEqualTo("ERASED");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_id = ? ORDER BY occurred_at").param(a.id.toString())
            .query(String.class).list()).contains("ERASURE_REQUESTED", "ERASURE_HANDLED", "APPLICANT_DATA_ERASED");

        // Nothing of the applicant is left: no text column anywhere, no file, not the private link.
        assertThat(PersonalDataSearch.inDatabase(dataSource, person.strings())).isEmpty();
        assertThat(PersonalDataSearch.inFileStore(person.strings())).isEmpty();
        assertThat(files).allSatisfy(k -> assertThat(Files.exists(PersonalDataSearch.STORE.resolve(k))).isFalse());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_answer WHERE application_id = ?").param(a.id)
            .query(Integer.class).single()).isZero();
        assertThat(mvc.perform(get("/my-application/" + a.token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        // The application in progress ended as withdrawn, so the case can still be closed; the other applicant is untouched.
        assertThat(applications.find(a.id).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertPresent(other);
        fixture.deadlinePassed(posted.caseId());
        assertThat(statusChanges.reject(hr, posted.caseId(), List.of(other.id), "Andre passede bedre", Set.of())).isEqualTo(1);
    }

    /** Review L11: after withdrawal the voluntary evaluation step is closed; special-category data is not taken. */
    @Test
    void noEvaluationDataIsTakenAfterWithdrawal() throws Exception {
        var posted = fixture.publish("Evaluering efter tilbagetrækning " + UUID.randomUUID(), 10, false);
        var a = apply(posted, person());
        assertThat(mvc.perform(post("/my-application/" + a.token + "/withdraw").with(csrf())).andReturn().getResponse()
            .getRedirectedUrl()).endsWith("?withdrawn");

        var form = mvc.perform(get("/my-application/" + a.token + "/evaluation")).andReturn().getResponse();
        form.setCharacterEncoding("UTF-8");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("trukket din ansøgning tilbage").doesNotContain("name=\"gender\"");

        var res = mvc.perform(post("/my-application/" + a.token + "/evaluation").with(csrf()).param("consent", "true")
            .param("gender", "FEMALE").param("age", "FROM_40_TO_49").param("origin", "DANISH")).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(400);
        assertThat(res.getContentAsString()).contains("trukket din ansøgning tilbage");
        assertThat(evaluation.answered(a.id)).isFalse();
        assertThat(count("evaluation_answer", "application_id", a.id)).isZero();
    }

    @Test
    void hrDownloadsTheHiredCandidatesPersonnelFileAndNoOneElseDoes() throws Exception {
        var hr = fixture.hr();
        var posted = fixture.publish("Personalesag " + UUID.randomUUID(), 10, false);
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        var person = person();
        var a = apply(posted, person);
        String url = "/cases/" + posted.caseId() + "/candidates/" + a.id + "/personnel-file";
        assertThat(mvc.perform(get(url).with(as(hr))).andReturn().getResponse().getStatus()).isEqualTo(404); // not hired
        statusChanges.offer(hr, a.id, "");
        statusChanges.changeStatus(hr, a.id, ApplicationStatus.HIRED);
        var file = mvc.perform(get(url).with(as(hr))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains(person.name(), person.email(), person.motivation(),
            Base64.getEncoder().encodeToString(letterBytes(person)));
        assertThat(mvc.perform(get(url).with(as(actor("bedoemmelse")))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(url).with(as(actor("hr.buf")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERSONNEL_FILE_EXPORTED' AND object_id = ?")
            .param(a.id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    // --- helpers ---

    record Applied(UUID id, String token, Person person) {
    }

    private Person person() {
        String tag = tag();
        return new Person("Zorbeline " + tag + " Quaxmark", "zq." + tag.toLowerCase(Locale.ROOT) + "@example.dk",
            "+45 7" + (1000000 + random.nextInt(8999999)), "Pølsevandsgade " + tag, "Motivation-" + tag,
            "Brevtekst-" + tag, "Cvtekst-" + tag);
    }

    private String tag() {
        var sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('A' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static byte[] letterBytes(Person p) {
        return ("Ansøgning\n" + p.letter() + "\nMed venlig hilsen " + p.name() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Applied apply(ApplicationFixture.Posted posted, Person p) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put(posted.question(QuestionKind.YES_NO).field(), List.of("yes"));
        answers.put(posted.question(QuestionKind.FREE_TEXT).field(), List.of(p.motivation()));
        var single = posted.question(QuestionKind.SINGLE_CHOICE);
        answers.put(single.field(), List.of(single.options().getFirst().id().toString()));
        var prio = posted.question(QuestionKind.PRIORITISED);
        for (int i = 0; i < 3; i++) {
            answers.put(prio.field() + "-" + prio.options().get(i).id(), List.of(String.valueOf(i + 1)));
        }
        var cls = posted.question(QuestionKind.CLASSIFIED);
        answers.put(cls.field() + "-" + cls.options().get(0).id(), List.of("1"));
        answers.put(cls.field() + "-" + cls.options().get(1).id(), List.of("0"));
        var receipt = submissions.submit(new Submissions.Submission(posted.postingId(), UUID.randomUUID().toString(),
            new Submissions.Applicant(p.name(), p.email(), p.phone(), p.street(), "2100", "København Ø"),
            Submissions.Consent.to(1), new Submissions.FormAnswers(answers),
            new Submissions.Enclosures(List.of(new Submissions.Upload(DocumentKind.APPLICATION, "ansoegning.txt", letterBytes(p)),
                new Submissions.Upload(DocumentKind.CV, "cv.docx", TestDocuments.docx(p.cv() + " " + p.name())))),
            new Submissions.Channel("jobnet", Locale.forLanguageTag("da"), "http://localhost")));
        return new Applied(receipt.applicationId(), receipt.accessToken(), p);
    }

    private List<String> storageKeys(UUID applicationId) {
        return jdbc.sql("""
                SELECT f.storage_key FROM applicant_document d JOIN stored_file f ON f.id = d.stored_file_id
                WHERE d.candidate_id = ?""").param(applicationId).query(String.class).list();
    }

    private void assertGone(Applied a, List<String> files) throws Exception {
        assertThat(erasure.erased(a.id)).isTrue();
        assertThat(count("applicant_identity", "candidate_id", a.id)).isZero();
        assertThat(count("applicant_document", "candidate_id", a.id)).isZero();
        assertThat(count("application_answer", "application_id", a.id)).isZero();
        assertThat(count("outbox_message", "application_id", a.id)).isZero();
        assertThat(files).isNotEmpty().allSatisfy(k -> assertThat(Files.exists(PersonalDataSearch.STORE.resolve(k))).isFalse());
        assertThat(PersonalDataSearch.inDatabase(dataSource, a.person.strings())).isEmpty();
        // The anonymous row and its history stay for the statistics.
        assertThat(count("application", "id", a.id)).isEqualTo(1);
        assertThat(count("application_status_change", "application_id", a.id)).isPositive();
    }

    private void assertPresent(Applied a) {
        assertThat(erasure.erased(a.id)).as("erased %s", a.id).isFalse();
        assertThat(count("applicant_identity", "candidate_id", a.id)).isEqualTo(1);
        assertThat(count("applicant_document", "candidate_id", a.id)).isEqualTo(2);
        assertThat(count("application_answer", "application_id", a.id)).isPositive();
    }

    private int count(String table, String column, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?").param(id).query(Integer.class).single();
    }

    /** The statistics module's figures for one case, and the raw rows they are made of. */
    private Map<String, Object> statisticsOf(UUID caseId) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("report", statistics.report(fixture.hr(), new Selection(null, null, null, caseId)));
        figures.put("applications", jdbc.sql("SELECT COUNT(*) FROM application WHERE case_id = ?").param(caseId)
            .query(Integer.class).single());
        figures.put("history", jdbc.sql("""
                SELECT s.to_status, COUNT(*) FROM application_status_change s JOIN application a ON a.id = s.application_id
                WHERE a.case_id = ? GROUP BY s.to_status ORDER BY s.to_status""").param(caseId)
            .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list());
        figures.put("evaluation", jdbc.sql("""
                SELECT gender, age_band, origin_group, COUNT(*) FROM evaluation_answer WHERE case_id = ?
                GROUP BY gender, age_band, origin_group ORDER BY gender, age_band, origin_group""").param(caseId)
            .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "=" + rs.getInt(4)).list());
        return figures;
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private static RequestPostProcessor as(CurrentUser u) {
        return user(u.username()).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }

    private static RequestPostProcessor admin() {
        return user("admin").authorities(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()));
    }
}
