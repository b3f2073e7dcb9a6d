package dk.rekrut.jobagent;

import dk.rekrut.shared.PublicSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.Letter;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.ScheduledRuns;
import dk.rekrut.shared.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job agent's daily run: deletes subscriptions not confirmed within {@code rekrut.job-agent.unconfirmed-ttl}
 * (default 7 days), then sends each due subscription the postings that are public now, match its criteria, and it
 * has not been told about (none twice), and schedules its next digest for the following day.
 *
 * <p>Several instances: each batch of due subscriptions is locked with {@code FOR UPDATE SKIP LOCKED}; the digest
 * goes into the outbox, the postings are marked seen and the next digest time is written in that one transaction,
 * so a subscription gets each posting once, whichever instance runs. Logs counts only.
 */
@Component
public class JobAgentDigest {

    private static final Logger LOG = LoggerFactory.getLogger(JobAgentDigest.class);
    private static final int BATCH = 50;

    /** Counts of one run. */
    public record Result(int digestsSent, int unconfirmedDeleted) {
    }

    private final JobAgentRepository repository;
    private final JobAgent agent;
    private final PublicPostings publicPostings;
    private final Correspondence correspondence;
    private final InstitutionSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration unconfirmedTtl;
    private final String publicBaseUrl;

    JobAgentDigest(JobAgentRepository repository, JobAgent agent, PublicPostings publicPostings,
                   Correspondence correspondence, InstitutionSettings settings, TransactionTemplate tx, Clock clock,
                   JobAgentProperties agentSettings, PublicSite site) {
        this.repository = repository;
        this.agent = agent;
        this.publicPostings = publicPostings;
        this.correspondence = correspondence;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
        this.unconfirmedTtl = agentSettings.unconfirmedTtl();
        this.publicBaseUrl = site.baseUrl();
    }

    @Scheduled(fixedDelayString = "${rekrut.job-agent.poll-interval:PT15M}",
               initialDelayString = "${rekrut.job-agent.initial-delay:PT2M}")
    void scheduled() {
        ScheduledRuns.retryNextTime(LOG, "Job agent run failed; the next run retries: {}", this::run);
    }

    /** One run; tests call it on a moved clock. */
    public Result run() {
        Instant start = clock.instant();
        Integer deleted = tx.execute(s -> repository.deleteUnconfirmedBefore(start.minus(unconfirmedTtl)));
        int sent = 0;
        int n;
        do {
            int[] batch = tx.execute(s -> digestBatch(clock.instant()));
            n = batch[0];
            sent += batch[1];
        } while (n == BATCH);
        if (sent > 0 || deleted != null && deleted > 0) {
            LOG.info("Job agent: {} digest(s) queued, {} unconfirmed subscription(s) deleted", sent, deleted);
        }
        return new Result(sent, deleted == null ? 0 : deleted);
    }

    /** Returns {subscriptions handled, digests sent}. */
    private int[] digestBatch(Instant now) {
        var due = repository.lockDue(now, BATCH);
        // Subscriptions often share criteria: the public list is computed once per distinct filter and batch.
        var lists = new HashMap<PublicPostings.Filter, List<PublicPostings.PublicPosting>>();
        int sent = 0;
        String institution = settings.get(InstitutionSettings.NAME);
        for (var s : due) {
            var seen = repository.seen(s.id());
            var fresh = lists.computeIfAbsent(s.filter(), publicPostings::jobList).stream()
                .filter(p -> !seen.contains(p.id())).toList();
            if (!fresh.isEmpty()) {
                String unsubscribe = JobAgent.unsubscribeLink(publicBaseUrl, s);
                correspondence.send(new Letter(LetterKind.JOB_AGENT_DIGEST, "agent-digest:" + s.id() + ":" + now.toEpochMilli(),
                    null, s.email(), Locale.forLanguageTag(s.language()), Map.of("criteria", agent.describe(s),
                        "postings", lines(fresh), "unsubscribe", unsubscribe, "institution", institution),
                    List.of(), unsubscribe));
                repository.markSeen(s.id(), fresh.stream().map(PublicPostings.PublicPosting::id).toList(), now);
                sent++;
            }
            repository.digested(s.id(), now, agent.nextDigestAfter(now));
        }
        return new int[] {due.size(), sent};
    }

    private String lines(List<PublicPostings.PublicPosting> postings) {
        var date = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        return postings.stream().map(p -> p.recruitmentCase().title()
                + (p.recruitmentCase().terms().workplaceTown() == null ? "" : ", " + p.recruitmentCase().terms().workplaceTown())
                + " (" + date.format(p.recruitmentCase().deadline().atZone(Time.DANISH)) + "): "
                + publicBaseUrl + "/jobs/" + p.id())
            .collect(Collectors.joining("\n"));
    }
}
