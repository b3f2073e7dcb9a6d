package dk.rekrut.publication;

import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The communications role's layout templates for postings, and the cleaning of what is pasted into its editors (the
 * layouts' and the letter templates').
 */
@Controller
class LayoutController {

    private final Layouts layouts;

    LayoutController(Layouts layouts) {
        this.layouts = layouts;
    }

    @GetMapping("/content/layouts")
    String list(Model model) {
        model.addAttribute("layouts", layouts.all());
        return "content/layouts";
    }

    @GetMapping("/content/layouts/{id}")
    String edit(@PathVariable String id, Model model) {
        if ("new".equals(id)) {
            model.addAttribute("layout", new LayoutTemplate(null, "", "", ""));
        } else {
            model.addAttribute("layout", layouts.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("layout")));
        }
        return "content/layout";
    }

    @PostMapping("/content/layouts")
    String save(@RequestParam(required = false) UUID id, @RequestParam String name,
                @RequestParam(defaultValue = "") String headerHtml, @RequestParam(defaultValue = "") String footerHtml,
                Model model) {
        try {
            var saved = layouts.save(id, name, headerHtml, footerHtml);
            return "redirect:/content/layouts/" + saved.id() + "?saved";
        } catch (RuleViolation e) {
            model.addAttribute("layout", new LayoutTemplate(id, name, headerHtml, footerHtml));
            model.addAttribute("error", e);
            return "content/layout";
        }
    }

    /**
     * The communications role's rich-text editors send what was pasted (from Word, a web page) here and insert the
     * answer: the allow-list every layout and letter template is stored through, so the editor shows what will be
     * stored. Nothing is stored. {@code /content/**} is the communications role's only (SecurityConfiguration).
     */
    @PostMapping(path = "/content/clean", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String clean(@RequestParam(defaultValue = "") String html) {
        return Html.sanitise(html);
    }
}
