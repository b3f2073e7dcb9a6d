package dk.rekrut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Security review M7: on a production database the operator chooses virus scanning ({@code clamd}, or {@code none}
 * written out); a start without a choice stops with one line naming the setting. The embedded H2 default (the
 * README's demo start) needs no setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class VirusScanChoiceTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/rekrut";
    private static final String EMBEDDED = "jdbc:h2:file:./data/rekrut;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE";

    @Test
    void aProductionDatabaseNeedsAnExplicitChoice() {
        assertThatThrownBy(() -> VirusScanChoice.decide(null, POSTGRES)).isInstanceOf(VirusScanChoice.NotChosen.class)
            .hasMessageStartingWith("rekrut.virus-scan.type is not set").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> VirusScanChoice.decide(" ", POSTGRES)).isInstanceOf(VirusScanChoice.NotChosen.class);
        assertThatThrownBy(() -> VirusScanChoice.decide(null, "jdbc:h2:tcp://db.internal:9092/rekrut"))
            .as("an H2 server is a shared database").isInstanceOf(VirusScanChoice.NotChosen.class);
        assertThatThrownBy(() -> VirusScanChoice.decide(null, null)).isInstanceOf(VirusScanChoice.NotChosen.class);
        assertThat(VirusScanChoice.decide("clamd", POSTGRES)).isEqualTo(VirusScanChoice.CLAMD);
        assertThat(VirusScanChoice.decide("none", POSTGRES)).isEqualTo(VirusScanChoice.NONE);
        assertThat(VirusScanChoice.decide("CLAMD", EMBEDDED)).isEqualTo(VirusScanChoice.CLAMD);
        assertThat(VirusScanChoice.decide(null, EMBEDDED)).isEqualTo(VirusScanChoice.NONE_ON_EMBEDDED_DATABASE);
        assertThat(VirusScanChoice.decide(null, "jdbc:h2:mem:rekrut-test")).isEqualTo(VirusScanChoice.NONE_ON_EMBEDDED_DATABASE);
        assertThatThrownBy(() -> VirusScanChoice.decide("clamav", EMBEDDED)).hasMessageContaining("rekrut.virus-scan.type");
    }

    @Test
    void startingOnPostgresqlWithoutAChoiceStopsWithOneLineNamingTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.url=" + POSTGRES))
            .isInstanceOf(VirusScanChoice.NotChosen.class);
        assertThat(output.getOut() + output.getErr())
            .contains("APPLICATION FAILED TO START")
            .containsPattern("(?m)^rekrut\\.virus-scan\\.type is not set: with a production database set "
                + "rekrut\\.virus-scan\\.type=clamd to scan uploads, or rekrut\\.virus-scan\\.type=none .*$")
            .doesNotContain("at dk.rekrut.storage.VirusScanChoice");
    }

    @Test
    void theEmbeddedDefaultAndAnExplicitChoiceStart() {
        // The application's own application.properties (the H2 file database), as ./rekrut starts it.
        start("--spring.datasource.url=" + EMBEDDED).close();
        start("--spring.datasource.url=" + POSTGRES, "--rekrut.virus-scan.type=none").close();
        start("--spring.profiles.active=postgres", "--rekrut.virus-scan.type=clamd").close();
    }

    /** Spring Boot's start with Rekrut's configuration files, factories and check: no database, no web server. */
    private static org.springframework.context.ConfigurableApplicationContext start(String... args) {
        var app = new SpringApplication(Nothing.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(VirusScanChoiceCheck.class)
    static class Nothing {
    }
}
