package dk.rekrut.talentpool;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Talent pool consent ({@code rekrut.talent-pool.*}).
 *
 * @param reminderBefore how long before a member's consent expires they are asked to renew it
 * @param pendingTtl how long an offer or a self-enrolment waits for the person's yes before it is deleted
 */
@ConfigurationProperties("rekrut.talent-pool")
record TalentPoolProperties(@DefaultValue("P30D") Duration reminderBefore, @DefaultValue("P30D") Duration pendingTtl) {
}
