package dk.rekrut.assessment.shortlist;

import java.util.List;
import java.util.UUID;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's page for the chair's shortlist: what confirming will do, then one confirmation (HR handling the case only). */
@Controller
@RequestMapping("/cases/{caseId}/shortlist")
class ShortlistController {

    private final Shortlisting shortlisting;

    ShortlistController(Shortlisting shortlisting) {
        this.shortlisting = shortlisting;
    }

    @GetMapping
    String show(CurrentUser user, @PathVariable UUID caseId, Model model) {
        var view = shortlisting.view(user, caseId);
        model.addAttribute("c", view.c());
        model.addAttribute("shortlist", view);
        return "assessment/shortlist";
    }

    @PostMapping
    String confirm(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(name = "shown", required = false) List<UUID> shown,
                   @RequestParam(defaultValue = "false") boolean reidentify, RedirectAttributes flash) {
        Flash.attempt(flash, null, () -> {
            var done = shortlisting.confirm(user, caseId, shown, reidentify);
            flash.addFlashAttribute("moved", done.moved());
            flash.addFlashAttribute("reidentified", done.reidentified());
        });
        return "redirect:/cases/" + caseId + "/shortlist";
    }
}
