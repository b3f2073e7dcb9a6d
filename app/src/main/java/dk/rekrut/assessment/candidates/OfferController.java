package dk.rekrut.assessment.candidates;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.correspondence.LetterPreviews;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Offering a candidate the position (new-user review #8): the status OFFERED goes with the offer letter, so it has a
 * confirmation page that shows the letter as it will be sent and takes HR's own lines; a bare post leads there.
 * The candidate page's status list and the board send a move to OFFERED here, and a move to HIRED of a candidate not
 * yet offered the position ({@link ApplicationStatus#movesThroughOffer}): hired comes only after offered.
 */
@Controller
@RequestMapping("/cases/{caseId}/candidates/{applicationId}/offer")
class OfferController {

    private final Applications applications;
    private final ApplicantViews applicants;
    private final StatusChanges statusChanges;
    private final CaseAccess access;
    private final LetterPreviews previews;
    private final InstitutionSettings settings;
    private final MessageSource messages;

    OfferController(Applications applications, ApplicantViews applicants, StatusChanges statusChanges, CaseAccess access,
                    LetterPreviews previews, InstitutionSettings settings, MessageSource messages) {
        this.applications = applications;
        this.applicants = applicants;
        this.statusChanges = statusChanges;
        this.access = access;
        this.previews = previews;
        this.settings = settings;
        this.messages = messages;
    }

    /** {@code hire}: HR asked to mark the candidate hired, which comes after the offer; the page says so. */
    @GetMapping
    String confirm(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                   @RequestParam(defaultValue = "false") boolean hire, Model model, RedirectAttributes flash) {
        var c = access.requireManage(user, caseId);
        var a = onCase(caseId, applicationId);
        if (a.status().isFinal() || a.status() == ApplicationStatus.OFFERED) {
            Flash.report(flash, new RuleViolation("error.offer.not-open"));
            return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
        }
        String language = "en".equals(a.language()) ? "en" : "da";
        String name = applicants.nameFor(user, a).orElse(a.candidateNumber());
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        model.addAttribute("recipient", name);
        model.addAttribute("hire", hire);
        model.addAttribute("language", language); // the letter is in the applicant's language (WCAG 3.1.2)
        model.addAttribute("letter", previews.of(LetterKind.OFFER, language, Map.of("name", name, "title", c.title(),
            "body", messages.getMessage("offer.preview.body", null, Locale.forLanguageTag(language)),
            "institution", settings.get(InstitutionSettings.NAME))));
        model.addAttribute("maxMessage", StatusChanges.MAX_OFFER_MESSAGE);
        return "assessment/confirm-offer";
    }

    /** Offers only when the confirmation page says so ({@code confirmed}). */
    @PostMapping
    String offer(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                 @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "false") boolean confirmed,
                 RedirectAttributes flash) {
        access.requireManage(user, caseId);
        onCase(caseId, applicationId);
        String back = "redirect:/cases/" + caseId + "/candidates/" + applicationId;
        if (!confirmed) {
            return back + "/offer";
        }
        return Flash.attempt(flash, "info.offered", () -> statusChanges.offer(user, applicationId, message)) ? back
            : back + "/offer";
    }

    private Application onCase(UUID caseId, UUID applicationId) {
        return applications.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
    }
}
