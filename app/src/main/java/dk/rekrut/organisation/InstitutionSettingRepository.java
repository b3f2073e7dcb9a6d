package dk.rekrut.organisation;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import dk.rekrut.organisation.InstitutionSettings.ConsentText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The institution's settings (institution_setting) and the versions of its consent text (consent_text). */
@Repository
class InstitutionSettingRepository {

    private final JdbcClient jdbc;

    InstitutionSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every saved setting by key. */
    Map<String, String> all() {
        return jdbc.sql("SELECT setting_key, setting_value FROM institution_setting").query(rs -> {
            var all = new HashMap<String, String>();
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
            return Map.copyOf(all);
        });
    }

    void save(String key, String value) {
        int n = jdbc.sql("UPDATE institution_setting SET setting_value = ? WHERE setting_key = ?").params(value, key).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO institution_setting (setting_key, setting_value) VALUES (?, ?)").params(key, value).update();
        }
    }

    ConsentText currentConsent() {
        return jdbc.sql("SELECT version, body, body_en FROM consent_text ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
            .query((rs, n) -> new ConsentText(rs.getInt("version"), rs.getString("body"), rs.getString("body_en"))).single();
    }

    void addConsent(ConsentText text, OffsetDateTime createdAt) {
        jdbc.sql("INSERT INTO consent_text (version, body, body_en, created_at) VALUES (?, ?, ?, ?)")
            .params(text.version(), text.body(), text.bodyEn(), createdAt).update();
    }
}
