package dk.rekrut.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.interview.Interviews;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.OutboxMessages;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 21: HR writes to several candidates over HTTP. The preview is the e-mail that is queued (same rendering),
 * each message lands in the applicant's correspondence log, an unknown merge field refuses before anything is sent,
 * committee members cannot write, and in an anonymous case no address and no name reach the page or the committee.
 */
@RekrutTest
class MessagingTest {

    private static final String SUBJECT = "Om {stilling}";
    private static final String BODY = "Kære {fornavn}\n\nTak for din ansøgning som {stilling} ({kandidatnummer}).\nFristen var {frist}.";

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Interviews interviews;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    StaffRequests staff;

    @BeforeEach
    void setUp() {
        staff = new StaffRequests(mvc, directory);
    }

    @Test
    void thePreviewOfEachRecipientIsExactlyTheEmailTheOutboxSendsAndItIsInTheCorrespondenceLog() throws Exception {
        var posted = fixture.publish("Besked jurist " + UUID.randomUUID(), 10, false);
        UUID anna = apply(posted, "Anna Beskedsen", "anna.besked." + UUID.randomUUID() + "@example.dk");
        UUID bo = apply(posted, "Bo Brevsen", "bo.besked." + UUID.randomUUID() + "@example.dk");
        String base = "/cases/" + posted.caseId() + "/messages";

        String compose = staff.page(base + "?candidate=" + anna + "&candidate=" + bo, "hr.udvidet");
        assertThat(compose).contains("Anna Beskedsen").contains("Bo Brevsen").contains("{samtale.tid}")
            .contains("Ansøgerens fornavn").contains("Om din ansøgning: {stilling}");

        var preview = staff.send(message(post(base + "/preview"), SUBJECT, BODY, anna, bo), "hr.udvidet");
        assertThat(preview.getStatus()).isEqualTo(200);
        String page = preview.getContentAsString();
        // An ordinary case: HR sees whom it goes to, with the address.
        assertThat(page).contains("Til: Anna Beskedsen &lt;anna.besked.").contains("Til: Bo Brevsen &lt;bo.besked.")
            .contains("Send til 2 modtagere");
        assertThat(outbox(anna)).isEmpty();

        String sendId = hidden(page, "sendId");
        var sent = staff.send(message(post(base + "/send"), SUBJECT, BODY, anna, bo).param("sendId", sendId), "hr.udvidet");
        assertThat(sent.getStatus()).isEqualTo(302);
        for (UUID id : List.of(anna, bo)) {
            var m = outbox(id);
            assertThat(m).hasSize(1);
            assertThat(page).contains(m.getFirst().html()).contains(">" + m.getFirst().subject() + "<");
        }
        assertThat(outbox(anna).getFirst().html()).contains("Kære Anna<br><br>Tak for din ansøgning som Besked jurist");
        assertThat(outbox(anna).getFirst().subject()).startsWith("Om Besked jurist");

        // The same form posted twice (a double click, the back button) queues nothing new.
        staff.send(message(post(base + "/send"), SUBJECT, BODY, anna, bo).param("sendId", sendId), "hr.udvidet");
        assertThat(outbox(anna)).hasSize(1);
        // The correspondence log on the candidate page.
        assertThat(staff.page("/cases/" + posted.caseId() + "/candidates/" + anna, "hr.udvidet"))
            .contains(outbox(anna).getFirst().subject());
    }

    @Test
    void anUnknownMergeFieldIsRefusedWithItsNameAndNothingIsSent() throws Exception {
        var posted = fixture.publish("Besked ukendt " + UUID.randomUUID(), 10, false);
        UUID anna = apply(posted, "Anna Ukendt", "anna.ukendt." + UUID.randomUUID() + "@example.dk");
        String base = "/cases/" + posted.caseId() + "/messages";

        for (String step : List.of("/preview", "/send", "/template")) {
            var refused = staff.send(message(post(base + step), SUBJECT, "Kære {efternavn}", anna), "hr.udvidet");
            assertThat(refused.getStatus()).as(step).isEqualTo(200);
            assertThat(refused.getContentAsString()).as(step).contains("Ukendt flettefelt: {efternavn}")
                .contains("role=\"alert\"");
        }
        // A field with no value for this candidate (no interview) refuses too, naming the candidate by number.
        var empty = staff.send(message(post(base + "/send"), SUBJECT, "Vi ses {samtale.tid}", anna), "hr.udvidet");
        assertThat(empty.getContentAsString()).contains("Flettefeltet {samtale.tid} har ingen værdi for K-");
        assertThat(outbox(anna)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_message_template WHERE case_id = ?").param(posted.caseId())
            .query(Integer.class).single()).isZero();
    }

