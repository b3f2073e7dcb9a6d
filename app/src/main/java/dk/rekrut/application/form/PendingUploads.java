package dk.rekrut.application.form;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.submission.Uploads;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.shared.Time;
import dk.rekrut.shared.Tokens;
import dk.rekrut.storage.FileStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of an application form that came back with a validation error, held for the retry (review problem 11):
 * the applicant does not pick them again. They are bound to the form by a random token in a hidden field (only its
 * hash is stored), are never served back (the form shows their names only), and go when the application is sent or,
 * at the latest, a day later.
 */
@Component
class PendingUploads {

    /** How long a form's files wait for the retry. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final String PURPOSE = "pending-upload";

    private final PendingUploadRepository repository;
    private final FileStore files;
    private final Uploads uploads;
    private final Clock clock;

    PendingUploads(PendingUploadRepository repository, FileStore files, Uploads uploads, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** The files held for this form (none for a missing or unknown token). */
    List<Submissions.Upload> load(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        var rows = repository.forForm(Tokens.hash(token));
        // The bytes are read after the rows, not while the result set is open.
        return rows.stream().map(r -> new Submissions.Upload(r.kind(), r.originalName(), files.read(r.storedFileId()))).toList();
    }

    /** What the form holds now: the token for its hidden field (null: nothing) and the files' names by field. */
    record Held(String token, Map<String, List<String>> names) {
        static final Held NOTHING = new Held(null, Map.of());
    }

    /**
     * Holds the files the form sent that passed the checks (a refused file is not kept: its error names it), in place
     * of what the form held before.
     */
    @Transactional
    Held keep(String token, List<Submissions.Upload> sent) {
        discard(token);
        var accepted = uploads.check(sent, new ArrayList<>());
        if (accepted.isEmpty()) {
            return Held.NOTHING;
        }
        var names = new LinkedHashMap<String, List<String>>();
        String next = Tokens.newToken();
        var now = Time.utc(clock.instant());
        for (var checked : accepted) {
            var u = checked.upload();
            var stored = files.store(PURPOSE, u.content(), u.content().length, checked.contentType());
            repository.insert(Tokens.hash(next), u.kind(), name(u.originalName()), stored.id(), now);
            names.computeIfAbsent(Uploads.field(u.kind()), k -> new ArrayList<>()).add(name(u.originalName()));
        }
        return new Held(next, names);
    }

    /** Removes the files held for this form (the application was sent, or the form holds new ones). */
    @Transactional
    void discard(String token) {
        if (token != null && !token.isBlank()) {
            remove(repository.forForm(Tokens.hash(token)));
        }
    }

    /** Files nobody came back for: personal data is not kept longer than the retry needs. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void sweep() {
        remove(repository.keptBefore(Time.utc(clock.instant().minus(KEPT))));
    }

    private void remove(List<PendingUploadRepository.Row> rows) {
        for (var row : rows) {
            repository.delete(row.id());
            files.delete(row.storedFileId());
        }
    }

    /**
     * The files to send: the held ones, with a new file of a kind that takes one (application, CV, video) in place of
     * the held one, and new diplomas and other documents added to the held ones.
     */
    static List<Submissions.Upload> merge(List<Submissions.Upload> held, List<Submissions.Upload> sent) {
        var out = new ArrayList<Submissions.Upload>();
        for (var h : held) {
            boolean single = h.kind() == DocumentKind.APPLICATION || h.kind() == DocumentKind.CV || h.kind() == DocumentKind.VIDEO;
            if (!single || sent.stream().noneMatch(s -> s.kind() == h.kind())) {
                out.add(h);
            }
        }
        out.addAll(sent);
        return out;
    }

    private static String name(String originalName) {
        String n = originalName == null || originalName.isBlank() ? "fil" : originalName.strip();
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
