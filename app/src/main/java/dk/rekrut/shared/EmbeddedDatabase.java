package dk.rekrut.shared;

import java.util.Locale;

/**
 * Tells the embedded default (H2 in a file or in memory, the README's one-command start with demo data) from a
 * production database. Settings that are safe to leave out on the demo, and must not be left out in production
 * (demo data, virus scanning), decide by this one rule.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * The embedded H2 database (file, memory, or a bare path), not an H2 server reached over the network
     * ({@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}), which is a shared database like any other (security review 2026-12-07).
     */
    public static boolean isEmbeddedH2(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:");
    }
}
