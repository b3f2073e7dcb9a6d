package dk.rekrut.jobcentre;

import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.match.MatchResult;
import dk.rekrut.matching.match.Matcher;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.match.Weights;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.shared.ScheduledRuns;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's postings index, built with the matching engine from the harvested postings in the database (the
 * truth). Every harvest that changes postings raises a generation number in the database in its own transaction; an
 * index built from an older generation is rebuilt by a poll and by the next match (unless a rebuild is already under
 * way: that match uses the index there is), so every instance follows the database whichever instance harvested. The engine's builder writes a new folder and renames it into place, so a
 * failed build leaves the index as it was. A posting past its deadline never matches: the engine drops it by day, and
 * {@link CitizenMatches} checks every answer against the active postings of the database at the instant.
 */
@Component
public class PostingsIndex {

    private static final Logger LOG = LoggerFactory.getLogger(PostingsIndex.class);
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    /** An open index with the generation it was built from. */
    private record Built(long generation, Instant builtAt, PostingIndex index, Matcher matcher, int size) {
    }

    private final JobcentreRepository repository;
    private final HarvestedPostings postings;
    private final MatchingEngine engine;
    private final Clock clock;
    private final Path dir;
    private final Duration maxAge;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Matching reads under the read lock; closing a replaced index takes the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Built current;

    PostingsIndex(JobcentreRepository repository, HarvestedPostings postings, MatchingEngine engine, Clock clock,
                  JobcentreProperties settings) {
        this.repository = repository;
        this.postings = postings;
        this.engine = engine;
        this.clock = clock;
        this.dir = settings.index().path().toAbsolutePath().normalize();
        this.maxAge = settings.index().maxAge();
    }

    @Scheduled(fixedDelayString = "${rekrut.jobcentre.index.poll-interval:PT1M}",
               initialDelayString = "${rekrut.jobcentre.index.initial-delay:PT15S}")
    void scheduled() {
        ScheduledRuns.retryNextTime(LOG, "Postings index refresh failed; the next poll retries: {}", this::refresh);
    }

    /**
     * Rebuilds the index when the database's generation differs from the one it was built from, or when it is older
     * than {@code rekrut.jobcentre.index.max-age} (postings without a deadline leave the active set with time).
     * Returns whether it rebuilt.
     */
    public boolean refresh() {
        if (!stale()) {
            return false;
        }
        // One rebuild at a time. While another thread rebuilds, a caller goes on with the index there is (new postings
        // then show after the rebuild; expired ones are filtered from every answer anyway); only without any index
        // does it wait.
        if (current == null) {
            rebuilding.lock();
        } else if (!rebuilding.tryLock()) {
            return false;
        }
        return rebuildIfStale();
    }

    /**
     * Like {@link #refresh()}, but waits for a rebuild under way instead of going on with the index there is, so what
     * was harvested before the call is in the index after it (a harvest that must show at once, and tests).
     */
    public boolean refreshNow() {
        rebuilding.lock();
        return rebuildIfStale();
    }

    /**
     * With {@code rebuilding} held by the caller, which this releases: rebuilds unless another thread's rebuild made
     * the index fresh while the caller waited for the lock. Returns whether it rebuilt.
     */
    private boolean rebuildIfStale() {
        try {
            if (!stale()) {
                return false;
            }
            rebuild(repository.generation());
            return true;
        } finally {
            rebuilding.unlock();
        }
    }

    private boolean stale() {
        Built b = current;
        return b == null || b.generation() != repository.generation() || !b.builtAt().plus(maxAge).isAfter(clock.instant());
    }

    /** The generation the open index was built from; -1 before the first build. */
    public long generation() {
        Built b = current;
        return b == null ? -1 : b.generation();
    }

    /** The folder the index lives in (tests search its files). */
    public Path directory() {
        return dir;
    }

