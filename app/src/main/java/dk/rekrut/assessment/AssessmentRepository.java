package dk.rekrut.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.assessment.Assessments.AnswerRating;
import dk.rekrut.assessment.Assessments.Ranked;
import dk.rekrut.assessment.Assessments.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's assessment: its settings, the ratings of candidates and of answers, the chair's ranking. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> settings(UUID caseId) {
        return jdbc.sql("SELECT scale, blind_until_rated FROM assessment_setting WHERE case_id = ?").param(caseId)
            .query((rs, n) -> new Settings(RatingScale.valueOf(rs.getString(1)), rs.getBoolean(2))).optional();
    }

    void saveSettings(UUID caseId, RatingScale scale, boolean blind) {
        jdbc.sql("DELETE FROM assessment_setting WHERE case_id = ?").param(caseId).update();
        jdbc.sql("INSERT INTO assessment_setting (case_id, scale, blind_until_rated) VALUES (?, ?, ?)")
            .params(caseId, scale.name(), blind).update();
    }

    /** Replaces the rater's rating of one candidate. */
    void saveRating(UUID applicationId, UUID raterId, int score, String comment, OffsetDateTime at) {
        jdbc.sql("DELETE FROM rating WHERE application_id = ? AND rater_id = ?").params(applicationId, raterId).update();
        jdbc.sql("INSERT INTO rating (application_id, rater_id, score, comment, rated_at) VALUES (?, ?, ?, ?, ?)")
            .params(applicationId, raterId, score, comment, at).update();
    }

    /** Every rating of one candidate, overall and per answer (when the applicant's data is erased). */
    void deleteRatings(UUID applicationId) {
        jdbc.sql("DELETE FROM rating WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("DELETE FROM question_rating WHERE application_id = ?").param(applicationId).update();
    }

    /** The ratings of a case's candidates with the raters' names, oldest first. */
    List<Rating> ratingsOfCase(UUID caseId) {
        return jdbc.sql("""
                SELECT r.*, u.display_name FROM rating r JOIN application a ON a.id = r.application_id
                JOIN app_user u ON u.id = r.rater_id WHERE a.case_id = ? ORDER BY r.rated_at""")
            .param(caseId).query((rs, n) -> rating(rs)).list();
    }

    /** The ratings of the given candidates with the raters' names, oldest first. */
    List<Rating> ratingsOf(List<UUID> applicationIds) {
        String in = String.join(",", applicationIds.stream().map(x -> "?").toList());
        return jdbc.sql("SELECT r.*, u.display_name FROM rating r JOIN app_user u ON u.id = r.rater_id WHERE r.application_id IN ("
                + in + ") ORDER BY r.rated_at").params(new ArrayList<Object>(applicationIds))
            .query((rs, n) -> rating(rs)).list();
    }

    void deleteAnswerRatings(UUID questionId, UUID raterId) {
        jdbc.sql("DELETE FROM question_rating WHERE question_id = ? AND rater_id = ?").params(questionId, raterId).update();
    }

    void insertAnswerRating(UUID applicationId, UUID questionId, UUID raterId, Integer score, String note, OffsetDateTime at) {
        jdbc.sql("INSERT INTO question_rating (application_id, question_id, rater_id, score, note, rated_at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(applicationId, questionId, raterId, score, note, at).update();
    }

    /** Every rating of the answers to one question in a case, with the raters' names. */
    List<AnswerRating> answerRatings(UUID caseId, UUID questionId) {
        return jdbc.sql("""
                SELECT q.*, u.display_name FROM question_rating q JOIN app_user u ON u.id = q.rater_id
                JOIN application a ON a.id = q.application_id WHERE a.case_id = ? AND q.question_id = ?""")
            .params(caseId, questionId)
            .query((rs, n) -> new AnswerRating(rs.getObject("application_id", UUID.class), questionId,
                rs.getObject("rater_id", UUID.class), rs.getString("display_name"), (Integer) rs.getObject("score"),
                rs.getString("note"))).list();
    }

    List<Ranked> ranking(UUID caseId) {
        return jdbc.sql("SELECT application_id, rank_position, shortlisted FROM ranking WHERE case_id = ?").param(caseId)
            .query((rs, n) -> new Ranked(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), rs.getBoolean(3))).list();
    }

    void deleteRanking(UUID caseId) {
        jdbc.sql("DELETE FROM ranking WHERE case_id = ?").param(caseId).update();
    }

    void deleteRank(UUID applicationId) {
        jdbc.sql("DELETE FROM ranking WHERE application_id = ?").param(applicationId).update();
    }

    void insertRank(UUID applicationId, UUID caseId, Integer rank, boolean shortlisted, String setBy, OffsetDateTime at) {
        jdbc.sql("INSERT INTO ranking (application_id, case_id, rank_position, shortlisted, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(applicationId, caseId, rank, shortlisted, setBy, at).update();
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(rs.getObject("application_id", UUID.class), rs.getObject("rater_id", UUID.class),
            rs.getString("display_name"), rs.getInt("score"), rs.getString("comment"),
            rs.getObject("rated_at", OffsetDateTime.class).toInstant());
    }
}
