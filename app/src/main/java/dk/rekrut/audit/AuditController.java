package dk.rekrut.audit;

import java.time.LocalDate;
import java.util.List;
import dk.rekrut.shared.Time;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Administrators search the audit log (page and JSON). */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) String objectId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("entries", search(actor, action, objectId, from, to));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("objectId", objectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEntry> api(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                         @RequestParam(required = false) String objectId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search(actor, action, objectId, from, to);
    }

    private List<AuditEntry> search(String actor, AuditAction action, String objectId, LocalDate from, LocalDate to) {
        return audit.search(new AuditQuery(actor, action, objectId,
            from == null ? null : from.atStartOfDay(Time.DANISH).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(Time.DANISH).toInstant(), 500));
    }
}
