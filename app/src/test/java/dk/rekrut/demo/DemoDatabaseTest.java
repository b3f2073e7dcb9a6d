package dk.rekrut.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.shared.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Security review 2026-12-07 (sec5): with {@code rekrut.demo-data=auto} the demo (users with the README's public
 * login, invented applicants) goes only into the embedded H2 database. An H2 server reached over the network is a
 * shared, possibly production database and gets none, nor does any other database.
 */
class DemoDatabaseTest {

    @Test
    void onlyTheEmbeddedH2DatabaseCountsAsEmbedded() {
        assertThat(EmbeddedDatabase.isEmbeddedH2("jdbc:h2:file:./data/rekrut;MODE=Regular")).isTrue();
        assertThat(EmbeddedDatabase.isEmbeddedH2("jdbc:h2:mem:rekrut-test;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(EmbeddedDatabase.isEmbeddedH2("jdbc:h2:./data/rekrut")).isTrue();
        assertThat(EmbeddedDatabase.isEmbeddedH2("jdbc:h2:tcp://db.internal:9092/rekrut")).isFalse();
        assertThat(EmbeddedDatabase.isEmbeddedH2("JDBC:H2:SSL://db.internal/rekrut")).isFalse();
        assertThat(EmbeddedDatabase.isEmbeddedH2("jdbc:postgresql://127.0.0.1:5432/rekrut")).isFalse();
        assertThat(EmbeddedDatabase.isEmbeddedH2("")).isFalse();
    }
}
