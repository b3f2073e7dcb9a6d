package dk.rekrut.jobcentre;

import java.time.Instant;
import java.util.UUID;

/** A posting source as kept on the sources page; {@code lastRun} is its latest run, if any. */
public record Source(UUID id, String name, SourceKind kind, String url, int intervalMinutes, boolean enabled,
                     String uploadName, Instant nextRunAt, int failures, Run lastRun) {

    /** Whether the latest run failed: the sources page reports the source as broken. */
    public boolean broken() {
        return lastRun != null && lastRun.status() == Run.Status.FAILED;
    }
}
