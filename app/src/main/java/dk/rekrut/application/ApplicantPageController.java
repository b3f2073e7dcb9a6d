package dk.rekrut.application;

import dk.rekrut.shared.RateLimited;
import dk.rekrut.shared.PrivateLink;
import dk.rekrut.shared.PublicSite;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.evaluation.EvaluationAnswers;
import dk.rekrut.evaluation.EvaluationData;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's own page, reached only through the private link in the receipt: what they submitted, the
 * status, a download of their data (GDPR access), the voluntary evaluation step, and withdrawal.
 */
@Controller
@PrivateLink
@RequestMapping("/my-application")
class ApplicantPageController {

    private final Applications applications;
    private final StatusChanges statusChanges;
    private final ApplicantViews applicants;
    private final ScreeningQuestions questions;
    private final IdentityAccess identities;
    private final EvaluationData evaluation;
    private final Cases cases;
    private final MessageSource messages;
    private final JsonMapper json;
    private final PublicSite site;

    ApplicantPageController(Applications applications, StatusChanges statusChanges, ApplicantViews applicants,
                            ScreeningQuestions questions, IdentityAccess identities,
                            EvaluationData evaluation, Cases cases, MessageSource messages, JsonMapper json, PublicSite site) {
        this.site = site;
        this.applications = applications;
        this.statusChanges = statusChanges;
        this.applicants = applicants;
        this.questions = questions;
        this.identities = identities;
        this.evaluation = evaluation;
        this.cases = cases;
        this.messages = messages;
        this.json = json;
    }


    @GetMapping("/{token}")
    String page(@PathVariable String token, Model model, Locale locale) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        var c = cases.find(a.caseId()).orElseThrow();
        model.addAttribute("token", token);
        model.addAttribute("a", a);
        model.addAttribute("c", c);
        if (a.status() != ApplicationStatus.WITHDRAWN) {
            model.addAttribute("identity", identities.reveal(a.id(), "applicant's own page").orElse(null));
            model.addAttribute("documents", identities.documents(a.id(), "applicant's own page"));
        } else {
            model.addAttribute("documents", List.of());
        }
        model.addAttribute("answers", describedAnswers(a, locale));
        model.addAttribute("evaluationAnswered", evaluation.answered(a.id()));
        return "public/my-application";
    }

    @GetMapping("/{token}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable UUID documentId) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        var doc = identities.openDocument(a.id(), documentId, "applicant's own download")
            .orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.document().originalName(), StandardCharsets.UTF_8).build().toString())
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(doc.content());
    }

    /** GDPR access: everything Rekrut holds about this application, as JSON. */
    @GetMapping("/{token}/export")
    ResponseEntity<String> export(@PathVariable String token, Locale locale) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        var c = cases.find(a.caseId()).orElseThrow();
        var data = new LinkedHashMap<String, Object>();
        data.put("position", c.title());
        data.put("candidateNumber", a.candidateNumber());
        data.put("status", a.status().name());
        data.put("submittedAt", a.submittedAt().toString());
        data.put("consentVersion", a.consentVersion());
        data.put("medium", a.mediumCode());
        data.put("employedHere", a.employedHere()); // true, false, or null: not answered
        data.put("videoLink", a.videoLink());
        identities.reveal(a.id(), "applicant's data export")
            .ifPresent(i -> data.put("contact", PersonalDataExport.contact(i)));
        data.put("answers", describedAnswers(a, locale));
        data.put("documents", identities.documents(a.id(), "applicant's data export").stream()
            .map(d -> Map.of("name", d.originalName(), "kind", d.kind().name(), "type", d.detectedType(),
                "bytes", d.sizeBytes())).toList());
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("min-ansoegning.json").build().toString())
            .contentType(MediaType.APPLICATION_JSON)
            .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
    }

    @GetMapping("/{token}/withdraw")
    String confirmWithdraw(@PathVariable String token, Model model) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        model.addAttribute("token", token);
        model.addAttribute("c", cases.find(a.caseId()).orElseThrow());
        return "public/withdraw";
    }

    @PostMapping("/{token}/withdraw")
    String withdraw(@PathVariable String token) {
        statusChanges.withdraw(token);
        return "redirect:/my-application/" + token + "?withdrawn";
    }

    @GetMapping("/{token}/evaluation")
    String evaluationForm(@PathVariable String token, Model model) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        model.addAttribute("token", token);
        model.addAttribute("c", cases.find(a.caseId()).orElseThrow());
        model.addAttribute("closed", !acceptsEvaluation(a));
        model.addAttribute("genders", EvaluationAnswers.Gender.values());
        model.addAttribute("ages", EvaluationAnswers.AgeBand.values());
        model.addAttribute("origins", EvaluationAnswers.OriginGroup.values());
        return "public/evaluation";
    }

    @PostMapping("/{token}/evaluation")
    String evaluation(@PathVariable String token, @RequestParam(defaultValue = "false") boolean consent,
                      @RequestParam(required = false) EvaluationAnswers.Gender gender,
                      @RequestParam(required = false) EvaluationAnswers.AgeBand age,
                      @RequestParam(required = false) EvaluationAnswers.OriginGroup origin, Model model,
                      HttpServletResponse response) {
        var a = applications.byToken(token).orElseThrow(() -> new NotFoundException("application"));
        if (!acceptsEvaluation(a)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorKey", "error.evaluation.withdrawn");
            return evaluationForm(token, model);
        }
        try {
            evaluation.record(a.id(), a.caseId(), consent, gender, age, origin);
        } catch (RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            return evaluationForm(token, model);
        }
        return "redirect:/my-application/" + token + "?thanks";
    }

    /** Special-category data is asked for only while the application stands: not after withdrawal (review L11). */
    private static boolean acceptsEvaluation(Application a) {
        return a.status() != ApplicationStatus.WITHDRAWN;
    }

    @GetMapping("/resend")
    String resendForm() {
        return "public/resend";
    }

    @RateLimited
    @PostMapping("/resend")
    String resend(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
        try {
            applicants.resendLinks(email, locale, site.baseUrl());
        } catch (RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("email", email);
            return "public/resend";
        }
        model.addAttribute("sent", true);
        return "public/resend";
    }

    private Map<String, String> describedAnswers(Application a, Locale locale) {
        Map<String, String> words = Map.of("yes", messages.getMessage("common.yes", null, locale),
            "no", messages.getMessage("common.no", null, locale));
        return questions.describe(a, words);
    }
}
