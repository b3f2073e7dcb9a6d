package dk.rekrut.organisation;

import java.time.Instant;
import dk.rekrut.shared.Time;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed logins per (name, client address), in the database so that every instance sees the same counts. */
@Repository
class LoginFailureRepository {

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one failure and returns the count for this name and address within the window. */
    int recordFailure(String username, String address, Instant now, Instant windowStart) {
        int updated = jdbc.sql("""
                UPDATE login_failure
                   SET failures = CASE WHEN last_failed_at < ? THEN 1 ELSE failures + 1 END, last_failed_at = ?
                 WHERE username = ? AND address = ?""")
            .params(Time.utc(windowStart), Time.utc(now), username, address).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO login_failure (username, address, failures, last_failed_at) VALUES (?, ?, 1, ?)")
                    .params(username, address, Time.utc(now)).update();
            } catch (DuplicateKeyException raced) {
                return recordFailure(username, address, now, windowStart);
            }
        }
        return jdbc.sql("SELECT failures FROM login_failure WHERE username = ? AND address = ?")
            .params(username, address).query(Integer.class).single();
    }

    void lockUntil(String username, String address, Instant until) {
        jdbc.sql("UPDATE login_failure SET locked_until = ? WHERE username = ? AND address = ?")
            .params(Time.utc(until), username, address).update();
    }

    boolean isLocked(String username, String address, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username = ? AND address = ? AND locked_until > ?")
            .params(username, address, Time.utc(now)).query(Integer.class).single() > 0;
    }

    /** Failures from this address, under any name, since the window started. */
    int failuresFrom(String address, Instant windowStart) {
        return jdbc.sql("SELECT COALESCE(SUM(failures), 0) FROM login_failure WHERE address = ? AND last_failed_at >= ?")
            .params(address, Time.utc(windowStart)).query(Integer.class).single();
    }

    /** Failures at this name, from any address, since the window started. */
    int failuresAt(String username, Instant windowStart) {
        return jdbc.sql("SELECT COALESCE(SUM(failures), 0) FROM login_failure WHERE username = ? AND last_failed_at >= ?")
            .params(username, Time.utc(windowStart)).query(Integer.class).single();
    }

    void clear(String username, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ? AND address = ?").params(username, address).update();
    }

    void deleteOlderThan(Instant before) {
        jdbc.sql("DELETE FROM login_failure WHERE last_failed_at < ? AND (locked_until IS NULL OR locked_until < ?)")
            .params(Time.utc(before), Time.utc(before)).update();
    }
}
