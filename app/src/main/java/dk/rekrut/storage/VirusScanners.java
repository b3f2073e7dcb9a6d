package dk.rekrut.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VirusScanners {

    private static final Logger LOG = LoggerFactory.getLogger(VirusScanners.class);

    /**
     * The scanner {@link VirusScanChoice} decides on; {@link VirusScanChoiceCheck} has already stopped a start with a
     * production database and no choice.
     */
    @Bean
    VirusScanner virusScanner(VirusScanProperties settings, @Value("${spring.datasource.url:}") String databaseUrl) {
        var clamd = settings.clamd();
        return switch (VirusScanChoice.decide(settings.type(), databaseUrl)) {
            case CLAMD -> new ClamdScanner(clamd.host(), clamd.port(), clamd.connectTimeout(), clamd.readTimeout());
            case NONE, NONE_ON_EMBEDDED_DATABASE -> {
                LOG.warn("UPLOADS ARE NOT SCANNED FOR VIRUSES: rekrut.virus-scan.type={}. Files from the public are "
                    + "opened by staff; set rekrut.virus-scan.type=clamd (docs/operations.md, Security settings).",
                    settings.type() == null ? "(not set, embedded database)" : settings.type());
                yield new NoScanner();
            }
        };
    }

    /** Nothing is scanned: {@code none} chosen, or nothing chosen on the embedded database. */
    static final class NoScanner implements VirusScanner {
        @Override
        public ScanResult scan(byte[] content) {
            return ScanResult.CLEAN;
        }

        @Override
        public boolean scans() {
            return false;
        }
    }
}
