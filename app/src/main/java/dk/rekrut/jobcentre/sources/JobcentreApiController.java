package dk.rekrut.jobcentre.sources;

import java.util.UUID;
import dk.rekrut.jobcentre.Harvester;
import dk.rekrut.jobcentre.Run;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Harvest a source now, for integrations (administrator and job-centre manager, as the sources page). Answers the
 * run (200, also a failed run: the request was carried out) or 409 while another run of the source holds its lease.
 */
@RestController
class JobcentreApiController {

    private final Harvester harvester;

    JobcentreApiController(Harvester harvester) {
        this.harvester = harvester;
    }

    @PostMapping("/api/v1/jobcentre/sources/{id}/harvest")
    ResponseEntity<Run> harvest(@PathVariable UUID id) {
        var outcome = harvester.harvest(id);
        return outcome.run().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).build());
    }
}
