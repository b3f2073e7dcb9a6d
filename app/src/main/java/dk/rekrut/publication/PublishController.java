package dk.rekrut.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Offentliggør" in two steps (review problems 4 and 7): first where the posting will appear from today and what is
 * missing, with the institution's own job list preselected; then the confirmed publication.
 */
@Controller
@RequestMapping("/cases/{caseId}/publish")
class PublishController {

    /** What adding the own job list from today mends, so the confirmation does not list it as missing. */
    private static final Set<String> MENDED_BY_OWN_SITE = Set.of("blocker.no-publication", "blocker.no-medium-today");

    private final Postings postings;
    private final Cases cases;
    private final CaseAccess access;

    PublishController(Postings postings, Cases cases, CaseAccess access) {
        this.postings = postings;
        this.cases = cases;
        this.access = access;
    }

    @GetMapping
    String confirm(CurrentUser user, @PathVariable UUID caseId, Model model) {
        var c = access.requireManage(user, caseId);
        var today = postings.today();
        var publications = postings.publications(caseId);
        var ownSite = postings.forCase(caseId).isPresent() && !postings.onOwnSite(caseId) ? postings.ownSite().orElse(null) : null;
        model.addAttribute("c", c);
        model.addAttribute("today", today);
        model.addAttribute("runningToday", publications.stream().filter(p -> p.activeOn(today)).toList());
        model.addAttribute("later", publications.stream().filter(p -> p.startsOn().isAfter(today)).toList());
        model.addAttribute("ownSite", ownSite);
        model.addAttribute("blockers", cases.publishingBlockers(caseId).stream()
            .filter(b -> ownSite == null || !MENDED_BY_OWN_SITE.contains(b)).toList());
        model.addAttribute("missingMedium", cases.publishingBlockers(caseId).stream().anyMatch(MENDED_BY_OWN_SITE::contains));
        return "cases/confirm-publish";
    }

    /** Publishes only when the confirmation page says so ({@code confirmed}); a bare post goes to that page. */
    @PostMapping
    String publish(CurrentUser user, @PathVariable UUID caseId, @RequestParam(defaultValue = "false") boolean confirmed,
                   @RequestParam(defaultValue = "false") boolean ownSite, RedirectAttributes flash) {
        access.requireManage(user, caseId);
        if (!confirmed) {
            return "redirect:/cases/" + caseId + "/publish";
        }
        try {
            postings.publish(user, caseId, ownSite);
            flash.addFlashAttribute("info", "info.case.publish");
            return "redirect:/cases/" + caseId;
        } catch (RuleViolation e) {
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorDetails", e.args().length > 0 ? Arrays.asList(String.valueOf(e.args()[0]).split(",")) : List.of());
            return "redirect:/cases/" + caseId + "/publish";
        }
    }
}
