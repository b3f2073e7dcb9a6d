package dk.rekrut.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import dk.rekrut.storage.FileStore;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to applicant identities. Storing and each read are audited with the reason given;
 * the audit entry holds the candidate id and the reason, never the identity itself.
 */
@Service
public class IdentityAccess {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;
    private final AuditLog audit;
    private final Clock clock;
    private final FileStore files;

    IdentityAccess(JdbcClient jdbc, JdbcOperations batch, AuditLog audit, Clock clock, FileStore files) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        jdbc.sql("""
                INSERT INTO applicant_identity (candidate_id, full_name, email, phone, street, postal_code, town,
                                                birth_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(candidateId, identity.fullName(), identity.email(), identity.phone(), identity.street(),
                identity.postalCode(), identity.town(), identity.birthDate(), Time.utc(clock.instant()))
            .update();
        audit.record(AuditAction.IDENTITY_STORED, "Candidate", candidateId, null);
    }

    /** Reads an identity and audits the read. {@code reason} says why (e.g. "receipt e-mail", "re-identification"). */
    @Transactional
    public Optional<ApplicantIdentity> reveal(UUID candidateId, String reason) {
        var identity = jdbc.sql("SELECT * FROM applicant_identity WHERE candidate_id = ?").param(candidateId)
            .query((rs, n) -> map(rs)).optional();
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
        var created = Time.utc(clock.instant());
        batch.batchUpdate("""
                INSERT INTO applicant_document (id, candidate_id, stored_file_id, kind, original_name, detected_type,
                                                size_bytes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            docs.stream().map(d -> new Object[] {d.id(), candidateId, d.storedFileId(), d.kind().name(),
                d.originalName(), d.detectedType(), d.sizeBytes(), created}).toList());
        return docs;
    }

    /** The original documents of a candidate; audited like any other read of identity. */
    @Transactional
    public List<ApplicantDocument> documents(UUID candidateId, String reason) {
        var docs = jdbc.sql("SELECT * FROM applicant_document WHERE candidate_id = ? ORDER BY created_at, kind")
            .param(candidateId).query((rs, n) -> document(rs)).list();
        audit.record(AuditAction.IDENTITY_READ, "Candidate", candidateId, reason + " (document list)");
        return docs;
    }

    /** The bytes of one original document, if it belongs to the candidate; audited. */
    @Transactional
    public Optional<DocumentContent> openDocument(UUID candidateId, UUID documentId, String reason) {
        var doc = jdbc.sql("SELECT * FROM applicant_document WHERE id = ? AND candidate_id = ?")
            .params(documentId, candidateId).query((rs, n) -> document(rs)).optional();
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
            var chunk = ids.subList(from, Math.min(ids.size(), from + NAMES_PER_QUERY));
            jdbc.sql("SELECT candidate_id, full_name FROM applicant_identity WHERE candidate_id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")
                .params(new ArrayList<Object>(chunk))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        audit.recordAll(AuditAction.IDENTITY_READ, "Candidate", out.keySet(), reason);
        return out;
    }

    /** Candidates who gave this e-mail address (for re-sending private links); audited. */
    @Transactional
    public List<UUID> candidatesWithEmail(String email, String reason) {
        var ids = jdbc.sql("SELECT candidate_id FROM applicant_identity WHERE LOWER(email) = LOWER(?)")
            .param(email == null ? "" : email.strip()).query(UUID.class).list();
        ids.forEach(id -> audit.record(AuditAction.IDENTITY_READ, "Candidate", id, reason));
        return ids;
    }

    /** Deletes identity and original files (withdrawal, retention). */
    @Transactional
    public void erase(UUID candidateId) {
        for (UUID file : jdbc.sql("SELECT stored_file_id FROM applicant_document WHERE candidate_id = ?")
            .param(candidateId).query(UUID.class).list()) {
            files.delete(file);
        }
        jdbc.sql("DELETE FROM applicant_document WHERE candidate_id = ?").param(candidateId).update();
        jdbc.sql("DELETE FROM applicant_identity WHERE candidate_id = ?").param(candidateId).update();
    }

    public record DocumentContent(ApplicantDocument document, byte[] content) {
    }

    private static ApplicantDocument document(ResultSet rs) throws SQLException {
        return new ApplicantDocument(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
            rs.getObject("stored_file_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("original_name"), rs.getString("detected_type"), rs.getLong("size_bytes"));
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

    private static ApplicantIdentity map(ResultSet rs) throws SQLException {
        return new ApplicantIdentity(rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
            rs.getString("street"), rs.getString("postal_code"), rs.getString("town"),
            rs.getObject("birth_date", LocalDate.class));
    }
}
