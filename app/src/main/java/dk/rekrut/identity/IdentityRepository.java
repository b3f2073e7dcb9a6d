package dk.rekrut.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applicants' identities and their original documents (applicant_identity, applicant_document); never audited here. */
@Repository
class IdentityRepository {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    IdentityRepository(JdbcClient jdbc, JdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(UUID candidateId, ApplicantIdentity identity, OffsetDateTime createdAt) {
        jdbc.sql("""
                INSERT INTO applicant_identity (candidate_id, full_name, email, phone, street, postal_code, town,
                                                birth_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(candidateId, identity.fullName(), identity.email(), identity.phone(), identity.street(),
                identity.postalCode(), identity.town(), identity.birthDate(), createdAt)
            .update();
    }

    Optional<ApplicantIdentity> find(UUID candidateId) {
        return jdbc.sql("SELECT * FROM applicant_identity WHERE candidate_id = ?").param(candidateId)
            .query((rs, n) -> identity(rs)).optional();
    }

    /** Adds each found candidate's full name to {@code out}; at most a few hundred ids at a time. */
    void putNames(List<UUID> candidateIds, Map<UUID, String> out) {
        jdbc.sql("SELECT candidate_id, full_name FROM applicant_identity WHERE candidate_id IN ("
                + String.join(",", Collections.nCopies(candidateIds.size(), "?")) + ")")
            .params(new ArrayList<Object>(candidateIds))
            .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /**
     * The candidates who applied to these cases (withdrawn applications left out: their identity is erased with the
     * withdrawal, this keeps a half-erased one out too) whose full name or e-mail holds {@code pattern} (a LIKE pattern
     * in lower case, escaped with '!'), the first {@code limit} by full name: the search filters in the database,
     * whatever the number of applications. Reads {@code application} (id, case, status) for a candidate's case; a
     * compare on LOWER() works alike on H2 and PostgreSQL.
     */
    List<Map.Entry<UUID, String>> matchingInCases(List<UUID> caseIds, String pattern, int limit) {
        var params = new ArrayList<Object>(caseIds);
        params.add(pattern);
        params.add(pattern);
        return jdbc.sql("SELECT i.candidate_id, i.full_name FROM applicant_identity i JOIN application a ON a.id = i.candidate_id"
                + " WHERE a.case_id IN (" + String.join(",", Collections.nCopies(caseIds.size(), "?")) + ")"
                + " AND a.status <> 'WITHDRAWN'"
                + " AND (LOWER(i.full_name) LIKE ? ESCAPE '!' OR LOWER(i.email) LIKE ? ESCAPE '!')"
                + " ORDER BY i.full_name, i.candidate_id FETCH FIRST " + Math.max(limit, 1) + " ROWS ONLY")
            .params(params)
            .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    List<UUID> candidatesWithEmail(String email) {
        return jdbc.sql("SELECT candidate_id FROM applicant_identity WHERE LOWER(email) = LOWER(?)")
            .param(email).query(UUID.class).list();
    }

    /** Inserts the rows of documents whose bytes are stored, in one batch. */
    void insertDocuments(List<ApplicantDocument> docs, OffsetDateTime createdAt) {
        batch.batchUpdate("""
                INSERT INTO applicant_document (id, candidate_id, stored_file_id, kind, original_name, detected_type,
                                                size_bytes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            docs.stream().map(d -> new Object[] {d.id(), d.candidateId(), d.storedFileId(), d.kind().name(),
                d.originalName(), d.detectedType(), d.sizeBytes(), createdAt}).toList());
    }

    List<ApplicantDocument> documents(UUID candidateId) {
        return jdbc.sql("SELECT * FROM applicant_document WHERE candidate_id = ? ORDER BY created_at, kind")
            .param(candidateId).query((rs, n) -> document(rs)).list();
    }

    Optional<ApplicantDocument> document(UUID candidateId, UUID documentId) {
        return jdbc.sql("SELECT * FROM applicant_document WHERE id = ? AND candidate_id = ?")
            .params(documentId, candidateId).query((rs, n) -> document(rs)).optional();
    }

    List<UUID> storedFilesOf(UUID candidateId) {
        return jdbc.sql("SELECT stored_file_id FROM applicant_document WHERE candidate_id = ?")
            .param(candidateId).query(UUID.class).list();
    }

    /** Deletes a candidate's identity and document rows (the caller deletes the bytes). */
    void delete(UUID candidateId) {
        jdbc.sql("DELETE FROM applicant_document WHERE candidate_id = ?").param(candidateId).update();
        jdbc.sql("DELETE FROM applicant_identity WHERE candidate_id = ?").param(candidateId).update();
    }

    private static ApplicantDocument document(ResultSet rs) throws SQLException {
        return new ApplicantDocument(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
            rs.getObject("stored_file_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("original_name"), rs.getString("detected_type"), rs.getLong("size_bytes"));
    }

    private static ApplicantIdentity identity(ResultSet rs) throws SQLException {
        return new ApplicantIdentity(rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
            rs.getString("street"), rs.getString("postal_code"), rs.getString("town"),
            rs.getObject("birth_date", LocalDate.class));
    }
}
