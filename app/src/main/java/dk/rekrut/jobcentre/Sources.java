package dk.rekrut.jobcentre;

import dk.rekrut.shared.NotFoundException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.jobcentre.harvest.Entries;
import dk.rekrut.jobcentre.harvest.Fetcher;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posting sources, kept by the administrator and the job-centre manager (the route rules in security say who).
 * Sources are the institution's, not a unit's. A source is disabled, not deleted: its postings keep their history.
 */
@Service
public class Sources {

    /** What the sources form sends. {@code url} is used by the fetched kinds only. */
    public record Form(String name, SourceKind kind, String url, Integer intervalMinutes, boolean enabled) {
    }

    static final int MIN_INTERVAL = 5;
    static final int MAX_INTERVAL = 7 * 24 * 60;
    /** Uploads are kept on the source row (V21: 1,000,000 characters). */
    static final int MAX_UPLOAD_CHARS = 1_000_000;

    private final JobcentreRepository repository;
    private final Clock clock;

    Sources(JobcentreRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Source> all() {
        return repository.sources();
    }

    public Optional<Source> find(UUID id) {
        return repository.source(id);
    }

    public List<Run> runs(UUID sourceId, int limit) {
        return repository.runs(sourceId, limit);
    }

    @Transactional
    public Source create(Form form) {
        if (form.kind() == null) {
            throw new RuleViolation("error.jobcentre.kind");
        }
        UUID id = UUID.randomUUID();
        String name = name(form, id);
        repository.insertSource(id, name, form.kind(), url(form.kind(), form.url()), interval(form), form.enabled(),
            clock.instant());
        return repository.source(id).orElseThrow();
    }

    /** Changes name, URL, schedule and the enabled flag; the kind stays what it was created as. */
    @Transactional
    public Source update(UUID id, Form form) {
        Source s = repository.source(id).orElseThrow(() -> new NotFoundException("source"));
        repository.updateSource(id, name(form, id), url(s.kind(), form.url()), interval(form), form.enabled());
        return repository.source(id).orElseThrow();
    }

    /** Keeps an uploaded CSV or JSON Lines file (UTF-8) on an upload source; the caller then harvests it. */
    @Transactional
    public void upload(UUID id, String fileName, byte[] content) {
        Source s = repository.source(id).orElseThrow(() -> new NotFoundException("source"));
        if (s.kind() != SourceKind.UPLOAD) {
            throw new RuleViolation("error.jobcentre.not-upload");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("error.jobcentre.upload");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("error.jobcentre.upload-encoding");
        }
        if (text.length() > MAX_UPLOAD_CHARS) {
            throw new RuleViolation("error.jobcentre.upload-too-large");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : Entries.clean(fileName, 255);
        repository.storeUpload(id, name, text);
    }

    private String name(Form form, UUID id) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new RuleViolation("error.jobcentre.name");
        }
        if (repository.nameTaken(name, id)) {
            throw new RuleViolation("error.jobcentre.name-taken");
        }
        return name;
    }

    private static String url(SourceKind kind, String url) {
        if (!kind.fetchesUrl()) {
            return null;
        }
        if (url == null || url.strip().length() > 2000 || Fetcher.httpUri(url) == null) {
            throw new RuleViolation("error.jobcentre.url");
        }
        return url.strip();
    }

    private static int interval(Form form) {
        Integer minutes = form.intervalMinutes();
        if (minutes == null || minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) {
            throw new RuleViolation("error.jobcentre.interval", MIN_INTERVAL, MAX_INTERVAL);
        }
        return minutes;
    }
}
