package dk.rekrut.interview;

import dk.rekrut.correspondence.MailProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.recruitment.CaseStatusGuard;
import dk.rekrut.recruitment.ClosingCheck;
import dk.rekrut.shared.InvalidInput;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.TextLimits;
import dk.rekrut.shared.Time;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interview slots, invitations with iCalendar files, replies, rescheduling and cancelling. */
@Service
public class Interviews implements CaseStatusGuard {

    public record Slot(UUID id, UUID caseId, Instant startsAt, Instant endsAt, String place, String panel) {
    }

    public record Invitation(UUID applicationId, UUID caseId, UUID slotId, String uid, int sequence, String reply,
                             boolean cancelled) {
    }

    private final InterviewRepository repository;
    private final CaseAccess access;
    private final Applications applications;
    private final StatusChanges statusChanges;
    private final ApplicantViews applicants;
    private final Cases cases;
    private final PanelInvitations panel;
    private final Clock clock;
    private final String organizer;

    Interviews(InterviewRepository repository, CaseAccess access, Applications applications, StatusChanges statusChanges,
               ApplicantViews applicants, Cases cases, PanelInvitations panel, Clock clock, MailProperties mail) {
        this.repository = repository;
        this.access = access;
        this.applications = applications;
        this.statusChanges = statusChanges;
        this.applicants = applicants;
        this.cases = cases;
        this.panel = panel;
        this.clock = clock;
        this.organizer = mail.from();
    }

    /** Closing early is a choice HR states: an interview still ahead (not cancelled, not declined) is a point not met. */
    @Override
    public List<ClosingCheck> closingChecks(UUID caseId) {
        return List.of(ClosingCheck.waivable("check.interviews", repository.countAhead(caseId, clock.instant()) == 0));
    }

    /** HR, the hiring manager and administrative support on the case invite; committees do not. */
    public boolean canInvite(CurrentUser user, RecruitmentCase c) {
        return access.canManage(user, c) || c.hasMember(user.id(), TeamRole.HIRING_MANAGER, TeamRole.ADMIN_SUPPORT);
    }

    /** The interview_slot columns (V8__interviews.sql). */
    static final TextLimits SLOT_LIMITS = TextLimits.of().field("place", 300).field("panel", 500);