    @Test
    void hrKeepsAWordingAsTheCasesTemplateOfAKind() throws Exception {
        var posted = fixture.publish("Besked skabelon " + UUID.randomUUID(), 10, false);
        UUID anna = apply(posted, "Anna Skabelon", "anna.skabelon." + UUID.randomUUID() + "@example.dk");
        String base = "/cases/" + posted.caseId() + "/messages";
        var saved = staff.send(message(post(base + "/template"), "Sagens emne {stilling}", "Sagens egen tekst, {fornavn}.", anna)
            .param("kind", "STATUS_UPDATE"), "hr.udvidet");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(staff.page(saved.getRedirectedUrl(), "hr.udvidet")).contains("Sagens egen tekst, {fornavn}.");
        // Another kind, and another case, keep the built-in wording.
        assertThat(staff.page(base + "?candidate=" + anna, "hr.udvidet")).doesNotContain("Sagens egen tekst");
    }

    @Test
    void anAnonymousCaseShowsNeitherAddressNorNameAndTheCommitteeCannotWrite() throws Exception {
        var posted = fixture.publish("Besked anonym " + UUID.randomUUID(), 10, true);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        cases.attach(fixture.hr(), posted.caseId(), directory.userByUsername("bedoemmelse").orElseThrow().id(),
            TeamRole.CHAIR);
        String email = "cille.anonym." + UUID.randomUUID() + "@example.dk";
        UUID cille = apply(posted, "Cille Hemmeligsen", email);
        String base = "/cases/" + posted.caseId() + "/messages";

        String compose = staff.page(base + "?candidate=" + cille, "hr.udvidet");
        assertThat(compose).doesNotContain(email).doesNotContain("Hemmeligsen").contains("K-");
        String page = staff.send(message(post(base + "/preview"), SUBJECT, "Kære {navn}", cille), "hr.udvidet")
            .getContentAsString();
        // Nor the letter under the number: the preview leaves the name as its field, so no page ties numbers to names.
        assertThat(page).doesNotContain(email).containsPattern("Til: K-\\d+<").doesNotContain("Hemmeligsen")
            .doesNotContain("Cille").contains("Kære {navn}");

        // Committee members, the chair included, never write: 403 at every step; HR of another unit does not find it.
        for (String member : List.of("ansaettelse", "bedoemmelse")) {
            assertThat(staff.send(get(base + "?candidate=" + cille), member).getStatus()).isEqualTo(403);
            for (String step : List.of("/preview", "/send", "/template", "/edit")) {
                assertThat(staff.send(message(post(base + step), SUBJECT, "Kære {navn}", cille), member).getStatus())
                    .as(member + step).isEqualTo(403);
            }
        }
        assertThat(staff.send(message(post(base + "/send"), SUBJECT, "Kære {navn}", cille), "hr.buf").getStatus()).isEqualTo(404);
        assertThat(outbox(cille)).isEmpty();

        var sent = staff.send(message(post(base + "/send"), SUBJECT, "Kære {navn}", cille), "hr.udvidet");
        assertThat(sent.getContentAsString()).doesNotContain("Hemmeligsen");
        assertThat(outbox(cille)).singleElement().satisfies(m -> assertThat(m.html()).contains("Kære Cille Hemmeligsen"));
        // The name went to the applicant only: nothing the committee sees holds it.
        for (String url : List.of("/cases/" + posted.caseId() + "/candidates/" + cille, "/cases/" + posted.caseId() + "/board",
            "/cases/" + posted.caseId() + "/candidates")) {
            assertThat(staff.page(url, "ansaettelse")).as(url).doesNotContain("Hemmeligsen").doesNotContain(email);
        }
    }

    @Test
    void aCandidateOfAnotherCaseIsNotFoundThroughThisCase() throws Exception {
        var posted = fixture.publish("Besked her " + UUID.randomUUID(), 10, false);
        var other = fixture.publish("Besked der " + UUID.randomUUID(), 10, false);
        UUID elsewhere = apply(other, "Dan Andetsteds", "dan." + UUID.randomUUID() + "@example.dk");
        assertThat(staff.send(message(post("/cases/" + posted.caseId() + "/messages/send"), SUBJECT, BODY, elsewhere),
            "hr.udvidet").getStatus()).isEqualTo(404);
        assertThat(outbox(elsewhere)).isEmpty();
    }

