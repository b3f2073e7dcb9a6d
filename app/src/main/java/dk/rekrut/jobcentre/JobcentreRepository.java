package dk.rekrut.jobcentre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.jobcentre.harvest.Duplicates;
import dk.rekrut.jobcentre.harvest.Entry;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The job centre's tables: sources, runs, postings and where each posting was seen. */
@Repository
class JobcentreRepository {

    /** A stored posting with the normalised values the duplicate rule compares. */
    record StoredPosting(UUID id, UUID originSourceId, String originExternalId, String title, String body, String employer, String postcode, String town, Double lat,
                         Double lon, String occupation, String url, Instant deadline, Instant lastSeenAt) {

        Duplicates.Key key() {
            return Duplicates.Key.of(employer, title, postcode, town, deadline);
        }
    }

    private static final String SOURCE_COLUMNS = "id, name, kind, url, interval_minutes, enabled, upload_name, "
        + "next_run_at, failures";

    private final JdbcClient jdbc;

    JobcentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- sources

    void insertSource(UUID id, String name, SourceKind kind, String url, int intervalMinutes, boolean enabled,
                      Instant now) {
        jdbc.sql("""
                INSERT INTO jobcentre_source (id, name, kind, url, interval_minutes, enabled, next_run_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, name, kind.name(), url, intervalMinutes, enabled, Time.utc(now), Time.utc(now)).update();
    }

    /** Makes the enabled sources of one kind due now, so the next poll harvests them. */
    int dueNow(SourceKind kind, Instant now) {
        return jdbc.sql("UPDATE jobcentre_source SET next_run_at = ? WHERE kind = ? AND enabled AND next_run_at > ?")
            .params(Time.utc(now), kind.name(), Time.utc(now)).update();
    }

    void updateSource(UUID id, String name, String url, int intervalMinutes, boolean enabled) {
        jdbc.sql("UPDATE jobcentre_source SET name = ?, url = ?, interval_minutes = ?, enabled = ? WHERE id = ?")
            .params(name, url, intervalMinutes, enabled, id).update();
    }

    void storeUpload(UUID id, String fileName, String content) {
        jdbc.sql("UPDATE jobcentre_source SET upload_name = ?, upload_content = ? WHERE id = ?")
            .params(fileName, content, id).update();
    }

    Optional<String> uploadContent(UUID id) {
        return jdbc.sql("SELECT upload_content FROM jobcentre_source WHERE id = ? AND upload_content IS NOT NULL")
            .param(id).query(String.class).optional();
    }

    Optional<Source> source(UUID id) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM jobcentre_source WHERE id = ?").param(id)
            .query((rs, n) -> source(rs)).optional().map(this::withLastRun);
    }

    List<Source> sources() {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM jobcentre_source ORDER BY name")
            .query((rs, n) -> source(rs)).list().stream().map(this::withLastRun).toList();
    }

    private Source withLastRun(Source s) {
        return new Source(s.id(), s.name(), s.kind(), s.url(), s.intervalMinutes(), s.enabled(), s.uploadName(),
            s.nextRunAt(), s.failures(), runs(s.id(), 1).stream().findFirst().orElse(null));
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM jobcentre_source WHERE LOWER(name) = LOWER(?) AND id <> ?")
            .params(name, except).query(Integer.class).single() > 0;
    }

    /** Enabled sources due to run whose lease (if any) has run out. */
    List<UUID> due(Instant now) {
        return jdbc.sql("""
                SELECT id FROM jobcentre_source
                WHERE enabled AND next_run_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
                ORDER BY next_run_at""")
            .params(Time.utc(now), Time.utc(now)).query(UUID.class).list();
    }

    /** Takes the source's lease in one statement: of several instances (or threads) at once, exactly one gets it. */
    boolean takeLease(UUID id, String owner, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE jobcentre_source SET lease_owner = ?, lease_until = ?
                WHERE id = ? AND (lease_until IS NULL OR lease_until <= ?)""")
            .params(owner, Time.utc(until), id, Time.utc(now)).update() == 1;
    }

    /** Gives the lease back and sets when the source runs next. */
    void releaseLease(UUID id, String owner, Instant nextRunAt, int failures) {
        jdbc.sql("""
                UPDATE jobcentre_source SET lease_owner = NULL, lease_until = NULL, next_run_at = ?, failures = ?
                WHERE id = ? AND lease_owner = ?""")
            .params(Time.utc(nextRunAt), failures, id, owner).update();
    }

