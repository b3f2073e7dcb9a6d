package dk.rekrut.messaging;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.correspondence.MergeFields;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.PublicSite;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writing to candidates: compose (from the board's or the list's selection, or one candidate's page), preview each
 * recipient's e-mail, send. Every step checks on the server that the user handles the case and that each candidate
 * belongs to it; the form carries only application ids, never an address.
 */
@Controller
@RequestMapping("/cases/{caseId}/messages")
class MessageController {

    private final Messages messages;
    private final PublicSite site;

    MessageController(Messages messages, PublicSite site) {
        this.messages = messages;
        this.site = site;
    }

    @GetMapping
    String compose(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                   @RequestParam(defaultValue = "GENERAL") MessageKind kind, Model model, Locale locale) {
        return page(user, caseId, candidates, kind, messages.wording(user, caseId, kind, locale), model);
    }

    /** The candidate list's selection (a form post with its CSRF token) becomes the compose page's address. */
    @PostMapping("/compose")
    String fromSelection(CurrentUser user, @PathVariable UUID caseId,
                         @RequestParam(name = "candidate", required = false) List<UUID> candidates) {
        messages.pick(user, caseId, candidates);
        return "redirect:" + address(caseId, candidates, MessageKind.GENERAL);
    }

    @PostMapping("/preview")
    String preview(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                   @RequestParam(defaultValue = "GENERAL") MessageKind kind, @RequestParam(defaultValue = "") String subject,
                   @RequestParam(defaultValue = "") String body, Model model) {
        var wording = new CaseMessageTemplates.Wording(subject, body);
        try {
            var outcome = messages.preview(user, caseId, candidates, wording, site.baseUrl());
            model.addAttribute("c", messages.pick(user, caseId, candidates).c());
            model.addAttribute("outcome", outcome);
            model.addAttribute("candidates", candidates);
            model.addAttribute("kind", kind);
            model.addAttribute("wording", wording);
            model.addAttribute("sendId", UUID.randomUUID());
            model.addAttribute("linked", (subject + body).contains("{link}"));
            return "messaging/preview";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(user, caseId, candidates, kind, wording, model);
        }
    }

    /** The preview's "change the message": the compose page again with what was typed. */
    @PostMapping("/edit")
    String edit(CurrentUser user, @PathVariable UUID caseId,
                @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                @RequestParam(defaultValue = "GENERAL") MessageKind kind, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String body, Model model) {
        return page(user, caseId, candidates, kind, new CaseMessageTemplates.Wording(subject, body), model);
    }

    @PostMapping("/send")
    String send(CurrentUser user, @PathVariable UUID caseId,
                @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                @RequestParam(defaultValue = "GENERAL") MessageKind kind, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String body, @RequestParam(required = false) UUID sendId,
                Model model, RedirectAttributes flash) {
        var wording = new CaseMessageTemplates.Wording(subject, body);
        try {
            var outcome = messages.send(user, caseId, candidates, wording, sendId == null ? UUID.randomUUID() : sendId,
                site.baseUrl());
            flash.addFlashAttribute("info", outcome.unreachable().isEmpty() ? "info.message.sent" : "info.message.sent-some");
            return "redirect:/cases/" + caseId + "/board";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(user, caseId, candidates, kind, wording, model);
        }
    }

    /** HR keeps the wording as the case's template of the kind (merge fields checked), then goes on writing. */
    @PostMapping("/template")
    String saveTemplate(CurrentUser user, @PathVariable UUID caseId,
                        @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                        @RequestParam(defaultValue = "GENERAL") MessageKind kind,
                        @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                        Model model, RedirectAttributes flash) {
        var wording = new CaseMessageTemplates.Wording(subject, body);
        try {
            messages.saveWording(user, caseId, kind, wording);
            flash.addFlashAttribute("info", "info.message.template-saved");
            return "redirect:" + address(caseId, candidates, kind);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(user, caseId, candidates, kind, wording, model);
        }
    }

    private String page(CurrentUser user, UUID caseId, List<UUID> candidates, MessageKind kind,
                        CaseMessageTemplates.Wording wording, Model model) {
        var picked = messages.pick(user, caseId, candidates);
        model.addAttribute("c", picked.c());
        model.addAttribute("recipients", picked.recipients());
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", MessageKind.values());
        model.addAttribute("wording", wording);
        model.addAttribute("fields", MergeFields.NAMES);
        return "messaging/compose";
    }

    private static String address(UUID caseId, List<UUID> candidates, MessageKind kind) {
        var uri = UriComponentsBuilder.fromPath("/cases/" + caseId + "/messages").queryParam("kind", kind);
        candidates.forEach(id -> uri.queryParam("candidate", id));
        return uri.build().toUriString();
    }
}
