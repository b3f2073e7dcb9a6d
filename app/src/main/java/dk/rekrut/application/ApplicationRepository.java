package dk.rekrut.application;

import dk.rekrut.shared.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application a, String submissionKey, String tokenHash, boolean preferentialAccess) {
        jdbc.sql("""
                INSERT INTO application (id, case_id, candidate_number, status, submitted_at, consent_version,
                                         medium_code, submission_key, access_token_hash, video_link, language,
                                         preferential_access, employed_here)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(a.id(), a.caseId(), a.candidateNumber(), a.status().name(), Time.utc(a.submittedAt()),
                a.consentVersion(), a.mediumCode(), submissionKey, tokenHash, a.videoLink(), a.language(), preferentialAccess,
                a.employedHere())
            .update();
        if (!a.answers().isEmpty()) {
            // One statement for all answers: a form has a handful of questions, each round trip costs under load.
            var params = new ArrayList<Object>();
            a.answers().forEach((q, v) -> {
                params.add(a.id());
                params.add(q);
                params.add(v);
            });
            jdbc.sql("INSERT INTO application_answer (application_id, question_id, answer_value) VALUES "
                    + String.join(", ", Collections.nCopies(a.answers().size(), "(?, ?, ?)")))
                .params(params).update();
        }
        changeStatus(a.id(), null, a.status(), "applicant", a.submittedAt());
    }

    boolean submissionKeyUsed(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE submission_key = ?").param(key)
            .query(Integer.class).single() > 0;
    }

    /**
     * Which of these candidate numbers the case has given out already. One equality probe per number, joined with
     * UNION ALL, rather than {@code candidate_number IN (...)}: PostgreSQL caches a generic plan for a prepared
     * statement, and one made while the table was small applied the IN list as a filter after reading every
     * application of the case (5 ms per check at 6,000). Equality on both columns of the unique index is always
     * probed directly.
     */
    Set<String> candidateNumbersTaken(UUID caseId, Collection<String> numbers) {
        String probe = "SELECT candidate_number FROM application WHERE case_id = ? AND candidate_number = ?";
        var params = new ArrayList<Object>(numbers.size() * 2);
        for (String n : numbers) {
            params.add(caseId);
            params.add(n);
        }
        return new HashSet<>(jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(numbers.size(), probe)))
            .params(params).query(String.class).list());
    }

    Optional<Application> find(UUID id) {
        return jdbc.sql("SELECT * FROM application WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional()
            .map(this::withAnswers);
    }

    /** The application without its answers (one query): what other modules get, see {@link Applications#find}. */
    Optional<Application> findWithoutAnswers(UUID id) {
        return jdbc.sql("SELECT * FROM application WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** The application a private link opens; nothing for a missing or absurdly long token (no hashing of junk). */
    Optional<Application> findByToken(String token) {
        return token == null || token.length() > 100 ? Optional.empty() : findByTokenHash(Tokens.hash(token));
    }

    Optional<Application> findByTokenHash(String hash) {
        return jdbc.sql("""
                SELECT * FROM application WHERE access_token_hash = ?
                   OR id = (SELECT application_id FROM application_link WHERE token_hash = ?)""").params(hash, hash)
            .query((rs, n) -> map(rs)).optional().map(this::withAnswers);
    }

    List<Application> forCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM application WHERE case_id = ? ORDER BY candidate_number").param(caseId)
            .query((rs, n) -> map(rs)).list();
    }

    /** These applications without their answers (the hits of a search: a page's worth), in one statement. */
    List<Application> findAllWithoutAnswers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM application WHERE id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")")
            .params(new ArrayList<Object>(ids)).query((rs, n) -> map(rs)).list();
    }

    List<UUID> withPreferentialAccess(UUID caseId) {
        return jdbc.sql("SELECT id FROM application WHERE case_id = ? AND preferential_access = TRUE").param(caseId)
            .query(UUID.class).list();
    }

    int countWithoutOutcome(UUID caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE case_id = ? AND status NOT IN ('HIRED', 'REJECTED', 'WITHDRAWN')")
            .param(caseId).query(Integer.class).single();
    }

    /** One more private link to the applicant's page (application_link); the first link keeps working until a re-send. */
    void addLink(UUID id, String tokenHash, Instant at) {
        jdbc.sql("INSERT INTO application_link (token_hash, application_id, created_at) VALUES (?, ?, ?)")
            .params(tokenHash, id, Time.utc(at)).update();
    }

    void deleteLinks(UUID id) {
        jdbc.sql("DELETE FROM application_link WHERE application_id = ?").param(id).update();
    }

    void replaceToken(UUID id, String tokenHash) {
        jdbc.sql("UPDATE application SET access_token_hash = ? WHERE id = ?").params(tokenHash, id).update();
    }

    /** A status change with who made it; {@code from} null is the first status, which {@link #insert} has set. */
    void changeStatus(UUID id, ApplicationStatus from, ApplicationStatus to, String by, Instant at) {
        if (from != null) {
            jdbc.sql("UPDATE application SET status = ?, withdrawn_at = ? WHERE id = ?")
                .params(to.name(), to == ApplicationStatus.WITHDRAWN ? Time.utc(at) : null, id).update();
        }
        jdbc.sql("""
                INSERT INTO application_status_change (id, application_id, from_status, to_status, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), by, Time.utc(at)).update();
    }

    boolean reidentified(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM reidentification WHERE application_id = ?").param(applicationId)
            .query(Integer.class).single() > 0;
    }

    /** The re-identified candidates of one case (few: only shortlisted ones can be), in one query. */
    Set<UUID> reidentifiedIn(UUID caseId) {
        return new HashSet<>(jdbc.sql("""
                SELECT r.application_id FROM reidentification r JOIN application a ON a.id = r.application_id
                WHERE a.case_id = ?""").param(caseId).query(UUID.class).list());
    }

    void markReidentified(UUID applicationId, String by, Instant at) {
        jdbc.sql("INSERT INTO reidentification (application_id, done_by, done_at) VALUES (?, ?, ?)")
            .params(applicationId, by, Time.utc(at)).update();
    }

    List<StatusChange> history(UUID applicationId) {
        return jdbc.sql("SELECT * FROM application_status_change WHERE application_id = ? ORDER BY changed_at, id")
            .param(applicationId)
            .query((rs, n) -> new StatusChange(rs.getString("from_status") == null ? null
                : ApplicationStatus.valueOf(rs.getString("from_status")), ApplicationStatus.valueOf(rs.getString("to_status")),
                rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
            .list();
    }

    private Application withAnswers(Application a) {
        Map<UUID, String> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer_value FROM application_answer WHERE application_id = ?").param(a.id())
            .query((rs, n) -> Map.entry(rs.getObject("question_id", UUID.class), rs.getString("answer_value")))
            .list().forEach(e -> answers.put(e.getKey(), e.getValue()));
        return new Application(a.id(), a.caseId(), a.candidateNumber(), a.status(), a.submittedAt(), a.consentVersion(),
            a.mediumCode(), a.videoLink(), a.language(), answers, a.employedHere());
    }

    private static Application map(ResultSet rs) throws SQLException {
        return new Application(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getString("candidate_number"), ApplicationStatus.valueOf(rs.getString("status")),
            rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getInt("consent_version"),
            rs.getString("medium_code"), rs.getString("video_link"), rs.getString("language"), Map.of(),
            rs.getObject("employed_here", Boolean.class));
    }
}
