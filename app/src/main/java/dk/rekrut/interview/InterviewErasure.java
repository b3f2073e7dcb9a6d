package dk.rekrut.interview;

import dk.rekrut.application.ApplicantDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An applicant who withdraws, or asks for erasure, keeps no interview ahead: the booking is cancelled in the same
 * transaction, the slot is free for others, and the panel gets a CANCEL of the event. The applicant gets no letter
 * (their address is gone with their data); interviews already held stay as they were.
 */
@Component
class InterviewErasure {

    private final Interviews interviews;

    InterviewErasure(Interviews interviews) {
        this.interviews = interviews;
    }

    @EventListener
    void on(ApplicantDataErased event) {
        interviews.cancelAhead(event.applicationId());
    }
}
