package dk.rekrut.application;

import dk.rekrut.recruitment.CaseStatusGuard;
import dk.rekrut.recruitment.ClosingCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reading applications: by private link, by id, by case, with their status history. Nothing here changes an
 * application ({@link Submissions} receives them, {@link StatusChanges} moves them) and nothing reads who applied
 * ({@link ApplicantViews} is the only door to identity).
 */
@Service
public class Applications implements CaseStatusGuard {

    private final ApplicationRepository repository;

    Applications(ApplicationRepository repository) {
        this.repository = repository;
    }

    public Optional<Application> byToken(String token) {
        return repository.findByToken(token);
    }

    /**
     * The application's substance without its answers: views read answers only through anonymisation's
     * {@code Redactions.answers}, which keeps the originals from whoever may not know who applied.
     */
    public Optional<Application> find(UUID id) {
        return repository.findWithoutAnswers(id);
    }

    public List<Application> forCase(UUID caseId) {
        return repository.forCase(caseId);
    }

    public List<StatusChange> history(UUID applicationId) {
        return repository.history(applicationId);
    }

    /**
     * The candidates of a case who declared a right of preferential access (fortrinsadgang), in one query. Shown to
     * HR and the chair only: the declaration can point to a disability.
     */
    public Set<UUID> withPreferentialAccess(UUID caseId) {
        return Set.copyOf(repository.withPreferentialAccess(caseId));
    }

    @Override
    public List<ClosingCheck> closingChecks(UUID caseId) {
        return List.of(ClosingCheck.required("check.outcomes", repository.countWithoutOutcome(caseId) == 0));
    }
}
