package dk.rekrut.assessment.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.assessment.RatingScale;
import dk.rekrut.assessment.scorecard.Scorecards;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.interview.Interviews;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The candidate list and candidate pages of a case, for its team. Candidates are shown by number. */
@Controller
@RequestMapping("/cases/{caseId}")
class CandidateController {

    private final Applications applications;
    private final StatusChanges statusChanges;
    private final ApplicantViews applicants;
    private final Assessments assessments;
    private final CaseAccess access;
    private final CandidatePages pages;
    private final HistoryActors actors;
    private final Scorecards scorecards;
    private final Interviews interviews;

    CandidateController(Applications applications, StatusChanges statusChanges, ApplicantViews applicants,
                        Assessments assessments, CaseAccess access, CandidatePages pages, HistoryActors actors,
                        Scorecards scorecards, Interviews interviews) {
        this.scorecards = scorecards;
        this.interviews = interviews;
        this.actors = actors;
        this.applications = applications;
        this.statusChanges = statusChanges;
        this.applicants = applicants;
        this.assessments = assessments;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/candidates")
    String list(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) ApplicationStatus status,
                @RequestParam(defaultValue = "rank") String sort, @RequestParam(defaultValue = "1") int page,
                @RequestParam(name = "mustBeYes", required = false) Set<UUID> mustBeYes, Model model, Locale locale) {
        var list = pages.list(user, caseId, status, sort, page, mustBeYes == null ? Set.of() : mustBeYes, locale);
        model.addAttribute("c", list.c());
        model.addAttribute("list", list);
        // A warning flashed by the post that led here (a rejection to confirm) comes before the standing one.
        if (!model.containsAttribute("preferentialWarning") && !list.leftOut().isEmpty()) {
            model.addAttribute("preferentialWarning", list.leftOut());
        }
        return "assessment/candidates";
    }

    /** {@code query} is the filter and order of the list the reader came from: previous and next follow it. */
    @GetMapping("/candidates/{applicationId}")
    String show(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, ListQuery query,
                Model model, Locale locale) {
        var page = pages.page(user, caseId, applicationId, locale);
        model.addAttribute("c", page.c());
        model.addAttribute("a", page.a());
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        model.addAttribute("neighbours", pages.neighbours(user, caseId, applicationId, query, locale).orElse(null));
        model.addAttribute("identity", applicants.identityFor(user, page.a()).orElse(null));
        model.addAttribute("historyBy", actors.labels(page.history(), locale));
        return "assessment/candidate";
    }

    @PostMapping("/candidates/{applicationId}/rating")
    String rate(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                @RequestParam(defaultValue = "0") int score, @RequestParam(required = false) String comment,
                ListQuery query, RedirectAttributes flash) {
        requireOnCase(user, caseId, applicationId);
        Flash.attempt(flash, "info.saved", () -> assessments.rate(user, applicationId, score, comment));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + query.suffix();
    }

