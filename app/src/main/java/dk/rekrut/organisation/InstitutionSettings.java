package dk.rekrut.organisation;

import dk.rekrut.shared.Time;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.Refreshed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Institution-wide settings kept by the administrator (name, web site, ...). */
@Service
public class InstitutionSettings {

    public static final String NAME = "institution.name";
    public static final String WEBSITE = "institution.website";
    public static final String CONSENT_TEXT = "institution.consent-text";
    /** The same consent in English, for the English form; a change of either text is a new version. */
    public static final String CONSENT_TEXT_EN = "institution.consent-text-en";

    private static final Map<String, String> DEFAULTS = Map.of(
        NAME, "Rekrut",
        WEBSITE, "",
        CONSENT_TEXT, "",
        CONSENT_TEXT_EN, "");

    private final InstitutionSettingRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    /** The saved settings, read on every submission (the receipt names the institution). */
    private final Refreshed<Map<String, String>> saved;
    /** A consent version known to exist: versions are only ever added, so every version up to it exists too. */
    private final AtomicInteger consentVersionSeen = new AtomicInteger();

    InstitutionSettings(InstitutionSettingRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.saved = new Refreshed<>(repository::all);
    }

    /** The consent text applicants accept, with its version; every change of the text makes a new version. */
    public record ConsentText(int version, String body, String bodyEn) {

        /** The text in the form's language: English where there is an English text, else the Danish one. */
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) && bodyEn != null && !bodyEn.isBlank() ? bodyEn : body;
        }
    }

    public ConsentText currentConsent() {
        return repository.currentConsent();
    }

    /**
     * Whether an applicant can have accepted this version: it exists. Asks the database only for a version above
     * the highest one seen so far, so a submission with the current text costs no query.
     */
    public boolean isConsentVersion(int version) {
        if (version < 1) {
            return false;
        }
        if (version <= consentVersionSeen.get()) {
            return true;
        }
        // Read in the caller's transaction, which has not added a version itself: only committed versions count.
        return version <= consentVersionSeen.accumulateAndGet(currentConsent().version(), Math::max);
    }

    public String get(String key) {
        if (CONSENT_TEXT.equals(key)) {
            return currentConsent().body();
        }
        if (CONSENT_TEXT_EN.equals(key)) {
            var en = currentConsent().bodyEn();
            return en == null ? "" : en;
        }
        return saved.get().getOrDefault(key, DEFAULTS.getOrDefault(key, ""));
    }

    public Map<String, String> all() {
        var out = new LinkedHashMap<String, String>();
        for (String key : new String[] {NAME, WEBSITE, CONSENT_TEXT, CONSENT_TEXT_EN}) {
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
        if (CONSENT_TEXT.equals(key) || CONSENT_TEXT_EN.equals(key)) {
            var current = currentConsent();
            boolean danish = CONSENT_TEXT.equals(key);
            String body = danish ? v : current.body();
            String bodyEn = danish ? current.bodyEn() : (v.isBlank() ? null : v);
            boolean changed = danish ? !current.body().equals(v) && !v.isBlank()
                : !Objects.equals(current.bodyEn() == null ? "" : current.bodyEn(), v);
            if (changed) {
                // The other language's text is carried over: a version always holds both.
                repository.addConsent(new ConsentText(current.version() + 1, body, bodyEn), Time.utc(clock.instant()));
                audit.record(AuditAction.SETTINGS_CHANGED, "Setting", key, "consent version " + (current.version() + 1));
            }
            return;
        }
        saved.forget();
        repository.save(key, v);
        audit.record(AuditAction.SETTINGS_CHANGED, "Setting", key, null);
    }
}
