package dk.rekrut.correspondence;

import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The communications role edits the institution's e-mail templates, with a live preview on sample values. */
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
    String edit(@PathVariable String kind, @PathVariable String language, Model model) {
        var t = templates.get(kind(kind), language(language));
        return page(model, t);
    }

    @PostMapping("/{kind}/{language}")
    String save(@PathVariable String kind, @PathVariable String language, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String bodyHtml, Model model) {
        LetterKind k = kind(kind);
        String lang = language(language);
        try {
            templates.save(k, lang, subject, bodyHtml);
            return "redirect:/content/mail-templates/" + k + "/" + lang + "?saved";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(model, new MailTemplates.Template(k, lang, subject, bodyHtml, true));
        }
    }

    /** htmx: the preview fragment for what is in the form right now (nothing is saved). */
    @PostMapping("/{kind}/{language}/preview")
    String preview(@PathVariable String kind, @PathVariable String language, @RequestParam(defaultValue = "") String subject,
                   @RequestParam(defaultValue = "") String bodyHtml, Model model) {
        kind(kind);
        model.addAttribute("preview", MailTemplates.render(subject,
            bodyHtml.length() > MailTemplates.MAX_BODY ? "" : MailTemplates.sanitiseTemplate(bodyHtml),
            Correspondence.sample(language(language))));
        return "correspondence/template :: preview";
    }

    private String page(Model model, MailTemplates.Template t) {
        model.addAttribute("t", t);
        model.addAttribute("placeholders", MailTemplates.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList());
        model.addAttribute("preview", MailTemplates.render(t.subject(), MailTemplates.sanitiseTemplate(t.bodyHtml()),
            Correspondence.sample(t.language())));
        return "correspondence/template";
    }

    private static LetterKind kind(String kind) {
        try {
            return LetterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("template");
        }
    }

    private static String language(String language) {
        if (!MailTemplates.LANGUAGES.contains(language)) {
            throw new NotFoundException("template");
        }
        return language;
    }
}
