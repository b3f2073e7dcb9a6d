package dk.rekrut.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.interview.InterviewNotes;
import dk.rekrut.interview.References;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
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

/** The candidate list and candidate pages of a case, for its team. Candidates are shown by number. */
@Controller
@RequestMapping("/cases/{caseId}")
class CandidateController {

    /** One line of the candidate list. {@code average} is over the ratings this user may see. */
    record Line(Application application, Double average, Integer myScore, Integer rank, boolean shortlisted, int ratings) {
    }

    static final int PAGE_SIZE = 100;

    private final Applications applications;
    private final ScreeningQuestions questions;
    private final Assessments assessments;
    private final CaseAccess access;
    private final Redactions redactions;
    private final dk.rekrut.correspondence.Correspondence correspondence;
    private final InterviewNotes notes;
    private final References references;
    private final dk.rekrut.talentpool.TalentPools talentPools;

    CandidateController(Applications applications, ScreeningQuestions questions, Assessments assessments,
                        CaseAccess access, Redactions redactions,
                        dk.rekrut.talentpool.TalentPools talentPools,
                        dk.rekrut.correspondence.Correspondence correspondence, InterviewNotes notes,
                        References references) {
        this.correspondence = correspondence;
        this.notes = notes;
        this.references = references;
        this.redactions = redactions;
        this.talentPools = talentPools;
        this.applications = applications;
        this.questions = questions;
        this.assessments = assessments;
        this.access = access;
    }

