package dk.rekrut.interview;

import dk.rekrut.interview.References.Consent;
import dk.rekrut.interview.References.ConsentWay;
import dk.rekrut.interview.References.Reference;
import dk.rekrut.shared.Time;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidate's consent to references and the references taken (reference_consent, candidate_reference). */
@Repository
class ReferenceRepository {

    /** A reference as recorded, before any hearing. */
    record NewReference(UUID id, UUID applicationId, UUID caseId, String refereeName, String organisation, String phone,
                        LocalDate takenOn, String notes, boolean needsHearing, String recordedBy) {
    }

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Consent> consent(UUID applicationId) {
        return jdbc.sql("SELECT * FROM reference_consent WHERE application_id = ?").param(applicationId)
            .query((rs, n) -> new Consent(applicationId, rs.getObject("given_on", LocalDate.class),
                ConsentWay.valueOf(rs.getString("given_how")), rs.getString("recorded_by"))).optional();
    }

    /** Records the consent, replacing one recorded before. */
    void saveConsent(Consent consent, Instant at) {
        jdbc.sql("DELETE FROM reference_consent WHERE application_id = ?").param(consent.applicationId()).update();
        jdbc.sql("INSERT INTO reference_consent (application_id, given_on, given_how, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
            .params(consent.applicationId(), consent.givenOn(), consent.how().name(), consent.recordedBy(), Time.utc(at))
            .update();
    }

    void insert(NewReference r, Instant at) {
        jdbc.sql("""
                INSERT INTO candidate_reference (id, application_id, case_id, referee_name, organisation, phone, taken_on,
                                                 notes, needs_hearing, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(r.id(), r.applicationId(), r.caseId(), r.refereeName(), r.organisation(), r.phone(), r.takenOn(),
                r.notes(), r.needsHearing(), r.recordedBy(), Time.utc(at))
            .update();
    }

    void recordHearing(UUID referenceId, LocalDate doneOn, String reply, String recordedBy) {
        jdbc.sql("UPDATE candidate_reference SET hearing_done_on = ?, hearing_reply = ?, hearing_recorded_by = ? WHERE id = ?")
            .params(doneOn, reply, recordedBy, referenceId).update();
    }

    List<Reference> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM candidate_reference WHERE application_id = ? ORDER BY taken_on, recorded_at")
            .param(applicationId).query((rs, n) -> map(rs)).list();
    }

    Optional<Reference> find(UUID id) {
        return jdbc.sql("SELECT * FROM candidate_reference WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Candidate ids of the case with a hearing still outstanding. */
    List<UUID> hearingsOutstanding(UUID caseId) {
        return jdbc.sql("""
                SELECT DISTINCT application_id FROM candidate_reference
                WHERE case_id = ? AND needs_hearing = TRUE AND hearing_done_on IS NULL""")
            .param(caseId).query(UUID.class).list();
    }

    /** Of these applications, how many have the candidate's consent to references but no reference taken yet. */
    int countPending(List<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM reference_consent rc WHERE rc.application_id IN (%s)
                  AND NOT EXISTS (SELECT 1 FROM candidate_reference r WHERE r.application_id = rc.application_id)"""
                .formatted(String.join(", ", Collections.nCopies(applicationIds.size(), "?"))))
            .params(applicationIds.toArray()).query(Integer.class).single();
    }

    private static Reference map(ResultSet rs) throws SQLException {
        return new Reference(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
            rs.getString("referee_name"), rs.getString("organisation"), rs.getString("phone"),
            rs.getObject("taken_on", LocalDate.class), rs.getString("notes"), rs.getBoolean("needs_hearing"),
            rs.getObject("hearing_done_on", LocalDate.class), rs.getString("hearing_reply"), rs.getString("recorded_by"));
    }
}
