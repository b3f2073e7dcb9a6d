package dk.rekrut.jobcentre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizens' tables: profiles, their identities (apart), the log of what was shown and sent, answers, links. */
@Repository
public class CitizenRepository {

    /** A pseudonymised profile: no name, no contact data; the CV text as the redaction engine left it. */
    public record Citizen(UUID id, String pseudonym, UUID consultantId, UUID unitId, String cvText, List<String> wishes,
                   String postcode, int maxKm, String arm, Instant createdAt, Instant leftAt) {

        /** In a trial's control arm: the consultant works as usual and is shown no suggestions. */
        public boolean usualPractice() {
            return Citizens.ARM_USUAL_PRACTICE.equals(arm);
        }

        public boolean active() {
            return leftAt == null;
        }
    }

    /** Who the citizen is; read only through {@link Citizens}, which audits every read. */
    public record Identity(String fullName, String cpr, String email, String phone) {

        @Override
        public String toString() {
            return "Identity[redacted]";
        }
    }

    /** One line of the log: what was shown or sent, as posting ids. */
    public record LogEntry(Instant at, String kind, List<String> postings) {
    }

    /** A posting sent to the citizen, with the posting's values and the citizen's answer. */
    public record Suggestion(UUID postingId, String title, String employer, String town, String url, Instant deadline,
                      Instant sentAt, String answer, String reason) {

        /** Whether the citizen's answer so far is {@code a} (the page marks it). */
        public boolean answered(Citizens.Answer a) {
            return a.name().equals(answer);
        }
    }

    private final JdbcClient jdbc;

    CitizenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Citizen c, Identity identity) {
        jdbc.sql("""
                INSERT INTO jobcentre_citizen (id, pseudonym, consultant_id, unit_id, cv_text, wishes, postcode, max_km,
                                               arm, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(c.id(), c.pseudonym(), c.consultantId(), c.unitId(), c.cvText(), String.join("\n", c.wishes()),
                c.postcode(), c.maxKm(), c.arm(), Time.utc(c.createdAt()))
            .update();
        jdbc.sql("INSERT INTO jobcentre_citizen_identity (citizen_id, full_name, cpr, email, phone) VALUES (?, ?, ?, ?, ?)")
            .params(c.id(), identity.fullName(), identity.cpr(), identity.email(), identity.phone()).update();
    }

    boolean pseudonymTaken(String pseudonym) {
        return jdbc.sql("SELECT COUNT(*) FROM jobcentre_citizen WHERE pseudonym = ?").param(pseudonym)
            .query(Integer.class).single() > 0;
    }

    Optional<Citizen> byPseudonym(String pseudonym) {
        return jdbc.sql("SELECT * FROM jobcentre_citizen WHERE pseudonym = ?").param(pseudonym)
            .query((rs, n) -> citizen(rs)).optional();
    }

    Optional<Citizen> byId(UUID id) {
        return jdbc.sql("SELECT * FROM jobcentre_citizen WHERE id = ?").param(id).query((rs, n) -> citizen(rs)).optional();
    }

    List<Citizen> caseload(UUID consultantId) {
        return jdbc.sql("SELECT * FROM jobcentre_citizen WHERE consultant_id = ? ORDER BY left_at NULLS FIRST, created_at DESC")
            .param(consultantId).query((rs, n) -> citizen(rs)).list();
    }

    Optional<Identity> identity(UUID citizenId) {
        return jdbc.sql("SELECT * FROM jobcentre_citizen_identity WHERE citizen_id = ?").param(citizenId)
            .query((rs, n) -> new Identity(rs.getString("full_name"), rs.getString("cpr"), rs.getString("email"),
                rs.getString("phone"))).optional();
    }

    void leave(UUID citizenId, Instant at) {
        jdbc.sql("UPDATE jobcentre_citizen SET left_at = ? WHERE id = ? AND left_at IS NULL")
            .params(Time.utc(at), citizenId).update();
    }

    /** Ids of profiles whose citizen left the caseload before {@code before}. */
    List<UUID> leftBefore(Instant before) {
        return jdbc.sql("SELECT id FROM jobcentre_citizen WHERE left_at IS NOT NULL AND left_at < ?")
            .param(Time.utc(before)).query(UUID.class).list();
    }

    /** Deletes the profile and, through the foreign keys, its identity, log, suggestions and links. */
    int delete(UUID citizenId) {
        return jdbc.sql("DELETE FROM jobcentre_citizen WHERE id = ?").param(citizenId).update();
    }

    void log(UUID citizenId, Instant at, String kind, List<String> postingIds) {
        String joined = String.join(",", postingIds);
        jdbc.sql("INSERT INTO jobcentre_citizen_log (id, citizen_id, at, kind, postings) VALUES (?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), citizenId, Time.utc(at), kind,
                joined.length() > 4000 ? joined.substring(0, joined.lastIndexOf(',', 4000)) : joined)
            .update();
    }

    List<LogEntry> log(UUID citizenId, int limit) {
        return jdbc.sql("SELECT at, kind, postings FROM jobcentre_citizen_log WHERE citizen_id = ? ORDER BY seq DESC "
                + "FETCH FIRST %d ROWS ONLY".formatted(limit))
            .param(citizenId)
            .query((rs, n) -> new LogEntry(instant(rs, "at"), rs.getString("kind"),
                rs.getString("postings").isEmpty() ? List.of() : Arrays.asList(rs.getString("postings").split(","))))
            .list();
    }

    /** Adds the posting to what the citizen was sent; returns false when it was sent before. */
    boolean suggest(UUID citizenId, UUID postingId, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM jobcentre_suggestion WHERE citizen_id = ? AND posting_id = ?")
            .params(citizenId, postingId).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO jobcentre_suggestion (citizen_id, posting_id, sent_at) VALUES (?, ?, ?)")
            .params(citizenId, postingId, Time.utc(at)).update();
        return true;
    }

    List<Suggestion> suggestions(UUID citizenId) {
        return jdbc.sql("""
                SELECT s.posting_id, p.title, p.employer, p.town, p.url, p.deadline, s.sent_at, s.answer, s.reason
                FROM jobcentre_suggestion s JOIN jobcentre_posting p ON p.id = s.posting_id
                WHERE s.citizen_id = ? ORDER BY s.sent_at, p.title""")
            .param(citizenId)
            .query((rs, n) -> new Suggestion(rs.getObject("posting_id", UUID.class), rs.getString("title"),
                rs.getString("employer"), rs.getString("town"), rs.getString("url"), instant(rs, "deadline"),
                instant(rs, "sent_at"), rs.getString("answer"), rs.getString("reason")))
            .list();
    }

    int answer(UUID citizenId, UUID postingId, String answer, String reason, Instant at) {
        return jdbc.sql("UPDATE jobcentre_suggestion SET answer = ?, reason = ?, answered_at = ? WHERE citizen_id = ? AND posting_id = ?")
            .params(answer, reason, Time.utc(at), citizenId, postingId).update();
    }

    void insertLink(String tokenHash, UUID citizenId, Instant at) {
        jdbc.sql("INSERT INTO jobcentre_citizen_link (token_hash, citizen_id, created_at) VALUES (?, ?, ?)")
            .params(tokenHash, citizenId, Time.utc(at)).update();
    }

    /** The citizen a link belongs to, and whether their course has ended (the link then opens nothing). */
    Optional<LinkHolder> citizenOfLink(String tokenHash) {
        return jdbc.sql("""
                SELECT l.citizen_id, c.left_at FROM jobcentre_citizen_link l
                  JOIN jobcentre_citizen c ON c.id = l.citizen_id
                 WHERE l.token_hash = ?""").param(tokenHash)
            .query((rs, n) -> new LinkHolder(rs.getObject("citizen_id", UUID.class), rs.getTimestamp("left_at") != null))
            .optional();
    }

    record LinkHolder(UUID citizenId, boolean ended) {
    }

    private static Citizen citizen(ResultSet rs) throws SQLException {
        String wishes = rs.getString("wishes");
        return new Citizen(rs.getObject("id", UUID.class), rs.getString("pseudonym"),
            rs.getObject("consultant_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("cv_text"),
            wishes.isEmpty() ? List.of() : List.of(wishes.split("\n")), rs.getString("postcode"), rs.getInt("max_km"),
            rs.getString("arm"), instant(rs, "created_at"), instant(rs, "left_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
