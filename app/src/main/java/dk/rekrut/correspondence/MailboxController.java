package dk.rekrut.correspondence;

import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** On the embedded default no mail leaves the machine; administrators see here what would have been sent. */
@Controller
class MailboxController {

    private final Outbox outbox;

    MailboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mailbox")
    String list(Model model) {
        model.addAttribute("messages", outbox.recent(200));
        model.addAttribute("pending", outbox.pending());
        return "correspondence/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("m", outbox.find(id).orElseThrow(() -> new NotFoundException("message")));
        return "correspondence/message";
    }
}
