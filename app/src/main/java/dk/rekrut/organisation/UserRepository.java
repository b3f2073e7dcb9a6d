package dk.rekrut.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    /** {@code oidcIssuer} is null for a link made before issuers were recorded (V30). */
    record Account(UserView user, String passwordHash, String oidcIssuer, String oidcSubject) {
    }

    private static final RowMapper<Account> MAPPER = (rs, n) -> new Account(
        new UserView(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
            rs.getString("email"), rs.getObject("unit_id", UUID.class), Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled")),
        rs.getString("password_hash"), rs.getString("oidc_issuer"), rs.getString("oidc_subject"));

    private final JdbcClient jdbc;
    private final Clock clock;

    UserRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Account> findAll() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY display_name").query(MAPPER).list();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(MAPPER).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE LOWER(username) = LOWER(?)").param(username).query(MAPPER).optional();
    }

    Optional<Account> findByOidcIdentity(String issuer, String subject) {
        return jdbc.sql("SELECT * FROM app_user WHERE oidc_issuer = ? AND oidc_subject = ?").params(issuer, subject)
            .query(MAPPER).optional();
    }

    /** A link made before V30, with its subject but no issuer. */
    Optional<Account> findByUnissuedOidcSubject(String subject) {
        return jdbc.sql("SELECT * FROM app_user WHERE oidc_issuer IS NULL AND oidc_subject = ?").param(subject)
            .query(MAPPER).optional();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM app_user WHERE LOWER(email) = LOWER(?)").param(email).query(MAPPER).optional();
    }

    void insert(UserView user, String passwordHash, String oidcSubject) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, email, unit_id, role, password_hash, oidc_subject,
                                      enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(user.id(), user.username(), user.displayName(), user.email(), user.unitId(), user.role().name(),
                passwordHash, oidcSubject, user.enabled(), Time.utc(clock.instant()))
            .update();
    }

    void update(UserView user) {
        jdbc.sql("UPDATE app_user SET display_name = ?, email = ?, unit_id = ?, role = ?, enabled = ? WHERE id = ?")
            .params(user.displayName(), user.email(), user.unitId(), user.role().name(), user.enabled(), user.id())
            .update();
    }

    void updatePassword(UUID id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
            .params(hash, id).update();
    }

    void linkOidcIdentity(UUID id, String issuer, String subject) {
        jdbc.sql("UPDATE app_user SET oidc_issuer = ?, oidc_subject = ? WHERE id = ?").params(issuer, subject, id).update();
    }
}
