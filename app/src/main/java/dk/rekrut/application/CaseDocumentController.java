package dk.rekrut.application;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The case team's download of an applicant's original document; who may is decided in {@link Applications}. */
@Controller
class CaseDocumentController {

    /** What the browser may show inline, by detected type. */
    static final Map<String, String> VIEWABLE = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
        "png", "image/png", "txt", "text/plain; charset=UTF-8");

    private final ApplicantViews applicants;

    CaseDocumentController(ApplicantViews applicants) {
        this.applicants = applicants;
    }

    @GetMapping("/cases/{caseId}/candidates/{applicationId}/documents/{documentId}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                                    @PathVariable UUID documentId, @RequestParam(defaultValue = "false") boolean view) {
        var doc = applicants.openDocumentFor(user, caseId, applicationId, documentId)
            .orElseThrow(() -> new NotFoundException("document"));
        String type = doc.document().detectedType();
        if (view && VIEWABLE.containsKey(type)) {
            // Shown in the browser only for types it renders without running anything of ours: PDF (scripts are
            // refused at upload), images and plain text, with their own type, nosniff and a sandbox.
            return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                    .filename(doc.document().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", type.equals("pdf") ? "default-src 'none'; object-src 'self'"
                    : "sandbox; default-src 'none'; img-src 'self'")
                .contentType(MediaType.parseMediaType(VIEWABLE.get(type)))
                .body(doc.content());
        }
        // Otherwise a download: an applicant's file must not run in Rekrut's origin.
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.document().originalName(), StandardCharsets.UTF_8).build().toString())
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(doc.content());
    }
}
