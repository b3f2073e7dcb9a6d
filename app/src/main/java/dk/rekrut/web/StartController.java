package dk.rekrut.web;

import dk.rekrut.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where each role lands after login. */
@Controller
class StartController {

    @GetMapping("/start")
    String start(CurrentUser user) {
        return switch (user.role()) {
            case ADMINISTRATOR -> "redirect:/admin/users";
            case COMMUNICATIONS -> "redirect:/content/layouts";
            case JOBCENTRE_MANAGER -> "redirect:/jobcentre/sources";
            case JOB_CONSULTANT -> "redirect:/jobcenter/borgere";
            case ANALYST -> "redirect:/jobcentre/postings";
            // Everyone who works on cases starts with what waits for them.
            default -> "redirect:/tasks";
        };
    }
}
