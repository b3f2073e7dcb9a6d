package dk.rekrut.application.questions;

import java.util.UUID;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.recruitment.CaseAccess;
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

/** HR's editor for a case's screening questions. */
@Controller
@RequestMapping("/cases/{caseId}/questions")
class QuestionController {

    private final ScreeningQuestions questions;
    private final CaseAccess access;

    QuestionController(ScreeningQuestions questions, CaseAccess access) {
        this.questions = questions;
        this.access = access;
    }

    @GetMapping
    String list(CurrentUser user, @PathVariable UUID caseId, Model model) {
        var c = access.requireView(user, caseId);
        model.addAttribute("c", c);
        model.addAttribute("questions", questions.forCase(caseId));
        model.addAttribute("canManage", access.canManage(user, c));
        model.addAttribute("kinds", QuestionKind.values());
        return "cases/questions";
    }

    @PostMapping
    String add(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) QuestionKind kind,
               @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean required,
               @RequestParam(required = false) Integer maxLength, @RequestParam(required = false) Integer minChoices,
               @RequestParam(required = false) Integer maxChoices, @RequestParam(defaultValue = "") String options,
               @RequestParam(defaultValue = "") String classLabels, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> {
            questions.add(user, caseId, new ScreeningQuestions.Draft(kind, text, required, maxLength, minChoices,
                maxChoices, options, classLabels));
        });
        return "redirect:/cases/" + caseId + "/questions";
    }

    @PostMapping("/{questionId}/delete")
    String delete(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID questionId, RedirectAttributes flash) {
        Flash.attempt(flash, null, () -> questions.remove(user, caseId, questionId));
        return "redirect:/cases/" + caseId + "/questions";
    }

    @PostMapping("/{questionId}/move")
    String move(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID questionId,
                @RequestParam(defaultValue = "up") String direction, RedirectAttributes flash) {
        Flash.attempt(flash, null, () -> questions.move(user, caseId, questionId, "up".equals(direction)));
        return "redirect:/cases/" + caseId + "/questions";
    }
}
