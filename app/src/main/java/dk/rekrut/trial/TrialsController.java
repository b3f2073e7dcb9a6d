package dk.rekrut.trial;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.SpreadsheetCsv;
import dk.rekrut.shared.Time;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trial pages: the list (manager and analyst), the design and the outcome import (manager), the analysis and its
 * CSV (manager and analyst). Route rules in security; {@link Trials#get} adds the unit rule (404 outside it).
 */
@Controller
class TrialsController {

    /** A table as shown: labels in the page's language, cells as counts, {@code <5} or {@code x}. */
    record Shown(String id, String title, List<String> columns, List<ShownRow> rows) {
    }

    record ShownRow(String label, List<String> cells) {
    }

    private final Trials trials;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    TrialsController(Trials trials, MessageSource messages, AuditLog audit, Clock clock) {
        this.trials = trials;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/jobcentre/trials")
    String list(CurrentUser user, Model model) {
        return listPage(user, model, DesignForm.defaults(Time.today(clock)));
    }

    private String listPage(CurrentUser user, Model model, DesignForm form) {
        var today = Time.today(clock);
        model.addAttribute("trials", trials.visibleTo(user));
        model.addAttribute("today", today);
        model.addAttribute("manager", user.is(Role.JOBCENTRE_MANAGER));
        model.addAttribute("form", form);
        choices(model);
        return "trial/list";
    }

    @PostMapping("/jobcentre/trials")
    String create(CurrentUser user, @ModelAttribute DesignForm form, Model model, RedirectAttributes flash) {
        try {
            var trial = trials.create(user, form.design());
            flash.addFlashAttribute("info", "info.saved");
            return "redirect:/jobcentre/trials/" + trial.id();
        } catch (RuleViolation e) {
            error(model, e);
            return listPage(user, model, form);
        }
    }

    @GetMapping("/jobcentre/trials/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        var trial = trials.get(user, id);
        return setupPage(trial, model, DesignForm.of(trial.design()));
    }

    private String setupPage(Trial trial, Model model, DesignForm form) {
        var today = Time.today(clock);
        model.addAttribute("trial", trial);
        model.addAttribute("form", form);
        model.addAttribute("running", trial.running(today));
        model.addAttribute("ended", trial.ended(today));
        choices(model);
        return "trial/setup";
    }

    @PostMapping("/jobcentre/trials/{id}")
    String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute DesignForm form, Model model,
                  RedirectAttributes flash) {
        var trial = trials.get(user, id);
        try {
            trials.update(user, id, form.design());
            flash.addFlashAttribute("info", "info.saved");
            return "redirect:/jobcentre/trials/" + id;
        } catch (RuleViolation e) {
            // Shown again with what was typed: a refused change loses nothing, and the stored design is unchanged.
            error(model, e);
            return setupPage(trials.get(user, trial.id()), model, form);
        }
    }

    /** Answers with the setup page and the import's result (each bad line named), not a redirect: nothing to lose. */
    @PostMapping("/jobcentre/trials/{id}/outcomes")
    String importOutcomes(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                          Model model) throws IOException {
        var trial = trials.get(user, id);
        var result = trials.importOutcomes(user, id, file == null ? null : file.getBytes());
        if (result.ok()) {
            model.addAttribute("importStored", result.stored());
            model.addAttribute("importLines", result.lines().size());
        } else {
            model.addAttribute("importErrors", result.errors());
            model.addAttribute("importErrorCount", result.errorCount());
        }
        return setupPage(trial, model, DesignForm.of(trial.design()));
    }

    @GetMapping("/jobcentre/trials/{id}/analysis")
    String analysis(CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        var trial = trials.get(user, id);
        var report = trials.analysis(user, id);
        model.addAttribute("trial", trial);
        model.addAttribute("report", report);
        model.addAttribute("tables", tables(report, locale));
        model.addAttribute("ended", trial.ended(Time.today(clock)));
        model.addAttribute("pct", new Percent(locale));
        return "trial/analysis";
    }

    @GetMapping("/jobcentre/trials/{id}/analysis.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @PathVariable UUID id, Locale locale) {
        var trial = trials.get(user, id);
        var report = trials.analysis(user, id);
        var pct = new Percent(locale);
        var out = new StringBuilder();
        out.append(String.join(";", text("trial.csv.table", locale), text("trial.csv.row", locale),
            text("trial.arm.TOOL", locale), text("trial.arm.USUAL_PRACTICE", locale), text("trial.total", locale)))
            .append("\r\n");
        for (Shown t : tables(report, locale)) {
            for (ShownRow r : t.rows()) {
                out.append(SpreadsheetCsv.cell(t.title())).append(';').append(SpreadsheetCsv.cell(r.label()));
                for (String c : r.cells()) {
                    out.append(';').append(c);
                }
                out.append("\r\n");
            }
        }
        var itt = report.itt();
        String ittTitle = SpreadsheetCsv.cell(text("trial.itt", locale));
        if (itt.suppressed()) {
            out.append(ittTitle).append(';').append(SpreadsheetCsv.cell(text("trial.itt.suppressed", locale))).append("\r\n");
        } else {
            out.append(ittTitle).append(';').append(SpreadsheetCsv.cell(text("trial.itt.n", locale))).append(';')
                .append(itt.nTool()).append(';').append(itt.nUsual()).append("\r\n");
            out.append(ittTitle).append(';').append(SpreadsheetCsv.cell(text("trial.itt.employed", locale))).append(';')
                .append(itt.employedTool()).append(';').append(itt.employedUsual()).append("\r\n");
            out.append(ittTitle).append(';').append(SpreadsheetCsv.cell(text("trial.itt.share", locale))).append(';')
                .append(pct.of(itt.shareTool())).append(';').append(pct.of(itt.shareUsual())).append("\r\n");
            out.append(ittTitle).append(';').append(SpreadsheetCsv.cell(text("trial.itt.difference-csv", locale))).append(';')
                .append(pct.of(itt.difference().estimate())).append(';').append(pct.of(itt.difference().lower()))
                .append(';').append(pct.of(itt.difference().upper())).append("\r\n");
        }
        String timeTitle = SpreadsheetCsv.cell(text("trial.time", locale));
        for (var m : report.months()) {
            out.append(timeTitle).append(';').append(SpreadsheetCsv.cell(text("trial.time.month", locale, m.month()))).append(';')
                .append(m.shareTool() == null ? SmallCells.SMALL : pct.of(m.shareTool())).append(';')
                .append(m.shareUsual() == null ? SmallCells.SMALL : pct.of(m.shareUsual())).append("\r\n");
        }
        audit.record(AuditAction.TRIAL_EXPORTED, "Trial", trial.id(), "analysis.csv");
        return SpreadsheetCsv.download("forsoeg-analyse.csv", out);
    }

    /** Percentages with one decimal in the page's language; used by the template as ${pct.of(x)}. */
    static final class Percent {
        private final NumberFormat format;

        Percent(Locale locale) {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
        }

        public String of(double share) {
            return format.format(share * 100);
        }
    }

    private List<Shown> tables(Analysis.Report report, Locale locale) {
        List<Analysis.Table> all = new ArrayList<>();
        all.add(report.screening());
        all.add(report.followUp());
        all.add(report.strata());
        all.addAll(report.baseline());
        all.addAll(report.secondary());
        List<String> columns = List.of(text("trial.arm.TOOL", locale), text("trial.arm.USUAL_PRACTICE", locale),
            text("trial.total", locale));
        return all.stream().map(t -> {
            List<ShownRow> rows = new ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                rows.add(new ShownRow(label(t.rows().get(i), locale), t.cells().get(i)));
            }
            return new Shown(t.id(), text(t.titleKey(), locale),
                t.cells().getFirst().size() == 1 ? List.of(text("trial.count", locale)) : columns, rows);
        }).toList();
    }

    private String label(Analysis.Label l, Locale locale) {
        Object[] args = l.args().stream()
            .map(a -> a instanceof String s && s.startsWith("trial.") ? text(s, locale) : a).toArray();
        return text(l.key(), locale, args);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void choices(Model model) {
        model.addAttribute("educations", Education.values());
        model.addAttribute("ageBands", AgeBand.values());
    }

    private static void error(Model model, RuleViolation e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
    }
}
