package dk.rekrut.interview;

import dk.rekrut.application.Application;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.correspondence.MailProperties;
import dk.rekrut.interview.Interviews.Slot;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamMember;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The interview panel as users: HR picks members of the case team for a slot, and each gets the interview in their
 * calendar, by e-mail through the outbox with an iCalendar file. One event per slot and member (a stable UID of both);
 * booking a candidate into the slot sends REQUEST, cancelling the booking or moving it to another slot sends CANCEL,
 * each with a higher SEQUENCE than the member's last. In an anonymous case the letter and the file name the candidate
 * by number only; in an ordinary one, where the panel may know who applied, by name too.
 */
@Service
class PanelInvitations {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final PanelRepository repository;
    private final OrganisationDirectory directory;
    private final CandidateNames names;
    private final Correspondence correspondence;
    private final Clock clock;
    private final String organizer;

    PanelInvitations(PanelRepository repository, OrganisationDirectory directory, CandidateNames names,
                     Correspondence correspondence, Clock clock, MailProperties mail) {
        this.repository = repository;
        this.directory = directory;
        this.names = names;
        this.correspondence = correspondence;
        this.clock = clock;
        this.organizer = mail.from();
    }

    /** Puts these users on the slot's panel; each must be on the case team (a slip of the form adds nobody). */
    void add(RecruitmentCase c, UUID slotId, Collection<UUID> userIds) {
        repository.add(slotId, teamOnly(c, userIds));
    }

    /**
     * The slot's panel becomes these users. When a candidate is booked into the slot, those who leave get a CANCEL
     * of their event and those who join a REQUEST, so every calendar shows the panel as it is.
     */
    void change(RecruitmentCase c, Slot slot, Optional<Application> booked, Collection<UUID> userIds) {
        var chosen = teamOnly(c, userIds);
        var now = repository.members(slot.id()).stream().map(PanelRepository.Member::userId).toList();
        var leaving = now.stream().filter(u -> !chosen.contains(u)).toList();
        var joining = chosen.stream().filter(u -> !now.contains(u)).toList();
        booked.ifPresent(a -> send(slot, c, a, "CANCEL", leaving)); // none who left the team: send skips them
        repository.remove(slot.id(), leaving);
        repository.add(slot.id(), joining);
        booked.ifPresent(a -> send(slot, c, a, "REQUEST", joining));
    }

    private static LinkedHashSet<UUID> teamOnly(RecruitmentCase c, Collection<UUID> userIds) {
        var chosen = new LinkedHashSet<>(userIds);
        if (!chosen.stream().allMatch(c::hasMember)) {
            throw new RuleViolation("error.interview.panel-member");
        }
        return chosen;
    }

    Map<UUID, List<UUID>> idsBySlot(RecruitmentCase c) {
        return onTeam(c, repository.membersOfCase(c.id()));
    }

    /**
     * The panels as the case team is now: someone taken off the team keeps a row here (recruitment does not know of
     * panels) but is on no panel, sees none and is sent nothing (security review 2026-12-07).
     */
    private static Map<UUID, List<UUID>> onTeam(RecruitmentCase c, Map<UUID, List<UUID>> bySlot) {
        var out = new HashMap<UUID, List<UUID>>();
        bySlot.forEach((slot, users) -> {
            var current = users.stream().filter(c::hasMember).toList();
            if (!current.isEmpty()) {
                out.put(slot, current);
            }
        });
        return out;
    }

    /** The panel members of each of the case's slots, by slot, as the case team names them. */
    Map<UUID, List<String>> namesBySlot(RecruitmentCase c) {
        var team = c.team().stream().collect(Collectors.toMap(TeamMember::userId,
            TeamMember::displayName, (x, y) -> x));
        var out = new HashMap<UUID, List<String>>();
        idsBySlot(c).forEach((slot, users) -> out.put(slot,
            users.stream().map(u -> team.getOrDefault(u, directory.user(u).map(UserView::displayName).orElse("")))
                .sorted().toList()));
        return out;
    }

    /** A candidate was booked into the slot (first time, again, or moved here): each member gets a REQUEST. */
    void booked(Slot slot, RecruitmentCase c, Application a) {
        send(slot, c, a, "REQUEST", memberIds(slot));
    }

    /** The slot's booking was cancelled or moved to another slot: each member gets a CANCEL of their event. */
    void released(Slot slot, RecruitmentCase c, Application a) {
        send(slot, c, a, "CANCEL", memberIds(slot));
    }

    private List<UUID> memberIds(Slot slot) {
        return repository.members(slot.id()).stream().map(PanelRepository.Member::userId).toList();
    }

    private void send(Slot slot, RecruitmentCase c, Application a, String method, List<UUID> panel) {
        // Only the case team as it is now: a member taken off it learns of no booking after that.
        var members = panel.stream().filter(c::hasMember).toList();
        if (members.isEmpty()) {
            return;
        }
        // In an anonymous case there is no name to give: the rule is CandidateNames', which reads none there.
        Optional<String> name = names.forPanelLetter(c, a);
        String candidate = name.map(n -> n + " (" + a.candidateNumber() + ")").orElse(a.candidateNumber());
        String when = ("CANCEL".equals(method) ? "AFLYST: " : "") + Time.written(slot.startsAt(), "da");
        for (UUID member : members) {
            var user = directory.user(member).filter(UserView::enabled).orElse(null);
            if (user == null || user.email() == null || user.email().isBlank()) {
                continue;
            }
            int sequence = repository.nextSequence(slot.id(), member);
            var event = new ICalendar.Event(uid(slot.id(), member), sequence, slot.startsAt(), slot.endsAt(),
                "Samtale " + candidate + ": " + c.title(), slot.place(), slot.panel(), organizer, user.email(),
                clock.instant());
            var file = new Letter.Attachment("samtale.ics", "text/calendar; method=" + method + "; charset=UTF-8",
                ICalendar.calendar(method, List.of(event)).getBytes(StandardCharsets.UTF_8));
            correspondence.send(new Letter(LetterKind.PANEL_INVITATION,
                "panel:" + slot.id() + ":" + member + ":" + sequence, a.id(), user.email(), DANISH,
                Map.of("name", candidate, "candidateNumber", a.candidateNumber(), "title", c.title(), "when", when,
                    "where", slot.place(), "duration", Interviews.duration(slot, false), "panel",
                    slot.panel() == null ? "" : slot.panel()),
                List.of(file)));
        }
    }

    /** The UID of one member's event for one slot: stable through every version, distinct from the candidate's. */
    static String uid(UUID slotId, UUID userId) {
        return "panel-" + slotId + "-" + userId + "@rekrut";
    }
}
