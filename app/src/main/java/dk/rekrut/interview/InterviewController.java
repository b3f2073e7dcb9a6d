package dk.rekrut.interview;

import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.PrivateLink;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.PublicSite;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Applications;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class InterviewController {

    private final Interviews interviews;
    private final Applications applications;
    private final ApplicantViews applicants;
    private final CaseAccess access;
    private final PublicSite site;

    InterviewController(Interviews interviews, Applications applications, ApplicantViews applicants, CaseAccess access,
                        PublicSite site) {
        this.site = site;
        this.interviews = interviews;
        this.applications = applications;
        this.applicants = applicants;
        this.access = access;
    }

    @GetMapping("/cases/{caseId}/interviews")
    String page(CurrentUser user, @PathVariable UUID caseId,
                @RequestParam(name = "candidate", required = false) List<UUID> selected, Model model) {
        var c = access.requireView(user, caseId);
        model.addAttribute("c", c);
        model.addAttribute("slots", interviews.slots(caseId));
        var invitations = interviews.invitations(caseId);
        model.addAttribute("invitations", invitations);
        // who holds each slot: the form preselects a candidate's own slot and shows others' as taken, so inviting
        // again never moves anyone silently and never double-books
        model.addAttribute("holders", invitations.stream().filter(i -> !i.cancelled())
            .collect(Collectors.toMap(i -> i.slotId(), i -> i.applicationId(), (x, y) -> x)));
        var numbers = labels(user, c);
        model.addAttribute("numbers", numbers);
        // Candidates chosen on the pipeline board come first to invite; the others stay one link away.
        var chosen = selected == null ? List.<UUID>of() : selected.stream().filter(numbers::containsKey).distinct().toList();
        model.addAttribute("selected", chosen);
        model.addAttribute("toInvite", chosen.isEmpty() ? numbers
            : chosen.stream().collect(Collectors.toMap(id -> id, numbers::get, (x, y) -> x, LinkedHashMap::new)));
        model.addAttribute("canInvite", interviews.canInvite(user, c));
        model.addAttribute("panelMembers", interviews.panelMembers(c));
        model.addAttribute("panelIds", interviews.panelMemberIds(c));
        // each user of the case team once, whatever roles they have on it: the people a panel is chosen from
        model.addAttribute("team", c.team().stream().collect(Collectors.toMap(m -> m.userId(), m -> m.displayName(),
            (x, y) -> x, LinkedHashMap::new)));
        model.addAttribute("preferentialNotInvited", preferentialNotInvited(user, c));
        return "interview/interviews";
    }

    @PostMapping("/cases/{caseId}/interviews/slots")
    String addSlot(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                   @RequestParam(defaultValue = "45") int minutes, @RequestParam(defaultValue = "") String place,
                   @RequestParam(required = false) String panel,
                   @RequestParam(name = "panelMember", required = false) List<UUID> members, RedirectAttributes flash) {
        requireInviter(user, caseId);
        Flash.attempt(flash, "info.saved", () -> {
            if (start == null) {
                throw new RuleViolation("error.interview.times");
            }
            var from = start.atZone(Time.DANISH).toInstant();
            interviews.addSlot(user, caseId, from, from.plusSeconds(60L * minutes), place, panel,
                members == null ? List.of() : members);
        });
        return "redirect:/cases/" + caseId + "/interviews";
    }

    @PostMapping("/cases/{caseId}/interviews/slots/{slotId}/panel")
    String changePanel(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID slotId,
                       @RequestParam(name = "panelMember", required = false) List<UUID> members, RedirectAttributes flash) {
        requireInviter(user, caseId);
        Flash.attempt(flash, "info.saved", () -> interviews.changePanel(user, caseId, slotId, members));
        return "redirect:/cases/" + caseId + "/interviews";
    }

    @PostMapping("/cases/{caseId}/candidates/{applicationId}/invite")
    String invite(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                  @RequestParam(required = false) UUID slotId, RedirectAttributes flash) {
        onCase(user, caseId, applicationId);
        requireInviter(user, caseId);
        Flash.attempt(flash, "info.invited", () -> {
            if (slotId == null) {
                throw new RuleViolation("error.interview.slot");
            }
            interviews.invite(user, applicationId, slotId, base());
        });
        return "redirect:/cases/" + caseId + "/interviews";
    }

    @PostMapping("/cases/{caseId}/candidates/{applicationId}/cancel-interview")
    String cancel(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, RedirectAttributes flash) {
        onCase(user, caseId, applicationId);
        requireInviter(user, caseId);
        Flash.attempt(flash, "info.cancelled", () -> interviews.cancel(user, applicationId, base()));
        return "redirect:/cases/" + caseId + "/interviews";
    }

    /** The panel's calendar: subscribe to this address or import the file in Outlook. */
    @GetMapping("/cases/{caseId}/interviews.ics")
    ResponseEntity<byte[]> calendar(CurrentUser user, @PathVariable UUID caseId) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("samtaler.ics").build().toString())
            .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
            .body(interviews.calendar(user, caseId).getBytes(StandardCharsets.UTF_8));
    }

    @PrivateLink
    @GetMapping("/my-application/{token}/interview")
    String applicantView(@PathVariable String token, Model model) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        var inv = interviews.invitation(a.id()).orElseThrow(() -> new NotFoundException("invitation"));
        model.addAttribute("token", token);
        model.addAttribute("inv", inv);
        model.addAttribute("slot", interviews.slot(inv.slotId()).orElseThrow());
        model.addAttribute("otherSlots", inv.cancelled() ? List.of()
            : interviews.freeSlots(a.caseId(), a.id()).stream().filter(s -> !s.id().equals(inv.slotId())).toList());
        return "interview/applicant";
    }

    /** Accept, decline, or ({@code reply=pick}) move to another free slot, which sends an updated invitation. */
    @PrivateLink
    @PostMapping("/my-application/{token}/interview")
    String applicantReply(@PathVariable String token, @RequestParam(defaultValue = "") String reply,
                          @RequestParam(required = false) UUID slotId, RedirectAttributes flash) {
        if ("pick".equals(reply)) {
            boolean picked = Flash.attempt(flash, null, () -> {
                if (slotId == null) {
                    throw new RuleViolation("error.interview.slot-taken");
                }
                interviews.pick(token, slotId, base());
            });
            if (!picked) {
                return "redirect:/my-application/" + token + "/interview";
            }
        } else {
            interviews.reply(token, "accept".equals(reply));
        }
        return "redirect:/my-application/" + token + "/interview?replied";
    }

    /**
     * How each candidate of the case is named on the page, by application id: "name (number)" in an ordinary case,
     * where the case team may know who applied; the number alone in an anonymous case (names through the privacy
     * door, which reads none there and audits the others). The number stays in every label, so a candidate is
     * found by number on this page as on the others.
     */
    private Map<UUID, String> labels(CurrentUser user, RecruitmentCase c) {
        var all = applications.forCase(c.id());
        var names = applicants.namesForOverview(user, c, all);
        return all.stream().collect(Collectors.toMap(a -> a.id(), a -> names.containsKey(a.id())
            ? names.get(a.id()) + " (" + a.candidateNumber() + ")" : a.candidateNumber()));
    }

    /**
     * Once invitations go out, HR and the chair are warned about candidates with a declared right of preferential
     * access who are not invited (nor withdrawn): they must be called in if they meet the formal qualifications.
     * Only candidate numbers, and only for HR and the chair (the declaration can point to a disability).
     */
    private List<String> preferentialNotInvited(CurrentUser user, RecruitmentCase c) {
        if (!access.canManage(user, c) && !c.hasMember(user.id(), TeamRole.CHAIR)) {
            return List.of();
        }
        var invited = interviews.invitations(c.id()).stream().filter(i -> !i.cancelled()).map(i -> i.applicationId())
            .collect(Collectors.toSet());
        if (invited.isEmpty()) {
            return List.of();
        }
        var preferential = applications.withPreferentialAccess(c.id());
        return applications.forCase(c.id()).stream()
            .filter(a -> preferential.contains(a.id()) && !invited.contains(a.id())
                && a.status() != ApplicationStatus.WITHDRAWN)
            .map(a -> a.candidateNumber()).sorted().toList();
    }

    /** Rights before validation, so a denied user never learns more than "denied". */
    private void requireInviter(CurrentUser user, UUID caseId) {
        if (!interviews.canInvite(user, access.requireView(user, caseId))) {
            throw new ForbiddenException("interviews");
        }
    }

    private void onCase(CurrentUser user, UUID caseId, UUID applicationId) {
        access.requireView(user, caseId);
        applications.find(applicationId).filter(a -> a.caseId().equals(caseId)).orElseThrow(() -> new NotFoundException("application"));
    }

    private String base() {
        return site.baseUrl();
    }
}
