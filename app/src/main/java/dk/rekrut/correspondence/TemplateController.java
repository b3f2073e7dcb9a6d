package dk.rekrut.correspondence;

import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The communications role edits the institution's e-mail templates, with a live preview. */
@Controller
@RequestMapping("/content/mail-templates")
class TemplateController {

    private final MailTemplates templates;

    TemplateController(MailTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "correspondence/templates";
    }

    @GetMapping("/{kind}/{language}")
    String edit(@PathVariable LetterKind kind, @PathVariable String language, Model model) {
        var t = templates.get(kind, language);
        model.addAttribute("t", t);
        model.addAttribute("preview", MailTemplates.render(t.subject(), t.bodyHtml(), Correspondence.sample()));
        return "correspondence/template";
    }

    @PostMapping("/{kind}/{language}")
    String save(@PathVariable LetterKind kind, @PathVariable String language, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String bodyHtml, Model model) {
        try {
            templates.save(kind, language, subject, bodyHtml);
            return "redirect:/content/mail-templates/" + kind + "/" + language + "?saved";
        } catch (RuleViolation e) {
            var t = new MailTemplates.Template(kind, language, subject, bodyHtml, true);
            model.addAttribute("t", t);
            model.addAttribute("preview", MailTemplates.render(subject, bodyHtml, Correspondence.sample()));
            model.addAttribute("error", e);
            return "correspondence/template";
        }
    }

    @PostMapping("/{kind}/{language}/preview")
    String preview(@PathVariable LetterKind kind, @PathVariable String language, @RequestParam(defaultValue = "") String subject,
                   @RequestParam(defaultValue = "") String bodyHtml, Model model) {
        model.addAttribute("preview", MailTemplates.render(subject, bodyHtml, Correspondence.sample()));
        return "correspondence/template :: preview";
    }
}
