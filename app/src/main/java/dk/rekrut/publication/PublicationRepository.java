package dk.rekrut.publication;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import dk.rekrut.shared.Refreshed;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PublicationRepository {

    private final JdbcClient jdbc;

    private final Refreshed<Map<String, Medium>> mediaByCode;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.mediaByCode = new Refreshed<>(() -> media().stream().collect(Collectors.toUnmodifiableMap(Medium::code, m -> m)));
    }

    // --- media

    List<Medium> media() {
        return jdbc.sql("SELECT * FROM medium ORDER BY name").query((rs, n) -> medium(rs)).list();
    }

    Optional<Medium> medium(UUID id) {
        return jdbc.sql("SELECT * FROM medium WHERE id = ?").param(id).query((rs, n) -> medium(rs)).optional();
    }

    Optional<Medium> mediumByCode(String code) {
        return jdbc.sql("SELECT * FROM medium WHERE code = ?").param(code).query((rs, n) -> medium(rs)).optional();
    }

    /**
     * The same from all media read at most a few seconds ago ({@link Refreshed}): a handful of rows, asked for on
     * every submission. Not for checks before a write, which must see what another instance just saved.
     */
    Optional<Medium> recentMediumByCode(String code) {
        return Optional.ofNullable(mediaByCode.get().get(code));
    }

    void saveMedium(Medium m) {
        mediaByCode.forget();
        int n = jdbc.sql("UPDATE medium SET code = ?, name = ?, kind = ?, cost_per_publication = ?, active = ? WHERE id = ?")
            .params(m.code(), m.name(), m.kind().name(), m.costPerPublication(), m.active(), m.id()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO medium (id, code, name, kind, cost_per_publication, active) VALUES (?, ?, ?, ?, ?, ?)")
                .params(m.id(), m.code(), m.name(), m.kind().name(), m.costPerPublication(), m.active()).update();
        }
    }

    // --- layout templates

    List<LayoutTemplate> layouts() {
        return jdbc.sql("SELECT * FROM layout_template ORDER BY name").query((rs, n) -> layout(rs)).list();
    }

    Optional<LayoutTemplate> layout(UUID id) {
        return id == null ? Optional.empty()
            : jdbc.sql("SELECT * FROM layout_template WHERE id = ?").param(id).query((rs, n) -> layout(rs)).optional();
    }

    void saveLayout(LayoutTemplate t, Instant at) {
        int n = jdbc.sql("UPDATE layout_template SET name = ?, header_html = ?, footer_html = ?, updated_at = ? WHERE id = ?")
            .params(t.name(), t.headerHtml(), t.footerHtml(), Time.utc(at), t.id()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO layout_template (id, name, header_html, footer_html, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(t.id(), t.name(), t.headerHtml(), t.footerHtml(), Time.utc(at)).update();
        }
    }

    // --- postings

    Optional<Posting> postingForCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM posting WHERE case_id = ?").param(caseId).query((rs, n) -> posting(rs)).optional();
    }

    Optional<Posting> posting(UUID id) {
        return jdbc.sql("SELECT * FROM posting WHERE id = ?").param(id).query((rs, n) -> posting(rs)).optional();
    }

    void savePosting(Posting p, Instant at) {
        int n = jdbc.sql("UPDATE posting SET layout_template_id = ?, intro_html = ?, updated_at = ? WHERE id = ?")
            .params(p.layoutTemplateId(), p.introHtml(), Time.utc(at), p.id()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO posting (id, case_id, layout_template_id, intro_html, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(p.id(), p.caseId(), p.layoutTemplateId(), p.introHtml(), Time.utc(at)).update();
        }
    }

    // --- publications

    private static final String PUBLICATION_SELECT = """
        SELECT p.id AS p_id, p.posting_id, p.starts_on, p.ends_on, p.cost, m.* FROM publication p
        JOIN medium m ON m.id = p.medium_id""";

    List<Publication> publications(UUID postingId) {
        return jdbc.sql(PUBLICATION_SELECT + " WHERE p.posting_id = ? ORDER BY p.starts_on, m.name").param(postingId)
            .query((rs, n) -> publication(rs)).list();
    }

    /** Publications running on {@code day}, optionally only in one medium or one kind of medium. */
    List<Publication> activeOn(LocalDate day, UUID mediumId, MediumKind kind) {
        var sql = PUBLICATION_SELECT + " WHERE p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?) AND m.active = TRUE";
        var q = jdbc.sql(sql + (mediumId != null ? " AND m.id = ?" : "") + (kind != null ? " AND m.kind = ?" : ""))
            .param(day).param(day);
        if (mediumId != null) {
            q = q.param(mediumId);
        }
        if (kind != null) {
            q = q.param(kind.name());
        }
        return q.query((rs, n) -> publication(rs)).list();
    }

    /** The publications of one posting running on the day, in active media. */
    List<Publication> activeOn(LocalDate day, UUID postingId) {
        return jdbc.sql(PUBLICATION_SELECT + " WHERE p.posting_id = ? AND p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?)"
                + " AND m.active = TRUE")
            .params(postingId, day, day).query((rs, n) -> publication(rs)).list();
    }

    /** The posting's case, if the posting has a publication running on the day in an active medium. */
    Optional<UUID> caseOfPostingRunningOn(LocalDate day, UUID postingId) {
        return jdbc.sql("""
                SELECT po.case_id FROM posting po WHERE po.id = ? AND EXISTS (
                    SELECT 1 FROM publication p JOIN medium m ON m.id = p.medium_id
                    WHERE p.posting_id = po.id AND p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?)
                      AND m.active = TRUE)""")
            .params(postingId, day, day).query(UUID.class).optional();
    }

    void insertPublication(Publication p) {
        jdbc.sql("INSERT INTO publication (id, posting_id, medium_id, starts_on, ends_on, cost) VALUES (?, ?, ?, ?, ?, ?)")
            .params(p.id(), p.postingId(), p.medium().id(), p.startsOn(), p.endsOn(), p.cost()).update();
    }

    void deletePublication(UUID postingId, UUID publicationId) {
        jdbc.sql("DELETE FROM publication WHERE id = ? AND posting_id = ?").params(publicationId, postingId).update();
    }

    void recordVisit(UUID postingId, UUID mediumId, Instant at) {
        jdbc.sql("INSERT INTO posting_visit (id, posting_id, medium_id, visited_at) VALUES (?, ?, ?, ?)")
            .params(UUID.randomUUID(), postingId, mediumId, Time.utc(at)).update();
    }

    int visits(UUID postingId, UUID mediumId) {
        return jdbc.sql("SELECT COUNT(*) FROM posting_visit WHERE posting_id = ? AND medium_id = ?")
            .params(postingId, mediumId).query(Integer.class).single();
    }

    private static Medium medium(ResultSet rs) throws SQLException {
        return new Medium(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
            MediumKind.valueOf(rs.getString("kind")), rs.getObject("cost_per_publication", BigDecimal.class),
            rs.getBoolean("active"));
    }

    private static Publication publication(ResultSet rs) throws SQLException {
        return new Publication(rs.getObject("p_id", UUID.class), rs.getObject("posting_id", UUID.class), medium(rs),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getObject("cost", BigDecimal.class));
    }

    private static LayoutTemplate layout(ResultSet rs) throws SQLException {
        return new LayoutTemplate(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("header_html"),
            rs.getString("footer_html"));
    }

    private static Posting posting(ResultSet rs) throws SQLException {
        return new Posting(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getObject("layout_template_id", UUID.class), rs.getString("intro_html"));
    }
}
