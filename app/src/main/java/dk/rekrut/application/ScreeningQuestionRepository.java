package dk.rekrut.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's screening questions and their options (screening_question, screening_option), and the raw answers. */
@Repository
class ScreeningQuestionRepository {

    /** One raw answer: the text or option ids as stored. */
    record RawAnswer(UUID applicationId, UUID questionId, String value) {
    }

    private final JdbcClient jdbc;

    ScreeningQuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's questions in order, with their options; one query (every submission reads them). */
    List<ScreeningQuestion> forCase(UUID caseId) {
        record Row(ScreeningQuestion question, ScreeningQuestion.Option option) {
        }
        var rows = jdbc.sql("""
                SELECT q.*, o.id AS option_id, o.label AS option_label FROM screening_question q
                LEFT JOIN screening_option o ON o.question_id = q.id
                WHERE q.case_id = ? ORDER BY q.position, o.position""")
            .param(caseId)
            .query((rs, n) -> {
                UUID id = rs.getObject("id", UUID.class);
                String classes = rs.getString("class_labels");
                UUID optionId = rs.getObject("option_id", UUID.class);
                var question = new ScreeningQuestion(id, caseId, rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
                    rs.getString("text"), rs.getBoolean("required"), (Integer) rs.getObject("max_length"),
                    (Integer) rs.getObject("min_choices"), (Integer) rs.getObject("max_choices"), List.of(),
                    classes == null ? List.of() : Arrays.asList(classes.split("\n")));
                return new Row(question, optionId == null ? null : new ScreeningQuestion.Option(optionId, rs.getString("option_label")));
            }).list();
        var questions = new LinkedHashMap<UUID, ScreeningQuestion>();
        var options = new HashMap<UUID, List<ScreeningQuestion.Option>>();
        for (Row r : rows) {
            questions.putIfAbsent(r.question().id(), r.question());
            if (r.option() != null) {
                options.computeIfAbsent(r.question().id(), k -> new ArrayList<>()).add(r.option());
            }
        }
        return questions.values().stream().map(q -> new ScreeningQuestion(q.id(), caseId, q.position(), q.kind(), q.text(),
            q.required(), q.maxLength(), q.minChoices(), q.maxChoices(), List.copyOf(options.getOrDefault(q.id(), List.of())),
            q.classLabels())).toList();
    }

    /**
     * The raw answers of the case's candidates to {@code questionIds}: of the candidates {@code applicationIds}, or of
     * every candidate of the case when that is null.
     */
    List<RawAnswer> answers(UUID caseId, Collection<UUID> questionIds, Collection<UUID> applicationIds) {
        var params = new ArrayList<Object>(List.of(caseId));
        params.addAll(questionIds);
        String sql = "SELECT aa.application_id, aa.question_id, aa.answer_value FROM application_answer aa "
            + "JOIN application a ON a.id = aa.application_id WHERE a.case_id = ? AND aa.question_id IN ("
            + String.join(",", Collections.nCopies(questionIds.size(), "?")) + ")";
        if (applicationIds != null) {
            sql += " AND aa.application_id IN (" + String.join(",", Collections.nCopies(applicationIds.size(), "?")) + ")";
            params.addAll(applicationIds);
        }
        return jdbc.sql(sql).params(params)
            .query((rs, n) -> new RawAnswer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
            .list();
    }

    /** Adds a question after the case's last one, with its options in the order given; returns its id. */
    UUID insert(UUID caseId, QuestionKind kind, String text, boolean required, Integer maxLength, Integer minChoices,
                Integer maxChoices, List<String> classLabels, List<String> options) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM screening_question WHERE case_id = ?")
            .param(caseId).query(Integer.class).single() + 1;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO screening_question (id, case_id, position, kind, text, required, max_length, min_choices,
                                                max_choices, class_labels)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, caseId, position, kind.name(), text, required, maxLength, minChoices, maxChoices,
                classLabels.isEmpty() ? null : String.join("\n", classLabels))
            .update();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO screening_option (id, question_id, position, label) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, i + 1, options.get(i)).update();
        }
        return id;
    }

    void delete(UUID caseId, UUID questionId) {
        jdbc.sql("DELETE FROM screening_question WHERE id = ? AND case_id = ?").params(questionId, caseId).update();
    }

    void setPosition(UUID questionId, int position) {
        jdbc.sql("UPDATE screening_question SET position = ? WHERE id = ?").params(position, questionId).update();
    }
}
