package dk.rekrut.jobcentre;

import java.time.Clock;
import dk.rekrut.recruitment.CaseEvents.CaseStatusChanged;
import dk.rekrut.recruitment.CaseStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case published, taken back or closed changes Rekrut's own postings: its source is harvested at the next poll
 * instead of at its scheduled run, so the consultants' index follows within a minute. The listener runs after the
 * case's transaction commits, in its own; the event publication registry keeps the event until it has run.
 */
@Component
class OwnPostingsRefresh {

    private final JobcentreRepository repository;
    private final Clock clock;

    OwnPostingsRefresh(JobcentreRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void caseStatusChanged(CaseStatusChanged changed) {
        if (changed.from() == CaseStatus.PUBLISHED || changed.to() == CaseStatus.PUBLISHED) {
            repository.dueNow(SourceKind.REKRUT, clock.instant());
        }
    }
}
