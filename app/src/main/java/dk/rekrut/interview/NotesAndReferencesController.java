package dk.rekrut.interview;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A candidate's interview notes and references, shown by candidate number. Rights are checked before input. */
@Controller
@RequestMapping("/cases/{caseId}/candidates/{applicationId}")
class NotesAndReferencesController {

    private final InterviewNotes notes;
    private final References references;
    private final Applications applications;
    private final CaseAccess access;

    NotesAndReferencesController(InterviewNotes notes, References references, Applications applications, CaseAccess access) {
        this.notes = notes;
        this.references = references;
        this.applications = applications;
        this.access = access;
    }

    @GetMapping("/notes")
    String notes(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, Model model) {
        var c = access.requireView(user, caseId);
        var a = onCase(caseId, applicationId);
        if (!notes.onPanel(user, c)) {
            throw new ForbiddenException("interview notes");
        }
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        model.addAttribute("notes", notes.forApplication(user, applicationId));
        return "interview/notes";
    }

    @PostMapping("/notes")
    String addNote(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                   @RequestParam(required = false) String body, @RequestParam(required = false) MultipartFile file,
                   RedirectAttributes flash) throws IOException {
        var c = access.requireView(user, caseId);
        onCase(caseId, applicationId);
        if (!notes.onPanel(user, c)) {
            throw new ForbiddenException("interview notes");
        }
        boolean hasFile = file != null && !file.isEmpty();
        byte[] content = hasFile ? file.getBytes() : null;
        Flash.attempt(flash, "info.saved",
            () -> notes.add(user, applicationId, body, hasFile ? file.getOriginalFilename() : null, content));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/notes";
    }

    @GetMapping("/notes/{noteId}/file")
    ResponseEntity<byte[]> noteFile(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                                    @PathVariable UUID noteId) {
        access.requireView(user, caseId);
        onCase(caseId, applicationId);
        var f = notes.file(user, applicationId, noteId);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName()).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(f.contentType())).body(f.content());
    }

    @GetMapping("/references")
    String references(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, Model model) {
        var c = access.requireView(user, caseId);
        var a = onCase(caseId, applicationId);
        requireView(user, c, a);
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        model.addAttribute("consent", references.consent(applicationId).orElse(null));
        model.addAttribute("references", references.forApplication(applicationId));
        model.addAttribute("canRecord", references.canRecord(user, c));
        model.addAttribute("ways", References.ConsentWay.values());
        return "interview/references";
    }

    @PostMapping("/references/consent")
    String consent(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
                   @RequestParam(required = false) References.ConsentWay how, RedirectAttributes flash) {
        requireRecorder(user, caseId, applicationId);
        Flash.attempt(flash, "info.saved", () -> references.recordConsent(user, applicationId, givenOn, how));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/references";
    }

    @PostMapping("/references")
    String record(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                  @RequestParam(required = false) String refereeName, @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) String phone,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
                  @RequestParam(required = false) String notes,
                  @RequestParam(defaultValue = "false") boolean needsHearing, RedirectAttributes flash) {
        requireRecorder(user, caseId, applicationId);
        Flash.attempt(flash, "info.saved", () -> references.record(user, applicationId, new References.Draft(refereeName, organisation, phone, takenOn, notes, needsHearing)));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/references";
    }

    @PostMapping("/references/{referenceId}/hearing")
    String hearing(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId, @PathVariable UUID referenceId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                   @RequestParam(required = false) String reply, RedirectAttributes flash) {
        requireRecorder(user, caseId, applicationId);
        references.find(referenceId).filter(r -> r.applicationId().equals(applicationId))
            .orElseThrow(() -> new NotFoundException("reference"));
        Flash.attempt(flash, "info.saved", () -> references.recordHearing(user, referenceId, doneOn, reply));
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId + "/references";
    }

    private void requireView(CurrentUser user, RecruitmentCase c, Application a) {
        if (!references.canView(user, c, a)) {
            throw new ForbiddenException("references");
        }
    }

    private void requireRecorder(CurrentUser user, UUID caseId, UUID applicationId) {
        var c = access.requireView(user, caseId);
        onCase(caseId, applicationId);
        if (!references.canRecord(user, c)) {
            throw new ForbiddenException("references");
        }
    }

    private Application onCase(UUID caseId, UUID applicationId) {
        return applications.find(applicationId).filter(a -> a.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
    }
}
