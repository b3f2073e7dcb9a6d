package dk.rekrut.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21: the interview panel as users. HR picks panel members from the case team when adding a slot (over HTTP);
 * booking a candidate sends each member a calendar REQUEST through the outbox, cancelling sends a CANCEL of the same
 * event with a higher SEQUENCE, moving the booking cancels the old slot's event and requests the new one; in an
 * anonymous case neither the letter nor the file names the candidate; someone off the team cannot be put on a panel;
 * changing a booked slot's panel cancels the event of those who leave and invites those who join.
 */
@RekrutTest
class PanelInvitationTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired Interviews interviews;
    @Autowired StatusChanges statusChanges;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    StaffRequests staff;

    @BeforeEach
    void setUp() {
        staff = new StaffRequests(mvc, directory);
    }

    @Test
    void aPanelMemberGetsTheBookingInTheirCalendarAndItsCancellation() throws Exception {
        var posted = fixture.publish("Panel " + UUID.randomUUID(), 10, false);
        var chair = user("bedoemmelse");
        var manager = user("leder");
        cases.attach(fixture.hr(), posted.caseId(), chair.id(), TeamRole.CHAIR);
        cases.attach(fixture.hr(), posted.caseId(), manager.id(), TeamRole.HIRING_MANAGER);
        UUID app = apply(posted, "Pernille Panelsen", "pernille." + UUID.randomUUID() + "@example.dk");

        UUID first = addSlot(posted.caseId(), "2031-06-10T09:30", chair.id(), manager.id());
        UUID second = addSlot(posted.caseId(), "2031-06-11T13:00", manager.id());
        assertThat(staff.page("/cases/" + posted.caseId() + "/interviews", "hr.udvidet"))
            .contains(chair.displayName() + ", " + manager.displayName() + "; Ekstern konsulent")
            .contains("name=\"panelMember\"");

        invite(posted.caseId(), app, first);
        var request = onlyEvent(panelFile(chair, app, 0), "REQUEST");
        String uid = prop(request, "UID");
        assertThat(uid).isEqualTo(PanelInvitations.uid(first, chair.id()));
        assertThat(prop(request, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(request, "ATTENDEE")).isEqualTo("mailto:" + chair.email());
        assertThat(prop(request, "SUMMARY")).contains("Pernille Panelsen").contains("Panel ");
        assertThat(prop(onlyEvent(panelFile(manager, app, 0), "REQUEST"), "UID")).isEqualTo(PanelInvitations.uid(first, manager.id()));
        assertThat(letters(chair, app)).singleElement().satisfies(l -> assertThat(l).contains("Pernille Panelsen"));

        hrPost(posted.caseId(), "/candidates/" + app + "/cancel-interview");
        // (the erasure took the application's earlier letters, the panel's REQUEST among them)
        var cancel = onlyEvent(panelFiles(chair, app).getLast(), "CANCEL");
        assertThat(prop(cancel, "UID")).isEqualTo(uid);
        assertThat(prop(cancel, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(cancel, "STATUS")).isEqualTo("CANCELLED");

        // Booked again, then moved: the first slot's panel is told it is off, the second slot's that it is on.
        invite(posted.caseId(), app, first);
        assertThat(prop(onlyEvent(panelFile(chair, app, 2), "REQUEST"), "SEQUENCE")).isEqualTo("2");
        invite(posted.caseId(), app, second);
        var moved = onlyEvent(panelFile(chair, app, 3), "CANCEL");
        assertThat(prop(moved, "SEQUENCE")).isEqualTo("3");
        assertThat(panelFiles(chair, app)).hasSize(4); // the chair is not on the second slot's panel
        var managerFiles = panelFiles(manager, app);
        assertThat(managerFiles).hasSize(5); // first slot: request, cancel, request, cancel; second: request
        // (unfolded: RFC 5545 folds the long UID line)
        assertThat(managerFiles).anySatisfy(ics -> assertThat(ics.replace("\r\n ", ""))
            .contains("UID:" + PanelInvitations.uid(second, manager.id())).contains("METHOD:REQUEST"));
    }

    @Test
    void anApplicantWhoWithdrawsLosesTheBookingAndThePanelGetsACancel() throws Exception {
        var posted = fixture.publish("Trukket " + UUID.randomUUID(), 10, false);
        var chair = user("bedoemmelse");
        cases.attach(fixture.hr(), posted.caseId(), chair.id(), TeamRole.CHAIR);
        var s = ApplicationFixtures.submission(posted, "tove." + UUID.randomUUID() + "@example.dk");
        var receipt = submissions.submit(s);
        UUID app = receipt.applicationId();
        UUID slot = addSlot(posted.caseId(), "2031-10-01T10:00", chair.id());
        invite(posted.caseId(), app, slot);

        statusChanges.withdraw(receipt.accessToken());

        assertThat(interviews.invitation(app)).hasValueSatisfying(i -> assertThat(i.cancelled()).isTrue());
        assertThat(interviews.freeSlots(posted.caseId(), UUID.randomUUID())).extracting(Interviews.Slot::id).contains(slot);
        // (the erasure took the application's earlier letters, the panel's REQUEST among them)
        var cancel = onlyEvent(panelFiles(chair, app).getLast(), "CANCEL");
        assertThat(prop(cancel, "SUMMARY")).doesNotContain(s.applicant().name());
        // The private link still opens the withdrawn application, but no longer answers or moves the interview.
        assertThat(mvc.perform(post("/my-application/" + receipt.accessToken() + "/interview").param("reply", "accept").with(csrf()))
            .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void inAnAnonymousCaseThePanelLearnsTheCandidateNumberOnly() throws Exception {
        var posted = fixture.publish("Anonymt panel " + UUID.randomUUID(), 10, true);
        var chair = user("bedoemmelse");
        cases.attach(fixture.hr(), posted.caseId(), chair.id(), TeamRole.CHAIR);
        String email = "aase.skjult." + UUID.randomUUID() + "@example.dk";
        UUID app = apply(posted, "Åse Skjultesen", email);
        String number = jdbc.sql("SELECT candidate_number FROM application WHERE id = ?").param(app).query(String.class).single();

        UUID slot = addSlot(posted.caseId(), "2031-09-01T10:00", chair.id());
        invite(posted.caseId(), app, slot);
        hrPost(posted.caseId(), "/candidates/" + app + "/cancel-interview");

        var files = panelFiles(chair, app);
        assertThat(files).hasSize(2);
        var letters = letters(chair, app);
        assertThat(letters).hasSize(2);
        for (String text : concat(files, letters)) {
            assertThat(text).contains(number).doesNotContain("Åse").doesNotContain("Skjultesen")
                .doesNotContain("aase.skjult").doesNotContain(email);
        }
    }

    @Test
    void changingThePanelOfABookedSlotCancelsForThoseWhoLeaveAndInvitesThoseWhoJoin() throws Exception {
        var posted = fixture.publish("Panel skiftes " + UUID.randomUUID(), 10, false);
        var chair = user("bedoemmelse");
        var manager = user("leder");
        cases.attach(fixture.hr(), posted.caseId(), chair.id(), TeamRole.CHAIR);
        cases.attach(fixture.hr(), posted.caseId(), manager.id(), TeamRole.HIRING_MANAGER);
        UUID app = apply(posted, "Palle Skiftesen", "palle." + UUID.randomUUID() + "@example.dk");
        UUID slot = addSlot(posted.caseId(), "2031-07-01T10:00", chair.id());
        String page = staff.page("/cases/" + posted.caseId() + "/interviews", "hr.udvidet");
        assertThat(page).contains("/interviews/slots/" + slot + "/panel").contains("Ret panel");

        // Before a booking a change sends nothing; after it the chair leaves (CANCEL) and the manager joins (REQUEST).
        changePanel(posted.caseId(), slot, chair.id(), manager.id());
        assertThat(panelFiles(manager, app)).isEmpty();
        changePanel(posted.caseId(), slot, chair.id());
        invite(posted.caseId(), app, slot);
        assertThat(prop(onlyEvent(panelFile(chair, app, 0), "REQUEST"), "SEQUENCE")).isEqualTo("0");

        changePanel(posted.caseId(), slot, manager.id());
        var left = onlyEvent(panelFile(chair, app, 1), "CANCEL");
        assertThat(prop(left, "UID")).isEqualTo(PanelInvitations.uid(slot, chair.id()));
        assertThat(prop(left, "SEQUENCE")).isEqualTo("1");
        var joined = onlyEvent(panelFile(manager, app, 0), "REQUEST");
        assertThat(prop(joined, "UID")).isEqualTo(PanelInvitations.uid(slot, manager.id()));
        assertThat(prop(joined, "SUMMARY")).contains("Palle Skiftesen");
        assertThat(interviews.panelMembers(cases.find(posted.caseId()).orElseThrow()).get(slot))
            .containsExactly(manager.displayName());

        // Someone off the team, or another case's slot, changes nothing.
        var outsider = user("ansaettelse");
        var refused = staff.result(post("/cases/" + posted.caseId() + "/interviews/slots/" + slot + "/panel")
            .param("panelMember", outsider.id().toString()).with(csrf()), "hr.udvidet");
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("error.interview.panel-member");
        var elsewhere = fixture.publish("Anden sag " + UUID.randomUUID(), 10, false);
        var wrongCase = staff.result(post("/cases/" + elsewhere.caseId() + "/interviews/slots/" + slot + "/panel")
            .with(csrf()), "hr.udvidet");
        assertThat(wrongCase.getFlashMap().get("errorKey")).isEqualTo("error.interview.slot");
        assertThat(panelFiles(manager, app)).hasSize(1);
    }

    /**
     * Security review 2026-12-07 (sec5): someone taken off the case team after being put on a slot's panel stayed on
     * it, and the next booking sent them the candidate's name, time and place. Only the team as it is now hears of a
     * booking; the removed member's panel place shows no more either.
     */
    @Test
    void someoneTakenOffTheTeamHearsOfNoLaterBooking() throws Exception {
        var posted = fixture.publish("Panel efter fjernelse " + UUID.randomUUID(), 10, false);
        var chair = attach(posted, "bedoemmelse", TeamRole.CHAIR);
        var manager = attach(posted, "leder", TeamRole.HIRING_MANAGER);
        UUID app = apply(posted, "Frida Fjernsen", "frida." + UUID.randomUUID() + "@example.dk");
        UUID slot = addSlot(posted.caseId(), "2031-08-01T10:00", chair.id(), manager.id());

        assertThat(staff.send(post("/cases/" + posted.caseId() + "/team/remove").param("userId", chair.id().toString())
            .param("teamRole", "CHAIR").with(csrf()), "hr.udvidet").getStatus()).isEqualTo(302);
        invite(posted.caseId(), app, slot);
        hrPost(posted.caseId(), "/candidates/" + app + "/cancel-interview");

        assertThat(panelFiles(chair, app)).isEmpty();
        assertThat(letters(chair, app)).isEmpty();
        assertThat(panelFiles(manager, app)).hasSize(2);
        assertThat(interviews.panelMembers(cases.find(posted.caseId()).orElseThrow()).get(slot))
            .containsExactly(manager.displayName());
    }

    /**
     * Security review 2026-12-07 (sec5): the free text HR types (place, the panel's other names), the case title and
     * the applicant's name reach the calendar file and the letter; a line break in them must not start a property of
     * its own (another ATTENDEE, a new METHOD) nor a mail header.
     */
    @Test
    void lineBreaksInFreeTextStartNoCalendarPropertyNorHeader() throws Exception {
        var posted = fixture.publish("Titel\r\nBcc: evil@example.org\r\nATTENDEE:mailto:evil@example.org "
            + UUID.randomUUID(), 10, false);
        var chair = user("bedoemmelse");
        cases.attach(fixture.hr(), posted.caseId(), chair.id(), TeamRole.CHAIR);
        // The applicant's name is the outside attacker's own input, and goes into SUMMARY in an ordinary case.
        UUID app = apply(posted, "Ingrid\r\nATTENDEE:mailto:evil2@example.org\r\nMETHOD:CANCEL Injektionsen",
            "ingrid." + UUID.randomUUID() + "@example.dk");
        UUID slot = addSlot(posted.caseId(), "2031-08-02T10:00", "Lokale 1\r\nATTENDEE:mailto:evil@example.org\rMETHOD:PUBLISH",
            "Ekstern\nEND:VEVENT\r\nBEGIN:VEVENT", chair.id());
        invite(posted.caseId(), app, slot);

        String ics = panelFile(chair, app, 0);
        var event = onlyEvent(ics, "REQUEST");
        assertThat(event.getProperties("ATTENDEE")).hasSize(1);
        assertThat(ics.replace("\r\n ", "")).doesNotContain("\r\nATTENDEE:mailto:evil").doesNotContain("\nMETHOD:PUBLISH")
            .doesNotContain("\nEND:VEVENT\r\nBEGIN:VEVENT").doesNotContain("\nATTENDEE:mailto:evil2")
            .doesNotContain("\nMETHOD:CANCEL");
        assertThat(prop(event, "SUMMARY")).contains("Injektionsen");
        String subject = jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = ? AND application_id = ?"
            + " AND kind = 'PANEL_INVITATION'").params(chair.email(), app).query(String.class).single();
        assertThat(subject).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void onlyTheCaseTeamCanSitOnThePanel() throws Exception {
        var posted = fixture.publish("Panel uden for teamet " + UUID.randomUUID(), 10, false);
        var outsider = user("ansaettelse");
        var res = staff.result(post("/cases/" + posted.caseId() + "/interviews/slots").param("start", "2031-06-10T09:30")
            .param("minutes", "45").param("place", "Lokale 1").param("panelMember", outsider.id().toString()).with(csrf()),
            "hr.udvidet");
        assertThat(res.getFlashMap().get("errorKey")).isEqualTo("error.interview.panel-member");
        assertThat(interviews.slots(posted.caseId())).isEmpty();
    }

    private UUID addSlot(UUID caseId, String start, UUID... members) throws Exception {
        return addSlot(caseId, start, "Rådhuset, lokale 3", "Ekstern konsulent", members);
    }

    private UUID addSlot(UUID caseId, String start, String place, String panel, UUID... members) throws Exception {
        var before = interviews.slots(caseId).stream().map(Interviews.Slot::id).toList();
        var request = post("/cases/" + caseId + "/interviews/slots").param("start", start).param("minutes", "45")
            .param("place", place).param("panel", panel);
        for (UUID m : members) {
            request = request.param("panelMember", m.toString());
        }
        assertThat(staff.send(request.with(csrf()), "hr.udvidet").getStatus()).isEqualTo(302);
        return interviews.slots(caseId).stream().map(Interviews.Slot::id).filter(id -> !before.contains(id))
            .findFirst().orElseThrow();
    }

    private void changePanel(UUID caseId, UUID slot, UUID... members) throws Exception {
        var request = post("/cases/" + caseId + "/interviews/slots/" + slot + "/panel");
        for (UUID m : members) {
            request = request.param("panelMember", m.toString());
        }
        var res = staff.result(request.with(csrf()), "hr.udvidet");
        assertThat(res.getFlashMap().get("errorKey")).isNull();
    }

    private void invite(UUID caseId, UUID app, UUID slot) throws Exception {
        var res = staff.result(post("/cases/" + caseId + "/candidates/" + app + "/invite").param("slotId", slot.toString())
            .with(csrf()), "hr.udvidet");
        assertThat(res.getFlashMap().get("errorKey")).isNull();
    }

    private void hrPost(UUID caseId, String path) throws Exception {
        var res = staff.result(post("/cases/" + caseId + path).with(csrf()), "hr.udvidet");
        assertThat(res.getFlashMap().get("errorKey")).isNull();
    }

    private String panelFile(UserView member, UUID app, int index) {
        var files = panelFiles(member, app);
        assertThat(files).hasSizeGreaterThan(index);
        return files.get(index);
    }

    /** The member's calendar files, oldest first (the cause ends in the event's SEQUENCE). */
    private List<String> panelFiles(UserView member, UUID app) {
        return jdbc.sql("""
                SELECT a.content_b64 FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.recipient = ? AND m.application_id = ? AND m.kind = 'PANEL_INVITATION'
                ORDER BY m.created_at, m.cause_key""")
            .params(member.email(), app).query(String.class).list().stream()
            .map(b -> new String(Base64.getDecoder().decode(b), StandardCharsets.UTF_8)).toList();
    }

    private List<String> letters(UserView member, UUID app) {
        return jdbc.sql("SELECT subject || ' ' || body_html || ' ' || body_text FROM outbox_message "
                + "WHERE recipient = ? AND application_id = ? AND kind = 'PANEL_INVITATION' ORDER BY created_at")
            .params(member.email(), app)
            .query(String.class).list();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static VEvent onlyEvent(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(((Property) calendar.getProperty("METHOD").orElseThrow()).getValue()).isEqualTo(method);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String prop(VEvent event, String name) {
        return ((Property) event.getProperty(name).orElseThrow()).getValue();
    }

    private UserView attach(ApplicationFixture.Posted posted, String username, TeamRole role) {
        var u = user(username);
        cases.attach(fixture.hr(), posted.caseId(), u.id(), role);
        return u;
    }

    private UserView user(String username) {
        return directory.userByUsername(username).orElseThrow();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name, String email) {
        var s = ApplicationFixtures.submission(posted, email);
        return submissions.submit(s.by(s.applicant().withName(name))).applicationId();
    }
}
