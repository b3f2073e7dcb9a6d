package dk.rekrut.jobcentre;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.jobcentre.harvest.Duplicates;
import dk.rekrut.jobcentre.harvest.Entries;
import dk.rekrut.jobcentre.harvest.Entry;
import dk.rekrut.jobcentre.harvest.FeedReaders;
import dk.rekrut.jobcentre.harvest.Fetcher;
import dk.rekrut.jobcentre.harvest.HarvestFailure;
import dk.rekrut.jobcentre.harvest.OwnPostings;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.ScheduledRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Harvests sources. One run of one source: take the source's lease (one UPDATE; of several instances or threads at
 * once exactly one gets it, the others skip), log the run's start, fetch and read outside any transaction, then merge
 * every entry in one transaction that first locks the merge row, so runs of different sources merge one after the
 * other and a job arriving from two portals at once is still one posting. A run that fails (source unreachable, not
 * a feed, or the merge itself) changes no posting: the merge is one transaction, and nothing is ever deleted because
 * a source stopped listing it. A failed source is tried again after 1, 2, 4, ... times
 * {@code rekrut.jobcentre.retry-base}, at most {@code rekrut.jobcentre.max-backoff}; a good run schedules the next
 * after the source's interval. Logs carry counts and error codes, never an entry's text.
 */
