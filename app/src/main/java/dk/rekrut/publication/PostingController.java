package dk.rekrut.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case team's posting editor and publication plan, on the case's pages. */
@Controller
@RequestMapping("/cases/{caseId}")
class PostingController {

    private final Postings postings;
    private final CaseAccess access;
    private final Layouts layouts;
    private final MediaList media;
    private final PostingText text;

    PostingController(Postings postings, CaseAccess access, Layouts layouts, MediaList media, PostingText text) {
        this.postings = postings;
        this.access = access;
        this.layouts = layouts;
        this.media = media;
        this.text = text;
    }

    /** The publication panel shown on the case page (loaded by htmx, also a page of its own). */
    @GetMapping("/publication")
    String panel(CurrentUser user, @PathVariable UUID caseId, Model model,
                 @RequestHeader(name = "HX-Request", required = false) String hx) {
        var c = access.requireView(user, caseId);
        model.addAttribute("c", c);
        model.addAttribute("posting", postings.forCase(caseId).orElse(null));
        model.addAttribute("publications", postings.publications(caseId));
        model.addAttribute("media", media.all().stream().filter(Medium::active).toList());
        model.addAttribute("canManage", access.canManage(user, c));
        model.addAttribute("canEdit", access.canEdit(user, c));
        model.addAttribute("today", postings.today());
        return hx != null ? "cases/publication :: panel" : "cases/publication-page";
    }

    @GetMapping("/posting")
    String editor(CurrentUser user, @PathVariable UUID caseId, Model model, Locale locale) {
        var c = access.requireEdit(user, caseId);
        var posting = postings.forCase(caseId).orElse(null);
        model.addAttribute("c", c);
        model.addAttribute("posting", posting);
        model.addAttribute("layouts", layouts.all());
        model.addAttribute("introHtml", posting == null ? "" : posting.introHtml());
        model.addAttribute("layoutId", posting == null ? null : posting.layoutTemplateId());
        model.addAttribute("preview", text.html(c, posting, posting == null ? null
            : layouts.find(posting.layoutTemplateId()).orElse(null), locale));
        return "cases/posting";
    }

    @PostMapping("/posting")
    String save(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) UUID layoutId,
                @RequestParam(defaultValue = "") String introHtml, Model model, Locale locale) {
        try {
            postings.saveText(user, caseId, layoutId, introHtml);
            return "redirect:/cases/" + caseId + "/posting?saved";
        } catch (RuleViolation e) {
            var c = access.requireEdit(user, caseId);
            model.addAttribute("c", c);
            model.addAttribute("layouts", layouts.all());
            model.addAttribute("introHtml", Html.sanitise(introHtml));
            model.addAttribute("layoutId", layoutId);
            model.addAttribute("preview", "");
            model.addAttribute("error", e);
            return "cases/posting";
        }
    }

    /** Live preview while typing (htmx). Nothing is stored. */
    @PostMapping("/posting/preview")
    String preview(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) UUID layoutId,
                   @RequestParam(defaultValue = "") String introHtml, Model model, Locale locale) {
        var c = access.requireEdit(user, caseId);
        var draft = new Posting(null, caseId, layoutId, Html.sanitise(introHtml));
        model.addAttribute("preview", text.html(c, draft, layouts.find(layoutId).orElse(null), locale));
        return "cases/posting :: preview";
    }

    /**
     * The editor sends what was pasted (from Word, a web page) here and inserts the answer: the same cleaning as when
     * the text is saved, so the editor shows what will be stored. Nothing is stored.
     */
    @PostMapping(path = "/posting/clean", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String clean(CurrentUser user, @PathVariable UUID caseId, @RequestParam(defaultValue = "") String html) {
        access.requireEdit(user, caseId);
        return Html.sanitise(html);
    }

    @PostMapping("/publications")
    String add(CurrentUser user, @PathVariable UUID caseId, @RequestParam UUID mediumId,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
               @RequestParam(required = false) BigDecimal cost, RedirectAttributes flash) {
        Flash.attempt(flash, null, () -> postings.addPublication(user, caseId, mediumId, startsOn, endsOn, cost));
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/publications/{publicationId}/delete")
    String remove(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID publicationId) {
        postings.removePublication(user, caseId, publicationId);
        return "redirect:/cases/" + caseId;
    }
}
