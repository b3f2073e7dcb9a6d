package dk.rekrut.recruitment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    /** Filters for case lists. unitIds and memberId are alternatives (OR) when both are given. */
    record Filter(Collection<UUID> unitIds, UUID memberId, String text, CaseStatus status, Category category) {
    }

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecruitmentCase> find(UUID id) {
        return jdbc.sql("SELECT * FROM recruitment_case WHERE id = ?").param(id)
            .query((rs, n) -> map(rs, interviewDates(id), team(id))).optional();
    }

    List<RecruitmentCase> findAll(Collection<UUID> ids) {
        String in = String.join(",", ids.stream().map(u -> "?").toList());
        return jdbc.sql("SELECT * FROM recruitment_case WHERE id IN (" + in + ")").params(new ArrayList<Object>(ids))
            .query((rs, n) -> map(rs, List.of(), List.of())).list();
    }

    /** Like {@link #findAll}, with each case's team, for deciding access case by case. */
    List<RecruitmentCase> findAllWithTeams(Collection<UUID> ids) {
        List<RecruitmentCase> rows = findAll(ids);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<TeamMember>> teams = teams(rows.stream().map(RecruitmentCase::id).toList());
        return rows.stream().map(c -> withTeam(c, teams.getOrDefault(c.id(), List.of()))).toList();
    }

    List<RecruitmentCase> list(Filter f) {
        return list(f, 0, Integer.MAX_VALUE);
    }

    /** {@link #list(Filter)} from row {@code offset}, at most {@code limit} rows (a window of a bounded list). */
    List<RecruitmentCase> list(Filter f, int offset, int limit) {
        var sql = new StringBuilder("SELECT * FROM recruitment_case c WHERE ");
        var params = new ArrayList<Object>();
        var scope = new ArrayList<String>();
        if (f.unitIds() != null && !f.unitIds().isEmpty()) {
            scope.add("c.unit_id IN (" + String.join(",", f.unitIds().stream().map(u -> "?").toList()) + ")");
            params.addAll(f.unitIds());
        }
        if (f.memberId() != null) {
            scope.add("c.created_by = ? OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.user_id = ?)");
            params.add(f.memberId());
            params.add(f.memberId());
        }
        sql.append(scope.isEmpty() ? "1=0" : "(" + String.join(" OR ", scope) + ")");
        if (f.text() != null && !f.text().isBlank()) {
            // LIKE's own characters are what the user typed, not wildcards ('!' escapes them on H2 and PostgreSQL).
            sql.append(" AND LOWER(c.title) LIKE ? ESCAPE '!'");
            params.add("%" + f.text().strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
        }
        if (f.status() != null) {
            sql.append(" AND c.status = ?");
            params.add(f.status().name());
        }
        if (f.category() != null) {
            sql.append(" AND c.category = ?");
            params.add(f.category().name());
        }
        // The id last: windows of the same list neither repeat nor skip a case.
        sql.append(" ORDER BY c.deadline DESC, c.title, c.id");
        if (offset > 0 || limit < Integer.MAX_VALUE) {
            sql.append(" OFFSET ").append(Math.max(offset, 0)).append(" ROWS FETCH FIRST ").append(Math.max(limit, 1))
                .append(" ROWS ONLY");
        }
        List<RecruitmentCase> rows = jdbc.sql(sql.toString()).params(params)
            .query((rs, n) -> map(rs, List.of(), List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<TeamMember>> teams = teams(rows.stream().map(RecruitmentCase::id).toList());
        return rows.stream().map(c -> withTeam(c, teams.getOrDefault(c.id(), List.of()))).toList();
    }

    void insert(RecruitmentCase c) {
        jdbc.sql("""
                INSERT INTO recruitment_case (id, title, unit_id, status, category, employment_type, weekly_hours,
                  workplace_street, workplace_postal_code, workplace_town, salary_frame, salary_min, salary_max,
                  tasks, professional_competencies, personal_competencies, conditions, success_criteria,
                  development_opportunities, contact_name, contact_email, contact_phone, deadline, anonymous,
                  video_allowed, created_by, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
            .params(c.id(), c.title(), c.unitId(), c.status().name(), c.category().name(),
                c.terms().employmentType().name(), c.terms().weeklyHours(), c.terms().workplaceStreet(),
                c.terms().workplacePostalCode(), c.terms().workplaceTown(), c.terms().salaryFrame(),
                c.terms().salaryMin(), c.terms().salaryMax(), c.profile().tasks(),
                c.profile().professionalCompetencies(), c.profile().personalCompetencies(), c.profile().conditions(),
                c.profile().successCriteria(), c.profile().developmentOpportunities(), c.contact().name(),
                c.contact().email(), c.contact().phone(), Time.utc(c.deadline()), c.anonymous(), c.videoAllowed(), c.createdBy(),
                Time.utc(c.createdAt()), Time.utc(c.updatedAt()))
            .update();
        replaceInterviewDates(c.id(), c.interviewDates());
    }

    /** Optimistic locking: returns false when someone else changed the case since {@code expectedVersion}. */
    boolean update(RecruitmentCase c, int expectedVersion) {
        int n = jdbc.sql("""
                UPDATE recruitment_case SET title = ?, unit_id = ?, category = ?, employment_type = ?, weekly_hours = ?,
                  workplace_street = ?, workplace_postal_code = ?, workplace_town = ?, salary_frame = ?, salary_min = ?,
                  salary_max = ?, tasks = ?, professional_competencies = ?, personal_competencies = ?, conditions = ?,
                  success_criteria = ?, development_opportunities = ?, contact_name = ?, contact_email = ?,
                  contact_phone = ?, deadline = ?, anonymous = ?, video_allowed = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(c.title(), c.unitId(), c.category().name(), c.terms().employmentType().name(),
                c.terms().weeklyHours(), c.terms().workplaceStreet(), c.terms().workplacePostalCode(),
                c.terms().workplaceTown(), c.terms().salaryFrame(), c.terms().salaryMin(), c.terms().salaryMax(),
                c.profile().tasks(), c.profile().professionalCompetencies(), c.profile().personalCompetencies(),
                c.profile().conditions(), c.profile().successCriteria(), c.profile().developmentOpportunities(),
                c.contact().name(), c.contact().email(), c.contact().phone(), Time.utc(c.deadline()), c.anonymous(),
                c.videoAllowed(), Time.utc(c.updatedAt()), c.id(), expectedVersion)
            .update();
        if (n == 1) {
            replaceInterviewDates(c.id(), c.interviewDates());
        }
        return n == 1;
    }

    void updateStatus(UUID id, CaseStatus status, Instant at) {
        // closed_at starts the retention periods (privacy module); it is set once, when the case is closed.
        // anonymity_locked is set on the first publication and never cleared: applicants apply under that anonymity.
        jdbc.sql("""
                UPDATE recruitment_case SET status = ?, updated_at = ?, version = version + 1,
                       closed_at = CASE WHEN ? = 'CLOSED' THEN ? ELSE closed_at END,
                       anonymity_locked = CASE WHEN ? = 'PUBLISHED' THEN TRUE ELSE anonymity_locked END
                WHERE id = ?""")
            .params(status.name(), Time.utc(at), status.name(), Time.utc(at), status.name(), id).update();
    }

    void saveClosingReason(UUID id, String reason) {
        jdbc.sql("UPDATE recruitment_case SET closing_reason = ? WHERE id = ?").params(reason, id).update();
    }

    Optional<String> closingReason(UUID id) {
        return jdbc.sql("SELECT closing_reason FROM recruitment_case WHERE id = ? AND closing_reason IS NOT NULL").param(id).query(String.class).optional();
    }

    void addMember(UUID caseId, UUID userId, TeamRole role) {
        jdbc.sql("INSERT INTO case_member (case_id, user_id, team_role) VALUES (?, ?, ?)")
            .params(caseId, userId, role.name()).update();
    }

    void removeMember(UUID caseId, UUID userId, TeamRole role) {
        jdbc.sql("DELETE FROM case_member WHERE case_id = ? AND user_id = ? AND team_role = ?")
            .params(caseId, userId, role.name()).update();
    }

    private void replaceInterviewDates(UUID caseId, List<LocalDate> dates) {
        jdbc.sql("DELETE FROM planned_interview_date WHERE case_id = ?").param(caseId).update();
        dates.stream().distinct().forEach(d -> jdbc.sql("INSERT INTO planned_interview_date (case_id, on_date) VALUES (?, ?)")
            .params(caseId, d).update());
    }

    private List<LocalDate> interviewDates(UUID caseId) {
        return jdbc.sql("SELECT on_date FROM planned_interview_date WHERE case_id = ? ORDER BY on_date").param(caseId)
            .query((rs, n) -> rs.getObject("on_date", LocalDate.class)).list();
    }

    private List<TeamMember> team(UUID caseId) {
        return teams(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    private Map<UUID, List<TeamMember>> teams(List<UUID> caseIds) {
        String in = String.join(",", caseIds.stream().map(u -> "?").toList());
        record Row(UUID caseId, TeamMember member) {
        }
        return jdbc.sql("""
                SELECT m.case_id, m.user_id, m.team_role, u.display_name FROM case_member m
                JOIN app_user u ON u.id = m.user_id WHERE m.case_id IN (""" + in + ") ORDER BY u.display_name")
            .params(new ArrayList<Object>(caseIds))
            .query((rs, n) -> new Row(rs.getObject("case_id", UUID.class), new TeamMember(rs.getObject("user_id", UUID.class),
                rs.getString("display_name"), TeamRole.valueOf(rs.getString("team_role")))))
            .list().stream()
            .collect(Collectors.groupingBy(Row::caseId, Collectors.mapping(Row::member, Collectors.toList())));
    }

    private static RecruitmentCase withTeam(RecruitmentCase c, List<TeamMember> team) {
        return new RecruitmentCase(c.id(), c.title(), c.unitId(), c.status(), c.category(), c.profile(), c.terms(),
            c.contact(), c.deadline(), c.anonymous(), c.anonymityLocked(), c.videoAllowed(), c.createdBy(), c.createdAt(),
            c.updatedAt(), c.version(), c.interviewDates(), team);
    }

    private static RecruitmentCase map(ResultSet rs, List<LocalDate> dates, List<TeamMember> team) throws SQLException {
        return new RecruitmentCase(rs.getObject("id", UUID.class), rs.getString("title"),
            rs.getObject("unit_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
            Category.valueOf(rs.getString("category")),
            new JobProfile(rs.getString("tasks"), rs.getString("professional_competencies"),
                rs.getString("personal_competencies"), rs.getString("conditions"), rs.getString("success_criteria"),
                rs.getString("development_opportunities")),
            new Terms(EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("weekly_hours"),
                rs.getString("salary_frame"), rs.getObject("salary_min", BigDecimal.class),
                rs.getObject("salary_max", BigDecimal.class), rs.getString("workplace_street"),
                rs.getString("workplace_postal_code"), rs.getString("workplace_town")),
            new ContactPerson(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
            rs.getObject("deadline", OffsetDateTime.class).toInstant(), rs.getBoolean("anonymous"),
            rs.getBoolean("anonymity_locked"), rs.getBoolean("video_allowed"),
            rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"), dates, team);
    }
}