    private Source source(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Source(id, rs.getString("name"), SourceKind.valueOf(rs.getString("kind")), rs.getString("url"),
            rs.getInt("interval_minutes"), rs.getBoolean("enabled"), rs.getString("upload_name"),
            instant(rs, "next_run_at"), rs.getInt("failures"), null);
    }

    // --- runs

    /** A run still RUNNING when its source's lease is taken again was cut off (a crashed instance): it failed. */
    void closeInterruptedRuns(UUID sourceId, Instant now) {
        jdbc.sql("""
                UPDATE jobcentre_run SET status = ?, finished_at = ?, errors = 1, messages = 'interrupted:0'
                WHERE source_id = ? AND status = ?""")
            .params(Run.Status.FAILED.name(), Time.utc(now), sourceId, Run.Status.RUNNING.name()).update();
    }

    void startRun(UUID id, UUID sourceId, Instant now) {
        jdbc.sql("INSERT INTO jobcentre_run (id, source_id, started_at, status) VALUES (?, ?, ?, ?)")
            .params(id, sourceId, Time.utc(now), Run.Status.RUNNING.name()).update();
    }

    void finishRun(UUID id, Instant now, Run.Status status, Counts c, List<Run.Message> messages) {
        String text = String.join("\n", messages.stream().limit(40).map(Run.Message::stored).toList());
        jdbc.sql("""
                UPDATE jobcentre_run SET finished_at = ?, status = ?, fetched = ?, created = ?, updated = ?,
                                         duplicates = ?, expired = ?, errors = ?, messages = ?
                WHERE id = ?""")
            .params(Time.utc(now), status.name(), c.fetched, c.created, c.updated, c.duplicates, c.expired,
                messages.size(), text.isEmpty() ? null : text, id)
            .update();
    }

    List<Run> runs(UUID sourceId, int limit) {
        // seq, not started_at: runs started in the same microsecond (or on a test's stopped clock) keep their order.
        return jdbc.sql("SELECT * FROM jobcentre_run WHERE source_id = ? ORDER BY seq DESC FETCH FIRST " + limit
                + " ROWS ONLY")
            .param(sourceId).query((rs, n) -> run(rs)).list();
    }

