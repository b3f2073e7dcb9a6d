package dk.rekrut.application.form;

import dk.rekrut.shared.RateLimited;
import dk.rekrut.shared.PublicSite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.FieldProblem;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.application.SubmissionRejected;
import dk.rekrut.application.Submissions;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The public application form of a posting. */
@Controller
class ApplyController {

    private final Submissions submissions;
    private final ScreeningQuestions questions;
    private final PublicPostings postings;
    private final InstitutionSettings settings;
    private final PublicSite site;
    private final PendingUploads pending;

    ApplyController(Submissions submissions, ScreeningQuestions questions, PublicPostings postings,
                    InstitutionSettings settings, PublicSite site, PendingUploads pending) {
        this.site = site;
        this.pending = pending;
        this.submissions = submissions;
        this.questions = questions;
        this.postings = postings;
        this.settings = settings;
    }

    @GetMapping("/jobs/{postingId}/apply")
    String form(@PathVariable UUID postingId, @RequestParam(required = false) String medium, Model model) {
        return render(postingId, medium, new LinkedMultiValueMap<>(), List.of(), PendingUploads.Held.NOTHING, model);
    }

    @RateLimited
    @PostMapping("/jobs/{postingId}/apply")
    Object submit(@PathVariable UUID postingId, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(required = false) MultipartFile application, @RequestParam(required = false) MultipartFile cv,
                  @RequestParam(required = false) List<MultipartFile> diplomas,
                  @RequestParam(required = false) List<MultipartFile> other,
                                   @RequestParam(required = false) MultipartFile video, Locale locale, Model model) throws IOException {
        // Files held from an earlier try of this form come along; a new file of a kind replaces the held one.
        String heldToken = params.getFirst("pendingUploads");
        var submission = ApplicationRequests.submission(postingId, params, application, cv, diplomas, other, video, locale,
            site.baseUrl(), pending.load(heldToken));
        try {
            var receipt = submissions.submit(submission);
            pending.discard(heldToken);
            if (receipt.duplicate()) {
                return "redirect:/jobs/" + postingId + "/apply/duplicate";
            }
            return "redirect:/my-application/" + receipt.accessToken() + "?received";
        } catch (SubmissionRejected e) {
            var held = pending.keep(heldToken, submission.enclosures().uploads());
            var mav = new ModelAndView(render(postingId, params.getFirst("medium"), params, e.problems(), held, model),
                model.asMap());
            mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return mav;
        } catch (RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            var mav = new ModelAndView("public/apply-closed", model.asMap());
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
    }

    @GetMapping("/jobs/{postingId}/apply/duplicate")
    String duplicate(@PathVariable UUID postingId, Model model) {
        model.addAttribute("postingId", postingId);
        return "public/apply-duplicate";
    }

    private String render(UUID postingId, String medium, MultiValueMap<String, String> values, List<FieldProblem> problems,
                          PendingUploads.Held held, Model model) {
        var pp = postings.page(postingId).orElseThrow(() -> new NotFoundException("posting"));
        var c = pp.recruitmentCase();
        var qs = questions.forCase(c.id());
        model.addAttribute("pp", pp);
        model.addAttribute("c", c);
        model.addAttribute("questions", qs);
        model.addAttribute("consent", settings.currentConsent());
        model.addAttribute("institution", settings.get(InstitutionSettings.NAME));
        model.addAttribute("medium", postings.medium(medium).map(m -> m.code()).orElse(null));
        model.addAttribute("submissionKey", UUID.randomUUID().toString());
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("chosen", values); // every value of a field: the ticked options of a multiple choice
        model.addAttribute("held", held);
        Map<String, List<FieldProblem>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p));
        model.addAttribute("problems", byField);
        model.addAttribute("problemList", problems);
        model.addAttribute("documentKinds", DocumentKind.values());
        return "public/apply";
    }
}
