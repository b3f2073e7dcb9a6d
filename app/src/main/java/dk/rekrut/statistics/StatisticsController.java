package dk.rekrut.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.SpreadsheetCsv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The statistics page, its figures as JSON, and each table as CSV. */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

    private final Statistics statistics;
    private final OrganisationDirectory directory;
    private final AuditLog audit;

    StatisticsController(Statistics statistics, OrganisationDirectory directory, AuditLog audit) {
        this.statistics = statistics;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping
    String page(CurrentUser user, @RequestParam(required = false) UUID unit,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String period,
                @RequestParam(name = "case", required = false) UUID caseId, Model model) {
        var chosen = Period.parse(period);
        var selection = selection(unit, from, to, chosen, caseId);
        model.addAttribute("report", statistics.report(user, selection));
        model.addAttribute("selection", selection);
        model.addAttribute("period", chosen == null ? "" : chosen.key());
        model.addAttribute("periods", periods(statistics.years(user)));
        model.addAttribute("units", directory.tree().stream()
            .filter(n -> user.is(Role.ADMINISTRATOR) || directory.isWithin(n.unit().id(), user.unitId())).toList());
        model.addAttribute("caseChoices", statistics.selectedCases(user,
            new Selection(unit, selection.from(), selection.to(), null)));
        model.addAttribute("stages", Statistics.stages());
        model.addAttribute("query", query(selection, chosen));
        return "statistics/index";
    }

    @GetMapping(value = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Report figures(CurrentUser user, @RequestParam(required = false) UUID unit,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String period,
                   @RequestParam(name = "case", required = false) UUID caseId) {
        return statistics.report(user, selection(unit, from, to, Period.parse(period), caseId));
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @PathVariable String table, @RequestParam(required = false) UUID unit,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String period,
                               @RequestParam(name = "case", required = false) UUID caseId) {
        var r = statistics.report(user, selection(unit, from, to, Period.parse(period), caseId));
        var rows = rows(table, r);
        audit.record(AuditAction.STATISTICS_EXPORTED, "Statistics", null, table);
        var csv = new StringBuilder();
        rows.forEach(row -> csv.append(String.join(";", row.stream().map(StatisticsController::cell).toList())).append("\r\n"));
        return SpreadsheetCsv.download(table + ".csv", csv);
    }

    /** A period replaces from and to; both at once is ambiguous. */
    private static Selection selection(UUID unit, LocalDate from, LocalDate to, Period period, UUID caseId) {
        if (period == null) {
            return new Selection(unit, from, to, caseId);
        }
        if (from != null || to != null) {
            throw new RuleViolation("error.stats.period");
        }
        return new Selection(unit, period.from(), period.to(), caseId);
    }

    /** Each year, then its four quarters: the periods the filter offers. */
    private static List<Period> periods(List<Integer> years) {
        var out = new ArrayList<Period>();
        for (int year : years) {
            out.add(Period.year(year));
            for (int q = 1; q <= 4; q++) {
                out.add(new Period(year, q));
            }
        }
        return out;
    }

    /** The tables as rows of text; the first row is the header. */
    static List<List<String>> rows(String table, Report r) {
        var out = new ArrayList<List<String>>();
        var stageHeader = Statistics.stages().stream().map(s -> s.name().toLowerCase()).toList();
        switch (table) {
            case "postings-by-category" -> {
                out.add(List.of("category", "postings"));
                r.postingsByCategory().forEach(c -> out.add(List.of(c.key(), Integer.toString(c.count()))));
            }
            case "postings-by-location" -> {
                out.add(List.of("location", "postings"));
                r.postingsByLocation().forEach(c -> out.add(List.of(c.key(), Integer.toString(c.count()))));
            }
            case "applications-per-posting" -> {
                out.add(List.of("case", "title", "anonymous", "applications", "hired"));
                r.applicationsPerPosting().forEach(p -> out.add(List.of(p.caseId(), p.title(), Boolean.toString(p.anonymous()),
                    Integer.toString(p.applications()), Integer.toString(p.hired()))));
            }
            case "funnel" -> {
                out.add(concat(List.of("mode"), stageHeader));
                r.funnel().forEach(f -> out.add(concat(List.of(f.mode().name()), f.counts().stream().map(String::valueOf).toList())));
            }
            case "fairness-gender", "fairness-age", "fairness-origin" -> {
                if (!r.fairnessShown()) {
                    throw new RuleViolation("error.stats.evaluation-selection");
                }
                String dimension = table.substring("fairness-".length());
                out.add(concat(List.of("mode", dimension), stageHeader));
                r.fairness().stream().filter(t -> t.dimension().equals(dimension)).forEach(t -> t.rows()
                    .forEach(row -> out.add(concat(List.of(t.mode().name(), row.group()), row.cells()))));
            }
            case "media" -> {
                out.add(List.of("medium", "name", "applications", "interviews", "hires", "cost", "cost_per_application",
                    "cost_per_hire"));
                r.media().forEach(m -> out.add(List.of(m.code(), m.name(), Integer.toString(m.applications()),
                    Integer.toString(m.interviews()), Integer.toString(m.hires()), plain(m.cost()),
                    plain(m.costPerApplication()), plain(m.costPerHire()))));
            }
            case "internal-external" -> {
                out.add(List.of("case", "title", "internal_applications", "internal_hired", "external_applications",
                    "external_hired", "unanswered_applications", "unanswered_hired"));
                var ie = r.internalExternal();
                ie.perCase().forEach(row -> out.add(internalExternal(row.caseId(), row.title(), row)));
                out.add(internalExternal("ALL", "", ie.overall()));
            }
            default -> throw new NotFoundException("statistics table");
        }
        return out;
    }

    private static List<String> internalExternal(String caseId, String title, Report.InternalExternalRow r) {
        return List.of(caseId, title, Integer.toString(r.internal()), Integer.toString(r.internalHired()),
            Integer.toString(r.external()), Integer.toString(r.externalHired()), Integer.toString(r.unanswered()),
            Integer.toString(r.unansweredHired()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** As {@link SpreadsheetCsv#cell}, but a negative number stays a number: the tables hold counts and differences. */
    static String cell(String v) {
        return v != null && v.matches("-?\\d+(\\.\\d+)?") ? v : SpreadsheetCsv.cell(v);
    }

    /** The selection as query parameters, for the CSV links. */
    private static String query(Selection s, Period period) {
        var parts = new ArrayList<String>();
        if (s.unitId() != null) {
            parts.add("unit=" + s.unitId());
        }
        if (period != null) {
            parts.add("period=" + period.key());
        } else {
            if (s.from() != null) {
                parts.add("from=" + s.from());
            }
            if (s.to() != null) {
                parts.add("to=" + s.to());
            }
        }
        if (s.caseId() != null) {
            parts.add("case=" + s.caseId());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
