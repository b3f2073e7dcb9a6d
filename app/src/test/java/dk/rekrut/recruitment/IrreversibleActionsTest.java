package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.interview.Interviews;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.publication.MediaList;
import dk.rekrut.publication.MediumKind;
import dk.rekrut.publication.Postings;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 21, review problems 4, 7, 8 and 14 over HTTP: closing, publishing and re-identifying happen only from their
 * confirmation page; closing early needs a reason, kept and shown; publishing never goes out onto no medium; the
 * history names people, not codes.
 */
@RekrutTest
class IrreversibleActionsTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Cases cases;
    @Autowired Postings postings;
    @Autowired MediaList media;
    @Autowired Submissions submissions;
    @Autowired StatusChanges statusChanges;
    @Autowired ApplicantViews applicantViews;
    @Autowired Interviews interviews;
    @Autowired OrganisationDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void closingBeforeTheDeadlineNeedsTheConfirmationAndAReasonWhichIsKeptAndShown() throws Exception {
        var posted = fixture.publish("Afslut før tid " + UUID.randomUUID(), 10, false);
        String caseUrl = "/cases/" + posted.caseId();

        // A bare post (no confirmation) closes nothing and leads to the confirmation.
        var bare = send(post(caseUrl + "/close").with(csrf()), "hr.udvidet");
        assertThat(bare.getResponse().getRedirectedUrl()).isEqualTo(caseUrl + "/close");
        assertThat(status(posted)).isEqualTo(CaseStatus.PUBLISHED);

        // The confirmation lists every point, met or not, and asks why it closes early.
        String confirm = body(caseUrl + "/close", "hr.udvidet");
        assertThat(confirm).contains("Ikke opfyldt").contains("Ansøgningsfristen er udløbet.")
            .contains("Opfyldt").contains("Alle ansøgere har fået et udfald").contains("Ingen samtaler ligger ude i fremtiden.")
            .contains("name=\"reason\"").contains("name=\"confirmed\"").contains("class=\"secondary danger\"");

        // Confirmed without a reason: refused, still published.
        var noReason = send(post(caseUrl + "/close").param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(noReason.getResponse().getRedirectedUrl()).isEqualTo(caseUrl + "/close");
        assertThat(status(posted)).isEqualTo(CaseStatus.PUBLISHED);

        var closed = send(post(caseUrl + "/close").param("confirmed", "true")
            .param("reason", "Stillingen nedlægges ved budgetforliget.").with(csrf()), "hr.udvidet");
        assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(caseUrl);
        assertThat(status(posted)).isEqualTo(CaseStatus.CLOSED);
        assertThat(body(caseUrl, "hr.udvidet")).contains("Afsluttet før tid").contains("Stillingen nedlægges ved budgetforliget.");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE object_id = ? AND action = 'CASE_STATUS_CHANGED'")
            .param(posted.caseId().toString()).query(String.class).list())
            .anyMatch(d -> d.contains("check.deadline-passed") && d.contains("Stillingen nedlægges ved budgetforliget."));
    }

    @Test
    void anInterviewAheadIsAPointNotMetAndAfterTheDeadlineNothingElseAsksForAReason() throws Exception {
        var posted = fixture.publish("Afslut efter frist " + UUID.randomUUID(), 1, false);
        var hr = fixture.hr();
        var receipt = submissions.submit(ApplicationFixtures.submission(posted, "samtale." + UUID.randomUUID() + "@example.dk"));
        UUID a = receipt.applicationId();
        statusChanges.changeStatus(hr, a, ApplicationStatus.SHORTLISTED);
        var start = clock.instant().plus(Duration.ofDays(5));
        var slot = interviews.addSlot(hr, posted.caseId(), start, start.plus(Duration.ofHours(1)), "Rådhuset", null);
        interviews.invite(hr, a, slot.id(), "http://localhost");
        clock.advance(Duration.ofDays(2));

        assertThat(cases.closingChecks(posted.caseId())).contains(ClosingCheck.waivable("check.interviews", false),
            ClosingCheck.waivable("check.deadline-passed", true), ClosingCheck.required("check.outcomes", false));
        // A required point not met blocks even with a reason.
        send(post("/cases/" + posted.caseId() + "/close").param("confirmed", "true").param("reason", "Vi stopper.").with(csrf()),
            "hr.udvidet");
        assertThat(status(posted)).isEqualTo(CaseStatus.PUBLISHED);

        // Withdrawing (which erases at once) leaves no applicant data for the retention test that shares this context.
        interviews.cancel(hr, a, "http://localhost");
        statusChanges.withdraw(receipt.accessToken());
        assertThat(cases.closingChecks(posted.caseId())).allMatch(ClosingCheck::met);
        send(post("/cases/" + posted.caseId() + "/close").param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(status(posted)).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.closingReason(posted.caseId())).isEmpty();
    }

    @Test
    void publishingPreselectsTheOwnJobListAndNeverGoesOutOntoNoMedium() throws Exception {
        var hr = fixture.hr();
        var form = new CaseForm();
        form.setTitle("Offentliggør sikkert " + UUID.randomUUID());
        form.setUnitId(hr.unitId());
        form.setTasks("Opgaver");
        form.setDeadline(LocalDateTime.ofInstant(clock.instant(), Time.DANISH).plusDays(10));
        var c = cases.create(hr, form);
        postings.saveText(hr, c.id(), null, "<p>Søg!</p>");
        var newspaper = media.all().stream().filter(m -> m.active() && m.kind() != MediumKind.OWN_SITE).findFirst().orElseThrow();
        postings.addPublication(hr, c.id(), newspaper.id(), Time.today(clock).plusDays(3), null, null);
        String url = "/cases/" + c.id() + "/publish";

        var bare = send(post(url).with(csrf()), "hr.udvidet");
        assertThat(bare.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);

        // The confirmation says where the posting appears and offers the own job list, ticked.
        String confirm = body(url, "hr.udvidet");
        assertThat(confirm).contains(newspaper.name()).contains("id=\"ownSite\" name=\"ownSite\" value=\"true\" checked")
            .contains("Uden den kører intet medie i dag");

        // Without the own job list no medium runs today: refused, saying so.
        var refused = send(post(url).param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(refused.getFlashMap().get("errorDetails")).isEqualTo(List.of("blocker.no-medium-today"));
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);

        send(post(url).param("confirmed", "true").param("ownSite", "true").with(csrf()), "hr.udvidet");
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(postings.publications(c.id())).anyMatch(p -> p.medium().kind() == MediumKind.OWN_SITE
            && p.activeOn(Time.today(clock)));
    }

    @Test
    void reidentifyingNeedsTheConfirmationAndTheHistoryNamesPeople() throws Exception {
        var posted = fixture.publish("Af-anonymisér sikkert " + UUID.randomUUID(), 10, true);
        var hr = fixture.hr();
        UUID a = submissions.submit(ApplicationFixtures.submission(posted, "anonym." + UUID.randomUUID() + "@example.dk"))
            .applicationId();
        statusChanges.changeStatus(hr, a, ApplicationStatus.SHORTLISTED);
        String candidate = "/cases/" + posted.caseId() + "/candidates/" + a;

        String page = body(candidate, "hr.udvidet");
        assertThat(page).contains("id=\"reidentify-h\"").contains("method=\"get\"");
        assertThat(page.indexOf("id=\"reidentify-h\"")).isLessThan(page.indexOf("id=\"pool-h\""));
        // Historik: "Ansøger" and HR's name, never the stored codes.
        String history = page.substring(page.indexOf("id=\"history-h\""));
        assertThat(history).contains("<td>Ansøger</td>")
            .contains("<td>" + directory.userByUsername("hr.udvidet").orElseThrow().displayName() + "</td>")
            .doesNotContain("<td>applicant</td>").doesNotContain("<td>hr.udvidet</td>");

        var bare = send(post(candidate + "/reidentify").with(csrf()), "hr.udvidet");
        assertThat(bare.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/reidentify");
        assertThat(applicantViews.reidentified(a)).isFalse();
        assertThat(body(candidate + "/reidentify", "hr.udvidet")).contains("Af-anonymisér " ).contains("name=\"confirmed\"");
        assertThat(send(get(candidate + "/reidentify"), "sekretaer").getResponse().getStatus()).isIn(403, 404);

        send(post(candidate + "/reidentify").param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(applicantViews.reidentified(a)).isTrue();
    }

    /** Review problem 15: the chair and a member are shown only links they may follow ("Referencer" led to a 403). */
    @Test
    void theCommitteeIsShownNoLinkThatLeadsToA403() throws Exception {
        for (boolean anonymous : new boolean[] {false, true}) {
            var posted = fixture.publish("Links " + anonymous + " " + UUID.randomUUID(), 10, anonymous);
            var hr = fixture.hr();
            cases.attach(hr, posted.caseId(), directory.userByUsername("bedoemmelse").orElseThrow().id(), TeamRole.CHAIR);
            cases.attach(hr, posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(), TeamRole.COMMITTEE_MEMBER);
            UUID a = submissions.submit(ApplicationFixtures.submission(posted, "links." + UUID.randomUUID() + "@example.dk"))
                .applicationId();
            statusChanges.changeStatus(hr, a, ApplicationStatus.SHORTLISTED);
            for (String who : List.of("bedoemmelse", "ansaettelse")) {
                String page = body("/cases/" + posted.caseId() + "/candidates/" + a, who);
                var links = java.util.regex.Pattern.compile("href=\"(/cases/[^\"?#]+)").matcher(page).results()
                    .map(m -> m.group(1)).distinct().toList();
                assertThat(links).as(who).isNotEmpty();
                for (String link : links) {
                    assertThat(send(get(link), who).getResponse().getStatus()).as(who + " " + link).isNotEqualTo(403);
                }
                assertThat(page.contains("/references")).as(who + " sees Referencer").isEqualTo(!anonymous);
            }
        }
    }

    /**
     * New-user review P8 / #7: "Send afslag" went out 25 days before the application deadline. Rejection letters now
     * wait for it, through the board's confirmation, the candidate list and the service alike; afterwards they go.
     */
    @Test
    void rejectionLettersWaitForTheApplicationDeadline() throws Exception {
        var posted = fixture.publish("Afslag for tidligt " + UUID.randomUUID(), 25, false);
        UUID a = submissions.submit(ApplicationFixtures.submission(posted, "tidlig." + UUID.randomUUID() + "@example.dk"))
            .applicationId();
        String board = "/cases/" + posted.caseId() + "/board";

        String confirm = body(board + "/reject?candidate=" + a, "hr.udvidet");
        assertThat(confirm).contains("id=\"before-deadline\"").contains("ansøgningsfristen er udløbet")
            .doesNotContain("name=\"confirmed\"");
        var early = send(post(board + "/reject").param("candidate", a.toString()).param("confirmed", "true").with(csrf()),
            "hr.udvidet");
        assertThat(early.getFlashMap().get("errorKey")).isEqualTo("error.reject.before-deadline");
        send(post("/cases/" + posted.caseId() + "/candidates/reject").param("candidate", a.toString())
            .param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> statusChanges.reject(fixture.hr(), posted.caseId(),
            List.of(a), "", java.util.Set.of()))).hasMessage("error.reject.before-deadline");
        assertThat(applicationStatus(a)).isEqualTo("RECEIVED");
        assertThat(letters(a, "REJECTION")).isZero();

        fixture.deadlinePassed(posted.caseId());
        assertThat(body(board + "/reject?candidate=" + a, "hr.udvidet")).doesNotContain("id=\"before-deadline\"")
            .contains("name=\"confirmed\"");
        send(post(board + "/reject").param("candidate", a.toString()).param("confirmed", "true").with(csrf()), "hr.udvidet");
        assertThat(applicationStatus(a)).isEqualTo("REJECTED");
        assertThat(letters(a, "REJECTION")).isOne();
    }

    /**
     * New-user review #8: hiring a candidate sent no letter (an OFFER template existed, never sent). The offer now goes
     * with its letter, from a confirmation page that shows it; the status list, the board and the service lead there.
     */
    @Test
    void anOfferGoesWithItsLetterFromTheConfirmationOnly() throws Exception {
        var posted = fixture.publish("Tilbud " + UUID.randomUUID(), 10, false);
        UUID a = submissions.submit(ApplicationFixtures.submission(posted, "Olivia Tilbud", "tilbud." + UUID.randomUUID()
            + "@example.dk")).applicationId();
        String candidate = "/cases/" + posted.caseId() + "/candidates/" + a;

        var fromList = send(post(candidate + "/status").param("status", "OFFERED").with(csrf()), "hr.udvidet");
        assertThat(fromList.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/offer");
        var fromBoard = send(post("/cases/" + posted.caseId() + "/board/move").param("candidate", a.toString())
            .param("status", "OFFERED").with(csrf()), "hr.udvidet");
        assertThat(fromBoard.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/offer");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> statusChanges.changeStatus(fixture.hr(), a,
            ApplicationStatus.OFFERED))).hasMessage("error.status.offer-with-letter");
        assertThat(body(candidate, "hr.udvidet")).contains("id=\"offer-link\"");

        String confirm = body(candidate + "/offer", "hr.udvidet");
        assertThat(confirm).contains("Tilbud om ansættelse: " + "Tilbud ").contains("Kære Olivia Tilbud")
            .contains("name=\"message\"").contains("name=\"confirmed\"").contains("class=\"secondary danger\"");
        var bare = send(post(candidate + "/offer").param("message", "Uden bekræftelse").with(csrf()), "hr.udvidet");
        assertThat(bare.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/offer");
        assertThat(applicationStatus(a)).isEqualTo("RECEIVED");
        assertThat(letters(a, "OFFER")).isZero();

        var sent = send(post(candidate + "/offer").param("confirmed", "true")
            .param("message", "Du starter den 1. marts; ring til Hanne.").with(csrf()), "hr.udvidet");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(candidate);
        assertThat(applicationStatus(a)).isEqualTo("OFFERED");
        assertThat(jdbc.sql("SELECT subject || ' ' || body_text FROM outbox_message WHERE application_id = ? AND kind = 'OFFER'")
            .param(a).query(String.class).single()).contains("Tilbud om ansættelse", "Olivia Tilbud",
                "Du starter den 1. marts; ring til Hanne.");
        assertThat(body(candidate, "hr.udvidet")).doesNotContain("id=\"offer-link\"");
        assertThat(send(get(candidate + "/offer"), "hr.udvidet").getResponse().getRedirectedUrl()).isEqualTo(candidate);
        assertThat(send(get(candidate + "/offer"), "leder").getResponse().getStatus()).isIn(403, 404);
    }

    /**
     * Hired only after offered: a move straight to HIRED sent no letter, so the candidate would learn nothing. The
     * status list and the board lead to the offer's confirmation instead (saying why), the service refuses, and once
     * the offer and its letter are out the candidate can be marked hired, without a second letter.
     */
    @Test
    void aHireComesAfterTheOfferAndItsLetter() throws Exception {
        var posted = fixture.publish("Ansættelse " + UUID.randomUUID(), 10, false);
        UUID a = submissions.submit(ApplicationFixtures.submission(posted, "Hans Ansat", "ansat." + UUID.randomUUID()
            + "@example.dk")).applicationId();
        String candidate = "/cases/" + posted.caseId() + "/candidates/" + a;
        String board = "/cases/" + posted.caseId() + "/board/move";

        var fromList = send(post(candidate + "/status").param("status", "HIRED").with(csrf()), "hr.udvidet");
        assertThat(fromList.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/offer?hire=true");
        var fromBoard = send(post(board).param("candidate", a.toString()).param("status", "HIRED").with(csrf()),
            "hr.udvidet");
        assertThat(fromBoard.getResponse().getRedirectedUrl()).isEqualTo(candidate + "/offer?hire=true");
        var inPlace = send(post(board).param("candidate", a.toString()).param("status", "HIRED")
            .accept(MediaType.APPLICATION_JSON).with(csrf()), "hr.udvidet");
        assertThat(inPlace.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(inPlace.getResponse().getContentAsString()).contains("ikke tilbudt stillingen endnu");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> statusChanges.changeStatus(fixture.hr(), a,
            ApplicationStatus.HIRED))).hasMessage("error.status.hire-after-offer");
        assertThat(applicationStatus(a)).isEqualTo("RECEIVED");

        assertThat(body(candidate + "/offer?hire=true", "hr.udvidet")).contains("id=\"offer-before-hire\"")
            .contains("Kære Hans Ansat").contains("name=\"confirmed\"");
        assertThat(body(candidate + "/offer", "hr.udvidet")).doesNotContain("id=\"offer-before-hire\"");
        send(post(candidate + "/offer").param("confirmed", "true").param("message", "Velkommen.").with(csrf()),
            "hr.udvidet");
        assertThat(applicationStatus(a)).isEqualTo("OFFERED");
        assertThat(letters(a, "OFFER")).isOne();

        var hired = send(post(candidate + "/status").param("status", "HIRED").with(csrf()), "hr.udvidet");
        assertThat(hired.getResponse().getRedirectedUrl()).isEqualTo(candidate);
        assertThat(applicationStatus(a)).isEqualTo("HIRED");
        assertThat(letters(a, "OFFER")).isOne();
        // An outcome cannot be offered, so a rejected candidate's hire is refused rather than sent to the offer.
        UUID b = submissions.submit(ApplicationFixtures.submission(posted, "Rikke Afvist", "afvist." + UUID.randomUUID()
            + "@example.dk")).applicationId();
        statusChanges.changeStatus(fixture.hr(), b, ApplicationStatus.REJECTED);
        String other = "/cases/" + posted.caseId() + "/candidates/" + b;
        var refused = send(post(other + "/status").param("status", "HIRED").with(csrf()), "hr.udvidet");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(other);
        assertThat(applicationStatus(b)).isEqualTo("REJECTED");
    }

    private String applicationStatus(UUID application) {
        return jdbc.sql("SELECT status FROM application WHERE id = ?").param(application).query(String.class).single();
    }

    private int letters(UUID application, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE application_id = ? AND kind = ?").param(application)
            .param(kind).query(Integer.class).single();
    }

    private CaseStatus status(ApplicationFixture.Posted posted) {
        return cases.find(posted.caseId()).orElseThrow().status();
    }

    private String body(String url, String username) throws Exception {
        var res = send(get(url), username).getResponse();
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString();
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andReturn();
    }

    private RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }
}
