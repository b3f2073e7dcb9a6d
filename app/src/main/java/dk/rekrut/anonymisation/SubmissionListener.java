package dk.rekrut.anonymisation;

import java.time.Clock;
import dk.rekrut.application.ApplicationSubmitted;
import dk.rekrut.application.ApplicantDataErased;
import dk.rekrut.storage.FileStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the redaction of an anonymous application in the submission's own transaction (a synchronous listener):
 * the rows are the durable jobs, so nothing is lost if the process stops before the worker runs, and a rolled-back
 * submission queues nothing. Ordinary cases are not redacted.
 */
@Component
class SubmissionListener {

    private final RedactionItemRepository items;
    private final FileStore files;
    private final Clock clock;

    SubmissionListener(RedactionItemRepository items, FileStore files, Clock clock) {
        this.items = items;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Withdrawal, retention and an erasure request erase identity and originals; renditions, redacted answers and
     * hand-added values go with them in the same transaction (a rendition may hold something the engine missed; an
     * addition is personal data).
     */
    @EventListener
    void on(ApplicantDataErased event) {
        items.erase(event.applicationId()).forEach(files::delete);
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        if (!event.anonymous()) {
            return;
        }
        var now = clock.instant();
        items.insert(event.applicationId(), event.caseId(), 0, null, RedactedDocument.ANSWERS, now);
        int number = 1;
        for (var d : event.documents()) {
            items.insert(event.applicationId(), event.caseId(), number++, d.documentId(), d.kind(), now);
        }
    }
}
