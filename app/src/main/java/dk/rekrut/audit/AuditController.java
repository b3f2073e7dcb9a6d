package dk.rekrut.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.shared.SpreadsheetCsv;
import dk.rekrut.shared.Time;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Administrators (the DPO's view) search the audit log: page by page with labels in the reader's language, as CSV
 * with the same filters, and as JSON.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final MessageSource messages;

    AuditController(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** The filters of the page, the CSV and the API. */
    record Filter(String actor, AuditAction action, String objectId, UUID caseId, LocalDate from, LocalDate to) {

        AuditQuery query(int offset, int limit) {
            return new AuditQuery(actor, action, objectId, caseId,
                from == null ? null : from.atStartOfDay(Time.DANISH).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Time.DANISH).toInstant(), offset, limit);
        }
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) String objectId, @RequestParam(required = false) UUID caseId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new Filter(actor, action, objectId, caseId, from, to);
        int current = Math.max(page, 1);
        // One row more than shown says whether there is a next page, without counting the whole log.
        var rows = audit.search(filter.query((current - 1) * PAGE_SIZE, PAGE_SIZE + 1));
        model.addAttribute("entries", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("objectId", objectId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("filterQuery", filterQuery(filter));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                               @RequestParam(required = false) String objectId, @RequestParam(required = false) UUID caseId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Locale locale) {
        var rows = audit.search(new Filter(actor, action, objectId, caseId, from, to).query(0, AuditLog.MAX_ROWS));
        var csv = new StringBuilder();
        line(csv, List.of(msg("audit.when", locale), msg("audit.actor", locale), msg("audit.action", locale),
            msg("audit.csv.code", locale), msg("audit.csv.type", locale), msg("audit.object", locale), msg("audit.details", locale)));
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (var e : rows) {
            line(csv, List.of(time.format(e.occurredAt().atZone(Time.DANISH)), e.actor(),
                msg("audit.action." + e.action().name(), locale), e.action().name(),
                messages.getMessage("audit.type." + e.objectType(), null, e.objectType(), locale),
                e.objectId() == null ? "" : e.objectId(), e.details() == null ? "" : e.details()));
        }
        return SpreadsheetCsv.download("revisionslog.csv", csv);
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditEntry> api(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                         @RequestParam(required = false) String objectId, @RequestParam(required = false) UUID caseId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return audit.search(new Filter(actor, action, objectId, caseId, from, to).query(0, 500));
    }

    /** The filters as a query string, for the paging and CSV links. */
    private static String filterQuery(Filter f) {
        var b = UriComponentsBuilder.newInstance();
        if (f.actor() != null && !f.actor().isBlank()) {
            b.queryParam("actor", f.actor());
        }
        if (f.action() != null) {
            b.queryParam("action", f.action().name());
        }
        if (f.objectId() != null && !f.objectId().isBlank()) {
            b.queryParam("objectId", f.objectId());
        }
        if (f.caseId() != null) {
            b.queryParam("caseId", f.caseId());
        }
        if (f.from() != null) {
            b.queryParam("from", f.from());
        }
        if (f.to() != null) {
            b.queryParam("to", f.to());
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(SpreadsheetCsv.line(cells));
    }
}
