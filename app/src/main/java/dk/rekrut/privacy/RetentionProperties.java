package dk.rekrut.privacy;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When applicants' personal data is deleted ({@code rekrut.retention.*}); docs/privacy.md gives the reasons.
 *
 * @param notHiredAfter after the case's decision, for everyone not hired
 * @param hiredAfter after the decision, for the hired (their file goes to the personnel file)
 * @param lease how long one instance holds the nightly run before another may take it over
 */
@ConfigurationProperties("rekrut.retention")
record RetentionProperties(@DefaultValue("P6M") Period notHiredAfter, @DefaultValue("P3M") Period hiredAfter,
                           @DefaultValue("PT1H") Duration lease) {
}
