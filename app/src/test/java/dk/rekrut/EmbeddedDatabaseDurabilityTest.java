package dk.rekrut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review H4: the embedded default's URL, as shipped in application.properties, opens H2 with a write delay of 0, so
 * that a commit is in the file before the 201 goes out. The crash itself is tested by load/kill-test.sh h2.
 */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void theShippedH2UrlCommitsWithoutWriteDelay(@TempDir Path dir) throws Exception {
        var properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/rekrut;");

        String inTempDir = url.replace("./data/rekrut", dir.resolve("rekrut").toString().replace('\\', '/'));
        try (var db = DriverManager.getConnection(inTempDir, "sa", "");
             var rs = db.createStatement().executeQuery(
                 "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }
}
