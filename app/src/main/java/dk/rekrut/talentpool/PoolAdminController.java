package dk.rekrut.talentpool;

import dk.rekrut.shared.Flash;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pools and icon set (route rule: /admin/** is the administrator's). */
@Controller
@RequestMapping("/admin/talent-pools")
class PoolAdminController {

    private final PoolAdministration pools;

    PoolAdminController(PoolAdministration pools) {
        this.pools = pools;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pools", pools.pools());
        model.addAttribute("icons", pools.icons());
        return "talentpool/admin";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  @RequestParam(required = false) Integer consentMonths,
                  @RequestParam(defaultValue = "false") boolean publicEnrolment, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> pools.createPool(name, description, consentMonths, publicEnrolment));
        return "redirect:/admin/talent-pools";
    }

    @PostMapping("/icons")
    String createIcon(@RequestParam(required = false) String name, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> pools.createIcon(name));
        return "redirect:/admin/talent-pools";
    }

    @PostMapping("/icons/{icon}/delete")
    String deleteIcon(@PathVariable UUID icon, RedirectAttributes flash) {
        pools.deleteIcon(icon);
        flash.addFlashAttribute("info", "info.saved");
        return "redirect:/admin/talent-pools";
    }
}
