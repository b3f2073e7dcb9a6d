package dk.rekrut.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.storage.FileStore;
import dk.rekrut.storage.UploadInspector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's notes on a candidate's interview, each optionally with one file (interview guide, test result).
 * Files are checked by their content and kept in the file store; their original names are not kept (a file name
 * can carry the applicant's name), so downloads are named by candidate number. Support staff do not see notes.
 */
@Service
public class InterviewNotes {

    public record Note(UUID id, UUID applicationId, UUID slotId, String authorName, String body, UUID fileId,
                       String fileType, String contentType, Instant createdAt) {
    }

    public record NoteFile(String fileName, String contentType, byte[] content) {
    }

    private final InterviewRepository repository;
    private final CaseAccess access;
    private final Applications applications;
    private final FileStore files;
    private final UploadInspector inspector;
    private final Clock clock;

    InterviewNotes(InterviewRepository repository, CaseAccess access, Applications applications, FileStore files,
                   UploadInspector inspector, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.applications = applications;
        this.files = files;
        this.inspector = inspector;
        this.clock = clock;
    }

    /** The panel: HR on the case, the hiring manager, the chair and the committee members. */
    public boolean onPanel(CurrentUser user, RecruitmentCase c) {
        return access.canManage(user, c) || c.hasMember(user.id(), TeamRole.CHAIR, TeamRole.COMMITTEE_MEMBER,
            TeamRole.HIRING_MANAGER);
    }

    /** Adds a note with an optional file; the note belongs to the candidate's current interview slot, if any. */
    @Transactional
    public Note add(CurrentUser user, UUID applicationId, String body, String fileName, byte[] content) {
        var a = panelApplication(user, applicationId);
        boolean hasFile = content != null && content.length > 0;
        if ((body == null || body.isBlank()) && !hasFile) {
            throw new RuleViolation("error.note.empty");
        }
        if (body != null && body.length() > 8000) {
            throw new RuleViolation("error.note.too-long");
        }
        UUID fileId = null;
        String type = null;
        String contentType = null;
        if (hasFile) {
            switch (inspector.inspect(fileName == null ? "file" : fileName, content)) {
                case UploadInspector.Refused r -> throw new RuleViolation(r.messageKey(), r.args().toArray());
                case UploadInspector.Accepted ok -> {
                    fileId = files.store("interview-note", content, content.length, ok.contentType()).id();
                    type = ok.type();
                    contentType = ok.contentType();
                }
            }
        }
        UUID slot = repository.invitation(a.id()).filter(i -> !i.cancelled()).map(Interviews.Invitation::slotId).orElse(null);
        var id = UUID.randomUUID();
        repository.insert(new InterviewRepository.NewNote(id, a.id(), a.caseId(), slot, user.id(),
            body == null || body.isBlank() ? null : body.strip(), fileId, type, contentType), clock.instant());
        return forApplication(user, a.id()).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Note> forApplication(CurrentUser user, UUID applicationId) {
        panelApplication(user, applicationId);
        return repository.notes(applicationId);
    }

    /** A note's file, named by candidate number only. */
    public NoteFile file(CurrentUser user, UUID applicationId, UUID noteId) {
        var a = panelApplication(user, applicationId);
        var note = forApplication(user, applicationId).stream().filter(n -> n.id().equals(noteId) && n.fileId() != null)
            .findFirst().orElseThrow(() -> new NotFoundException("note"));
        String name = "samtale-" + a.candidateNumber() + "-" + noteId.toString().substring(0, 8) + "." + note.fileType();
        return new NoteFile(name, note.contentType(), files.read(note.fileId()));
    }

    private Application panelApplication(CurrentUser user, UUID applicationId) {
        var a = applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
        var c = access.requireView(user, a.caseId());
        if (!onPanel(user, c)) {
            throw new ForbiddenException("interview notes");
        }
        return a;
    }
}
