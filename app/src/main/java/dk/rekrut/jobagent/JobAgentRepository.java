package dk.rekrut.jobagent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.recruitment.Category;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobAgentRepository {

    private final JdbcClient jdbc;

    JobAgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s, String confirmTokenHash) {
        jdbc.sql("""
                INSERT INTO job_agent_subscription (id, email, language, keywords, category, location, unit_id,
                                                    confirm_token_hash, unsubscribe_token, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(s.id(), s.email(), s.language(), s.keywords(), s.category() == null ? null : s.category().name(),
                s.location(), s.unitId(), confirmTokenHash, s.unsubscribeToken(), Time.utc(s.createdAt()))
            .update();
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("SELECT * FROM job_agent_subscription WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<Subscription> byConfirmHash(String hash) {
        return jdbc.sql("SELECT * FROM job_agent_subscription WHERE confirm_token_hash = ?").param(hash)
            .query((rs, n) -> map(rs)).optional();
    }

    Optional<Subscription> byUnsubscribeToken(String token) {
        return jdbc.sql("SELECT * FROM job_agent_subscription WHERE unsubscribe_token = ?").param(token)
            .query((rs, n) -> map(rs)).optional();
    }

    void confirm(UUID id, Instant now, Instant nextDigest) {
        jdbc.sql("UPDATE job_agent_subscription SET confirmed_at = ?, next_digest_at = ? WHERE id = ? AND confirmed_at IS NULL")
            .params(Time.utc(now), Time.utc(nextDigest), id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM job_agent_subscription WHERE id = ?").param(id).update();
    }

    int deleteUnconfirmedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM job_agent_subscription WHERE confirmed_at IS NULL AND created_at <= ?")
            .param(Time.utc(cutoff)).update();
    }

    /** Locks confirmed subscriptions due for a digest; SKIP LOCKED so instances share the work. In a transaction. */
    List<Subscription> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM job_agent_subscription
                WHERE confirmed_at IS NOT NULL AND next_digest_at <= ?
                ORDER BY next_digest_at
                FETCH FIRST %d ROWS ONLY
                FOR UPDATE SKIP LOCKED""".formatted(limit))
            .param(Time.utc(now)).query((rs, n) -> map(rs)).list();
    }

    void digested(UUID id, Instant now, Instant next) {
        jdbc.sql("UPDATE job_agent_subscription SET last_digest_at = ?, next_digest_at = ? WHERE id = ?")
            .params(Time.utc(now), Time.utc(next), id).update();
    }

    Set<UUID> seen(UUID subscriptionId) {
        return jdbc.sql("SELECT posting_id FROM job_agent_seen WHERE subscription_id = ?").param(subscriptionId)
            .query(UUID.class).stream().collect(Collectors.toSet());
    }

    void markSeen(UUID subscriptionId, Collection<UUID> postingIds, Instant now) {
        var already = seen(subscriptionId);
        for (UUID p : postingIds) {
            if (!already.contains(p)) {
                jdbc.sql("INSERT INTO job_agent_seen (subscription_id, posting_id, seen_at) VALUES (?, ?, ?)")
                    .params(subscriptionId, p, Time.utc(now)).update();
            }
        }
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        String cat = rs.getString("category");
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("language"),
            rs.getString("keywords"), cat == null ? null : Category.valueOf(cat), rs.getString("location"),
            rs.getObject("unit_id", UUID.class), rs.getString("unsubscribe_token"), instant(rs, "created_at"),
            instant(rs, "confirmed_at"), instant(rs, "next_digest_at"), instant(rs, "last_digest_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
