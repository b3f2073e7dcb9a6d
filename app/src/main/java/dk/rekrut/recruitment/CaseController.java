package dk.rekrut.recruitment;

import dk.rekrut.organisation.Unit;
import dk.rekrut.shared.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.RuleViolation;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/cases")
class CaseController {

    private final Cases cases;
    private final CaseAccess access;
    private final OrganisationDirectory directory;

    CaseController(Cases cases, CaseAccess access, OrganisationDirectory directory) {
        this.cases = cases;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(defaultValue = "MINE") Cases.Scope scope,
                @RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) Category category, Model model) {
        model.addAttribute("cases", cases.list(user, new Cases.ListQuery(scope, q, status, category)));
        model.addAttribute("scope", scope);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("unitWide", user.is(Role.HR_EXTENDED, Role.HR_CASE_HANDLING));
        model.addAttribute("canCreate", access.canCreate(user));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("unitNames", directory.allUnits().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        return "cases/list";
    }

    /** A new case, empty or (with {@code from}) a copy of an earlier case the user can see. */
    @GetMapping("/new")
    String newForm(CurrentUser user, @RequestParam(required = false) UUID from, Model model) {
        if (!access.canCreate(user)) {
            throw new ForbiddenException("create case");
        }
        CaseForm form;
        if (from != null) {
            var earlier = access.requireView(user, from);
            form = CaseForm.copyOf(earlier);
            model.addAttribute("copyFrom", earlier);
            if (!access.canCreateIn(user, form.getUnitId())) {
                form.setUnitId(user.unitId());
            }
        } else {
            form = new CaseForm();
            form.setUnitId(user.unitId());
        }
        return form(user, form, null, model);
    }

    @PostMapping
    String create(CurrentUser user, @ModelAttribute("form") CaseForm form,
                  @RequestParam(required = false) UUID copyFrom, Model model) {
        try {
            var c = copyFrom == null ? cases.create(user, form) : cases.copy(user, copyFrom, form);
            return "redirect:/cases/" + c.id();
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            if (copyFrom != null) {
                model.addAttribute("copyFrom", access.requireView(user, copyFrom));
            }
            return form(user, form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        var c = access.requireView(user, id);
        model.addAttribute("c", c);
        model.addAttribute("unit", directory.unit(c.unitId()).orElse(null));
        model.addAttribute("canEdit", access.canEdit(user, c));
        model.addAttribute("canManage", access.canManage(user, c));
        model.addAttribute("checks", c.status() == CaseStatus.PUBLISHED ? cases.closingChecks(id) : List.of());
        model.addAttribute("closingReason", cases.closingReason(id).orElse(null));
        if (access.canManage(user, c)) {
            model.addAttribute("candidates", directory.allUsers().stream()
                .filter(u -> u.enabled() && u.role().isCaseSpecific()).toList());
            model.addAttribute("teamRoles", TeamRole.values());
        }
        return "cases/show";
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        var c = access.requireEdit(user, id);
        return form(user, CaseForm.of(c), c, model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") CaseForm form, Model model) {
        var c = access.requireEdit(user, id);
        try {
            cases.update(user, id, form);
            return "redirect:/cases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(user, form, c, model);
        }
    }

    @PostMapping("/{id}/{action:unpublish|archive}")
    String changeStatus(CurrentUser user, @PathVariable UUID id, @PathVariable String action, RedirectAttributes flash) {
        try {
            if (action.equals("unpublish")) {
                cases.unpublish(user, id);
            } else {
                cases.archive(user, id);
            }
            flash.addFlashAttribute("info", "info.case." + action);
        } catch (RuleViolation e) {
            report(e, flash);
        }
        return "redirect:/cases/" + id;
    }

    /** What closing will do, before it is done: the checklist point by point, and the reason when closing early. */
    @GetMapping("/{id}/close")
    String confirmClose(CurrentUser user, @PathVariable UUID id, Model model) {
        var c = access.requireManage(user, id);
        var checks = cases.closingChecks(id);
        model.addAttribute("c", c);
        model.addAttribute("checks", checks);
        model.addAttribute("blocked", checks.stream().anyMatch(k -> !k.met() && !k.waivable()));
        model.addAttribute("early", checks.stream().anyMatch(k -> !k.met() && k.waivable()));
        return "cases/confirm-close";
    }

    /** Closes only when the confirmation page says so ({@code confirmed}); a bare post goes to that page. */
    @PostMapping("/{id}/close")
    String close(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
                 @RequestParam(required = false) String reason, RedirectAttributes flash) {
        access.requireManage(user, id);
        if (!confirmed) {
            return "redirect:/cases/" + id + "/close";
        }
        try {
            cases.close(user, id, reason);
            flash.addFlashAttribute("info", "info.case.close");
            return "redirect:/cases/" + id;
        } catch (RuleViolation e) {
            report(e, flash);
            return "redirect:/cases/" + id + "/close";
        }
    }

    /** Publishing and closing name what blocks them: the first argument is a list of message keys. */
    private static void report(RuleViolation e, RedirectAttributes flash) {
        flash.addFlashAttribute("errorKey", e.messageKey());
        flash.addFlashAttribute("errorDetails", e.args().length > 0 ? Arrays.asList(String.valueOf(e.args()[0]).split(",")) : List.of());
    }

    @PostMapping("/{id}/team")
    String attach(CurrentUser user, @PathVariable UUID id, @RequestParam UUID userId, @RequestParam TeamRole teamRole,
                  RedirectAttributes flash) {
        Flash.attempt(flash, null, () -> cases.attach(user, id, userId, teamRole));
        return "redirect:/cases/" + id + "#team";
    }

    @PostMapping("/{id}/team/remove")
    String detach(CurrentUser user, @PathVariable UUID id, @RequestParam UUID userId, @RequestParam TeamRole teamRole) {
        cases.detach(user, id, userId, teamRole);
        return "redirect:/cases/" + id + "#team";
    }

    private String form(CurrentUser user, CaseForm form, RecruitmentCase existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("categories", Category.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        // A new case goes where the user may create; an existing one moves only where the user may move it.
        model.addAttribute("units", directory.tree().stream()
            .filter(n -> n.unit().id().equals(form.getUnitId()) || (existing == null
                ? access.canCreateIn(user, n.unit().id()) : access.canMoveTo(user, n.unit().id()))).toList());
        if (existing == null) {
            model.addAttribute("earlierCases", cases.list(user, new Cases.ListQuery(Cases.Scope.UNIT, null, null, null)));
        }
        return "cases/form";
    }

}
