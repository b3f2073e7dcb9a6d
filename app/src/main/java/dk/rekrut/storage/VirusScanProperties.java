package dk.rekrut.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Virus scanning of uploads ({@code rekrut.virus-scan.*}).
 *
 * @param type {@code clamd} or {@code none}; no default: a production database must have one set, only the embedded
 *             H2 database runs without scanning when it is left out ({@link VirusScanChoice}); warned about at start
 */
@ConfigurationProperties("rekrut.virus-scan")
record VirusScanProperties(String type, @DefaultValue Clamd clamd) {

    /**
     * A clamd daemon reached over TCP (INSTREAM); one that cannot be reached refuses the upload.
     *
     * @param host its address
     * @param port its TCP port
     * @param connectTimeout for connecting
     * @param readTimeout for the scan's answer
     */
    record Clamd(@DefaultValue("127.0.0.1") String host, @DefaultValue("3310") int port,
                 @DefaultValue("PT3S") Duration connectTimeout, @DefaultValue("PT30S") Duration readTimeout) {
    }
}
