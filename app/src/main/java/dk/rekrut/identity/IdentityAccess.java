package dk.rekrut.identity;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import dk.rekrut.storage.FileStore;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to applicant identities. Storing and each read are audited with the reason given;
 * the audit entry holds the candidate id and the reason, never the identity itself.
 */
@Service
public class IdentityAccess {

    private final IdentityRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final FileStore files;

    IdentityAccess(IdentityRepository repository, AuditLog audit, Clock clock, FileStore files) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
    }

    @Transactional
    public void store(UUID candidateId, ApplicantIdentity identity) {
        if (identity.fullName() == null || identity.fullName().isBlank() || identity.email() == null
            || identity.email().isBlank()) {
            throw new IllegalArgumentException("name and e-mail are required");
        }
        repository.insert(candidateId, identity, Time.utc(clock.instant()));
        audit.record(AuditAction.IDENTITY_STORED, "Candidate", candidateId, null);
    }

    /** Reads an identity and audits the read. {@code reason} says why (e.g. "receipt e-mail", "re-identification"). */
    @Transactional
    public Optional<ApplicantIdentity> reveal(UUID candidateId, String reason) {
        var identity = repository.find(candidateId);
        identity.ifPresent(i -> audit.record(AuditAction.IDENTITY_READ, "Candidate", candidateId, reason));
        return identity;
    }

    /** An original upload for {@link #storeDocuments}. */
    public record NewDocument(DocumentKind kind, String originalName, String detectedType, String contentType,
                              byte[] content) {
    }

    /**
     * Stores a candidate's original uploads in the caller's transaction (bytes and rows together, or none). The rows
     * go in batches, so the round trips to the database do not grow with the number of documents.
     */
    @Transactional
    public List<ApplicantDocument> storeDocuments(UUID candidateId, List<NewDocument> uploads) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        var stored = files.storeAll("applicant-document",
            uploads.stream().map(u -> new FileStore.NewFile(u.content(), u.contentType())).toList());
        var docs = new ArrayList<ApplicantDocument>(uploads.size());
        for (int i = 0; i < uploads.size(); i++) {
            var u = uploads.get(i);
            docs.add(new ApplicantDocument(UUID.randomUUID(), candidateId, stored.get(i).id(), u.kind(),
                safeName(u.originalName()), u.detectedType(), u.content().length));
        }
        repository.insertDocuments(docs, Time.utc(clock.instant()));
        return docs;
    }

    /** The original documents of a candidate; audited like any other read of identity. */
    @Transactional
    public List<ApplicantDocument> documents(UUID candidateId, String reason) {
        var docs = repository.documents(candidateId);
        audit.record(AuditAction.IDENTITY_READ, "Candidate", candidateId, reason + " (document list)");
        return docs;
    }

    /** The bytes of one original document, if it belongs to the candidate; audited. */
    @Transactional
    public Optional<DocumentContent> openDocument(UUID candidateId, UUID documentId, String reason) {
        var doc = repository.document(candidateId, documentId);
        doc.ifPresent(d -> audit.record(AuditAction.IDENTITY_READ, "Candidate", candidateId, reason + " (document)"));
        return doc.map(d -> new DocumentContent(d, files.read(d.storedFileId())));
    }

    /** Candidates read by id per query: a case's whole board in a few statements, each list within every database's limit. */
    private static final int NAMES_PER_QUERY = 100;

    /**
     * The full names of many candidates at once (a case's board or list), by candidate id; a candidate without an
     * identity (erased) has no entry. Each name read is audited, as one {@link #reveal} would be.
     */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> candidateIds, String reason) {
        var ids = List.copyOf(new LinkedHashSet<>(candidateIds));
        var out = new HashMap<UUID, String>();
        for (int from = 0; from < ids.size(); from += NAMES_PER_QUERY) {
            repository.putNames(ids.subList(from, Math.min(ids.size(), from + NAMES_PER_QUERY)), out);
        }
        audit.recordAll(AuditAction.IDENTITY_READ, "Candidate", out.keySet(), reason);
        return out;
    }

    /** Cases per statement of a search: the list of ids within every database's limit. */
    private static final int CASES_PER_QUERY = 500;

    /**
     * The full names of the candidates of these cases whose name or e-mail contains {@code text} (case-insensitive),
     * by candidate id in Danish name order, at most {@code limit}, found by the database (one statement per
     * {@value #CASES_PER_QUERY} cases, each bounded); the caller has decided that its user may know who applied to
     * these cases. Each name found is audited, as one {@link #reveal} would be; a search that finds nobody reads
     * nobody's identity.
     */
    @Transactional
    public Map<UUID, String> matchingInCases(Collection<UUID> caseIds, String text, int limit, String reason) {
        var ids = List.copyOf(new LinkedHashSet<>(caseIds));
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%";
        var found = new ArrayList<Map.Entry<UUID, String>>();
        for (int from = 0; from < ids.size(); from += CASES_PER_QUERY) {
            found.addAll(repository.matchingInCases(ids.subList(from, Math.min(ids.size(), from + CASES_PER_QUERY)),
                pattern, limit));
        }
        // Each statement gave its first by name; of them all, the first in the order the page shows.
        found.sort(Map.Entry.comparingByValue(Collator.getInstance(Locale.forLanguageTag("da"))));
        var out = new LinkedHashMap<UUID, String>();
        found.stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        audit.recordAll(AuditAction.IDENTITY_READ, "Candidate", out.keySet(), reason);
        return out;
    }

    /** Candidates who gave this e-mail address (for re-sending private links); audited. */
    @Transactional
    public List<UUID> candidatesWithEmail(String email, String reason) {
        var ids = repository.candidatesWithEmail(email == null ? "" : email.strip());
        ids.forEach(id -> audit.record(AuditAction.IDENTITY_READ, "Candidate", id, reason));
        return ids;
    }

    /** Deletes identity and original files (withdrawal, retention). */
    @Transactional
    public void erase(UUID candidateId) {
        for (UUID file : repository.storedFilesOf(candidateId)) {
            files.delete(file);
        }
        repository.delete(candidateId);
    }

    public record DocumentContent(ApplicantDocument document, byte[] content) {
    }

    /**
     * Keeps a displayable file name: no path, no control characters (C0 and C1), no line separators and no format
     * characters (\p{Cf}: a right-to-left override or a zero-width space can make "fdp.exe" read as "exe.pdf"),
     * bounded length.
     */
    static String safeName(String name) {
        String base = name == null ? "dokument"
            : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (base.isEmpty()) {
            base = "dokument";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
