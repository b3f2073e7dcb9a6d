package dk.rekrut.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicantErasure.Held;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What erasing does to the application's own tables: its answers go, the row stays without a person behind it. */
@Repository
class ApplicantErasureRepository {

    private final JdbcClient jdbc;

    ApplicantErasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deleteAnswers(UUID applicationId) {
        jdbc.sql("DELETE FROM application_answer WHERE application_id = ?").param(applicationId).update();
    }

    /**
     * Marks the row erased and removes its video link. The token and submission key are unique columns: an
     * unguessable marker replaces them, so no link leads here; the token only when {@code dropToken}.
     */
    void markErased(UUID applicationId, boolean dropToken, Instant at) {
        String tokenUpdate = dropToken ? ", access_token_hash = ?" : "";
        var update = jdbc.sql("UPDATE application SET video_link = NULL, erased_at = ?, submission_key = ?" + tokenUpdate
            + " WHERE id = ?");
        update = update.param(Time.utc(at)).param("erased:" + applicationId);
        if (dropToken) {
            update = update.param("erased:" + applicationId);
        }
        update.param(applicationId).update();
    }

    boolean erased(UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE id = ? AND erased_at IS NOT NULL").param(applicationId)
            .query(Integer.class).single() > 0;
    }

    /** Applications not yet erased in cases closed at or before {@code closedBefore}, oldest closing first. */
    List<Held> heldInCasesClosedBefore(Instant closedBefore) {
        return jdbc.sql("""
                SELECT a.id, a.case_id, a.status, c.closed_at FROM application a
                JOIN recruitment_case c ON c.id = a.case_id
                WHERE a.erased_at IS NULL AND c.closed_at IS NOT NULL AND c.closed_at <= ?
                ORDER BY c.closed_at, a.id""")
            .param(Time.utc(closedBefore))
            .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                ApplicationStatus.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant()))
            .list();
    }
}
