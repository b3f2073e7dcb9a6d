package dk.rekrut.anonymisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The redaction worker ({@code rekrut.redaction.*}).
 *
 * @param lease how long an instance holds a claimed document before another may redact it
 */
@ConfigurationProperties("rekrut.redaction")
record RedactionProperties(@DefaultValue("PT10M") Duration lease) {
}
