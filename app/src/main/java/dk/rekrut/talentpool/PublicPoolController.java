package dk.rekrut.talentpool;

import dk.rekrut.shared.RateLimited;
import dk.rekrut.shared.PrivateLink;
import dk.rekrut.shared.PublicSite;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public side of talent pools: self-enrolment, and the private link that accepts an offer, confirms an
 * enrolment, renews consent or leaves the pool. GET only shows the page; every change is a POST with the
 * session's CSRF token, so a link scanner following the e-mail's link changes nothing.
 */
@Controller
@PrivateLink
@RequestMapping("/jobs/talent-pool")
class PublicPoolController {

    private final TalentPools pools;
    private final PoolAdministration administration;
    private final MessageSource messages;
    private final PublicSite site;

    PublicPoolController(TalentPools pools, PoolAdministration administration, MessageSource messages, PublicSite site) {
        this.site = site;
        this.pools = pools;
        this.administration = administration;
        this.messages = messages;
    }


    @GetMapping
    String form(Model model) {
        model.addAttribute("pools", administration.publicPools());
        return "talentpool/enrol";
    }

    @RateLimited
    @PostMapping
    String enrol(@RequestParam(required = false) UUID poolId, @RequestParam(defaultValue = "") String name,
                 @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String profile,
                 @RequestParam(defaultValue = "false") boolean consent, @RequestParam(required = false) MultipartFile cv,
                 Locale locale, Model model) throws IOException {
        try {
            if (poolId == null) {
                throw new RuleViolation("error.pool.choose");
            }
            pools.enrol(new TalentPools.Enrolment(poolId, name, email, profile,
                cv == null ? null : cv.getOriginalFilename(), cv == null || cv.isEmpty() ? null : cv.getBytes(), consent,
                locale), site.baseUrl());
        } catch (RuleViolation e) {
            model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            model.addAttribute("pools", administration.publicPools());
            model.addAttribute("poolId", poolId);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("profile", profile);
            return "talentpool/enrol";
        }
        model.addAttribute("sent", true);
        return "talentpool/enrol-sent";
    }

    @GetMapping("/consent/{token}")
    String consent(@PathVariable String token, Model model) {
        model.addAttribute("view", pools.consentView(token).orElseThrow(() -> new NotFoundException("consent link")));
        model.addAttribute("token", token);
        return "talentpool/consent";
    }

    @PostMapping("/consent/{token}")
    String accept(@PathVariable String token, Model model) {
        model.addAttribute("view", pools.accept(token));
        model.addAttribute("token", token);
        model.addAttribute("accepted", true);
        return "talentpool/consent";
    }

    @PostMapping("/consent/{token}/leave")
    String leave(@PathVariable String token, Model model) {
        pools.leave(token);
        model.addAttribute("left", true);
        return "talentpool/left";
    }
}
