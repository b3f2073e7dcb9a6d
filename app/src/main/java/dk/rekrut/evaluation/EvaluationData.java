package dk.rekrut.evaluation;

import java.time.Clock;
import java.util.UUID;
import dk.rekrut.evaluation.EvaluationAnswers.AgeBand;
import dk.rekrut.evaluation.EvaluationAnswers.Gender;
import dk.rekrut.evaluation.EvaluationAnswers.OriginGroup;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write-only for everyone but statistics: there is deliberately no method that returns one person's answers.
 */
@Service
public class EvaluationData {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records (or replaces) an applicant's voluntary answers; requires the separate consent. */
    @Transactional
    public void record(UUID applicationId, UUID caseId, boolean consent, Gender gender, AgeBand age, OriginGroup origin) {
        if (!consent) {
            throw new RuleViolation("error.evaluation.consent");
        }
        jdbc.sql("DELETE FROM evaluation_answer WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("""
                INSERT INTO evaluation_answer (application_id, case_id, gender, age_band, origin_group, consented_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(applicationId, caseId, or(gender, Gender.NOT_SAID).name(), or(age, AgeBand.NOT_SAID).name(),
                or(origin, OriginGroup.NOT_SAID).name(), Time.utc(clock.instant()))
            .update();
    }

    /** Whether the applicant has answered (so the page can say "thank you" without showing the answers). */
    public boolean answered(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_answer WHERE application_id = ?").param(applicationId)
            .query(Integer.class).single() > 0;
    }

    /**
     * An applicant's erasure request deletes the answers. Withdrawal and retention keep them: once identity is gone
     * they belong to no one and keep the statistics unchanged (docs/privacy.md).
     */
    @Transactional
    public void erase(UUID applicationId) {
        jdbc.sql("DELETE FROM evaluation_answer WHERE application_id = ?").param(applicationId).update();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