    Optional<Run> run(UUID id) {
        return jdbc.sql("SELECT * FROM jobcentre_run WHERE id = ?").param(id).query((rs, n) -> run(rs)).optional();
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class), instant(rs, "started_at"),
            instant(rs, "finished_at"), Run.Status.valueOf(rs.getString("status")), rs.getInt("fetched"),
            rs.getInt("created"), rs.getInt("updated"), rs.getInt("duplicates"), rs.getInt("expired"),
            rs.getInt("errors"), messages(rs.getString("messages")));
    }

    private static List<Run.Message> messages(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(Run.Message::parse).toList();
    }

    /** Counts of one run, filled in while it merges. */
    static final class Counts {
        int fetched;
        int created;
        int updated;
        int duplicates;
        int expired;
    }

    // --- postings

    /** Serialises the merge step of all runs (see V21): called first in the merge transaction. */
    void lockMerge() {
        jdbc.sql("SELECT name FROM jobcentre_merge_lock WHERE name = 'postings' FOR UPDATE").query(String.class).single();
    }

    /** Marks the postings as changed, in the merge's transaction: every instance's index rebuilds from them. */
    void raiseGeneration() {
        jdbc.sql("UPDATE jobcentre_index_generation SET generation = generation + 1 WHERE name = 'postings'").update();
    }

    long generation() {
        return jdbc.sql("SELECT generation FROM jobcentre_index_generation WHERE name = 'postings'").query(Long.class)
            .single();
    }

    Optional<UUID> postingOf(UUID sourceId, String externalId) {
        return jdbc.sql("SELECT posting_id FROM jobcentre_posting_source WHERE source_id = ? AND external_id = ?")
            .params(sourceId, externalId).query(UUID.class).optional();
    }

    Optional<StoredPosting> posting(UUID id) {
        return jdbc.sql("SELECT * FROM jobcentre_posting WHERE id = ?").param(id).query((rs, n) -> posting(rs)).optional();
    }

    /** Postings of the same (normalised) employer that were active at or after {@code since}: duplicate candidates. */
    List<StoredPosting> candidates(String normalisedEmployer, Instant since) {
        return jdbc.sql("SELECT * FROM jobcentre_posting WHERE norm_employer = ? AND (deadline IS NULL OR deadline > ?)")
            .params(normalisedEmployer, Time.utc(since)).query((rs, n) -> posting(rs)).list();
    }

    void insertPosting(UUID id, UUID sourceId, Entry e, Instant now) {
        var key = Duplicates.Key.of(e.employer(), e.title(), e.postcode(), e.town(), e.deadline());
        jdbc.sql("""
                INSERT INTO jobcentre_posting (id, origin_source_id, origin_external_id, title, body, employer, postcode,
                    town, lat, lon, occupation, url, deadline, norm_title, norm_employer, norm_town, first_seen_at,
                    last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, sourceId, e.externalId(), e.title(), e.text(), e.employer(), e.postcode(), e.town(), e.lat(), e.lon(), e.occupation(),
                e.url(), Time.utc(e.deadline()), key.title(), key.employer(), key.town(), Time.utc(now), Time.utc(now))
            .update();
    }

    void updatePosting(UUID id, Entry e, Instant now) {
        var key = Duplicates.Key.of(e.employer(), e.title(), e.postcode(), e.town(), e.deadline());
        jdbc.sql("""
                UPDATE jobcentre_posting SET title = ?, body = ?, employer = ?, postcode = ?, town = ?, lat = ?, lon = ?,
                    occupation = ?, url = ?, deadline = ?, norm_title = ?, norm_employer = ?, norm_town = ?,
                    last_seen_at = ?
                WHERE id = ?""")
            .params(e.title(), e.text(), e.employer(), e.postcode(), e.town(), e.lat(), e.lon(), e.occupation(), e.url(),
                Time.utc(e.deadline()), key.title(), key.employer(), key.town(), Time.utc(now), id)
            .update();
    }

    void touchPosting(UUID id, Instant now) {
        jdbc.sql("UPDATE jobcentre_posting SET last_seen_at = ? WHERE id = ?").params(Time.utc(now), id).update();
    }

    void link(UUID sourceId, String externalId, UUID postingId, String url, Instant now) {
        jdbc.sql("""
                INSERT INTO jobcentre_posting_source (source_id, external_id, posting_id, url, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(sourceId, externalId, postingId, url, Time.utc(now), Time.utc(now)).update();
    }

    void touchLink(UUID sourceId, String externalId, Instant now) {
        jdbc.sql("UPDATE jobcentre_posting_source SET last_seen_at = ? WHERE source_id = ? AND external_id = ?")
            .params(Time.utc(now), sourceId, externalId).update();
    }

    /** Postings whose deadline is after now, or without one and seen since {@code undatedSince}. */
    List<StoredPosting> active(Instant now, Instant undatedSince) {
        return jdbc.sql("""
                SELECT * FROM jobcentre_posting
                WHERE deadline > ? OR (deadline IS NULL AND last_seen_at > ?)
                ORDER BY deadline, title, id""")
            .params(Time.utc(now), Time.utc(undatedSince)).query((rs, n) -> posting(rs)).list();
    }

    /** Those of the postings that are active at {@code now} (the rule of {@link #active}). */
    List<StoredPosting> activeAmong(Collection<UUID> ids, Instant now, Instant undatedSince) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM jobcentre_posting WHERE id IN (:ids) AND (deadline > :now OR (deadline IS NULL "
                + "AND last_seen_at > :undated))")
            .param("ids", ids).param("now", Time.utc(now)).param("undated", Time.utc(undatedSince))
            .query((rs, n) -> posting(rs)).list();
    }

    /** The names of the sources each posting was seen on, first seen first. */
    List<String> sourceNames(UUID postingId) {
        return jdbc.sql("""
                SELECT s.name FROM jobcentre_posting_source ps JOIN jobcentre_source s ON s.id = ps.source_id
                WHERE ps.posting_id = ? GROUP BY s.name ORDER BY MIN(ps.first_seen_at), s.name""")
            .param(postingId).query(String.class).list();
    }

    private static StoredPosting posting(ResultSet rs) throws SQLException {
        return new StoredPosting(rs.getObject("id", UUID.class), rs.getObject("origin_source_id", UUID.class),
            rs.getString("origin_external_id"), rs.getString("title"), rs.getString("body"),
            rs.getString("employer"), rs.getString("postcode"), rs.getString("town"), doubleOrNull(rs, "lat"),
            doubleOrNull(rs, "lon"), rs.getString("occupation"), rs.getString("url"), instant(rs, "deadline"),
            instant(rs, "last_seen_at"));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
