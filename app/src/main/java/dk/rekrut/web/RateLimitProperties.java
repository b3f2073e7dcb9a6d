package dk.rekrut.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit on {@link RateLimited} posts ({@code rekrut.rate-limit.*}), per client address and instance.
 *
 * @param submissionsPerMinute posts one address may make in a minute; a burst may use the whole minute's share at once
 */
@ConfigurationProperties("rekrut.rate-limit")
record RateLimitProperties(@DefaultValue("10") int submissionsPerMinute) {
}
