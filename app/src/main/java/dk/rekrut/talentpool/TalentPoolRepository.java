package dk.rekrut.talentpool;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TalentPoolRepository {

    /** A member due for the expiry job: what it needs to remind or delete without loading everything. */
    record Due(UUID id, UUID cvFileId) {
    }

    private final JdbcClient jdbc;

    TalentPoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pool> pools() {
        return jdbc.sql("SELECT * FROM talent_pool ORDER BY name").query((rs, n) -> pool(rs)).list();
    }

    Optional<Pool> pool(UUID id) {
        return jdbc.sql("SELECT * FROM talent_pool WHERE id = ?").param(id).query((rs, n) -> pool(rs)).optional();
    }

    boolean poolNameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM talent_pool WHERE LOWER(name) = ?").param(name.toLowerCase(Locale.ROOT))
            .query(Integer.class).single() > 0;
    }

    void insertPool(Pool p, Instant now) {
        jdbc.sql("""
                INSERT INTO talent_pool (id, name, description, consent_months, public_enrolment, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(p.id(), p.name(), p.description(), p.consentMonths(), p.publicEnrolment(), Time.utc(now)).update();
    }

    List<Icon> icons() {
        return jdbc.sql("SELECT * FROM talent_icon ORDER BY name")
            .query((rs, n) -> new Icon(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    boolean iconNameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM talent_icon WHERE LOWER(name) = ?").param(name.toLowerCase(Locale.ROOT))
            .query(Integer.class).single() > 0;
    }

    void insertIcon(Icon icon) {
        jdbc.sql("INSERT INTO talent_icon (id, name) VALUES (?, ?)").params(icon.id(), icon.name()).update();
    }

    void deleteIcon(UUID id) {
        jdbc.sql("DELETE FROM talent_icon WHERE id = ?").param(id).update();
    }

    Optional<Member> member(UUID id) {
        return members("m.id = ?", List.of(id)).stream().findFirst();
    }

    Optional<Member> byTokenHash(String hash) {
        return members("m.token_hash = ?", List.of(hash)).stream().findFirst();
    }

    Optional<Member> byPoolAndEmail(UUID poolId, String email) {
        return members("m.pool_id = ? AND m.email = ?", List.of(poolId, email)).stream().findFirst();
    }

    /** Active members matching every given criterion; icons must all be on the member. */
    List<Member> search(String text, UUID poolId, Collection<UUID> iconIds, Integer minRating, Instant now) {
        var where = new StringBuilder("m.status = 'ACTIVE' AND m.consent_until > ?");
        List<Object> params = new ArrayList<>(List.of(Time.utc(now)));
        if (poolId != null) {
            where.append(" AND m.pool_id = ?");
            params.add(poolId);
        }
        if (minRating != null) {
            where.append(" AND m.rating >= ?");
            params.add(minRating);
        }
        for (UUID icon : iconIds) {
            where.append(" AND EXISTS (SELECT 1 FROM talent_member_icon mi WHERE mi.member_id = m.id AND mi.icon_id = ?)");
            params.add(icon);
        }
        if (text != null && !text.isBlank()) {
            for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND (LOWER(m.name) LIKE ? ESCAPE '\\' OR LOWER(m.email) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(COALESCE(m.profile, '')) LIKE ? ESCAPE '\\')");
                params.add(like);
                params.add(like);
                params.add(like);
            }
        }
        return members(where.toString(), params);
    }

    void insertMember(UUID id, UUID poolId, MemberStatus status, String name, String email, String language,
                      String profile, UUID cvFileId, UUID sourceApplicationId, String tokenHash, Instant now) {
        jdbc.sql("""
                INSERT INTO talent_member (id, pool_id, status, name, email, language, profile, cv_file_id,
                                           source_application_id, token_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, poolId, status.name(), name, email, language, profile, cvFileId, sourceApplicationId, tokenHash,
                Time.utc(now)).update();
    }

    /** A pending offer or enrolment made again: fresh details, link and start time. */
    void renewPending(UUID id, MemberStatus status, String name, String language, String profile, UUID cvFileId,
                      UUID sourceApplicationId, String tokenHash, Instant now) {
        jdbc.sql("""
                UPDATE talent_member SET status = ?, name = ?, language = ?, profile = ?, cv_file_id = ?,
                       source_application_id = ?, token_hash = ?, created_at = ?
                WHERE id = ? AND status <> 'ACTIVE'""")
            .params(status.name(), name, language, profile, cvFileId, sourceApplicationId, tokenHash, Time.utc(now), id)
            .update();
    }

    void activate(UUID id, Instant consentUntil) {
        jdbc.sql("UPDATE talent_member SET status = 'ACTIVE', consent_until = ?, reminded_at = NULL WHERE id = ?")
            .params(Time.utc(consentUntil), id).update();
    }

    void setIconsAndRating(UUID id, Collection<UUID> iconIds, Integer rating) {
        jdbc.sql("UPDATE talent_member SET rating = ? WHERE id = ?").params(rating, id).update();
        jdbc.sql("DELETE FROM talent_member_icon WHERE member_id = ?").param(id).update();
        for (UUID icon : iconIds) {
            jdbc.sql("INSERT INTO talent_member_icon (member_id, icon_id) VALUES (?, ?)").params(id, icon).update();
        }
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM talent_member WHERE id = ?").param(id).update();
    }

    /**
     * Locks active members whose consent ends before {@code horizon} and who have not been reminded: SKIP LOCKED,
     * so instances running the job at once take different members. Must run in a transaction.
     */
    List<Due> lockDueForReminder(Instant now, Instant horizon, int limit) {
        return jdbc.sql("""
                SELECT id, cv_file_id FROM talent_member
                WHERE status = 'ACTIVE' AND reminded_at IS NULL AND consent_until > ? AND consent_until <= ?
                ORDER BY consent_until
                FETCH FIRST %d ROWS ONLY
                FOR UPDATE SKIP LOCKED""".formatted(limit))
            .params(Time.utc(now), Time.utc(horizon)).query((rs, n) -> due(rs)).list();
    }

    /** Locks members whose consent has run out, and offers/enrolments never accepted since {@code pendingBefore}. */
    List<Due> lockExpired(Instant now, Instant pendingBefore, int limit) {
        return jdbc.sql("""
                SELECT id, cv_file_id FROM talent_member
                WHERE (status = 'ACTIVE' AND consent_until <= ?) OR (status <> 'ACTIVE' AND created_at <= ?)
                ORDER BY created_at
                FETCH FIRST %d ROWS ONLY
                FOR UPDATE SKIP LOCKED""".formatted(limit))
            .params(Time.utc(now), Time.utc(pendingBefore)).query((rs, n) -> due(rs)).list();
    }

    void markReminded(UUID id, String tokenHash, Instant now) {
        jdbc.sql("UPDATE talent_member SET reminded_at = ?, token_hash = ? WHERE id = ?")
            .params(Time.utc(now), tokenHash, id).update();
    }

    boolean hasValidConsent(UUID applicationId, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM talent_member
                WHERE source_application_id = ? AND status = 'ACTIVE' AND consent_until > ?""")
            .params(applicationId, Time.utc(now)).query(Integer.class).single() > 0;
    }

    private List<Member> members(String where, List<?> params) {
        var rows = jdbc.sql("""
                SELECT m.*, p.name AS pool_name FROM talent_member m JOIN talent_pool p ON p.id = m.pool_id
                WHERE %s ORDER BY m.rating DESC NULLS LAST, m.name, m.id""".formatted(where))
            .params(params).query((rs, n) -> member(rs, List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Icon>> icons = new HashMap<>();
        var ids = rows.stream().map(Member::id).toList();
        String in = String.join(",", ids.stream().map(x -> "?").toList());
        jdbc.sql("""
                SELECT mi.member_id, i.id, i.name FROM talent_member_icon mi JOIN talent_icon i ON i.id = mi.icon_id
                WHERE mi.member_id IN (%s) ORDER BY i.name""".formatted(in))
            .params(new ArrayList<Object>(ids))
            .query(rs -> {
                icons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Icon(rs.getObject(2, UUID.class), rs.getString(3)));
            });
        return rows.stream().map(m -> new Member(m.id(), m.poolId(), m.poolName(), m.status(), m.name(), m.email(),
            m.language(), m.profile(), m.cvFileId(), m.sourceApplicationId(), m.rating(), m.consentUntil(),
            m.remindedAt(), m.createdAt(), icons.getOrDefault(m.id(), List.of()))).toList();
    }

    private static Due due(ResultSet rs) throws SQLException {
        return new Due(rs.getObject("id", UUID.class), rs.getObject("cv_file_id", UUID.class));
    }

    private static Pool pool(ResultSet rs) throws SQLException {
        return new Pool(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
            rs.getInt("consent_months"), rs.getBoolean("public_enrolment"));
    }

    private static Member member(ResultSet rs, List<Icon> icons) throws SQLException {
        int rating = rs.getInt("rating");
        return new Member(rs.getObject("id", UUID.class), rs.getObject("pool_id", UUID.class), rs.getString("pool_name"),
            MemberStatus.valueOf(rs.getString("status")), rs.getString("name"), rs.getString("email"),
            rs.getString("language"), rs.getString("profile"), rs.getObject("cv_file_id", UUID.class),
            rs.getObject("source_application_id", UUID.class), rating == 0 ? null : rating,
            instant(rs, "consent_until"), instant(rs, "reminded_at"), instant(rs, "created_at"), icons);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
