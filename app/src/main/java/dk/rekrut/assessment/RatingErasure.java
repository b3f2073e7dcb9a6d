package dk.rekrut.assessment;

import dk.rekrut.application.ApplicantDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The committee's ratings and comments are personal data about the applicant: they go when the applicant's data
 * is erased, in the same transaction. The chair's ranking (a position and a flag) stays with the anonymous row.
 */
@Component
class RatingErasure {

    private final AssessmentRepository repository;

    RatingErasure(AssessmentRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(ApplicantDataErased event) {
        repository.deleteRatings(event.applicationId());
    }
}
