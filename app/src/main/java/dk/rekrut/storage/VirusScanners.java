package dk.rekrut.storage;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VirusScanners {

    private static final Logger LOG = LoggerFactory.getLogger(VirusScanners.class);

    @Bean
    VirusScanner virusScanner(VirusScanProperties settings) {
        String type = settings.type();
        var clamd = settings.clamd();
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "none", "" -> {
                LOG.warn("UPLOADS ARE NOT SCANNED FOR VIRUSES: rekrut.virus-scan.type=none. Files from the public are "
                    + "opened by staff; set rekrut.virus-scan.type=clamd (docs/operations.md, Security settings).");
                yield new NoScanner();
            }
            case "clamd" -> new ClamdScanner(clamd.host(), clamd.port(), clamd.connectTimeout(), clamd.readTimeout());
            default -> throw new IllegalStateException("rekrut.virus-scan.type must be none or clamd, not " + type);
        };
    }

    /** The default: nothing is scanned. */
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
