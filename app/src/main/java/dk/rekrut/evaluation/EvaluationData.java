package dk.rekrut.evaluation;

import java.time.Clock;
import java.util.UUID;
import dk.rekrut.evaluation.EvaluationAnswers.AgeBand;
import dk.rekrut.evaluation.EvaluationAnswers.Gender;
import dk.rekrut.evaluation.EvaluationAnswers.OriginGroup;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write-only for everyone but statistics: there is deliberately no method that returns one person's answers.
 */
@Service
public class EvaluationData {

    private final EvaluationRepository repository;
    private final Clock clock;

    EvaluationData(EvaluationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records (or replaces) an applicant's voluntary answers; requires the separate consent. */
    @Transactional
    public void record(UUID applicationId, UUID caseId, boolean consent, Gender gender, AgeBand age, OriginGroup origin) {
        if (!consent) {
            throw new RuleViolation("error.evaluation.consent");
        }
        repository.delete(applicationId);
        repository.insert(applicationId, caseId, or(gender, Gender.NOT_SAID), or(age, AgeBand.NOT_SAID),
            or(origin, OriginGroup.NOT_SAID), Time.utc(clock.instant()));
    }

    /** Whether the applicant has answered (so the page can say "thank you" without showing the answers). */
    public boolean answered(UUID applicationId) {
        return repository.exists(applicationId);
    }

    /**
     * An applicant's erasure request deletes the answers. Withdrawal and retention keep them: once identity is gone
     * they belong to no one and keep the statistics unchanged (docs/privacy.md).
     */
    @Transactional
    public void erase(UUID applicationId) {
        repository.delete(applicationId);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
