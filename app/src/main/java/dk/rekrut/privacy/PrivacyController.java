package dk.rekrut.privacy;

import dk.rekrut.shared.PrivateLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure;
import dk.rekrut.application.Applications;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant asks for erasure on their private page (with a confirmation step); the administrator sees and
 * handles the requests; HR downloads the hired candidate's personnel file before retention deletes it.
 */
@Controller
class PrivacyController {

    private final Applications applications;
    private final ErasureRequests requests;
    private final ApplicantErasure erasure;
    private final RetentionJob retention;
    private final Cases cases;
    private final JsonMapper json;

    PrivacyController(Applications applications, ErasureRequests requests, ApplicantErasure erasure,
                      RetentionJob retention, Cases cases, JsonMapper json) {
        this.applications = applications;
        this.requests = requests;
        this.erasure = erasure;
        this.retention = retention;
        this.cases = cases;
        this.json = json;
    }

    @PrivateLink
    @GetMapping("/my-application/{token}/erasure")
    String confirm(@PathVariable String token, Model model) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        model.addAttribute("token", token);
        model.addAttribute("c", cases.find(a.caseId()).orElseThrow());
        model.addAttribute("pending", requests.openFor(a.id()) != null);
        return "public/erasure";
    }

    @PrivateLink
    @PostMapping("/my-application/{token}/erasure")
    String request(@PathVariable String token, @RequestParam(defaultValue = "false") boolean confirmed, Model model) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        if (!confirmed) {
            model.addAttribute("errorKey", "error.erasure.confirm");
            return confirm(token, model);
        }
        requests.request(a);
        return "redirect:/my-application/" + token + "/erasure?requested";
    }

    @GetMapping("/admin/erasure-requests")
    String list(CurrentUser user, Model model) {
        var all = requests.all(user);
        model.addAttribute("requests", all);
        model.addAttribute("titles", cases.findAll(all.stream().map(ErasureRequests.Request::caseId).distinct().toList())
            .stream().collect(Collectors.toMap(c -> c.id(), c -> c.title())));
        model.addAttribute("lastRun", retention.lastRun().orElse(null));
        model.addAttribute("notHiredAfter", retention.notHiredAfter().toTotalMonths());
        model.addAttribute("hiredAfter", retention.hiredAfter().toTotalMonths());
        return "admin/erasure-requests";
    }

    /** What erasing will remove, before it is done (review problem 7): erasure cannot be undone. */
    @GetMapping("/admin/erasure-requests/{requestId}/erase")
    String confirmErase(CurrentUser user, @PathVariable UUID requestId, Model model) {
        var r = requests.all(user).stream().filter(x -> x.id().equals(requestId)).findFirst()
            .orElseThrow(() -> new NotFoundException("erasure request"));
        model.addAttribute("r", r);
        model.addAttribute("title", cases.find(r.caseId()).map(c -> c.title()).orElse(""));
        return "admin/erasure-confirm";
    }

    @PostMapping("/admin/erasure-requests/{requestId}")
    String handle(CurrentUser user, @PathVariable UUID requestId, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(required = false) String note, RedirectAttributes flash) {
        if ("erase".equals(decision) && !confirmed) {
            return "redirect:/admin/erasure-requests/" + requestId + "/erase"; // only the confirmation erases
        }
        Flash.attempt(flash, "info.saved", () -> {
            switch (decision) {
                case "erase" -> requests.carryOut(user, requestId);
                case "decline" -> requests.decline(user, requestId, note);
                default -> throw new RuleViolation("error.erasure.decision");
            }
        });
        return "redirect:/admin/erasure-requests";
    }

    /** The hired candidate's application for the personnel file (JSON with the documents), for HR handling the case. */
    @GetMapping("/cases/{caseId}/candidates/{applicationId}/personnel-file")
    ResponseEntity<String> personnelFile(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId) {
        var data = erasure.personnelFile(user, caseId, applicationId);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("personalesag-" + data.get("candidateNumber") + ".json", StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .contentType(MediaType.APPLICATION_JSON)
            .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
    }

}
