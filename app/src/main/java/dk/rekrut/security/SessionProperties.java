package dk.rekrut.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A staff session's limits ({@code rekrut.session.*}); the idle timeout is Spring's {@code server.servlet.session.timeout}.
 *
 * @param absoluteTimeout how long a login lasts however active the user is; then the user signs in again
 */
@ConfigurationProperties("rekrut.session")
record SessionProperties(@DefaultValue("PT12H") Duration absoluteTimeout) {
}
