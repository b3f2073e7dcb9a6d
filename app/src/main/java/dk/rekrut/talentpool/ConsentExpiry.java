package dk.rekrut.talentpool;

import dk.rekrut.shared.PublicSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.shared.ScheduledRuns;
import dk.rekrut.shared.Time;
import dk.rekrut.shared.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consent expiry for talent pools: reminds members {@code rekrut.talent-pool.reminder-before} (default 30 days)
 * before their consent ends, with a fresh link to renew it; removes and deletes members (CV file included) whose
 * consent has ended, and offers or enrolments nobody accepted within {@code rekrut.talent-pool.pending-ttl}
 * (default 30 days).
 *
 * <p>Several instances may run it at once: each batch is locked with {@code FOR UPDATE SKIP LOCKED} and handled in
 * that transaction (the reminder goes into the outbox in the same transaction, unique per member and consent
 * period), so a member is reminded or deleted by exactly one instance. Logs counts only.
 */
@Component
public class ConsentExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentExpiry.class);
    private static final int BATCH = 100;

    private final TalentPoolRepository repository;
    private final TalentPools pools;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration reminderBefore;
    private final Duration pendingTtl;
    private final String publicBaseUrl;

    ConsentExpiry(TalentPoolRepository repository, TalentPools pools, Correspondence correspondence,
                  InstitutionSettings settings, TransactionTemplate tx, Clock clock,
                  TalentPoolProperties consent, PublicSite site) {
        this.repository = repository;
        this.pools = pools;
        this.correspondence = correspondence;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
        this.reminderBefore = consent.reminderBefore();
        this.pendingTtl = consent.pendingTtl();
        this.publicBaseUrl = site.baseUrl();
    }

    /** Counts of one run. */
    public record Result(int reminded, int removed) {
    }

    @Scheduled(fixedDelayString = "${rekrut.talent-pool.expiry-interval:PT1H}",
               initialDelayString = "${rekrut.talent-pool.expiry-initial-delay:PT5M}")
    void scheduled() {
        ScheduledRuns.retryNextTime(LOG, "Talent pool consent expiry failed; the next run retries: {}", this::run);
    }

    /** One run: reminders, then removals, batch by batch. Tests call it directly on a moved clock. */
    public Result run() {
        int reminded = 0;
        int removed = 0;
        int n;
        do {
            n = tx.execute(s -> remindBatch(clock.instant()));
            reminded += n;
        } while (n == BATCH);
        do {
            n = tx.execute(s -> removeBatch(clock.instant()));
            removed += n;
        } while (n == BATCH);
        if (reminded > 0 || removed > 0) {
            LOG.info("Talent pools: {} consent reminder(s) queued, {} member(s) or unaccepted offer(s) removed",
                reminded, removed);
        }
        return new Result(reminded, removed);
    }

    private int remindBatch(Instant now) {
        var due = repository.lockDueForReminder(now, now.plus(reminderBefore), BATCH);
        String institution = settings.get(InstitutionSettings.NAME);
        for (var d : due) {
            var m = repository.member(d.id()).orElseThrow();
            String token = Tokens.newToken();
            repository.markReminded(m.id(), Tokens.hash(token), now);
            String until = DateTimeFormatter.ISO_LOCAL_DATE.format(m.consentUntil().atZone(Time.DANISH));
            correspondence.send(new Letter(LetterKind.TALENT_POOL_REMINDER,
                "pool-reminder:" + m.id() + ":" + m.consentUntil().toEpochMilli(), null, m.email(),
                Locale.forLanguageTag(m.language()), Map.of("name", m.name(), "pool", m.poolName(), "until", until,
                    "link", TalentPools.consentLink(publicBaseUrl, token), "institution", institution), List.of()));
        }
        return due.size();
    }

    private int removeBatch(Instant now) {
        var due = repository.lockExpired(now, now.minus(pendingTtl), BATCH);
        for (var d : due) {
            pools.remove(d.id(), d.cvFileId(), "system", "consent expired or never given");
        }
        return due.size();
    }
}
