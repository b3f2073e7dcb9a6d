package dk.rekrut.jobcentre;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The active harvested postings, in the shape the matching engine indexes (its JSON Lines input, one object a line:
 * {@code id, title, text, employer, postcode, lat, lon, occupation, source, url, deadline}). Active is decided at read
 * time against the clock: a posting leaves the set the moment its deadline passes, with no job to run; one without a
 * deadline stays while a source still lists it and {@code rekrut.jobcentre.undated-ttl} after it was last seen.
 */
@Service
public class HarvestedPostings {

    /** A posting and the names of the sources it was seen on. */
    public record HarvestedPosting(UUID id, String title, String text, String employer, String postcode, String town,
                                   Double lat, Double lon, String occupation, String url, Instant deadline,
                                   List<String> sources) {
    }

    private final JobcentreRepository repository;
    private final Clock clock;
    private final Duration undatedTtl;
    private final JsonMapper json = JsonMapper.builder().build();

    HarvestedPostings(JobcentreRepository repository, Clock clock,
                      JobcentreProperties settings) {
        this.repository = repository;
        this.clock = clock;
        this.undatedTtl = settings.undatedTtl();
    }

    public List<HarvestedPosting> active() {
        Instant now = clock.instant();
        return repository.active(now, now.minus(undatedTtl)).stream()
            .map(p -> new HarvestedPosting(p.id(), p.title(), p.body(), p.employer(), p.postcode(), p.town(), p.lat(),
                p.lon(), p.occupation(), p.url(), p.deadline(), repository.sourceNames(p.id())))
            .toList();
    }

    /** Those of the given postings that are active now, by id: a posting past its deadline is not among them. */
    public Map<UUID, HarvestedPosting> activeAmong(Collection<UUID> ids) {
        Instant now = clock.instant();
        var out = new HashMap<UUID, HarvestedPosting>();
        for (var p : repository.activeAmong(ids, now, now.minus(undatedTtl))) {
            out.put(p.id(), new HarvestedPosting(p.id(), p.title(), p.body(), p.employer(), p.postcode(), p.town(),
                p.lat(), p.lon(), p.occupation(), p.url(), p.deadline(), repository.sourceNames(p.id())));
        }
        return out;
    }

    /** The active postings as JSON Lines for the matching engine's index. */
    public void writeJsonLines(Writer out) throws IOException {
        for (HarvestedPosting p : active()) {
            out.write(json.writeValueAsString(jsonLine(p)));
            out.write('\n');
        }
    }

    static Map<String, Object> jsonLine(HarvestedPosting p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", p.id().toString());
        m.put("title", p.title());
        put(m, "text", p.text());
        put(m, "employer", p.employer());
        put(m, "postcode", p.postcode());
        if (p.lat() != null && p.lon() != null) {
            m.put("lat", p.lat());
            m.put("lon", p.lon());
        }
        put(m, "occupation", p.occupation());
        m.put("source", p.sources());
        put(m, "url", p.url());
        if (p.deadline() != null) {
            m.put("deadline", p.deadline().toString());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
