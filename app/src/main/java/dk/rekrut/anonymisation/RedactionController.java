package dk.rekrut.anonymisation;

import dk.rekrut.shared.NotFoundException;
import java.util.UUID;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.redaction.SpanType;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's review of redactions in an anonymous case, and the download of redacted renditions for the case team. */
@Controller
@RequestMapping("/cases/{caseId}")
class RedactionController {

    private final Redactions redactions;
    private final CaseAccess access;

    RedactionController(Redactions redactions, CaseAccess access) {
        this.redactions = redactions;
        this.access = access;
    }

    @GetMapping("/redaction")
    String overview(CurrentUser user, @PathVariable UUID caseId, Model model) {
        var c = access.requireManage(user, caseId);
        model.addAttribute("c", c);
        model.addAttribute("candidates", redactions.overview(user, caseId));
        return "anonymisation/overview";
    }

    @PostMapping("/redaction/rerun")
    String rerun(CurrentUser user, @PathVariable UUID caseId, RedirectAttributes flash) {
        redactions.rerun(user, caseId);
        flash.addFlashAttribute("info", "info.redaction.rerun");
        return "redirect:/cases/" + caseId + "/redaction";
    }

    @GetMapping("/redaction/{applicationId}")
    String review(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, Model model) {
        var c = access.requireManage(user, caseId);
        model.addAttribute("c", c);
        model.addAttribute("review", redactions.review(user, caseId, applicationId));
        model.addAttribute("types", SpanType.values());
        return "anonymisation/review";
    }

    @PostMapping("/redaction/{applicationId}/release")
    String release(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                   @RequestParam(defaultValue = "0") int number, RedirectAttributes flash) {
        access.requireManage(user, caseId);
        try {
            Flash.attempt(flash, "info.redaction.released", () -> redactions.release(user, caseId, applicationId, number));
        } catch (NotFoundException e) {
            flash.addFlashAttribute("errorKey", "error.redaction.not-releasable");
        }
        return "redirect:/cases/" + caseId + "/redaction/" + applicationId;
    }

    @PostMapping("/redaction/{applicationId}/release-done")
    String releaseDone(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                       RedirectAttributes flash) {
        int released = redactions.releaseDone(user, caseId, applicationId);
        flash.addFlashAttribute("info", "info.redaction.released-done");
        flash.addFlashAttribute("infoArgs", new Object[] {released});
        return "redirect:/cases/" + caseId + "/redaction/" + applicationId;
    }

    @PostMapping("/redaction/{applicationId}/additions")
    String add(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
               @RequestParam(required = false) String text, @RequestParam(required = false) SpanType type,
               RedirectAttributes flash) {
        return onReview(user, caseId, applicationId, flash, "info.redaction.added",
            () -> redactions.addValue(user, caseId, applicationId, text, type));
    }

    @PostMapping("/redaction/{applicationId}/additions/remove")
    String removeAddition(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                          @RequestParam(required = false) UUID addition, RedirectAttributes flash) {
        return onReview(user, caseId, applicationId, flash, "info.redaction.removed",
            () -> redactions.removeAddition(user, caseId, applicationId, addition));
    }

    @PostMapping("/redaction/{applicationId}/kept")
    String keep(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                @RequestParam(required = false) String text, RedirectAttributes flash) {
        return onReview(user, caseId, applicationId, flash, "info.redaction.kept",
            () -> redactions.keep(user, caseId, applicationId, text));
    }

    /** A change on the review page: HR of the case only; a refused change comes back as a message on the page. */
    private String onReview(CurrentUser user, UUID caseId, UUID applicationId, RedirectAttributes flash, String info,
                            Runnable change) {
        access.requireManage(user, caseId);
        Flash.attempt(flash, info, () -> change.run());
        return "redirect:/cases/" + caseId + "/redaction/" + applicationId;
    }

    @GetMapping("/candidates/{applicationId}/redacted/{number}")
    ResponseEntity<byte[]> rendition(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                                     @PathVariable int number, @RequestParam(defaultValue = "false") boolean view) {
        var r = redactions.rendition(user, caseId, applicationId, number);
        // Rekrut wrote this PDF itself (no scripts, no attachments), so it may also be shown in the browser.
        var disposition = view ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(r.fileName()).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
            .body(r.pdf());
    }
}
