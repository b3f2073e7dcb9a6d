package dk.rekrut.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import dk.rekrut.privacy.RetentionJob.LastRun;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lease rows (retention_lease) that let one instance at a time run a job, with what its last run did. */
@Repository
class RetentionLeaseRepository {

    private final JdbcClient jdbc;

    RetentionLeaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lease if it has run out, in one conditional UPDATE; false when another owner holds it. */
    boolean take(String name, String owner, Instant now, Instant until) {
        return jdbc.sql("UPDATE retention_lease SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
            .params(Time.utc(until), owner, name, Time.utc(now)).update() == 1;
    }

    /** Gives the lease back, if this owner still holds it, and records the run. */
    void release(String name, String owner, Instant ranAt, String counts) {
        jdbc.sql("UPDATE retention_lease SET locked_until = ?, locked_by = NULL, last_run_at = ?, last_counts = ? "
                + "WHERE name = ? AND locked_by = ?")
            .params(Time.utc(Instant.EPOCH), Time.utc(ranAt), counts, name, owner)
            .update();
    }

    Optional<LastRun> lastRun(String name) {
        return jdbc.sql("SELECT last_run_at, last_counts FROM retention_lease WHERE name = ?").param(name)
            .query((rs, n) -> rs.getObject(1, OffsetDateTime.class) == null ? null
                : new LastRun(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
            .list().stream().filter(Objects::nonNull).findFirst();
    }
}
