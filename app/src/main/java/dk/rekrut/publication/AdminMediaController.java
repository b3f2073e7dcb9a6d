package dk.rekrut.publication;

import dk.rekrut.shared.Flash;
import dk.rekrut.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminMediaController {

    private final MediaList media;

    AdminMediaController(MediaList media) {
        this.media = media;
    }

    @GetMapping("/admin/media")
    String list(Model model) {
        model.addAttribute("media", media.all());
        model.addAttribute("kinds", MediumKind.values());
        return "admin/media";
    }

    @GetMapping("/admin/media/{code}")
    String medium(@PathVariable String code, Model model) {
        model.addAttribute("medium", media.byCode(code).orElseThrow(() -> new NotFoundException("medium")));
        model.addAttribute("kinds", MediumKind.values());
        return "admin/medium";
    }

    /** Changes a medium; a new code moves its feed addresses, so the page goes to the medium under its saved code. */
    @PostMapping("/admin/media/{code}")
    String update(@PathVariable String code, @RequestParam("code") String newCode, @RequestParam String name,
                  @RequestParam MediumKind kind, @RequestParam(defaultValue = "0") BigDecimal cost,
                  @RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
        var medium = media.byCode(code).orElseThrow(() -> new NotFoundException("medium"));
        Flash.attempt(flash, "info.saved", () -> media.save(medium.id(), newCode, name, kind, cost, active));
        var now = media.all().stream().filter(m -> m.id().equals(medium.id())).findFirst().orElse(medium);
        return "redirect:/admin/media/" + now.code();
    }

    @PostMapping("/admin/media")
    String save(@RequestParam(required = false) UUID id, @RequestParam String code, @RequestParam String name,
                @RequestParam MediumKind kind, @RequestParam(defaultValue = "0") BigDecimal cost,
                @RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> media.save(id, code, name, kind, cost, active));
        return "redirect:/admin/media";
    }
}
