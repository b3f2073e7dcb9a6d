package dk.rekrut.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to applicant identities. Storing and each read are audited with the reason given;
 * the audit entry holds the candidate id and the reason, never the identity itself.
 */
@Service
public class IdentityAccess {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    IdentityAccess(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void store(UUID candidateId, ApplicantIdentity identity) {
        if (identity.fullName() == null || identity.fullName().isBlank() || identity.email() == null
            || identity.email().isBlank()) {
            throw new IllegalArgumentException("name and e-mail are required");
        }
        jdbc.sql("""
                INSERT INTO applicant_identity (candidate_id, full_name, email, phone, street, postal_code, town,
                                                birth_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(candidateId, identity.fullName(), identity.email(), identity.phone(), identity.street(),
                identity.postalCode(), identity.town(), identity.birthDate(), Time.utc(clock.instant()))
            .update();
        audit.record(AuditAction.IDENTITY_STORED, "Candidate", candidateId, null);
    }

    /** Reads an identity and audits the read. {@code reason} says why (e.g. "receipt e-mail", "re-identification"). */
    @Transactional
    public Optional<ApplicantIdentity> reveal(UUID candidateId, String reason) {
        var identity = jdbc.sql("SELECT * FROM applicant_identity WHERE candidate_id = ?").param(candidateId)
            .query((rs, n) -> map(rs)).optional();
        identity.ifPresent(i -> audit.record(AuditAction.IDENTITY_READ, "Candidate", candidateId, reason));
        return identity;
    }

    @Transactional
    public void erase(UUID candidateId) {
        jdbc.sql("DELETE FROM applicant_identity WHERE candidate_id = ?").param(candidateId).update();
    }

    private static ApplicantIdentity map(ResultSet rs) throws SQLException {
        return new ApplicantIdentity(rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
            rs.getString("street"), rs.getString("postal_code"), rs.getString("town"),
            rs.getObject("birth_date", LocalDate.class));
    }
}
