package dk.rekrut.trial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trial tables: trials, assignments and outcomes. Pseudonyms only, never a name. */
@Repository
class TrialRepository {

    /** A randomised subject with what the analysis reads. */
    record Subject(UUID assignmentId, String pseudonym, String stratum, int seqInStratum, Arm arm, LocalDate assignedOn,
                   UUID unitId, String isco1, Education education, AgeBand ageBand, boolean recentGraduate,
                   int monthsUnemployed) {
    }

    record OutcomeRow(UUID assignmentId, Outcome kind, LocalDate occurredOn) {
    }

    private static final String TRIAL_COLUMNS = """
        t.id, t.unit_id, t.name, t.target_education, t.target_age_bands, t.target_recent_graduate, t.target_max_months,
        t.ratio_tool, t.ratio_usual, t.stratify_unit, t.stratify_isco, t.starts_on, t.ends_on, t.followup_months,
        t.secondary_applied, t.secondary_interview, t.seed, t.screened, t.not_eligible, t.in_other_trial,
        (SELECT COUNT(*) FROM trial_assignment a WHERE a.trial_id = t.id) AS assigned""";

    private final JdbcClient jdbc;

    TrialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID unitId, Design d, long seed, Instant now) {
        jdbc.sql("""
                INSERT INTO trial (id, unit_id, name, target_education, target_age_bands, target_recent_graduate,
                    target_max_months, ratio_tool, ratio_usual, stratify_unit, stratify_isco, starts_on, ends_on,
                    followup_months, secondary_applied, secondary_interview, seed, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, unitId, d.name(), names(d.educations()), names(d.ageBands()), d.recentGraduate(),
                d.maxMonthsUnemployed(), d.ratioTool(), d.ratioUsual(), d.stratifyByUnit(), d.stratifyByIsco(),
                d.startsOn(), d.endsOn(), d.followUpMonths(), d.secondaryApplied(), d.secondaryInterview(), seed,
                Time.utc(now))
            .update();
    }

    void update(UUID id, Design d) {
        jdbc.sql("""
                UPDATE trial SET name = ?, target_education = ?, target_age_bands = ?, target_recent_graduate = ?,
                    target_max_months = ?, ratio_tool = ?, ratio_usual = ?, stratify_unit = ?, stratify_isco = ?,
                    starts_on = ?, ends_on = ?, followup_months = ?, secondary_applied = ?, secondary_interview = ?
                WHERE id = ?""")
            .params(d.name(), names(d.educations()), names(d.ageBands()), d.recentGraduate(), d.maxMonthsUnemployed(),
                d.ratioTool(), d.ratioUsual(), d.stratifyByUnit(), d.stratifyByIsco(), d.startsOn(), d.endsOn(),
                d.followUpMonths(), d.secondaryApplied(), d.secondaryInterview(), id)
            .update();
    }

    Optional<Trial> find(UUID id) {
        return jdbc.sql("SELECT " + TRIAL_COLUMNS + " FROM trial t WHERE t.id = ?").param(id)
            .query((rs, n) -> trial(rs)).optional();
    }

    /**
     * Locks the trial's row until the transaction ends: assignments to one trial, and a design change against them,
     * happen one after the other, so each stratum's places are taken in order and a design never changes under an
     * assignment.
     */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM trial WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
    }

    List<Trial> all() {
        return jdbc.sql("SELECT " + TRIAL_COLUMNS + " FROM trial t ORDER BY t.starts_on DESC, t.name")
            .query((rs, n) -> trial(rs)).list();
    }

    /** Trials running on the day, earliest start first (the order in which a subject who fits several is offered). */
    List<Trial> running(LocalDate day) {
        return jdbc.sql("SELECT " + TRIAL_COLUMNS + " FROM trial t WHERE t.starts_on <= ? AND t.ends_on >= ? "
                + "ORDER BY t.starts_on, t.id")
            .params(day, day).query((rs, n) -> trial(rs)).list();
    }

    void countScreening(UUID trialId, boolean eligible, boolean inOtherTrial) {
        jdbc.sql("UPDATE trial SET screened = screened + 1, not_eligible = not_eligible + ?, "
                + "in_other_trial = in_other_trial + ? WHERE id = ?")
            .params(eligible ? 0 : 1, inOtherTrial ? 1 : 0, trialId).update();
    }

    int nextInStratum(UUID trialId, String stratum) {
        return jdbc.sql("SELECT COUNT(*) FROM trial_assignment WHERE trial_id = ? AND stratum = ?")
            .params(trialId, stratum).query(Integer.class).single();
    }

    void insertAssignment(UUID id, UUID trialId, TrialSubject s, String stratum, int seq, Arm arm, LocalDate on,
                          Instant now) {
        var f = s.facts();
        jdbc.sql("""
                INSERT INTO trial_assignment (id, trial_id, pseudonym, stratum, seq_in_stratum, arm, assigned_on,
                    assigned_at, unit_id, isco1, education, age_band, recent_graduate, months_unemployed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, trialId, s.pseudonym(), stratum, seq, arm.name(), on, Time.utc(now), s.unitId(),
                s.wishedIsco1(), f.education() == null ? null : f.education().name(),
                f.ageBand() == null ? null : f.ageBand().name(), f.recentGraduate(), f.monthsUnemployed())
            .update();
    }

    Optional<Subject> subject(String pseudonym) {
        return jdbc.sql("SELECT * FROM trial_assignment WHERE pseudonym = ?").param(pseudonym)
            .query((rs, n) -> subject(rs)).optional();
    }

    Optional<UUID> trialOf(String pseudonym) {
        return jdbc.sql("SELECT trial_id FROM trial_assignment WHERE pseudonym = ?").param(pseudonym)
            .query(UUID.class).optional();
    }

    /** The trial's subjects in the order they were assigned within each stratum. */
    List<Subject> subjects(UUID trialId) {
        return jdbc.sql("SELECT * FROM trial_assignment WHERE trial_id = ? ORDER BY stratum, seq_in_stratum")
            .param(trialId).query((rs, n) -> subject(rs)).list();
    }

    List<OutcomeRow> outcomes(UUID trialId) {
        return jdbc.sql("""
                SELECT o.assignment_id, o.kind, o.occurred_on FROM trial_outcome o
                JOIN trial_assignment a ON a.id = o.assignment_id WHERE a.trial_id = ?""")
            .param(trialId)
            .query((rs, n) -> new OutcomeRow(rs.getObject("assignment_id", UUID.class),
                Outcome.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class)))
            .list();
    }

    boolean outcomeExists(UUID assignmentId, Outcome kind, LocalDate on) {
        return jdbc.sql("SELECT COUNT(*) FROM trial_outcome WHERE assignment_id = ? AND kind = ? AND occurred_on = ?")
            .params(assignmentId, kind.name(), on).query(Integer.class).single() > 0;
    }

    void insertOutcome(UUID assignmentId, Outcome kind, LocalDate on, OutcomeSource source, Instant now) {
        jdbc.sql("""
                INSERT INTO trial_outcome (id, assignment_id, kind, occurred_on, source, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), assignmentId, kind.name(), on, source.name(), Time.utc(now)).update();
    }

    private static Subject subject(ResultSet rs) throws SQLException {
        String education = rs.getString("education");
        String ageBand = rs.getString("age_band");
        return new Subject(rs.getObject("id", UUID.class), rs.getString("pseudonym"), rs.getString("stratum"),
            rs.getInt("seq_in_stratum"), Arm.valueOf(rs.getString("arm")), rs.getObject("assigned_on", LocalDate.class),
            rs.getObject("unit_id", UUID.class), rs.getString("isco1"),
            education == null ? null : Education.valueOf(education), ageBand == null ? null : AgeBand.valueOf(ageBand),
            rs.getBoolean("recent_graduate"), rs.getInt("months_unemployed"));
    }

    private static Trial trial(ResultSet rs) throws SQLException {
        Object recent = rs.getObject("target_recent_graduate");
        Object maxMonths = rs.getObject("target_max_months");
        var design = new Design(rs.getString("name"), enums(Education.class, rs.getString("target_education")),
            enums(AgeBand.class, rs.getString("target_age_bands")), recent == null ? null : rs.getBoolean("target_recent_graduate"),
            maxMonths == null ? null : rs.getInt("target_max_months"), rs.getInt("ratio_tool"), rs.getInt("ratio_usual"),
            rs.getBoolean("stratify_unit"), rs.getBoolean("stratify_isco"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getInt("followup_months"), rs.getBoolean("secondary_applied"),
            rs.getBoolean("secondary_interview"));
        return new Trial(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), design, rs.getLong("seed"),
            rs.getInt("screened"), rs.getInt("not_eligible"), rs.getInt("in_other_trial"), rs.getInt("assigned"));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null
            : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        var set = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).map(n -> Enum.valueOf(type, n)).forEach(set::add);
        return set;
    }
}