@Component
public class Harvester {

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);

    /** How a request to harvest ended: {@code run} is empty when another instance or thread holds the source. */
    public record Outcome(Optional<Run> run) {
        public boolean busy() {
            return run.isEmpty();
        }
    }

    private final JobcentreRepository repository;
    private final Fetcher fetcher;
    private final FeedReaders readers;
    private final OwnPostings own;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final Duration retryBase;
    private final Duration maxBackoff;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    Harvester(JobcentreRepository repository, Fetcher fetcher, FeedReaders readers, OwnPostings own,
              TransactionTemplate tx, Clock clock,
              JobcentreProperties settings) {
        this.repository = repository;
        this.fetcher = fetcher;
        this.readers = readers;
        this.own = own;
        this.tx = tx;
        this.clock = clock;
        this.lease = settings.lease();
        this.retryBase = settings.retryBase();
        this.maxBackoff = settings.maxBackoff();
    }

    @Scheduled(fixedDelayString = "${rekrut.jobcentre.poll-interval:PT1M}",
               initialDelayString = "${rekrut.jobcentre.initial-delay:PT1M}")
    void scheduled() {
        ScheduledRuns.retryNextTime(LOG, "Harvest poll failed; the next poll retries: {}", this::runDue);
    }

    /** Harvests every enabled source that is due; returns how many this instance ran. */
    public int runDue() {
        int ran = 0;
        for (UUID id : repository.due(clock.instant())) {
            if (!harvest(id).busy()) {
                ran++;
            }
        }
        return ran;
    }

    /** Harvests one source now ("Høst nu", the API, the schedule). */
    public Outcome harvest(UUID sourceId) {
        Source source = repository.source(sourceId).orElseThrow(() -> new NotFoundException("source"));
        Instant start = clock.instant();
        if (!repository.takeLease(sourceId, owner, start, start.plus(lease))) {
            return new Outcome(Optional.empty());
        }
        UUID runId = UUID.randomUUID();
        var counts = new JobcentreRepository.Counts();
        List<Run.Message> messages = new ArrayList<>();
        Run.Status status = Run.Status.FAILED;
        int failures = source.failures() + 1;
        try {
            repository.closeInterruptedRuns(sourceId, start);
            repository.startRun(runId, sourceId, start);
            Entries.Parsed parsed = read(source);
            messages.addAll(parsed.errors());
            counts.fetched = parsed.read();
            tx.executeWithoutResult(s -> merge(sourceId, parsed.entries(), counts));
            status = Run.Status.OK;
            failures = 0;
        } catch (HarvestFailure e) {
            messages.add(e.message());
            resetMergeCounts(counts);
        } catch (RuntimeException e) {
            LOG.warn("Harvest of a source failed: {}", e.getClass().getSimpleName());
            messages.add(new Run.Message("internal", 0));
            resetMergeCounts(counts);
        } finally {
            Instant end = clock.instant();
            repository.finishRun(runId, end, status, counts, messages);
            repository.releaseLease(sourceId, owner, status == Run.Status.OK
                ? end.plus(Duration.ofMinutes(source.intervalMinutes())) : end.plus(backoff(failures)), failures);
        }
        LOG.info("Harvest {}: read {}, new {}, updated {}, duplicates {}, expired {}, errors {}", status, counts.fetched,
            counts.created, counts.updated, counts.duplicates, counts.expired, messages.size());
        return new Outcome(repository.run(runId));
    }

    Duration backoff(int failures) {
        Duration d = retryBase.multipliedBy(1L << Math.min(failures - 1, 20));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private Entries.Parsed read(Source source) throws HarvestFailure {
        return switch (source.kind()) {
            case REKRUT -> own.read();
            case UPLOAD -> readers.upload(repository.uploadContent(source.id())
                .orElseThrow(() -> new HarvestFailure("no-upload")));
            default -> readers.read(source.kind(), fetcher.fetch(source.url()), source.url(), fetcher);
        };
    }

    /** The counts of a rolled-back merge describe nothing that was stored. */
    private static void resetMergeCounts(JobcentreRepository.Counts c) {
        c.created = 0;
        c.updated = 0;
        c.duplicates = 0;
        c.expired = 0;
    }

    private void merge(UUID sourceId, List<Entry> entries, JobcentreRepository.Counts counts) {
        repository.lockMerge();
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.externalId())) {
                counts.duplicates++; // the same entry twice in one feed
                continue;
            }
            boolean expired = e.deadline() != null && !e.deadline().isAfter(now);
            Optional<UUID> known = repository.postingOf(sourceId, e.externalId());
            if (known.isPresent()) {
                repository.touchLink(sourceId, e.externalId(), now);
                var stored = repository.posting(known.get()).orElseThrow();
                boolean origin = stored.originSourceId().equals(sourceId) && stored.originExternalId().equals(e.externalId());
                if (origin && changed(stored, e)) {
                    repository.updatePosting(stored.id(), e, now);
                    if (!expired) {
                        counts.updated++;
                    }
                } else {
                    repository.touchPosting(stored.id(), now);
                }
                if (expired) {
                    counts.expired++;
                }
                continue;
            }
            if (expired) {
                counts.expired++; // nothing to store: it would never be active
                continue;
            }
            var key = Duplicates.Key.of(e.employer(), e.title(), e.postcode(), e.town(), e.deadline());
            Optional<JobcentreRepository.StoredPosting> same = key.employer().isEmpty() ? Optional.empty()
                : repository.candidates(key.employer(), now).stream().filter(p -> Duplicates.same(key, p.key())).findFirst();
            if (same.isPresent()) {
                repository.link(sourceId, e.externalId(), same.get().id(), e.url(), now);
                repository.touchPosting(same.get().id(), now);
                counts.duplicates++;
            } else {
                UUID id = UUID.randomUUID();
                repository.insertPosting(id, sourceId, e, now);
                repository.link(sourceId, e.externalId(), id, e.url(), now);
                counts.created++;
            }
        }
        if (counts.created + counts.updated + counts.duplicates > 0) {
            repository.raiseGeneration(); // a new or changed posting, or a new source of one: indexes rebuild
        }
    }

    private static boolean changed(JobcentreRepository.StoredPosting p, Entry e) {
        return !Objects.equals(p.title(), e.title()) || !Objects.equals(p.body(), e.text())
            || !Objects.equals(p.employer(), e.employer()) || !Objects.equals(p.postcode(), e.postcode())
            || !Objects.equals(p.town(), e.town()) || !Objects.equals(p.lat(), e.lat()) || !Objects.equals(p.lon(), e.lon())
            || !Objects.equals(p.occupation(), e.occupation()) || !Objects.equals(p.url(), e.url())
            || !Objects.equals(p.deadline(), e.deadline() == null ? null : e.deadline().truncatedTo(ChronoUnit.MICROS));
    }
}
