package dk.rekrut.organisation;

import dk.rekrut.shared.Flash;
import dk.rekrut.storage.VirusScanner;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
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

/** The administrator's pages: units, users and roles, institution settings. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final VirusScanner virusScanner;
    private final OrganisationDirectory directory;
    private final Administration administration;
    private final InstitutionSettings settings;

    AdminController(OrganisationDirectory directory, Administration administration, InstitutionSettings settings,
                    VirusScanner virusScanner) {
        this.virusScanner = virusScanner;
        this.directory = directory;
        this.administration = administration;
        this.settings = settings;
    }

    /** Files from the public are opened by staff: the administrator is told on every page here when nothing scans them. */
    @ModelAttribute("virusScanOff")
    boolean virusScanOff() {
        return !virusScanner.scans();
    }

    @GetMapping
    String home() {
        return "redirect:/admin/users";
    }

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("tree", directory.tree());
        return "admin/units";
    }

    @PostMapping("/units")
    String createUnit(@RequestParam String name, @RequestParam(required = false) UUID parentId,
                      @RequestParam(required = false) String street, @RequestParam(required = false) String postalCode,
                      @RequestParam(required = false) String town, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> administration.createUnit(new Administration.NewUnit(name, parentId, street, postalCode, town)));
        return "redirect:/admin/units";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        model.addAttribute("unit", directory.unit(id).orElseThrow(() -> new NotFoundException("unit")));
        model.addAttribute("tree", directory.tree());
        return "admin/unit";
    }

    /** Renames or moves a unit, or changes its address; a unit cannot move below itself (Administration). */
    @PostMapping("/units/{id}")
    String updateUnit(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) UUID parentId,
                      @RequestParam(required = false) String street, @RequestParam(required = false) String postalCode,
                      @RequestParam(required = false) String town, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> administration.updateUnit(new Unit(id, name, parentId, street, postalCode, town)));
        return "redirect:/admin/units/" + id;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", directory.allUsers());
        model.addAttribute("units", directory.tree());
        model.addAttribute("unitNames", directory.allUnits().stream()
            .collect(Collectors.toMap(Unit::id, Unit::name)));
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/users")
    String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam String email,
                      @RequestParam UUID unitId, @RequestParam(required = false) Role role,
                      @RequestParam(required = false) String password,
                      RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> administration.createUser(new Administration.NewUser(username, displayName, email, unitId, role, password)));
        return "redirect:/admin/users";
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable UUID id, Model model) {
        model.addAttribute("user", directory.user(id).orElseThrow(() -> new NotFoundException("user")));
        model.addAttribute("units", directory.tree());
        model.addAttribute("roles", Role.values());
        return "admin/user";
    }

    @PostMapping("/users/{id}")
    String updateUser(@PathVariable UUID id, @RequestParam String displayName, @RequestParam String email,
                      @RequestParam UUID unitId, @RequestParam Role role,
                      @RequestParam(defaultValue = "false") boolean enabled,
                      @RequestParam(required = false) String password, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> {
            administration.updateUser(id, displayName, email, unitId, role, enabled);
            if (password != null && !password.isBlank()) {
                administration.setPassword(id, password);
            }
        });
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("settings", settings.all());
        return "admin/settings";
    }

    @PostMapping("/settings")
    String saveSettings(@RequestParam Map<String, String> params, RedirectAttributes flash) {
        settings.all().keySet().forEach(key -> {
            if (params.containsKey(key)) {
                settings.set(key, params.get(key));
            }
        });
        flash.addFlashAttribute("info", "info.saved");
        return "redirect:/admin/settings";
    }
}
