package dk.rekrut.evaluation;

import java.time.OffsetDateTime;
import java.util.UUID;
import dk.rekrut.evaluation.EvaluationAnswers.AgeBand;
import dk.rekrut.evaluation.EvaluationAnswers.Gender;
import dk.rekrut.evaluation.EvaluationAnswers.OriginGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The voluntary evaluation answers (evaluation_answer); nothing here returns one person's answers. */
@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, UUID caseId, Gender gender, AgeBand age, OriginGroup origin, OffsetDateTime consentedAt) {
        jdbc.sql("""
                INSERT INTO evaluation_answer (application_id, case_id, gender, age_band, origin_group, consented_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(applicationId, caseId, gender.name(), age.name(), origin.name(), consentedAt)
            .update();
    }

    boolean exists(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_answer WHERE application_id = ?").param(applicationId)
            .query(Integer.class).single() > 0;
    }

    void delete(UUID applicationId) {
        jdbc.sql("DELETE FROM evaluation_answer WHERE application_id = ?").param(applicationId).update();
    }
}
