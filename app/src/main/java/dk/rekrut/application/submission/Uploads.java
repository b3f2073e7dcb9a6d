package dk.rekrut.application.submission;

import java.util.ArrayList;
import java.util.List;
import dk.rekrut.application.FieldProblem;
import dk.rekrut.application.Submissions;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.storage.UploadInspector;
import org.springframework.stereotype.Component;

/** Checks the uploads of one submission: type by content, size per file and in total; CV and application required. */
@Component
public class Uploads {

    public record Checked(Submissions.Upload upload, String type, String contentType) {
    }

    private final UploadInspector inspector;

    Uploads(UploadInspector inspector) {
        this.inspector = inspector;
    }

    public List<Checked> check(List<Submissions.Upload> uploads, List<FieldProblem> problems) {
        var out = new ArrayList<Checked>();
        long total = 0;
        for (DocumentKind required : new DocumentKind[] {DocumentKind.APPLICATION, DocumentKind.CV}) {
            if (uploads.stream().noneMatch(u -> u.kind() == required)) {
                problems.add(FieldProblem.of(field(required), "error.apply." + field(required) + "-missing")); // names the file
            }
        }
        for (var u : uploads) {
            boolean video = u.kind() == DocumentKind.VIDEO;
            if (!video) {
                total += u.content().length; // a video has its own limit
            }
            var inspection = video ? inspector.inspectVideo(u.originalName(), u.content())
                : inspector.inspect(u.originalName(), u.content());
            switch (inspection) {
                case UploadInspector.Refused r -> problems.add(new FieldProblem(field(u.kind()), r.messageKey(), r.args()));
                case UploadInspector.Accepted a -> out.add(new Checked(u, a.type(), a.contentType()));
            }
        }
        inspector.checkTotal(total).ifPresent(key -> problems.add(FieldProblem.of("documents", key)));
        return out;
    }

    public static String field(DocumentKind kind) {
        return switch (kind) {
            case APPLICATION -> "application";
            case CV -> "cv";
            case DIPLOMA -> "diplomas";
            case OTHER -> "other";
            case VIDEO -> "video";
        };
    }
}
