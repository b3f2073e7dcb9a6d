package dk.rekrut.storage;

import dk.rekrut.shared.EmbeddedDatabase;
import java.util.Locale;

/**
 * Which virus scanner runs (security review M7). On a production database the operator must choose: {@code clamd},
 * or {@code none} written out, which names the acceptance that files from the public reach staff unscanned. Only the
 * embedded H2 default (the README's demo start) runs unscanned without a word in the settings, with the warning.
 */
enum VirusScanChoice {
    /** Every upload goes to clamd; one it cannot scan is refused. */
    CLAMD,
    /** {@code none} chosen in the settings. */
    NONE,
    /** Nothing chosen, on the embedded H2 database. */
    NONE_ON_EMBEDDED_DATABASE;

    static final String PROPERTY = "rekrut.virus-scan.type";

    /**
     * @param type {@code rekrut.virus-scan.type} as set, or null when it is not
     * @param databaseUrl {@code spring.datasource.url}
     * @throws NotChosen when nothing is chosen for a database other than the embedded H2 one
     */
    static VirusScanChoice decide(String type, String databaseUrl) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "clamd" -> CLAMD;
            case "none" -> NONE;
            case "" -> {
                if (!EmbeddedDatabase.isEmbeddedH2(databaseUrl)) {
                    throw new NotChosen();
                }
                yield NONE_ON_EMBEDDED_DATABASE;
            }
            default -> throw new IllegalStateException(PROPERTY + " must be clamd or none, not " + type);
        };
    }

    /** Start-up stops: a production database and no choice of virus scanning. */
    static final class NotChosen extends IllegalStateException {
        NotChosen() {
            super(PROPERTY + " is not set: with a production database set " + PROPERTY + "=clamd to scan uploads, or "
                + PROPERTY + "=none to accept unscanned uploads from the public (docs/operations.md, Security settings)");
        }
    }
}
