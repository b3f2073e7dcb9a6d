package dk.rekrut.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local password login ({@code rekrut.login.*}).
 *
 * @param maxFailures failed attempts on one user name within {@code lockout} before it is locked
 * @param lockout how long the lock lasts
 */
@ConfigurationProperties("rekrut.login")
record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockout) {
}
