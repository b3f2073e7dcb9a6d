package dk.rekrut.application;

import java.nio.charset.StandardCharsets;
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

/** The case team's download of an applicant's original document; who may is decided in {@link Applications}. */
@Controller
class CaseDocumentController {

    private final Applications applications;

    CaseDocumentController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping("/cases/{caseId}/candidates/{applicationId}/documents/{documentId}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                                    @PathVariable UUID documentId) {
        var doc = applications.openDocumentFor(user, caseId, applicationId, documentId)
            .orElseThrow(() -> new NotFoundException("document"));
        // Always a download, never rendered inline: an applicant's file must not run in Rekrut's origin.
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.document().originalName(), StandardCharsets.UTF_8).build().toString())
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(doc.content());
    }
}
