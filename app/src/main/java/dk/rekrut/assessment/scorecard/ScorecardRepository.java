package dk.rekrut.assessment.scorecard;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import dk.rekrut.assessment.scorecard.Scorecard.Criterion;
import dk.rekrut.assessment.scorecard.Scorecard.CriterionRating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee's ratings per success criterion (the scorecards). */
@Repository
class ScorecardRepository {

    /** A score and note for one criterion, as a member saves it. */
    record Entry(Criterion criterion, Integer score, String note) {
    }

    private final JdbcClient jdbc;

    ScorecardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces one rater's scorecard of one candidate. */
    void replace(UUID applicationId, UUID raterId, List<Entry> entries, OffsetDateTime at) {
        jdbc.sql("DELETE FROM criterion_rating WHERE application_id = ? AND rater_id = ?").params(applicationId, raterId)
            .update();
        for (var e : entries) {
            jdbc.sql("""
                    INSERT INTO criterion_rating (application_id, rater_id, criterion_key, criterion, score, note, rated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, raterId, e.criterion().key(), e.criterion().text(), e.score(), e.note(), at).update();
        }
    }

    /** Every criterion rating of the given candidates. */
    List<CriterionRating> of(List<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", applicationIds.stream().map(x -> "?").toList());
        return jdbc.sql("SELECT application_id, rater_id, criterion_key, score, note FROM criterion_rating"
                + " WHERE application_id IN (" + in + ")").params(new ArrayList<Object>(applicationIds))
            .query((rs, n) -> new CriterionRating(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                (Integer) rs.getObject(4), rs.getString(5))).list();
    }

    /** Every criterion rating of one candidate (when the applicant's data is erased). */
    void deleteFor(UUID applicationId) {
        jdbc.sql("DELETE FROM criterion_rating WHERE application_id = ?").param(applicationId).update();
    }
}
