package dk.rekrut.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.shared.Time;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private static final RowMapper<Unit> MAPPER = (rs, n) -> new Unit(rs.getObject("id", UUID.class),
        rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getString("street"),
        rs.getString("postal_code"), rs.getString("town"));

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Unit> findAll() {
        return jdbc.sql("SELECT * FROM organisation_unit ORDER BY name").query(MAPPER).list();
    }

    Optional<Unit> find(UUID id) {
        return jdbc.sql("SELECT * FROM organisation_unit WHERE id = ?").param(id).query(MAPPER).optional();
    }

    void insert(Unit unit) {
        jdbc.sql("""
                INSERT INTO organisation_unit (id, name, parent_id, street, postal_code, town, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(unit.id(), unit.name(), unit.parentId(), unit.street(), unit.postalCode(), unit.town(),
                Time.utc(clock.instant()))
            .update();
    }

    void update(Unit unit) {
        jdbc.sql("UPDATE organisation_unit SET name = ?, parent_id = ?, street = ?, postal_code = ?, town = ? WHERE id = ?")
            .params(unit.name(), unit.parentId(), unit.street(), unit.postalCode(), unit.town(), unit.id())
            .update();
    }
}
