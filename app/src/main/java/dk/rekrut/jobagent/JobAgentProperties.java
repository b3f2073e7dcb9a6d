package dk.rekrut.jobagent;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public job agent ({@code rekrut.job-agent.*}).
 *
 * @param digestTime the Danish time of day the daily digest goes out
 * @param unconfirmedTtl how long a sign-up waits for its confirmation before it is deleted
 */
@ConfigurationProperties("rekrut.job-agent")
record JobAgentProperties(@DefaultValue("07:00") LocalTime digestTime, @DefaultValue("P7D") Duration unconfirmedTtl) {
}
