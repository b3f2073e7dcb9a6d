package dk.rekrut.publication;

import dk.rekrut.shared.Flash;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    @PostMapping("/admin/media")
    String save(@RequestParam(required = false) UUID id, @RequestParam String code, @RequestParam String name,
                @RequestParam MediumKind kind, @RequestParam(defaultValue = "0") BigDecimal cost,
                @RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> media.save(id, code, name, kind, cost, active));
        return "redirect:/admin/media";
    }
}
