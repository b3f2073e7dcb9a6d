package dk.rekrut.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.application.CaseDocument;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.support.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.support.RekrutTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 4, parts of acceptance 2 and 3: blind ratings, who may rate and rank, and status changes by people only. */
@RekrutTest
class AssessmentTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired ApplicantViews applicantViews;
    @Autowired Assessments assessments;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired Correspondence correspondence;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private ApplicationFixture.Posted posted;
    private UUID first;
    private UUID second;

    @BeforeEach
    void applicationsOnACaseWithATeam() {
        posted = fixture.publish("Bedømmelse " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, posted.caseId(), actor("sekretaer").id(), TeamRole.ADMIN_SUPPORT);
        first = submissions.submit(ApplicationFixtures.submission(posted, "anna@example.dk")).applicationId();
        second = submissions.submit(ApplicationFixtures.submission(posted, "bo@example.dk")).applicationId();
    }

    @Test
    void aMemberSeesTheOthersRatingsOnlyAfterGivingTheirOwn() {
        var chair = actor("bedoemmelse");
        var member = actor("ansaettelse");
        var c = cases.find(posted.caseId()).orElseThrow();
        assessments.rate(chair, first, 5, "Stærk analytisk profil");
        assertThat(assessments.visibleRatings(member, c, first)).isEmpty();
        assessments.rate(member, first, 3, null);
        assertThat(assessments.visibleRatings(member, c, first)).extracting(Rating::score).containsExactlyInAnyOrder(5, 3);
        // The chair and HR see all ratings together.
        assertThat(assessments.visibleRatings(chair, c, first)).hasSize(2);
        assertThat(assessments.visibleRatings(fixture.hr(), c, first)).hasSize(2);
    }

    @Test
    void theTeamReadsTheDocumentsOfAnOrdinaryCaseButTheCommitteeOfAnAnonymousOneOnlyAfterReidentification() {
        var member = actor("ansaettelse");
        var a = applications.find(first).orElseThrow();
        var docs = applicantViews.documentsFor(member, a);
        assertThat(docs).extracting(CaseDocument::kind).containsExactlyInAnyOrder("APPLICATION", "CV");
        assertThat(applicantViews.openDocumentFor(member, posted.caseId(), first, docs.getFirst().id())).isPresent();

        var hr = fixture.hr();
        var anonymous = fixture.publish("Anonym " + UUID.randomUUID(), 10, true);
        cases.attach(hr, anonymous.caseId(), member.id(), TeamRole.COMMITTEE_MEMBER);
        UUID hidden = submissions.submit(ApplicationFixtures.submission(anonymous, "skjult@example.dk")).applicationId();
        var h = applications.find(hidden).orElseThrow();
        var hrDocs = applicantViews.documentsFor(hr, h);
        assertThat(hrDocs).hasSize(2);
        assertThat(applicantViews.documentsFor(member, h)).isEmpty();
        assertThat(applicantViews.openDocumentFor(member, anonymous.caseId(), hidden, hrDocs.getFirst().id())).isEmpty();
        // A document id from another application is not reachable through this one.
        assertThat(applicantViews.openDocumentFor(hr, posted.caseId(), first, hrDocs.getFirst().id())).isEmpty();

        statusChanges.changeStatus(hr, hidden, ApplicationStatus.SHORTLISTED);
        applicantViews.reidentify(hr, hidden);
        assertThat(applicantViews.documentsFor(member, applications.find(hidden).orElseThrow())).hasSize(2);
        assertThat(applicantViews.openDocumentFor(member, anonymous.caseId(), hidden, hrDocs.getFirst().id())).isPresent();
    }

    @Test
    void withTheSettingOffRatingsAreVisibleAtOnce() {
        assessments.saveSettings(fixture.hr(), posted.caseId(), RatingScale.A_TO_D, false);
        var c = cases.find(posted.caseId()).orElseThrow();
        assessments.rate(actor("bedoemmelse"), first, 4, null);
        assertThat(assessments.visibleRatings(actor("ansaettelse"), c, first)).hasSize(1);
        assertThat(RatingScale.A_TO_D.label(4)).isEqualTo("A");
    }

    @Test
    void supportAndHrDoNotRateAndOnlyTheChairRanks() {
        assertThatThrownBy(() -> assessments.rate(actor("sekretaer"), first, 3, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assessments.rate(fixture.hr(), first, 3, null)).isInstanceOf(ForbiddenException.class);
        assertThat(assessments.visibleRatings(actor("sekretaer"), cases.find(posted.caseId()).orElseThrow(), first)).isEmpty();
        assertThatThrownBy(() -> assessments.saveRanking(actor("ansaettelse"), posted.caseId(), Map.of(first, 1), List.of(first)))
            .isInstanceOf(ForbiddenException.class);
        assessments.saveRanking(actor("bedoemmelse"), posted.caseId(), Map.of(first, 2, second, 1), List.of(second));
        assertThat(assessments.ranking(posted.caseId()).get(second).shortlisted()).isTrue();
        // Ranking and shortlisting are suggestions: no status changed.
        assertThat(applications.find(second).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void everyStatusChangeIsRecordedWithThePersonWhoMadeIt() {
        clock.advance(Duration.ofMinutes(1)); // the test clock stands still unless moved
        statusChanges.changeStatus(fixture.hr(), first, ApplicationStatus.IN_SCREENING);
        clock.advance(Duration.ofMinutes(1));
        statusChanges.changeStatus(fixture.hr(), first, ApplicationStatus.SHORTLISTED);
        clock.advance(Duration.ofMinutes(-2));
        assertThat(applications.history(first)).extracting(h -> h.changedBy() + ":" + h.to())
            .containsExactly("applicant:RECEIVED", "hr.udvidet:IN_SCREENING", "hr.udvidet:SHORTLISTED");
        assertThatThrownBy(() -> statusChanges.changeStatus(actor("bedoemmelse"), first, ApplicationStatus.HIRED))
            .isInstanceOf(ForbiddenException.class);
        // No row in the history lacks a person: the only writer is a method that takes one.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_status_change WHERE changed_by IS NULL OR changed_by = ''")
            .query(Integer.class).single()).isZero();
        // Every application in the shared test database (all tests so far) is in a status its history reached.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM application a WHERE a.status NOT IN
                (SELECT h.to_status FROM application_status_change h WHERE h.application_id = a.id)""")
            .query(Integer.class).single()).isZero();
    }

    /** No code path changes a status without a person: one SQL statement writes it, next to the history row. */
    @Test
    void theStatusColumnHasOneWriterAndItRecordsWho() throws IOException {
        var writes = Pattern.compile("UPDATE\\s+application\\s+SET[^\"]*\\bstatus\\s*=",
            Pattern.CASE_INSENSITIVE);
        try (var files = Files.walk(Path.of("src/main/java"))) {
            var writers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return writes.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).toList();
            assertThat(writers).containsExactly("ApplicationRepository.java");
        }
        String repository = Files.readString(
            Path.of("src/main/java/dk/rekrut/application/ApplicationRepository.java"));
        var matcher = writes.matcher(repository);
        assertThat(matcher.find()).isTrue();
        int at = matcher.start();
        assertThat(matcher.find()).as("a second status write in the repository").isFalse();
        String method = repository.substring(repository.lastIndexOf("void ", at), repository.indexOf("\n    }", at));
        assertThat(method).startsWith("void changeStatus(UUID id, ApplicationStatus from, ApplicationStatus to, String by")
            .contains("INSERT INTO application_status_change").contains("changed_by");
    }

    @Test
    void bulkRejectionSendsTheRightLetterAndSetsTheStatus() {
        fixture.deadlinePassed(posted.caseId());
        statusChanges.changeStatus(fixture.hr(), second, ApplicationStatus.INTERVIEWED);
        int n = statusChanges.reject(fixture.hr(), posted.caseId(), List.of(first, second), "Erfaring med ledelse vejede tungest.", Set.of());
        assertThat(n).isEqualTo(2);
        assertThat(applications.find(first).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(correspondence.log(first)).extracting(m -> m.kind()).contains(LetterKind.REJECTION);
        assertThat(correspondence.log(second)).extracting(m -> m.kind()).contains(LetterKind.REJECTION_AFTER_INTERVIEW);
        assertThat(cases.closingChecklist(posted.caseId())).isEmpty();
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