    @GetMapping("/candidates")
    String list(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) ApplicationStatus status,
                @RequestParam(defaultValue = "rank") String sort, @RequestParam(defaultValue = "1") int page, Model model) {
        var c = access.requireView(user, caseId);
        var ratings = assessments.visibleRatingsForCase(user, c);
        var ranking = assessments.ranking(caseId);
        var all = applications.forCase(caseId);
        List<Line> lines = new ArrayList<>();
        for (var a : all) {
            if (status != null && a.status() != status) {
                continue;
            }
            var rs = ratings.getOrDefault(a.id(), List.of());
            var mine = rs.stream().filter(r -> r.raterId().equals(user.id())).findFirst().map(Rating::score).orElse(null);
            var ranked = ranking.get(a.id());
            lines.add(new Line(a, rs.isEmpty() ? null : rs.stream().mapToInt(Rating::score).average().orElse(0), mine,
                ranked == null ? null : ranked.rank(), ranked != null && ranked.shortlisted(), rs.size()));
        }
        // Never by submission time: by the chair's ranking, by rating, or by candidate number.
        Comparator<Line> byNumber = Comparator.comparing(l -> l.application().candidateNumber());
        Comparator<Line> order = switch (sort) {
            case "rating" -> Comparator.comparing((Line l) -> l.average() == null ? 0.0 : -l.average()).thenComparing(byNumber);
            case "number" -> byNumber;
            default -> Comparator.comparing((Line l) -> l.rank() == null ? Integer.MAX_VALUE : l.rank()).thenComparing(byNumber);
        };
        lines.sort(order);
        // Pages of PAGE_SIZE lines: a case with thousands of applicants stays quick to open and to read.
        int pages = Math.max(1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("c", c);
        model.addAttribute("lines", lines.subList((current - 1) * PAGE_SIZE, Math.min(lines.size(), current * PAGE_SIZE)));
        model.addAttribute("total", lines.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("settings", assessments.settings(caseId));
        model.addAttribute("scales", RatingScale.values());
        model.addAttribute("canManage", access.canManage(user, c));
        model.addAttribute("isChair", assessments.isChair(user, c));
        addPreferentialAccess(user, c, all, ranking, model);
        model.addAttribute("reviewQuestions", assessments.canRate(user, c) ? questions.forCase(caseId) : List.of());
        return "assessment/candidates";
    }

    @GetMapping("/candidates/{applicationId}")
    String show(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, Model model, Locale locale) {
        var c = access.requireView(user, caseId);
        var a = applications.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        var settings = assessments.settings(caseId);
        var visible = assessments.visibleRatings(user, c, applicationId);
        var identity = applications.identityFor(user, a).orElse(null);
        // Through the one door: whoever may not know who applied sees free-text answers only as redacted (or not yet).
        var asked = questions.forCase(caseId);
        var shown = redactions.answers(user, c, List.of(applicationId), asked, locale).get(applicationId);
        var answers = new LinkedHashMap<String, String>();
        asked.forEach(q -> answers.put(q.text(), shown.get(q.id())));
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        model.addAttribute("documents", redactions.visibleDocuments(user, c, applicationId));
        model.addAttribute("answers", answers);
        model.addAttribute("history", applications.history(applicationId));
        model.addAttribute("ratings", visible);
        model.addAttribute("mine", visible.stream().filter(r -> r.raterId().equals(user.id())).findFirst().orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("canRate", assessments.canRate(user, c));
        model.addAttribute("canManage", access.canManage(user, c));
        // Links only to pages the user may open (the review saw the committee sent to a 403 in an anonymous case).
        model.addAttribute("canSeeNotes", notes.onPanel(user, c));
        model.addAttribute("canSeeReferences", references.canView(user, c, a));
        model.addAttribute("hidden", assessments.canRate(user, c) && visible.isEmpty() && settings.blindUntilRated());
        model.addAttribute("identity", identity);
        model.addAttribute("originals", applications.documentsFor(user, a));
        // HR handling the case may offer the applicant a place in a talent pool (the offer reads the address itself)
        model.addAttribute("pools", access.canManage(user, c) && a.status() != ApplicationStatus.WITHDRAWN
            ? talentPools.pools() : List.of());
        model.addAttribute("canReidentify", applications.canReidentify(user, c, a));
        // In an anonymous case the committee does not see when someone applied: the order could point to a person.
        model.addAttribute("showHistory", access.canManage(user, c) || !c.anonymous() || applications.reidentified(a.id()));
        // HR writes to the applicant and sees what was sent; the committee never sees the correspondence.
        model.addAttribute("correspondence", access.canManage(user, c) ? correspondence.log(a.id()) : List.of());
        model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::settableByStaff).toList());
        model.addAttribute("otherApplications", applications.otherApplications(user, a));
        return "assessment/candidate";
    }

    @PostMapping("/candidates/{applicationId}/rating")
    String rate(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                @RequestParam(defaultValue = "0") int score, @RequestParam(required = false) String comment,
                RedirectAttributes flash) {
        requireOnCase(user, caseId, applicationId);
        Flash.attempt(flash, "info.saved", () -> assessments.rate(user, applicationId, score, comment));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
    }

    @PostMapping("/candidates/{applicationId}/status")
    String status(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                  @RequestParam(required = false) ApplicationStatus status,
                  @RequestParam(defaultValue = "false") boolean confirmPreferential, RedirectAttributes flash) {
        requireOnCase(user, caseId, applicationId);
        access.requireManage(user, caseId);
        if (status == null) {
            Flash.report(flash, new RuleViolation("error.status.missing"));
        } else if (status != ApplicationStatus.REJECTED || confirmPreferential
            || !warnPreferential(caseId, List.of(applicationId), flash)) {
            Flash.attempt(flash, "info.saved", () -> applications.changeStatus(user, applicationId, status));
        }
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
    }

    @PostMapping("/candidates/{applicationId}/reidentify")
    String reidentify(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, RedirectAttributes flash) {
        requireOnCase(user, caseId, applicationId);
        Flash.attempt(flash, "info.reidentified", () -> applications.reidentify(user, applicationId));
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
                  @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean confirmPreferential, RedirectAttributes flash) {
        access.requireManage(user, caseId);
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("errorKey", "error.reject.none");
        } else if (!confirmPreferential && warnPreferential(caseId, ids, flash)) {
            flash.addFlashAttribute("rejectSelection", ids);
            flash.addFlashAttribute("rejectReason", reason);
        } else {
            applications.reject(user, caseId, ids, reason);
            flash.addFlashAttribute("info", "info.rejected");
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

    /** HR and the chair see who declared preferential access and who of them is being left out of the interviews. */
    private void addPreferentialAccess(CurrentUser user, dk.rekrut.recruitment.RecruitmentCase c, List<Application> all,
                                       Map<UUID, Assessments.Ranked> ranking, Model model) {
        boolean sees = access.canManage(user, c) || assessments.isChair(user, c);
        var preferential = sees ? applications.withPreferentialAccess(c.id()) : java.util.Set.<UUID>of();
        model.addAttribute("preferential", preferential);
        if (sees && !model.containsAttribute("preferentialWarning")) {
            var leftOut = assessments.preferentialLeftOut(all, ranking, preferential);
            if (!leftOut.isEmpty()) {
                model.addAttribute("preferentialWarning", leftOut);
            }
        }
    }

    private void requireOnCase(CurrentUser user, UUID caseId, UUID applicationId) {
        access.requireView(user, caseId);
        applications.find(applicationId).filter(a -> a.caseId().equals(caseId)).orElseThrow(() -> new NotFoundException("application"));
    }
}