    /** The scorecard's fields are {@code score-KEY} and {@code note-KEY} per criterion; an empty score is none. */
    @PostMapping("/candidates/{applicationId}/scorecard")
    String scorecard(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                     @RequestParam MultiValueMap<String, String> params, ListQuery query, RedirectAttributes flash) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        Flash.attempt(flash, "info.saved", () -> {
            params.forEach((k, v) -> {
                if (k.startsWith("score-") && v.getFirst() != null && !v.getFirst().isBlank()) {
                    scores.put(k.substring(6), parseScore(v.getFirst()));
                } else if (k.startsWith("note-")) {
                    notes.put(k.substring(5), v.getFirst());
                }
            });
            scorecards.save(user, caseId, applicationId, scores, notes);
        });
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + query.suffix();
    }

    private static int parseScore(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("error.assessment.score");
        }
    }

    @PostMapping("/candidates/{applicationId}/status")
    String status(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                  @RequestParam(required = false) ApplicationStatus status,
                  @RequestParam(defaultValue = "false") boolean confirmPreferential, RedirectAttributes flash) {
        var current = requireOnCase(user, caseId, applicationId).status();
        access.requireManage(user, caseId);
        if (status != null && current.movesThroughOffer(status)) {
            // The offer goes with its letter, and a hire comes after the offer.
            return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/offer"
                + (status == ApplicationStatus.HIRED ? "?hire=true" : "");
        }
        if (status == null) {
            Flash.report(flash, new RuleViolation("error.status.missing"));
        } else if (status != ApplicationStatus.REJECTED || confirmPreferential
            || !warnPreferential(caseId, List.of(applicationId), flash)) {
            Flash.attempt(flash, "info.saved", () -> statusChanges.changeStatus(user, applicationId, status));
        }
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
    }

    /** What re-identifying will show, and to whom, before it is done (review problem 7). */
    @GetMapping("/candidates/{applicationId}/reidentify")
    String confirmReidentify(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, Model model,
                             RedirectAttributes flash) {
        var c = access.requireView(user, caseId);
        var a = applications.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        requireMayReidentify(user, c);
        if (!applicants.canReidentify(user, c, a)) {
            Flash.report(flash, new RuleViolation("error.reidentify.not-chosen"));
            return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
        }
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        return "assessment/confirm-reidentify";
    }

    /** Re-identifies only when the confirmation page says so ({@code confirmed}); a bare post goes to that page. */
    @PostMapping("/candidates/{applicationId}/reidentify")
    String reidentify(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                      @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash) {
        requireOnCase(user, caseId, applicationId);
        if (!confirmed) {
            requireMayReidentify(user, access.requireView(user, caseId));
            return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/reidentify";
        }
        Flash.attempt(flash, "info.reidentified", () -> applicants.reidentify(user, applicationId));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
    }

    @PostMapping("/ranking")
    String ranking(CurrentUser user, @PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> params,
                   RedirectAttributes flash) {
        Map<UUID, Integer> ranks = new HashMap<>();
        List<UUID> shortlist = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        try {
            params.forEach((k, v) -> {
                if (k.startsWith("rank-") && v.getFirst() != null && !v.getFirst().isBlank()) {
                    ranks.put(UUID.fromString(k.substring(5)), Integer.valueOf(v.getFirst().strip()));
                }
            });
            for (String id : params.getOrDefault("shortlist", List.of())) {
                shortlist.add(UUID.fromString(id));
            }
            for (String id : params.getOrDefault("shown", List.of())) {
                shown.add(UUID.fromString(id));
            }
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("errorKey", "error.assessment.ranks");
            return "redirect:/cases/" + caseId + "/candidates";
        }
        boolean saved = Flash.attempt(flash, "info.saved", () -> {
            if (shown.isEmpty()) {
                assessments.saveRanking(user, caseId, ranks, shortlist);
            } else {
                assessments.saveRanking(user, caseId, ranks, shortlist, shown);
            }
        });
        var leftOut = saved ? assessments.preferentialLeftOut(caseId) : List.<Object>of();
        if (!leftOut.isEmpty()) {
            flash.addFlashAttribute("preferentialWarning", leftOut);
        }
        return "redirect:/cases/" + caseId + "/candidates";
    }

    @PostMapping("/candidates/reject")
    String reject(CurrentUser user, @PathVariable UUID caseId, @RequestParam(name = "candidate", required = false) List<UUID> ids,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "false") boolean confirmPreferential, RedirectAttributes flash) {
        access.requireManage(user, caseId);
        if (!confirmed && ids != null && !ids.isEmpty()) {
            // Letters cannot be called back: the board's confirmation shows who gets which letter first.
            var uri = UriComponentsBuilder.fromPath("/cases/" + caseId + "/board/reject");
            ids.forEach(id -> uri.queryParam("candidate", id));
            return "redirect:" + uri.build().toUriString();
        }
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("errorKey", "error.reject.none");
        } else if (!confirmPreferential && warnPreferential(caseId, ids, flash)) {
            flash.addFlashAttribute("rejectSelection", ids);
            flash.addFlashAttribute("rejectReason", reason);
        } else {
            Flash.attempt(flash, "info.rejected", () -> statusChanges.reject(user, caseId, ids, reason,
                interviews.metAtInterview(caseId)));
        }
        return "redirect:/cases/" + caseId + "/candidates";
    }

    @PostMapping("/assessment-settings")
    String settings(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) RatingScale scale,
                    @RequestParam(defaultValue = "false") boolean blind, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> assessments.saveSettings(user, caseId, scale, blind));
        return "redirect:/cases/" + caseId + "/candidates";
    }

    /**
     * Rejecting a candidate who declared preferential access needs a second, deliberate confirmation: such a candidate
     * must be called to interview if they meet the formal qualifications. Returns whether it warned (and did nothing).
     */
    private boolean warnPreferential(UUID caseId, List<UUID> ids, RedirectAttributes flash) {
        var numbers = assessments.preferentialAmong(caseId, ids);
        if (numbers.isEmpty()) {
            return false;
        }
        flash.addFlashAttribute("preferentialWarning", numbers);
        flash.addFlashAttribute("confirmPreferential", true);
        return true;
    }

    /** HR handling the case and its chair re-identify (ApplicantViews.reidentify decides on the candidate). */
    private void requireMayReidentify(CurrentUser user, RecruitmentCase c) {
        if (!access.canManage(user, c) && !c.hasMember(user.id(), TeamRole.CHAIR)) {
            throw new ForbiddenException("re-identify");
        }
    }

    private Application requireOnCase(CurrentUser user, UUID caseId, UUID applicationId) {
        access.requireView(user, caseId);
        return applications.find(applicationId).filter(a -> a.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
    }
}