    private void rebuild(long generation) {
        long started = System.nanoTime();
        var parts = engine.parts();
        try {
            Files.createDirectories(dir.getParent());
            Path input = Files.createTempFile(dir.getParent(), ".postings-", ".jsonl");
            try {
                int written = writeInput(input, parts);
                LocalDate today = LocalDate.ofInstant(clock.instant(), DENMARK);
                try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                    parts.indexer().build(in, dir, today);
                }
                PostingIndex index = PostingIndex.open(dir);
                var matcher = new Matcher(parts.esco(), parts.occupations(), parts.skills(), parts.postcodes(), index,
                    Weights.TUNED, danish(clock));
                Built old = current;
                current = new Built(generation, clock.instant(), index, matcher, index.size());
                if (old != null) {
                    lock.writeLock().lock();
                    try {
                        old.index().close();
                    } finally {
                        lock.writeLock().unlock();
                    }
                }
                LOG.info("Postings index built from generation {}: {} postings ({} active read) in {} ms", generation,
                    index.size(), written, (System.nanoTime() - started) / 1_000_000);
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The active postings as the engine's JSON Lines. What the engine would refuse is left out per field, not per
     * file: a postcode it does not know (the workplace then comes from the coordinates, if any), an occupation that is
     * neither an ESCO URI of its data nor a STAR code of its crosswalk (the engine then infers one from the title).
     */
    private int writeInput(Path file, MatchingEngine.Parts parts) throws IOException {
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var p : postings.active()) {
                Map<String, Object> line = HarvestedPostings.jsonLine(p);
                Object postcode = line.get("postcode");
                if (postcode != null && parts.postcodes().find(postcode.toString()).isEmpty()) {
                    line.remove("postcode");
                }
                Object occupation = line.get("occupation");
                if (occupation != null && !knownOccupation(occupation.toString(), parts)) {
                    line.remove("occupation");
                }
                out.write(json.writeValueAsString(line));
                out.write('\n');
                n++;
            }
        }
        return n;
    }

    private static boolean knownOccupation(String code, MatchingEngine.Parts parts) {
        if (code.startsWith("http://") || code.startsWith("https://")) {
            return parts.esco().occupation(code).isPresent();
        }
        return parts.esco().star(code).stream().anyMatch(m -> parts.esco().occupation(m.escoUri()).isPresent());
    }

    /** Matches a profile against the current index (built or rebuilt first when the database has moved on). */
    MatchResult match(Profile profile) {
        refresh();
        lock.readLock().lock();
        try {
            return current.matcher().match(profile);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A posting of an alternative occupation: its id and distance from home in km. */
    record Nearby(String id, double distanceKm) {
    }

    /**
     * The postings of an ISCO-08 unit group within {@code maxKm} of home that have not passed their deadline, nearest
     * first: the postings shown under an alternative occupation.
     */
    List<Nearby> nearby(String iscoGroup, Place home, double maxKm, int n) {
        refresh();
        lock.readLock().lock();
        try {
            var searcher = current.index().searcher();
            var q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PostingIndex.ISCO4, iscoGroup)), Occur.FILTER)
                .add(LatLonPoint.newDistanceQuery(PostingIndex.LOCATION, home.lat(), home.lon(), maxKm * 1000), Occur.FILTER)
                .add(PostingIndex.live(LocalDate.ofInstant(clock.instant(), DENMARK)), Occur.FILTER)
                .build();
            var sort = new Sort(LatLonDocValuesField.newDistanceSort(PostingIndex.LOCATION, home.lat(), home.lon()));
            var out = new ArrayList<Nearby>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(q, n, sort).scoreDocs) {
                var doc = stored.document(hit.doc);
                var at = new Place(doc.getField(PostingIndex.LAT).numericValue().doubleValue(),
                    doc.getField(PostingIndex.LON).numericValue().doubleValue());
                out.add(new Nearby(doc.get(PostingIndex.ID), Math.round(home.distanceKm(at) * 10) / 10.0));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The application's clock (movable in tests) telling Danish days: "today" for deadlines is the Danish day. */
    static Clock danish(Clock clock) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return DENMARK;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return zone.equals(DENMARK) ? this : Clock.fixed(clock.instant(), zone);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }
}
