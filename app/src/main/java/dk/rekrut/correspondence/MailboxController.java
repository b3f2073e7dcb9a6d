package dk.rekrut.correspondence;

import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Administrators' view of the outbox. On the embedded default (mailbox transport) no mail leaves the machine and
 * this is where it can be read; with SMTP it shows what is queued, sent, and failing.
 */
@Controller
class MailboxController {

    private final OutboxRepository outbox;
    private final String transport;

    MailboxController(OutboxRepository outbox, MailProperties settings) {
        this.outbox = outbox;
        this.transport = settings.transport().strip();
    }

    @GetMapping("/admin/mailbox")
    String list(Model model) {
        model.addAttribute("messages", outbox.recent(200));
        model.addAttribute("pending", outbox.pending());
        model.addAttribute("failing", outbox.failing());
        model.addAttribute("local", "mailbox".equals(transport));
        return "correspondence/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String show(@PathVariable String id, Model model) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("message");
        }
        model.addAttribute("m", outbox.find(uuid).orElseThrow(() -> new NotFoundException("message")));
        model.addAttribute("attachments", outbox.attachmentNames(uuid));
        return "correspondence/message";
    }
}