    @Test
    void theInvitationAndAMessageLinkToTheApplicantsOwnPageAndStateDurationPanelAndContact() throws Exception {
        var posted = fixture.publish("Besked samtale " + UUID.randomUUID(), 10, false);
        String email = "eva.samtale." + UUID.randomUUID() + "@example.dk";
        UUID eva = apply(posted, "Eva Samtalesen", email);
        var outbox = new OutboxMessages(jdbc);
        String receiptLink = OutboxMessages.path(outbox.link(email, "RECEIPT", "/my-application/"));
        var start = clock.instant().plus(Duration.ofDays(20));
        var slot = interviews.addSlot(fixture.hr(), posted.caseId(), start, start.plus(Duration.ofMinutes(45)),
            "Rådhuspladsen 1", "Kontorchef Mette Holm");
        interviews.invite(fixture.hr(), eva, slot.id(), "http://localhost");

        String invitation = jdbc.sql("SELECT body_text FROM outbox_message WHERE application_id = ? AND kind = 'INTERVIEW_INVITATION'")
            .param(eva).query(String.class).single();
        assertThat(invitation).contains("Varighed: 45 minutter").contains("Ved samtalen deltager: Kontorchef Mette Holm")
            .contains("kontakte").doesNotContain("/my-application/resend");
        String invitationLink = OutboxMessages.path(outbox.link(email, "INTERVIEW_INVITATION", "/my-application/"));
        // The invitation's link is the applicant's own page, and the receipt's link still opens it too.
        for (String link : List.of(invitationLink, receiptLink)) {
            assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as(link).isEqualTo(200);
        }
        assertThat(invitationLink).isNotEqualTo(receiptLink);

        // A reminder with the interview's fields and the personal link: masked in the preview, real in the e-mail.
        String base = "/cases/" + posted.caseId() + "/messages";
        String reminder = "Kære {fornavn}, vi ses {samtale.tid} ({samtale.varighed}) i {samtale.sted}. Se {link}";
        String page = staff.send(message(post(base + "/preview"), SUBJECT, reminder, eva), "hr.udvidet").getContentAsString();
        assertThat(page).contains("(45 minutter) i Rådhuspladsen 1").contains("/my-application/" + Messages.MASKED_TOKEN);
        staff.send(message(post(base + "/send"), SUBJECT, reminder, eva).param("sendId", hidden(page, "sendId")), "hr.udvidet");
        var sent = outbox(eva).getFirst();
        assertThat(sent.html().replaceAll("/my-application/[A-Za-z0-9_-]+", "/my-application/" + Messages.MASKED_TOKEN))
            .isEqualTo(preview(page));
        var m = Pattern.compile("https?://[^/\\s<]+(/my-application/[A-Za-z0-9_-]+)").matcher(sent.html());
        assertThat(m.find()).isTrue();
        assertThat(mvc.perform(get(m.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);

        // Asking for a new link shuts every earlier one (a forwarded letter's link too), as the page promises.
        mvc.perform(post("/my-application/resend").param("email", email).with(csrf()));
        String fresh = OutboxMessages.path(outbox.link(email, "APPLICATION_LINK", "/my-application/"));
        assertThat(mvc.perform(get(fresh)).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String old : List.of(invitationLink, receiptLink, m.group(1))) {
            assertThat(mvc.perform(get(old)).andReturn().getResponse().getStatus()).as(old).isEqualTo(404);
        }
    }

    /** A queued message's subject and HTML body. */
    record Queued(String subject, String html) {
    }

    private List<Queued> outbox(UUID applicationId) {
        return jdbc.sql("SELECT subject, body_html FROM outbox_message WHERE application_id = ? AND kind = 'FREE_TEXT'")
            .param(applicationId).query((rs, n) -> new Queued(rs.getString(1), rs.getString(2))).list();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name, String email) {
        return submissions.submit(ApplicationFixtures.submission(posted, name, email)).applicationId();
    }

    private static MockHttpServletRequestBuilder message(MockHttpServletRequestBuilder request, String subject, String body,
                                                         UUID... candidates) {
        for (UUID id : candidates) {
            request.param("candidate", id.toString());
        }
        return request.param("subject", subject).param("body", body).with(csrf());
    }

    private static String hidden(String page, String name) {
        var m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    /** The one previewed body on a page. */
    private static String preview(String page) {
        var m = Pattern.compile("<div class=\"posting-text preview\">(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
