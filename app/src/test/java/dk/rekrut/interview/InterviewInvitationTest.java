package dk.rekrut.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.MutableClock;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.Time;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 4: invitations carry iCalendar that a real parser (ical4j) reads, in Europe/Copenhagen time. */
@RekrutTest
class InterviewInvitationTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Submissions submissions;
    @Autowired Interviews interviews;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired MessageSource messages;

    @Test
    void invitationRescheduleAndCancelAreValidCalendarMessagesWithRisingSequence() throws Exception {
        var posted = fixture.publish("Samtaler " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("sekretaer").id(), TeamRole.ADMIN_SUPPORT);
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        UUID app = submissions.submit(ApplicationFixtures.submission(posted, "kandidat@example.dk")).applicationId();
        // Summer (CEST, UTC+2) and winter (CET, UTC+1) slots.
        var summer = LocalDateTime.of(2031, 6, 10, 9, 30).atZone(Time.DANISH).toInstant();
        var winter = LocalDateTime.of(2031, 12, 2, 14, 0).atZone(Time.DANISH).toInstant();
        var support = actor("sekretaer");
        var s1 = interviews.addSlot(support, posted.caseId(), summer, summer.plusSeconds(2700), "Rådhuspladsen 1, lokale 12", "HR og chef");
        var s2 = interviews.addSlot(hr, posted.caseId(), winter, winter.plusSeconds(2700), "https://video.example/abc", null);

        interviews.invite(support, app, s1.id(), "http://localhost");
        assertThat(applications.find(app).orElseThrow().status()).isEqualTo(ApplicationStatus.INVITED);
        VEvent first = onlyEvent(attachment(app, 0), "REQUEST");
        assertThat(prop(first, "SEQUENCE")).isEqualTo("0");
        assertThat(ZonedDateTime.from(first.getStartDate().orElseThrow().getDate()).toLocalDateTime())
            .isEqualTo(LocalDateTime.of(2031, 6, 10, 9, 30));
        assertThat(first.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Copenhagen");
        assertThat(first.getProperties("ATTENDEE")).singleElement().satisfies(a -> assertThat(((net.fortuna.ical4j.model.Property) a).getValue()).isEqualTo("mailto:kandidat@example.dk"));
        assertThat(prop(first, "ORGANIZER")).startsWith("mailto:");
        String uid = prop(first, "UID");

        interviews.invite(hr, app, s2.id(), "http://localhost"); // the candidate picked another slot
        VEvent second = onlyEvent(attachment(app, 1), "REQUEST");
        assertThat(prop(second, "UID")).isEqualTo(uid);
        assertThat(prop(second, "SEQUENCE")).isEqualTo("1");
        assertThat(ZonedDateTime.from(second.getStartDate().orElseThrow().getDate()).toInstant()).isEqualTo(winter);

        interviews.cancel(hr, app, "http://localhost");
        VEvent cancelled = onlyEvent(attachment(app, 2), "CANCEL");
        // the letters write the time as people do, in Danish time (review 2026-12-06, problem 5: it was ISO)
        assertThat(letterText(app, 0)).contains("tirsdag 10. juni 2031 kl. 9.30").doesNotContain("2031-06-10");
        assertThat(letterText(app, 2)).contains("AFLYST: tirsdag 2. december 2031 kl. 14.00");
        assertThat(prop(cancelled, "UID")).isEqualTo(uid);
        assertThat(prop(cancelled, "SEQUENCE")).isEqualTo("2");

        // The committee does not invite; the panel's export is a valid calendar with candidate numbers only.
        assertThatThrownBy(() -> interviews.invite(actor("bedoemmelse"), app, s1.id(), "http://localhost"))
            .isInstanceOf(ForbiddenException.class);
        var export = new CalendarBuilder().build(new StringReader(interviews.calendar(hr, posted.caseId())));
        assertThat(export.getComponents()).isNotNull();
    }

    /** Through the private link a candidate moves only to a free slot that has not begun; the move is an update. */
    /**
     * Review 2026-12-06, M4 and L3 on the slot form: a place of 100 000 characters was a 500, a start in the year
     * 99999 was stored. Both now come back to the page with a message, and no slot is made.
     */
    @Test
    void aSlotWithAnOverLongPlaceOrAnImpossibleYearIsRefusedWithAMessage() throws Exception {
        var posted = fixture.publish("Pladser " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        for (var attempt : List.of(new String[] {"2031-06-10T09:30", "x".repeat(100_000), "error.input.too-long"},
            new String[] {"+99999-01-20T09:00", "Rådhuset", "error.input.date-range"},
            new String[] {"1999-12-31T09:00", "Rådhuset", "error.input.date-range"})) {
            var res = mvc.perform(post("/cases/" + posted.caseId() + "/interviews/slots").with(csrf())
                    .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority())))
                    .param("start", attempt[0]).param("minutes", "45").param("place", attempt[1]))
                .andReturn();
            assertThat(res.getResponse().getStatus()).isEqualTo(302);
            assertThat(res.getFlashMap().get("errorKey")).as(attempt[0]).isEqualTo(attempt[2]);
        }
        assertThat(interviews.slots(posted.caseId())).isEmpty();
        var page = mvc.perform(post("/cases/" + posted.caseId() + "/interviews/slots").with(csrf())
                .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority())))
                .param("start", "2031-06-10T09:30").param("minutes", "45").param("place", "x".repeat(301)))
            .andReturn();
        // The page shows the flash message with its arguments: the field's label and its limit.
        assertThat(messages.getMessage((String) page.getFlashMap().get("errorKey"),
            (Object[]) page.getFlashMap().get("errorArgs"), Locale.forLanguageTag("da")))
            .isEqualTo("Sted: højst 300 tegn.");
    }

    /** Review 2026-12-06, problem 6: "Invitér" preselected the first slot, so inviting again moved a candidate. */
    @Test
    void theInviteFormPreselectsNoSlotButTheCandidatesOwnAndShowsOthersAsTaken() throws Exception {
        var posted = fixture.publish("Forvalg " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        UUID anna = submissions.submit(ApplicationFixtures.submission(posted, "forvalg-a@example.dk")).applicationId();
        UUID bo = submissions.submit(ApplicationFixtures.submission(posted, "forvalg-b@example.dk")).applicationId();
        var at = LocalDateTime.of(2031, 6, 10, 9, 0).atZone(Time.DANISH).toInstant();
        var first = interviews.addSlot(hr, posted.caseId(), at, at.plusSeconds(2700), "Lokale 1", null);
        interviews.addSlot(hr, posted.caseId(), at.plusSeconds(3600), at.plusSeconds(6300), "Lokale 2", null);
        interviews.invite(hr, anna, first.id(), "http://localhost");

        String page = mvc.perform(get("/cases/" + posted.caseId() + "/interviews")
                .with(user(hr.username()).authorities(new SimpleGrantedAuthority(hr.role().authority()))))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String annasForm = page.substring(page.indexOf("id=\"slot-" + anna + "\""));
        annasForm = annasForm.substring(0, annasForm.indexOf("</select>"));
        String bosForm = page.substring(page.indexOf("id=\"slot-" + bo + "\""));
        bosForm = bosForm.substring(0, bosForm.indexOf("</select>"));
        assertThat(annasForm).contains("required").contains("<option value=\"\">Vælg tid</option>")
            .containsPattern("value=\"" + first.id() + "\"\\s+selected=\"selected\"").contains("(kandidatens nuværende tid)");
        assertThat(bosForm).doesNotContain("selected=\"selected\"")
            .containsPattern("value=\"" + first.id() + "\"\\s+disabled=\"disabled\"").contains("(optaget)");
    }

    @Test
    void aCandidatePicksOnlyAFreeFutureSlotAndGetsAnUpdatedInvitation() throws Exception {
        var posted = fixture.publish("Vælg tid " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        var first = submissions.submit(ApplicationFixtures.submission(posted, "foerste-" + UUID.randomUUID() + "@example.dk"));
        var second = submissions.submit(ApplicationFixtures.submission(posted, "anden-" + UUID.randomUUID() + "@example.dk"));
        var now = clock.instant().truncatedTo(ChronoUnit.MINUTES); // calendars have whole seconds
        var past = interviews.addSlot(hr, posted.caseId(), now.minusSeconds(3600), now.minusSeconds(900), "Lokale 0", null);
        var a = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(86_400), now.plusSeconds(89_100), "Lokale 1", null);
        var b = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(90_000), now.plusSeconds(92_700), "Lokale 2", null);
        var free = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(172_800), now.plusSeconds(175_500), "Lokale 3", null);
        interviews.invite(hr, first.applicationId(), a.id(), "http://localhost");
        interviews.invite(hr, second.applicationId(), b.id(), "http://localhost");

        assertThat(interviews.freeSlots(posted.caseId(), first.applicationId())).extracting(Interviews.Slot::id)
            .containsExactly(a.id(), free.id());
        assertThatThrownBy(() -> interviews.pick(first.accessToken(), b.id(), "http://localhost"))
            .as("taken by the other candidate").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> interviews.pick(first.accessToken(), past.id(), "http://localhost"))
            .as("already begun").isInstanceOf(RuleViolation.class);
        assertThat(interviews.invitation(first.applicationId()).orElseThrow().slotId()).isEqualTo(a.id());

        interviews.pick(first.accessToken(), free.id(), "http://localhost");
        var moved = interviews.invitation(first.applicationId()).orElseThrow();
        assertThat(moved.slotId()).isEqualTo(free.id());
        assertThat(moved.reply()).isEqualTo("ACCEPTED");
        VEvent update = onlyEvent(attachment(first.applicationId(), 1), "REQUEST");
        assertThat(prop(update, "SEQUENCE")).isEqualTo("1");
        assertThat(ZonedDateTime.from(update.getStartDate().orElseThrow().getDate()).toInstant()).isEqualTo(free.startsAt());
        // Picking is no status change: the candidate stays invited.
        assertThat(applications.find(first.applicationId()).orElseThrow().status()).isEqualTo(ApplicationStatus.INVITED);
    }

    /**
     * A candidate who came to the interview gets the after-interview rejection though HR never moved the status on
     * from INVITED; one who declined, or whose interview is still ahead, gets the ordinary one. Over the board's
     * confirmation (which names the letter) and its rejection.
     */
    @Test
    void aCandidateMetAtAnInterviewGetsTheAfterInterviewRejectionWhileStillInvited() throws Exception {
        var posted = fixture.publish("Mødt " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        var met = submissions.submit(ApplicationFixtures.submission(posted, "moedt-" + UUID.randomUUID() + "@example.dk"));
        var declined = submissions.submit(ApplicationFixtures.submission(posted, "afbud-" + UUID.randomUUID() + "@example.dk"));
        var ahead = submissions.submit(ApplicationFixtures.submission(posted, "senere-" + UUID.randomUUID() + "@example.dk"));
        var start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var a = interviews.addSlot(hr, posted.caseId(), start.plusSeconds(3600), start.plusSeconds(5400), "Lokale 7", null);
        var b = interviews.addSlot(hr, posted.caseId(), start.plusSeconds(7200), start.plusSeconds(9000), "Lokale 8", null);
        var c = interviews.addSlot(hr, posted.caseId(), start.plusSeconds(30 * 86_400), start.plusSeconds(30 * 86_400 + 1800), "Lokale 9", null);
        interviews.invite(hr, met.applicationId(), a.id(), "http://localhost");
        interviews.invite(hr, declined.applicationId(), b.id(), "http://localhost");
        interviews.reply(declined.accessToken(), false);
        interviews.invite(hr, ahead.applicationId(), c.id(), "http://localhost");
        clock.advance(Duration.ofHours(3));
        try {
            assertThat(interviews.metAtInterview(posted.caseId())).containsExactly(met.applicationId());
            fixture.deadlinePassed(posted.caseId());
            var ids = List.of(met.applicationId(), declined.applicationId(), ahead.applicationId());
            var reject = post("/cases/" + posted.caseId() + "/board/reject").param("confirmed", "true")
                .param("reason", "Andre passede bedre.").with(csrf());
            ids.forEach(id -> reject.param("candidate", id.toString()));
            var staff = new StaffRequests(mvc, directory);
            String confirm = staff.page("/cases/" + posted.caseId() + "/board/reject?candidate=" + met.applicationId(), "hr.udvidet");
            assertThat(confirm).contains(messages.getMessage("letter.REJECTION_AFTER_INTERVIEW", null, Locale.forLanguageTag("da")));
            assertThat(staff.send(reject, "hr.udvidet").getStatus()).isEqualTo(302);
            assertThat(kinds(met.applicationId())).containsExactly("REJECTION_AFTER_INTERVIEW");
            assertThat(kinds(declined.applicationId())).containsExactly("REJECTION");
            assertThat(kinds(ahead.applicationId())).containsExactly("REJECTION");
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
    }

    private List<String> kinds(UUID applicationId) {
        return jdbc.sql("SELECT kind FROM outbox_message WHERE application_id = ? AND kind LIKE 'REJECTION%'")
            .param(applicationId).query(String.class).list();
    }

    /**
     * Review M5: two candidates pick the same free slot at the same moment (a barrier), or a candidate picks it while
     * HR invites a third candidate to it. Each round exactly one gets the slot; the other is refused with "no longer
     * free" and keeps the booking they had.
     */
    @Test
    void aSlotPickedAtTheSameMomentIsBookedOnce() throws Exception {
        var posted = fixture.publish("Samme tid " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        var now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var candidates = new ArrayList<Submissions.Receipt>();
        for (int i = 0; i < 3; i++) {
            var r = submissions.submit(ApplicationFixtures.submission(posted, "samme-" + i + "-" + UUID.randomUUID() + "@example.dk"));
            var own = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(86_400 * (i + 1)), now.plusSeconds(86_400 * (i + 1) + 1800), "Lokale " + i, null);
            interviews.invite(hr, r.applicationId(), own.id(), "http://localhost");
            candidates.add(r);
        }
        for (int round = 0; round < 20; round++) {
            var wanted = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(864_000 + round * 3600L),
                now.plusSeconds(864_000 + round * 3600L + 1800), "Runde " + round, null);
            var first = candidates.get(0);
            var other = candidates.get(1 + round % 2);
            boolean hrInvites = round % 2 == 1; // odd rounds: HR moves the third candidate there at the same moment
            var before = Map.of(first.applicationId(), slotOf(first.applicationId()),
                other.applicationId(), slotOf(other.applicationId()));
            var barrier = new CyclicBarrier(2);
            Callable<Boolean> firstPicks = () -> attempt(barrier,
                () -> interviews.pick(first.accessToken(), wanted.id(), "http://localhost"));
            Callable<Boolean> otherTakes = () -> attempt(barrier, hrInvites
                ? () -> interviews.invite(hr, other.applicationId(), wanted.id(), "http://localhost")
                : () -> interviews.pick(other.accessToken(), wanted.id(), "http://localhost"));
            try (var pool = Executors.newFixedThreadPool(2)) {
                var a = pool.submit(firstPicks);
                var b = pool.submit(otherTakes);
                boolean firstWon = a.get();
                boolean otherWon = b.get();
                assertThat(firstWon ^ otherWon).as("round %d: exactly one booking (first %s, other %s)", round, firstWon, otherWon).isTrue();
                var winner = firstWon ? first : other;
                var loser = firstWon ? other : first;
                assertThat(slotOf(winner.applicationId())).isEqualTo(wanted.id());
                assertThat(slotOf(loser.applicationId())).as("the loser keeps their booking").isEqualTo(before.get(loser.applicationId()));
            }
            assertThat(interviews.invitations(posted.caseId()).stream().filter(i -> !i.cancelled() && i.slotId().equals(wanted.id())))
                .as("round %d", round).hasSize(1);
        }
    }

    /** HR cannot give a slot that another candidate holds: a clear refusal, and nothing changes. */
    @Test
    void hrCannotInviteToATakenSlot() {
        var posted = fixture.publish("Optaget " + UUID.randomUUID(), 10, false);
        var hr = fixture.hr();
        var now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var first = submissions.submit(ApplicationFixtures.submission(posted, "optaget-1-" + UUID.randomUUID() + "@example.dk"));
        var second = submissions.submit(ApplicationFixtures.submission(posted, "optaget-2-" + UUID.randomUUID() + "@example.dk"));
        var s1 = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(86_400), now.plusSeconds(88_200), "Lokale 1", null);
        var s2 = interviews.addSlot(hr, posted.caseId(), now.plusSeconds(90_000), now.plusSeconds(91_800), "Lokale 2", null);
        interviews.invite(hr, first.applicationId(), s1.id(), "http://localhost");
        interviews.invite(hr, second.applicationId(), s2.id(), "http://localhost");

        assertThatThrownBy(() -> interviews.invite(hr, second.applicationId(), s1.id(), "http://localhost"))
            .isInstanceOf(RuleViolation.class).hasMessage("error.interview.slot-booked");
        assertThat(slotOf(second.applicationId())).isEqualTo(s2.id());
        var third = submissions.submit(ApplicationFixtures.submission(posted, "optaget-3-" + UUID.randomUUID() + "@example.dk"));
        assertThatThrownBy(() -> interviews.invite(hr, third.applicationId(), s1.id(), "http://localhost"))
            .as("a first invitation too").isInstanceOf(RuleViolation.class).hasMessage("error.interview.slot-booked");
        assertThat(interviews.invitation(third.applicationId())).isEmpty();
        // Re-inviting a candidate to the slot they hold is no conflict; a cancelled interview frees its slot.
        interviews.invite(hr, first.applicationId(), s1.id(), "http://localhost");
        interviews.cancel(hr, first.applicationId(), "http://localhost");
        interviews.invite(hr, second.applicationId(), s1.id(), "http://localhost");
        assertThat(slotOf(second.applicationId())).isEqualTo(s1.id());
    }

    /** Runs the booking after the barrier: true if it took the slot, false if refused as taken. */
    private static boolean attempt(CyclicBarrier barrier, Runnable booking) throws Exception {
        barrier.await(10, TimeUnit.SECONDS);
        try {
            booking.run();
            return true;
        } catch (RuleViolation e) {
            assertThat(e.messageKey()).isIn("error.interview.slot-taken", "error.interview.slot-booked");
            return false;
        }
    }

    private UUID slotOf(UUID applicationId) {
        return interviews.invitation(applicationId).orElseThrow().slotId();
    }

    private String letterText(UUID application, int index) {
        return jdbc.sql("SELECT body_text FROM outbox_message WHERE application_id = ? AND kind = 'INTERVIEW_INVITATION' "
                + "ORDER BY cause_key").param(application).query(String.class).list().get(index);
    }

    private String attachment(UUID application, int index) {
        List<String> ics = jdbc.sql("""
                SELECT a.content_b64 FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.application_id = ? AND m.kind = 'INTERVIEW_INVITATION' ORDER BY m.cause_key""")
            .param(application).query(String.class).list();
        assertThat(ics).hasSizeGreaterThan(index);
        return new String(Base64.getDecoder().decode(ics.get(index)), StandardCharsets.UTF_8);
    }

    private static VEvent onlyEvent(String ics, String method) throws Exception {
        assertThat(ics).contains("\r\n").doesNotContain("a@rekrut.invalid");
        assertThat(ics.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(((net.fortuna.ical4j.model.Property) calendar.getProperty("METHOD").orElseThrow()).getValue()).isEqualTo(method);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String prop(VEvent event, String name) {
        return ((net.fortuna.ical4j.model.Property) event.getProperty(name).orElseThrow()).getValue();
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
