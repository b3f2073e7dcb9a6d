package dk.rekrut.application.form;

import dk.rekrut.shared.RateLimited;
import dk.rekrut.shared.PublicSite;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.SubmissionRejected;
import dk.rekrut.application.Submissions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/postings/{id}/applications}: the application form for integrations. Same fields, same
 * validation; errors are RFC 9457 problem details with one entry per field. The optional {@code employedHere} is
 * {@code yes} (internal applicant), {@code no} (external) or left out / empty (not answered).
 */
@RestController
class ApplicationApiController {

    record Received(String candidateNumber, boolean duplicate) {
    }

    private final Submissions submissions;
    private final MessageSource messages;
    private final PublicSite site;

    ApplicationApiController(Submissions submissions, MessageSource messages, PublicSite site) {
        this.site = site;
        this.submissions = submissions;
        this.messages = messages;
    }

    @RateLimited
    @PostMapping(value = "/api/v1/postings/{postingId}/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Received> apply(@PathVariable UUID postingId, @RequestParam MultiValueMap<String, String> params,
                                   @RequestParam(required = false) MultipartFile application,
                                   @RequestParam(required = false) MultipartFile cv,
                                   @RequestParam(required = false) List<MultipartFile> diplomas,
                                   @RequestParam(required = false) List<MultipartFile> other,
                                   @RequestParam(required = false) MultipartFile video, Locale locale)
        throws IOException {
        var receipt = submissions.submit(ApplicationRequests.submission(postingId, params, application, cv, diplomas,
            other, video, locale, site.baseUrl()));
        if (receipt.duplicate()) {
            return ResponseEntity.ok(new Received(null, true));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Received(receipt.candidateNumber(), false));
    }

    @ExceptionHandler(SubmissionRejected.class)
    ResponseEntity<ProblemDetail> rejected(SubmissionRejected e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
            messages.getMessage("error.apply.fix", null, locale));
        problem.setType(URI.create("https://rekrut.dk/problems/invalid-application"));
        problem.setTitle(messages.getMessage("error.apply.title", null, locale));
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
            "message", messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
