package dk.rekrut.jobagent;

import dk.rekrut.shared.RateLimited;
import dk.rekrut.shared.PrivateLink;
import dk.rekrut.shared.PublicSite;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Category;
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

/**
 * The public job agent pages. Confirming is a POST from the page the e-mail's link opens (a link scanner does not
 * confirm anyone). Unsubscribing takes one click: the GET of the e-mail's unguessable link unsubscribes at once,
 * and the same URL answers the RFC 8058 one-click POST that mail clients send (no CSRF token there: the token in
 * the path is the authority, and it can only delete the subscription).
 */
@Controller
@PrivateLink
@RequestMapping("/jobs/agent")
class JobAgentController {

    private final JobAgent agent;
    private final OrganisationDirectory directory;
    private final MessageSource messages;
    private final PublicSite site;

    JobAgentController(JobAgent agent, OrganisationDirectory directory, MessageSource messages, PublicSite site) {
        this.site = site;
        this.agent = agent;
        this.directory = directory;
        this.messages = messages;
    }


    @GetMapping
    String form(Model model) {
        form(model, null, null, null, null, null);
        return "jobagent/subscribe";
    }

    @RateLimited
    @PostMapping
    String subscribe(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String keywords,
                     @RequestParam(required = false) Category category, @RequestParam(required = false) String location,
                     @RequestParam(required = false) UUID unit, Locale locale, Model model) {
        try {
            agent.subscribe(new JobAgent.Criteria(keywords, category, location, unit), email, locale,
                site.baseUrl());
        } catch (RuleViolation e) {
            model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            form(model, email, keywords, category, location, unit);
            return "jobagent/subscribe";
        }
        return "jobagent/subscribed";
    }

    @GetMapping("/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return confirmation(agent.byConfirmToken(token), model);
    }

    @PostMapping("/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("confirmed", true);
        return confirmation(agent.confirm(token), model);
    }

    /** The subscription the link names, with its criteria in words: before and after the click. */
    private String confirmation(Optional<Subscription> subscription, Model model) {
        var s = subscription.orElseThrow(() -> new NotFoundException("subscription"));
        model.addAttribute("s", s);
        model.addAttribute("criteria", agent.describe(s));
        return "jobagent/confirm";
    }

    /**
     * The link in the mail asks, and only the button (a POST) unsubscribes: mail security scanners open every link in a
     * mail, and a GET that deleted would unsubscribe people who never clicked (security round sec9; RFC 8058 keeps
     * unsubscribing to the POST for this reason).
     */
    @GetMapping("/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("found", agent.hasSubscription(token));
        model.addAttribute("asking", true);
        return "jobagent/unsubscribed";
    }

    /** The page's button, and the RFC 8058 one-click POST mail clients send without a session. */
    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("found", agent.unsubscribe(token));
        model.addAttribute("asking", false);
        return "jobagent/unsubscribed";
    }

    private void form(Model model, String email, String keywords, Category category, String location, UUID unit) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("units", directory.tree());
        model.addAttribute("email", email);
        model.addAttribute("keywords", keywords);
        model.addAttribute("category", category);
        model.addAttribute("location", location);
        model.addAttribute("unit", unit);
    }
}
