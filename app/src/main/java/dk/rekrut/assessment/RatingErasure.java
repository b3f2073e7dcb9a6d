package dk.rekrut.assessment;

import dk.rekrut.assessment.scorecard.Scorecards;
import dk.rekrut.application.ApplicantDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The committee's ratings, comments, notes on answers (the horizontal review) and scorecards (scores and notes per
 * success criterion) are personal data about the applicant: they go when the applicant's data is erased, in the same
 * transaction. The chair's ranking (a position and a flag) stays with the anonymous row.
 */
@Component
class RatingErasure {

    private final AssessmentRepository repository;
    private final Scorecards scorecards;

    RatingErasure(AssessmentRepository repository, Scorecards scorecards) {
        this.repository = repository;
        this.scorecards = scorecards;
    }

    @EventListener
    void on(ApplicantDataErased event) {
        repository.deleteRatings(event.applicationId());
        scorecards.eraseFor(event.applicationId());
    }
}
