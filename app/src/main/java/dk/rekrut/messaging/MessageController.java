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
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** The message form as posted: the recipients' application ids, the kind and the wording. */
    record Form(List<UUID> candidate, MessageKind kind, String subject, String body) {

        Form {
            candidate = candidate == null ? List.of() : candidate;
            kind = kind == null ? MessageKind.GENERAL : kind;
            subject = subject == null ? "" : subject;
            body = body == null ? "" : body;
        }

        CaseMessageTemplates.Wording wording() {
            return new CaseMessageTemplates.Wording(subject, body);
        }
    }

    private final Messages messages;
    private final PublicSite site;

    MessageController(Messages messages, PublicSite site) {
        this.messages = messages;
        this.site = site;
    }

    @GetMapping
    String compose(CurrentUser user, @PathVariable UUID caseId,
                   @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                   @RequestParam(defaultValue = "GENERAL") MessageKind kind, Model model, Locale locale,
                   RedirectAttributes flash) {
        if (candidates == null || candidates.isEmpty()) {
            // Opened without a choice (an old bookmark, a link stripped of its query): choose on the board.
            messages.wording(user, caseId, kind, locale); // the same rights check as with a choice
            flash.addFlashAttribute("errorKey", "error.message.none");
            return "redirect:/cases/" + caseId + "/board";
        }
        return page(user, caseId, candidates, kind, messages.wording(user, caseId, kind, locale), model);
    }

    @PostMapping("/preview")
    String preview(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("form") Form form, Model model) {
        try {
            var outcome = messages.preview(user, caseId, form.candidate(), form.wording(), site.baseUrl());
            model.addAttribute("c", messages.pick(user, caseId, form.candidate()).c());
            model.addAttribute("outcome", outcome);
            model.addAttribute("sendId", UUID.randomUUID());
            model.addAttribute("linked", (form.subject() + form.body()).contains("{link}"));
            return "messaging/preview";
        } catch (RuleViolation e) {
            return refused(user, caseId, form, e, model);
        }
    }

    /** The preview's "change the message": the compose page again with what was typed. */
    @PostMapping("/edit")
    String edit(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("form") Form form, Model model) {
        return page(user, caseId, form.candidate(), form.kind(), form.wording(), model);
    }

    @PostMapping("/send")
    String send(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("form") Form form,
                @RequestParam(required = false) UUID sendId, Model model, RedirectAttributes flash) {
        try {
            var outcome = messages.send(user, caseId, form.candidate(), form.wording(),
                sendId == null ? UUID.randomUUID() : sendId, site.baseUrl());
            flash.addFlashAttribute("info", outcome.unreachable().isEmpty() ? "info.message.sent" : "info.message.sent-some");
            return "redirect:/cases/" + caseId + "/board";
        } catch (RuleViolation e) {
            return refused(user, caseId, form, e, model);
        }
    }

    /** HR keeps the wording as the case's template of the kind (merge fields checked), then goes on writing. */
    @PostMapping("/template")
    String saveTemplate(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("form") Form form, Model model,
                        RedirectAttributes flash) {
        try {
            messages.saveWording(user, caseId, form.kind(), form.wording());
            flash.addFlashAttribute("info", "info.message.template-saved");
            return "redirect:" + address(caseId, form.candidate(), form.kind());
        } catch (RuleViolation e) {
            return refused(user, caseId, form, e, model);
        }
    }

    /** The compose page again with what was typed and why it was refused (nothing was sent or saved). */
    private String refused(CurrentUser user, UUID caseId, Form form, RuleViolation e, Model model) {
        model.addAttribute("error", e);
        return page(user, caseId, form.candidate(), form.kind(), form.wording(), model);
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
