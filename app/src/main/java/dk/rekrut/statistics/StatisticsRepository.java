package dk.rekrut.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' queries, the ones documented in docs/statistics.md. Read-only: statistics is the declared reader of
 * the recruitment, application, evaluation and publication tables (docs/architecture.md, "Tables and their owners").
 * Counts by stage are arrays in stage order: received, screening, interview, offer, hired.
 */
@Repository
class StatisticsRepository {

    /** Each application's furthest stage, from its status history (REJECTED and WITHDRAWN are no stage). */
    static final String REACHED = """
        WITH reached AS (
          SELECT a.id, a.case_id, a.medium_code, a.employed_here, c.anonymous,
                 MAX(CASE s.to_status WHEN 'IN_SCREENING' THEN 1 WHEN 'SHORTLISTED' THEN 1
                                      WHEN 'INVITED' THEN 2 WHEN 'INTERVIEWED' THEN 2
                                      WHEN 'OFFERED' THEN 3 WHEN 'HIRED' THEN 4 ELSE 0 END) AS stage
          FROM application a
          JOIN recruitment_case c ON c.id = a.case_id
          LEFT JOIN application_status_change s ON s.application_id = a.id
          WHERE a.case_id IN (:cases)
          GROUP BY a.id, a.case_id, a.medium_code, a.employed_here, c.anonymous)
        """;

    static final String STAGE_COUNTS = """
        COUNT(*) AS received,
        SUM(CASE WHEN r.stage >= 1 THEN 1 ELSE 0 END) AS screening,
        SUM(CASE WHEN r.stage >= 2 THEN 1 ELSE 0 END) AS interview,
        SUM(CASE WHEN r.stage >= 3 THEN 1 ELSE 0 END) AS offer,
        SUM(CASE WHEN r.stage >= 4 THEN 1 ELSE 0 END) AS hired""";

    /** What a medium cost in the selected cases. */
    record MediumCost(String code, String name, BigDecimal cost) {
    }

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> allCaseIds() {
        return jdbc.sql("SELECT id FROM recruitment_case").query(UUID.class).list();
    }

    /** Those of the cases that have a posting text. */
    Set<UUID> withPosting(List<UUID> caseIds) {
        return new HashSet<>(jdbc.sql("SELECT case_id FROM posting WHERE case_id IN (:cases)")
            .param("cases", caseIds).query(UUID.class).list());
    }

    /** Per case: applications received and hired. */
    Map<UUID, int[]> receivedAndHired(List<UUID> caseIds) {
        Map<UUID, int[]> byCase = new LinkedHashMap<>();
        jdbc.sql(REACHED + """
                SELECT r.case_id, COUNT(*), SUM(CASE WHEN r.stage >= 4 THEN 1 ELSE 0 END)
                FROM reached r GROUP BY r.case_id""")
            .param("cases", caseIds)
            .query((rs, n) -> byCase.put(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return byCase;
    }

    /** Per case: applications and hires of internal applicants, external ones and those who did not answer (six). */
    Map<UUID, int[]> internalExternal(List<UUID> caseIds) {
        Map<UUID, int[]> byCase = new LinkedHashMap<>();
        jdbc.sql(REACHED + """
                SELECT r.case_id, r.employed_here, COUNT(*), SUM(CASE WHEN r.stage >= 4 THEN 1 ELSE 0 END)
                FROM reached r GROUP BY r.case_id, r.employed_here""")
            .param("cases", caseIds)
            .query((rs, n) -> {
                Boolean employed = rs.getObject(2, Boolean.class);
                int at = employed == null ? 4 : employed ? 0 : 2; // internal, external, not answered
                int[] v = byCase.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[6]);
                v[at] = rs.getInt(3);
                v[at + 1] = rs.getInt(4);
                return v;
            }).list();
        return byCase;
    }

    /** Stage counts of anonymous (true) and ordinary (false) cases. */
    Map<Boolean, int[]> funnel(List<UUID> caseIds) {
        Map<Boolean, int[]> out = new LinkedHashMap<>();
        jdbc.sql(REACHED + "SELECT r.anonymous, " + STAGE_COUNTS + " FROM reached r GROUP BY r.anonymous")
            .param("cases", caseIds).query((rs, n) -> out.put(rs.getBoolean(1), stages(rs, 2))).list();
        return out;
    }

    /** case -> group -> stage counts, by one column of evaluation_answer. */
    Map<UUID, Map<String, int[]>> byEvaluationGroup(List<UUID> caseIds, String column) {
        Map<UUID, Map<String, int[]>> byCase = new LinkedHashMap<>();
        jdbc.sql(REACHED + "SELECT r.case_id, e." + column + ", " + STAGE_COUNTS + """

                FROM reached r JOIN evaluation_answer e ON e.application_id = r.id
                GROUP BY r.case_id, e.""" + column)
            .param("cases", caseIds)
            .query((rs, n) -> byCase.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                .put(rs.getString(2), stages(rs, 3)))
            .list();
        return byCase;
    }

    List<MediumCost> mediumCosts(List<UUID> caseIds) {
        return jdbc.sql("""
                SELECT m.code, m.name, SUM(p.cost) FROM publication p
                JOIN posting po ON po.id = p.posting_id
                JOIN medium m ON m.id = p.medium_id
                WHERE po.case_id IN (:cases)
                GROUP BY m.code, m.name""")
            .param("cases", caseIds)
            .query((rs, n) -> new MediumCost(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    /** Per medium code ('' for none): applications, interviews and hires. */
    Map<String, int[]> mediumResponse(List<UUID> caseIds) {
        Map<String, int[]> response = new TreeMap<>();
        jdbc.sql(REACHED + """
                SELECT COALESCE(r.medium_code, ''), COUNT(*), SUM(CASE WHEN r.stage >= 2 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN r.stage >= 4 THEN 1 ELSE 0 END)
                FROM reached r GROUP BY COALESCE(r.medium_code, '')""")
            .param("cases", caseIds)
            .query((rs, n) -> response.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)})).list();
        return response;
    }

    Map<String, String> mediumNames() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM medium").query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    private static int[] stages(ResultSet rs, int first) throws SQLException {
        int[] v = new int[5];
        for (int i = 0; i < 5; i++) {
            v[i] = rs.getInt(first + i);
        }
        return v;
    }
}
