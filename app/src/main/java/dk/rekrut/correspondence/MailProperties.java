package dk.rekrut.correspondence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves Rekrut ({@code rekrut.mail.*}). The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param transport {@code mailbox} (kept for administrators at /admin/mailbox, nothing sent) or {@code smtp}
 * @param from the sender address, also the organiser of interview invitations
 * @param lease how long an instance holds a claimed message before another may deliver it
 * @param batchSize messages claimed per poll
 * @param flagAfterAttempts failed deliveries before a message is shown to administrators as failing
 */
@ConfigurationProperties("rekrut.mail")
public record MailProperties(@DefaultValue("mailbox") String transport, @DefaultValue("noreply@rekrut.local") String from,
                             @DefaultValue("PT2M") Duration lease, @DefaultValue("20") int batchSize,
                             @DefaultValue("5") int flagAfterAttempts) {
}
