package dk.rekrut.assessment.candidates;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Two to four candidates ticked on the candidate list, side by side; for everyone who may open the list. */
@Controller
class ComparisonController {

    private final Comparisons comparisons;
    private final CaseAccess access;

    ComparisonController(Comparisons comparisons, CaseAccess access) {
        this.comparisons = comparisons;
        this.access = access;
    }

    /** Too few or too many ticked is a message on the list (with its filter and order), not an error page. */
    @GetMapping("/cases/{caseId}/candidates/compare")
    String compare(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(name = "candidate", required = false) List<UUID> ids, ListQuery query, Model model,
                   Locale locale, RedirectAttributes flash) {
        access.requireView(user, caseId);
        if (!Comparisons.comparable(ids)) {
            flash.addFlashAttribute("errorKey", "error.compare.count");
            return "redirect:/cases/" + caseId + "/candidates" + query.suffix();
        }
        var comparison = comparisons.compare(user, caseId, ids, query, locale);
        model.addAttribute("c", comparison.c());
        model.addAttribute("comparison", comparison);
        return "assessment/compare";
    }
}
