package dk.rekrut.jobcentre;

import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.PrivateLink;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's page, reached only through the private link in the consultant's e-mail: the postings they were sent,
 * and per posting "søgt", "til samtale", "ansat" or "ikke relevant" with an optional reason. No login: the token is
 * the key, so it is kept out of referrers and caches ({@link PrivateLink}).
 */
@Controller
@PrivateLink
class CitizenPageController {

    private final Suggestions suggestions;

    CitizenPageController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/jobcenter/forslag/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        var page = suggestions.page(token).orElseThrow(() -> new NotFoundException("suggestions"));
        if (page.ended()) {
            response.setStatus(HttpStatus.GONE.value());
            return "jobcentre/suggestions-ended";
        }
        model.addAttribute("token", token);
        model.addAttribute("suggestions", page.suggestions());
        model.addAttribute("answers", Citizens.Answer.values());
        return "jobcentre/suggestions";
    }

    @PostMapping("/jobcenter/forslag/{token}/{posting}")
    String answer(@PathVariable String token, @PathVariable UUID posting,
                  @RequestParam(required = false) Citizens.Answer answer,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        var page = suggestions.page(token).orElseThrow(() -> new NotFoundException("suggestions"));
        if (page.ended()) {
            return "redirect:/jobcenter/forslag/" + token; // the page that says the course has ended
        }
        if (answer == null) {
            flash.addFlashAttribute("errorKey", "jobcentre.answer.error.none");
        } else if (suggestions.answer(token, posting, answer, reason)) {
            flash.addFlashAttribute("info", "jobcentre.answer.saved");
        } else {
            throw new NotFoundException("suggestion");
        }
        return "redirect:/jobcenter/forslag/" + token;
    }
}
