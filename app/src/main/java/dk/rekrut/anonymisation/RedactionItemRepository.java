package dk.rekrut.anonymisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The redaction_item rows (state and job in one), redacted answers and HR's hand-added values. */
@Repository
class RedactionItemRepository {

    /** A row as the worker sees it. */
    record Item(UUID id, UUID applicationId, UUID caseId, int number, UUID sourceDocumentId, String kind,
                RedactionState state, String reason, UUID renditionFileId, int generation, int attempts) {

        RedactedDocument view() {
            return new RedactedDocument(id, applicationId, number, kind, state, reason);
        }
    }

    /** A claimed row: the token must still be on it, and the generation unchanged, for the result to count. */
    record Claimed(UUID id, UUID token, int generation) {
    }

    record Addition(UUID id, String text, String spanType, String addedBy, Instant addedAt) {
        @Override
        public String toString() {
            return "Addition[" + id + ", " + spanType + "]";
        }
    }

    /** The span_type of an addition that is not a value to redact but a confirmed false positive to leave alone. */
    static final String KEEP = "KEEP";

    private final JdbcClient jdbc;

    RedactionItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, UUID caseId, int number, UUID sourceDocumentId, String kind, Instant now) {
        jdbc.sql("""
                INSERT INTO redaction_item (id, application_id, case_id, doc_number, source_document_id, kind, state, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
            .params(UUID.randomUUID(), applicationId, caseId, number, sourceDocumentId, kind, Time.utc(now)).update();
    }

    /** Claims up to {@code limit} pending rows whose lease is free. Must run in a transaction. */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        UUID token = UUID.randomUUID();
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM redaction_item
                WHERE state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY created_at, doc_number
                FETCH FIRST %d ROWS ONLY
                FOR UPDATE SKIP LOCKED""".formatted(limit))
            .param(Time.utc(now)).query(UUID.class).list();
        return ids.stream().map(id -> {
            jdbc.sql("UPDATE redaction_item SET claimed_until = ?, claim_token = ?, attempts = attempts + 1 WHERE id = ?")
                .params(Time.utc(leaseUntil), token, id).update();
            int generation = jdbc.sql("SELECT generation FROM redaction_item WHERE id = ?").param(id).query(Integer.class).single();
            return new Claimed(id, token, generation);
        }).toList();
    }

    /** True if this claim still holds the row for the same request; locks the row until the caller commits. */
    boolean stillHeld(Claimed c) {
        return !jdbc.sql("""
                SELECT id FROM redaction_item WHERE id = ? AND claim_token = ? AND generation = ? AND state = 'PENDING'
                FOR UPDATE""").params(c.id(), c.token(), c.generation()).query(UUID.class).list().isEmpty();
    }

    void complete(UUID id, RedactionState state, String reason, UUID renditionFileId, Instant now) {
        jdbc.sql("""
                UPDATE redaction_item SET state = ?, reason = ?, rendition_file_id = ?, redacted_at = ?, claim_token = NULL,
                claimed_until = NULL, attempts = 0 WHERE id = ?""")
            .params(state.name(), truncate(reason), renditionFileId, Time.utc(now), id).update();
    }

    /** After a failed attempt: free the row again at {@code retryAt} (the claim's token is kept off by clearing it). */
    void retryLater(Claimed c, Instant retryAt) {
        jdbc.sql("UPDATE redaction_item SET claim_token = NULL, claimed_until = ? WHERE id = ? AND claim_token = ?")
            .params(Time.utc(retryAt), c.id(), c.token()).update();
    }

    /** A re-run was asked for while this claim worked: the row is free for the next claim at once. */
    void letGo(Claimed c) {
        jdbc.sql("UPDATE redaction_item SET claim_token = NULL, claimed_until = NULL WHERE id = ? AND claim_token = ?")
            .params(c.id(), c.token()).update();
    }

    /**
     * Back to PENDING for a new run; released ones come back for review. The lease of a running claim stays, so the
     * same document is never redacted twice at once; the running claim's result is discarded (generation).
     */
    int reset(String where, Object param) {
        return jdbc.sql("""
                UPDATE redaction_item SET state = 'PENDING', generation = generation + 1, attempts = 0, reason = NULL,
                released_by = NULL, released_at = NULL WHERE\s""" + where).param(param).update();
    }

    int resetCase(UUID caseId) {
        return reset("case_id = ?", caseId);
    }

    int resetApplication(UUID applicationId) {
        return reset("application_id = ?", applicationId);
    }

    boolean release(UUID id, String by, Instant now) {
        return jdbc.sql("""
                UPDATE redaction_item SET state = 'RELEASED', released_by = ?, released_at = ?
                WHERE id = ? AND state IN ('DONE', 'NEEDS_REVIEW') AND rendition_file_id IS NOT NULL""")
            .params(by, Time.utc(now), id).update() == 1;
    }

    Optional<Item> find(UUID id) {
        return jdbc.sql("SELECT * FROM redaction_item WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<Item> find(UUID applicationId, int number) {
        return jdbc.sql("SELECT * FROM redaction_item WHERE application_id = ? AND doc_number = ?")
            .params(applicationId, number).query((rs, n) -> map(rs)).optional();
    }

    List<Item> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM redaction_item WHERE application_id = ? ORDER BY doc_number").param(applicationId)
            .query((rs, n) -> map(rs)).list();
    }

    Map<UUID, List<Item>> forCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM redaction_item WHERE case_id = ? ORDER BY doc_number").param(caseId)
            .query((rs, n) -> map(rs)).list().stream().collect(Collectors.groupingBy(Item::applicationId));
    }

    void replaceAnswers(UUID applicationId, Map<UUID, String> redacted) {
        jdbc.sql("DELETE FROM redacted_answer WHERE application_id = ?").param(applicationId).update();
        redacted.forEach((q, text) -> jdbc.sql("INSERT INTO redacted_answer (application_id, question_id, redacted_text) VALUES (?, ?, ?)")
            .params(applicationId, q, text).update());
    }

    /** Up to this many candidates are read by id; more (a whole case's review) by the case, in one query either way. */
    private static final int BY_ID = 100;

    /**
     * The redacted answers (question id to text) of those of {@code applicationIds} in the case whose answers'
     * redaction is DONE (or RELEASED); a candidate still pending, withheld or failed has no entry. One query: by id
     * for a few candidates, by the case for many.
     */
    Map<UUID, Map<UUID, String>> redactedAnswers(UUID caseId, Collection<UUID> applicationIds) {
        var wanted = new HashSet<>(applicationIds);
        var out = new HashMap<UUID, Map<UUID, String>>();
        if (wanted.isEmpty()) {
            return out;
        }
        var params = new ArrayList<Object>(List.of(caseId));
        String sql = """
            SELECT i.application_id, r.question_id, r.redacted_text FROM redaction_item i
            LEFT JOIN redacted_answer r ON r.application_id = i.application_id
            WHERE i.case_id = ? AND i.doc_number = 0 AND i.state IN ('DONE', 'RELEASED')""";
        if (wanted.size() <= BY_ID) {
            sql += " AND i.application_id IN (" + String.join(",", Collections.nCopies(wanted.size(), "?")) + ")";
            params.addAll(wanted);
        }
        record Row(UUID applicationId, UUID questionId, String text) {
        }
        var rows = jdbc.sql(sql).params(params)
            .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        for (var r : rows) {
            if (wanted.contains(r.applicationId())) {
                var answers = out.computeIfAbsent(r.applicationId(), k -> new HashMap<>());
                if (r.questionId() != null) { // a candidate with no free-text answer has no row to join
                    answers.put(r.questionId(), r.text());
                }
            }
        }
        return out;
    }

    Map<UUID, String> answers(UUID applicationId) {
        return jdbc.sql("SELECT question_id, redacted_text FROM redacted_answer WHERE application_id = ?").param(applicationId)
            .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void addAddition(UUID applicationId, String text, String spanType, String by, Instant now) {
        jdbc.sql("INSERT INTO redaction_addition (id, application_id, text, span_type, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), applicationId, text, spanType, by, Time.utc(now)).update();
    }

    boolean removeAddition(UUID applicationId, UUID additionId) {
        return jdbc.sql("DELETE FROM redaction_addition WHERE id = ? AND application_id = ?").params(additionId, applicationId)
            .update() == 1;
    }

    List<Addition> additions(UUID applicationId) {
        return jdbc.sql("SELECT * FROM redaction_addition WHERE application_id = ? ORDER BY added_at, text").param(applicationId)
            .query((rs, n) -> new Addition(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("span_type"),
                rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant())).list();
    }

    /** Deletes everything kept for an application; returns the rendition files to delete with it. */
    List<UUID> erase(UUID applicationId) {
        var renditions = jdbc.sql("SELECT rendition_file_id FROM redaction_item WHERE application_id = ? AND rendition_file_id IS NOT NULL")
            .param(applicationId).query(UUID.class).list();
        jdbc.sql("DELETE FROM redacted_answer WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("DELETE FROM redaction_addition WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("DELETE FROM redaction_item WHERE application_id = ?").param(applicationId).update();
        return renditions;
    }

    private static Item map(ResultSet rs) throws SQLException {
        return new Item(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
            rs.getObject("case_id", UUID.class), rs.getInt("doc_number"), rs.getObject("source_document_id", UUID.class),
            rs.getString("kind"), RedactionState.valueOf(rs.getString("state")), rs.getString("reason"),
            rs.getObject("rendition_file_id", UUID.class), rs.getInt("generation"), rs.getInt("attempts"));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