    /** A slot's place and panel within their columns, its start and end in plausible years. */
    private static void checkSlot(Instant start, Instant end, String place, String panel) {
        var problems = new ArrayList<InvalidInput.Problem>();
        if (!Time.plausible(start)) {
            problems.add(InvalidInput.Problem.of("start", "error.input.date-range"));
        } else if (!Time.plausible(end)) {
            problems.add(InvalidInput.Problem.of("minutes", "error.input.date-range"));
        }
        SLOT_LIMITS.check().value("place", place).value("panel", panel).tooLong()
            .forEach(t -> problems.add(InvalidInput.Problem.tooLong(t)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public List<Slot> slots(UUID caseId) {
        return repository.slots(caseId);
    }

    public List<Invitation> invitations(UUID caseId) {
        return repository.invitations(caseId);
    }

    public Optional<Invitation> invitation(UUID applicationId) {
        return repository.invitation(applicationId);
    }

    public Optional<Slot> slot(UUID slotId) {
        return repository.slot(slotId);
    }

    /** A slot whose panel is named in free text only (people from outside the case team). */
    @Transactional
    public Slot addSlot(CurrentUser user, UUID caseId, Instant start, Instant end, String place, String panel) {
        return addSlot(user, caseId, start, end, place, panel, List.of());
    }

    /**
     * A slot with its panel: {@code members} are users of the case team who get each booking of the slot in their
     * calendar; {@code panel} names others in free text.
     */
    @Transactional
    public Slot addSlot(CurrentUser user, UUID caseId, Instant start, Instant end, String place, String panel,
                        List<UUID> members) {
        var c = access.requireView(user, caseId);
        if (!canInvite(user, c)) {
            throw new ForbiddenException("interview slots");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new RuleViolation("error.interview.times");
        }
        if (place == null || place.isBlank()) {
            throw new RuleViolation("error.interview.place");
        }
        checkSlot(start, end, place, panel);
        var slot = new Slot(UUID.randomUUID(), caseId, start, end, place.strip(), panel == null ? null : panel.strip());
        repository.insert(slot);
        this.panel.add(c, slot.id(), members == null ? List.of() : members);
        return slot;
    }

    /** HR changes who of the case team is on a slot's panel; a booked candidate's interview reaches the new panel. */
    @Transactional
    public void changePanel(CurrentUser user, UUID caseId, UUID slotId, List<UUID> members) {
        var c = access.requireView(user, caseId);
        if (!canInvite(user, c)) {
            throw new ForbiddenException("interview panel");
        }
        var slot = slot(slotId).filter(s -> s.caseId().equals(caseId)).orElseThrow(() -> new RuleViolation("error.interview.slot"));
        repository.lockSlot(slotId);
        var booked = invitations(caseId).stream().filter(i -> i.slotId().equals(slotId) && !i.cancelled()).findFirst()
            .flatMap(i -> applications.find(i.applicationId()));
        panel.change(c, slot, booked, members == null ? List.of() : members);
    }

    /**
     * Invites to a slot, or moves an invitation to another slot: a new version with a higher SEQUENCE. A slot that
     * another candidate's (uncancelled) invitation holds is refused.
     */
    @Transactional
    public Invitation invite(CurrentUser user, UUID applicationId, UUID slotId, String linkBase) {
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = access.requireView(user, a.caseId());
        if (!canInvite(user, c)) {
            throw new ForbiddenException("invite");
        }
        var slot = slot(slotId).filter(s -> s.caseId().equals(c.id())).orElseThrow(() -> new RuleViolation("error.interview.slot"));
        repository.lockSlot(slotId);
        if (repository.takenByOther(slotId, applicationId)) {
            throw new RuleViolation("error.interview.slot-booked");
        }
        var existing = invitation(applicationId);
        var left = existing.filter(i -> !i.cancelled() && !i.slotId().equals(slotId)).flatMap(i -> slot(i.slotId()));
        Invitation inv;
        if (existing.isEmpty()) {
            inv = new Invitation(applicationId, c.id(), slotId, "interview-" + applicationId + "@rekrut", 0, "NONE", false);
            repository.insert(inv, clock.instant());
        } else {
            var old = existing.get();
            inv = new Invitation(applicationId, c.id(), slotId, old.uid(), old.sequence() + 1, "NONE", false);
            repository.update(inv, clock.instant());
        }
        statusChanges.recordInvited(user, applicationId);
        send(inv, slot, c, "REQUEST", a, linkBase);
        left.ifPresent(old -> panel.released(old, c, a));
        panel.booked(slot, c, a);
        return inv;
    }

    @Transactional
    public void cancel(CurrentUser user, UUID applicationId, String linkBase) {
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = access.requireView(user, a.caseId());
        if (!canInvite(user, c)) {
            throw new ForbiddenException("cancel");
        }
        var old = invitation(applicationId).filter(i -> !i.cancelled()).orElseThrow(() -> new RuleViolation("error.interview.none"));
        var inv = new Invitation(applicationId, c.id(), old.slotId(), old.uid(), old.sequence() + 1, old.reply(), true);
        repository.update(inv, clock.instant());
        var slot = slot(old.slotId()).orElseThrow();
        send(inv, slot, c, "CANCEL", a, linkBase);
        panel.released(slot, c, a);
    }

    /** The applications whose interview was held: an invitation neither cancelled nor declined, its slot over. */
    public Set<UUID> metAtInterview(UUID caseId) {
        var now = clock.instant();
        var over = slots(caseId).stream().filter(s -> !s.endsAt().isAfter(now)).map(Slot::id).collect(Collectors.toSet());
        return invitations(caseId).stream()
            .filter(i -> !i.cancelled() && !"DECLINED".equals(i.reply()) && over.contains(i.slotId()))
            .map(Invitation::applicationId).collect(Collectors.toSet());
    }

    /** Cancels the application's booking if it is still ahead, telling the panel only (see {@link InterviewErasure}). */
    void cancelAhead(UUID applicationId) {
        var old = invitation(applicationId).filter(i -> !i.cancelled()).orElse(null);
        var slot = old == null ? null : slot(old.slotId()).filter(s -> s.startsAt().isAfter(clock.instant())).orElse(null);
        if (slot == null) {
            return;
        }
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = cases.find(a.caseId()).orElseThrow(() -> new NotFoundException("case"));
        repository.update(new Invitation(applicationId, c.id(), old.slotId(), old.uid(), old.sequence() + 1, old.reply(),
            true), clock.instant());
        panel.released(slot, c, a);
    }

    /** The candidate's answer through their private link. */
    @Transactional
    public void reply(String token, boolean accept) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        invitation(a.id()).filter(i -> !i.cancelled()).orElseThrow(() -> new NotFoundException("invitation"));
        repository.reply(a.id(), accept ? "ACCEPTED" : "DECLINED", clock.instant());
    }

    /**
     * The slots a candidate may move to through their private link: not yet begun, and not taken by another
     * candidate's (uncancelled) invitation.
     */
    public List<Slot> freeSlots(UUID caseId, UUID applicationId) {
        var taken = invitations(caseId).stream().filter(i -> !i.cancelled() && !i.applicationId().equals(applicationId))
            .map(Invitation::slotId).collect(Collectors.toSet());
        var now = clock.instant();
        return slots(caseId).stream().filter(s -> s.startsAt().isAfter(now) && !taken.contains(s.id())).toList();
    }

    /**
     * The candidate picks another free slot through their private link: the invitation moves there and an updated
     * calendar invitation (same UID, higher SEQUENCE) goes out. Picking a time is also saying yes to it. The status
     * stays INVITED: no status changes here.
     */
    @Transactional
    public void pick(String token, UUID slotId, String linkBase) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        var old = invitation(a.id()).filter(i -> !i.cancelled()).orElseThrow(() -> new NotFoundException("invitation"));
        repository.lockSlot(slotId);
        var slot = freeSlots(a.caseId(), a.id()).stream().filter(s -> s.id().equals(slotId)).findFirst()
            .orElseThrow(() -> new RuleViolation("error.interview.slot-taken"));
        if (slot.id().equals(old.slotId())) {
            return;
        }
        var c = cases.find(a.caseId()).orElseThrow(() -> new NotFoundException("case"));
        var inv = new Invitation(a.id(), c.id(), slot.id(), old.uid(), old.sequence() + 1, "ACCEPTED", false);
        repository.update(inv, clock.instant());
        send(inv, slot, c, "REQUEST", a, linkBase);
        slot(old.slotId()).ifPresent(from -> panel.released(from, c, a));
        panel.booked(slot, c, a);
    }

    /** The users on each of the case's slot panels, by slot (for the form that changes a panel). */
    public Map<UUID, List<UUID>> panelMemberIds(RecruitmentCase c) {
        return panel.idsBySlot(c);
    }

    /** The panel members of each of the case's slots (names from the case team), by slot. */
    public Map<UUID, List<String>> panelMembers(RecruitmentCase c) {
        return panel.namesBySlot(c);
    }

    /** The case's interviews for the panel's calendar (Outlook and others): candidates by number only. */
    public String calendar(CurrentUser user, UUID caseId) {
        var c = access.requireView(user, caseId);
        var events = invitations(caseId).stream().filter(i -> !i.cancelled()).map(i -> {
            var s = slot(i.slotId()).orElseThrow();
            String number = applications.find(i.applicationId()).map(a -> a.candidateNumber()).orElse("");
            return new ICalendar.Event(i.uid(), i.sequence(), s.startsAt(), s.endsAt(), "Samtale " + number + ": " + c.title(),
                s.place(), s.panel(), organizer, null, clock.instant());
        }).toList();
        return ICalendar.calendar("PUBLISH", events);
    }

    private void send(Invitation inv, Slot slot, RecruitmentCase c, String method, Application a, String linkBase) {
        // in the letter's language, as people write a time; the cancellation says so first
        boolean english = "en".equals(a.language());
        String when = ("CANCEL".equals(method) ? (english ? "CANCELLED: " : "AFLYST: ") : "")
            + Time.written(slot.startsAt(), english ? "en" : "da");
        // This module never keeps the applicant's address: the application module hands it to the attachment
        // only while it writes the letter.
        applicants.sendToApplicant(inv.applicationId(), LetterKind.INTERVIEW_INVITATION,
            "interview:" + inv.applicationId() + ":" + inv.sequence(),
            Map.of("when", when, "where", slot.place(), "candidateNumber", a.candidateNumber(),
                "duration", duration(slot, english), "panel", orElse(slot.panel(), english ? "the assessment committee"
                    : "bedømmelsesudvalget"), "contact", orElse(c.contact() == null ? null : c.contact().written(),
                    english ? "us" : "os")),
            contact -> List.of(invitationFile(inv, slot, c, method, contact.email())), linkBase);
    }

    /** How long the slot lasts, as the letter says it ("45 minutter"). */
    public static String duration(Slot slot, boolean english) {
        long minutes = Duration.between(slot.startsAt(), slot.endsAt()).toMinutes();
        return minutes + (english ? " minutes" : " minutter");
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** The .ics of one invitation, with the applicant as attendee (folded by {@link ICalendar}). */
    private Letter.Attachment invitationFile(Invitation inv, Slot slot, RecruitmentCase c, String method, String attendee) {
        var event = new ICalendar.Event(inv.uid(), inv.sequence(), slot.startsAt(), slot.endsAt(),
            "Samtale: " + c.title(), slot.place(), null, organizer, attendee, clock.instant());
        return new Letter.Attachment("invitation.ics", "text/calendar; method=" + method + "; charset=UTF-8",
            ICalendar.calendar(method, List.of(event)).getBytes(StandardCharsets.UTF_8));
    }
}
