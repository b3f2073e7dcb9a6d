package dk.rekrut.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 4: references only with recorded consent, the hearing (partshøring) reminder and closing, interview notes. */
@RekrutTest
class ReferencesAndNotesTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired References references;
    @Autowired InterviewNotes notes;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private ApplicationFixture.Posted posted;
    private UUID candidate;

    @BeforeEach
    void candidateOnACaseWithATeam() {
        posted = fixture.publish("Referencer " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("leder").id(), TeamRole.HIRING_MANAGER);
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor("sekretaer").id(), TeamRole.ADMIN_SUPPORT);
        candidate = submissions.submit(ApplicationFixtures.submission(posted, "ref@example.dk")).applicationId();
    }

    @Test
    void aReferenceCannotBeSavedBeforeTheCandidatesConsentIsRecorded() {
        var today = Time.today(clock);
        var draft = new References.Draft("Rita Reference", "Region Hovedstaden", "+45 12 34 56 78", today, "God kollega", false);
        assertThatThrownBy(() -> references.record(fixture.hr(), candidate, draft))
            .isInstanceOf(RuleViolation.class).hasMessageContaining("error.reference.no-consent");
        assertThat(references.forApplication(candidate)).isEmpty();

        references.recordConsent(fixture.hr(), candidate, today, References.ConsentWay.AT_INTERVIEW);
        // A reference dated before the consent is refused too.
        assertThatThrownBy(() -> references.record(fixture.hr(), candidate, new References.Draft("Rita", null, null,
            today.minusDays(1), null, false))).isInstanceOf(RuleViolation.class).hasMessageContaining("before-consent");
        var saved = references.record(actor("leder"), candidate, draft);
        assertThat(saved.refereeName()).isEqualTo("Rita Reference");
        assertThat(references.forApplication(candidate)).hasSize(1);
        // The committee does not take references; support neither.
        assertThatThrownBy(() -> references.record(actor("bedoemmelse"), candidate, draft)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void overHttpTheReferenceIsRefusedUntilConsentIsRecorded() throws Exception {
        String base = "/cases/" + posted.caseId() + "/candidates/" + candidate + "/references";
        var hr = as("hr.udvidet");
        String today = Time.today(clock).toString();
        var refused = mvc.perform(post(base).with(hr).with(csrf()).param("refereeName", "Rita Reference")
            .param("takenOn", today)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("error.reference.no-consent");
        assertThat(rows()).isZero();

        mvc.perform(post(base + "/consent").with(hr).with(csrf()).param("givenOn", today).param("how", "BY_EMAIL")).andReturn();
        var saved = mvc.perform(post(base).with(hr).with(csrf()).param("refereeName", "Rita Reference")
            .param("organisation", "Region Hovedstaden").param("takenOn", today)).andReturn();
        assertThat(saved.getFlashMap().get("info")).isEqualTo("info.saved");
        assertThat(rows()).isEqualTo(1);
        var page = mvc.perform(get(base).with(hr)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rita Reference").contains("pr. e-mail");
        // Support is not on the panel.
        assertThat(mvc.perform(get(base).with(as("sekretaer"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdverseReferenceNeedsAHearingBeforeTheCaseCanClose() throws Exception {
        var today = Time.today(clock);
        references.recordConsent(fixture.hr(), candidate, today, References.ConsentWay.BY_PHONE);
        var r = references.record(fixture.hr(), candidate, new References.Draft("Rita Reference", null, null, today,
            "Nævner gentagne konflikter med borgere", true));
        statusChanges.offer(fixture.hr(), candidate, "");
        statusChanges.changeStatus(fixture.hr(), candidate, ApplicationStatus.HIRED);
        assertThat(cases.closingChecklist(posted.caseId())).containsExactly("check.hearings");
        assertThatThrownBy(() -> cases.close(fixture.hr(), posted.caseId(), "Stillingen er besat.")).isInstanceOf(RuleViolation.class);
        var page = mvc.perform(get("/cases/" + posted.caseId() + "/candidates/" + candidate + "/references").with(as("hr.udvidet")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hearing-reminder");

        references.recordHearing(fixture.hr(), r.id(), today, "Kandidaten forklarer, at konflikterne skyldtes en omorganisering.");
        assertThat(cases.closingChecklist(posted.caseId())).isEmpty();
        assertThat(references.find(r.id()).orElseThrow().hearingOutstanding()).isFalse();
    }

    @Test
    void panelMembersWriteNotesWithFilesCheckedByContentAndSupportDoesNot() throws Exception {
        var chair = actor("bedoemmelse");
        byte[] pdf = TestDocuments.pdf("Testresultat 34/40");
        var note = notes.add(chair, candidate, "Stærk i case-opgaven.", "Test resultat Anna Hansen.pdf", pdf);
        assertThat(note.fileType()).isEqualTo("pdf");
        var file = notes.file(fixture.hr(), candidate, note.id());
        // Named by candidate number only: the original name could carry the applicant's name.
        assertThat(file.fileName()).startsWith("samtale-K-").doesNotContain("Anna");
        assertThat(file.content()).isEqualTo(pdf);
        assertThatThrownBy(() -> notes.add(chair, candidate, null, "virus.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3}))
            .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> notes.forApplication(actor("sekretaer"), candidate)).isInstanceOf(ForbiddenException.class);

        String base = "/cases/" + posted.caseId() + "/candidates/" + candidate + "/notes";
        var upload = new MockMultipartFile("file", "guide.docx", "application/octet-stream", TestDocuments.docx("Samtaleguide"));
        var res = mvc.perform(multipart(base).file(upload).param("body", "Guide vedhæftet").with(as("leder")).with(csrf())).andReturn();
        assertThat(res.getFlashMap().get("info")).isEqualTo("info.saved");
        String page = mvc.perform(get(base).with(as("hr.udvidet"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Stærk i case-opgaven.").contains("Guide vedhæftet").doesNotContain("Anna Hansen");
        assertThat(mvc.perform(get(base).with(as("sekretaer"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM candidate_reference WHERE application_id = ?").param(candidate)
            .query(Integer.class).single();
    }

    private RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
