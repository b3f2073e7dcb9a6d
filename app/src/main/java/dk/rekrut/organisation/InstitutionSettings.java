package dk.rekrut.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Institution-wide settings kept by the administrator (name, web site, ...). */
@Service
public class InstitutionSettings {

    public static final String NAME = "institution.name";
    public static final String WEBSITE = "institution.website";
    public static final String CONSENT_TEXT = "institution.consent-text";

    private static final Map<String, String> DEFAULTS = Map.of(
        NAME, "Rekrut",
        WEBSITE, "",
        CONSENT_TEXT, "");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.time.Clock clock;

    InstitutionSettings(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The consent text applicants accept, with its version; every change of the text makes a new version. */
    public record ConsentText(int version, String body) {
    }

    public ConsentText currentConsent() {
        return jdbc.sql("SELECT version, body FROM consent_text ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
            .query((rs, n) -> new ConsentText(rs.getInt("version"), rs.getString("body"))).single();
    }

    public String get(String key) {
        if (CONSENT_TEXT.equals(key)) {
            return currentConsent().body();
        }
        return jdbc.sql("SELECT setting_value FROM institution_setting WHERE setting_key = ?").param(key)
            .query(String.class).optional().orElse(DEFAULTS.getOrDefault(key, ""));
    }

    public Map<String, String> all() {
        var out = new LinkedHashMap<String, String>();
        for (String key : new String[] {NAME, WEBSITE, CONSENT_TEXT}) {
            out.put(key, get(key));
        }
        return out;
    }

    @Transactional
    public void set(String key, String value) {
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting");
        }
        String v = value == null ? "" : value.strip();
        if (CONSENT_TEXT.equals(key)) {
            var current = currentConsent();
            if (!current.body().equals(v) && !v.isBlank()) {
                jdbc.sql("INSERT INTO consent_text (version, body, created_at) VALUES (?, ?, ?)")
                    .params(current.version() + 1, v, dk.rekrut.shared.Time.utc(clock.instant())).update();
                audit.record(AuditAction.SETTINGS_CHANGED, "Setting", key, "consent version " + (current.version() + 1));
            }
            return;
        }
        int n = jdbc.sql("UPDATE institution_setting SET setting_value = ? WHERE setting_key = ?").params(v, key).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO institution_setting (setting_key, setting_value) VALUES (?, ?)").params(key, v).update();
        }
        audit.record(AuditAction.SETTINGS_CHANGED, "Setting", key, null);
    }
}
