package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.rekrut.shared.Time;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Acceptance 2 of issue 19: harvests from feeds served by a local HTTP server. Duplicates across two feeds become one
 * posting with two sources; a broken feed leaves what was harvested and is reported on the sources page; postings
 * leave the active set at their deadline; two workers at once harvest a source once.
 */
@RekrutTest
class HarvestTest {

    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired HarvestedPostings postings;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private TestFeedServer server;
    private Instant start;
    /** Employer names carry it, so postings of other tests in the shared context never count here. */
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startServer() throws Exception {
        server = new TestFeedServer();
        start = clock.instant();
    }

    @AfterEach
    void stopServer() {
        server.close();
        clock.set(start);
    }

    @Test
    void duplicatesAcrossTwoFeedsBecomeOnePostingWithTwoSources() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        server.answer("/a.xml", 200, "application/rss+xml", rss(
            item("a1", "Pædagog til børnehaven Solstrålen", "Børnehuset Solstrålen " + tag + " ApS", "2300", "København S", deadline),
            item("a2", "Lagermedarbejder", "Lager " + tag, "8000", "Aarhus C", deadline),
            item("a3", "", "Lager " + tag, "8000", "Aarhus C", deadline),
            item("a2", "Lagermedarbejder", "Lager " + tag, "8000", "Aarhus C", deadline)));
        server.answer("/b.json", 200, "application/feed+json", """
            {"version":"https://jsonfeed.org/version/1.1","title":"Portal B","items":[
             {"id":"b-1","url":"https://portal-b.example/job/1","title":"PÆDAGOG TIL BØRNEHAVEN SOLSTRÅLEN!",
              "content_text":"Vi søger en pædagog.",
              "_portal":{"employer":"BØRNEHUSET SOLSTRÅLEN %1$s","location":"2300 København S","deadline":"%2$s"}},
             {"id":"b-2","url":"https://portal-b.example/job/2","title":"Sygeplejerske",
              "_portal":{"employer":"Hospital %1$s","postalCode":"2400","deadline":"%3$s"}}]}"""
            .formatted(tag, deadline.plus(Duration.ofDays(1)), deadline));
        Source a = source("Portal A " + tag, SourceKind.RSS, server.url("/a.xml"));
        Source b = source("Portal B " + tag, SourceKind.JSON_FEED, server.url("/b.json"));

        Run runA = harvester.harvest(a.id()).run().orElseThrow();
        Run runB = harvester.harvest(b.id()).run().orElseThrow();

        assertThat(runA.status()).isEqualTo(Run.Status.OK);
        assertThat(List.of(runA.fetched(), runA.created(), runA.duplicates(), runA.errors())).containsExactly(4, 2, 1, 1);
        assertThat(runA.messages()).containsExactly(new Run.Message("missing-title", 3));
        assertThat(List.of(runB.fetched(), runB.created(), runB.duplicates(), runB.errors())).containsExactly(2, 1, 1, 0);
        var mine = mine();
        assertThat(mine).hasSize(3);
        var kindergarten = mine.stream().filter(p -> p.title().startsWith("Pædagog")).findFirst().orElseThrow();
        assertThat(kindergarten.sources()).containsExactly(a.name(), b.name());
        assertThat(kindergarten.postcode()).isEqualTo("2300");
        assertThat(kindergarten.deadline()).isEqualTo(deadline);
        assertThat(mine.stream().filter(p -> p.title().equals("Sygeplejerske")).findFirst().orElseThrow().sources())
            .containsExactly(b.name());

        // Harvesting again finds nothing new: known entries are neither new nor duplicates of themselves.
        Run again = harvester.harvest(b.id()).run().orElseThrow();
        assertThat(List.of(again.created(), again.updated(), again.duplicates())).containsExactly(0, 0, 0);
        assertThat(mine()).hasSize(3);

        // The matching engine's JSON Lines: one object per posting, its sources as a list.
        var out = new StringWriter();
        postings.writeJsonLines(out);
        String line = out.toString().lines().filter(l -> l.contains(kindergarten.id().toString())).findFirst().orElseThrow();
        assertThat(line).contains("\"title\":\"Pædagog til børnehaven Solstrålen\"", "\"postcode\":\"2300\"",
            "\"source\":[\"" + a.name() + "\",\"" + b.name() + "\"]", "\"deadline\":\"" + deadline + "\"");
    }

    @Test
    void aBrokenFeedLeavesWhatWasHarvestedAndIsReportedOnTheSourcesPage() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        server.answer("/feed.xml", 200, "application/rss+xml", rss(
            item("1", "Tømrer", "Byg " + tag, "5000", "Odense C", deadline),
            item("2", "Murer", "Byg " + tag, "5000", "Odense C", deadline)));
        Source s = source("Byggeportalen " + tag, SourceKind.RSS, server.url("/feed.xml"));
        assertThat(harvester.harvest(s.id()).run().orElseThrow().created()).isEqualTo(2);
        var before = mine();

        server.answer("/feed.xml", 500, "text/plain", "Internal Server Error");
        Run failed = harvester.harvest(s.id()).run().orElseThrow();
        server.answer("/feed.xml", 200, "application/rss+xml", "<rss><channel><item><title>Halv");
        Run garbled = harvester.harvest(s.id()).run().orElseThrow();
        server.answer("/feed.xml", 200, "application/rss+xml", rss());
        Run empty = harvester.harvest(s.id()).run().orElseThrow();

        assertThat(failed.status()).isEqualTo(Run.Status.FAILED);
        assertThat(failed.messages()).containsExactly(new Run.Message("http-status", 500));
        assertThat(garbled.status()).isEqualTo(Run.Status.FAILED);
        assertThat(garbled.messages()).containsExactly(new Run.Message("not-a-feed", 0));
        assertThat(empty.status()).isEqualTo(Run.Status.OK);
        assertThat(mine()).isEqualTo(before);

        server.answer("/feed.xml", 503, "text/plain", "down");
        harvester.harvest(s.id());
        Source broken = sources.find(s.id()).orElseThrow();
        assertThat(broken.broken()).isTrue();
        // Back-off: the next try comes after the retry base, not after the hour of the schedule.
        assertThat(broken.nextRunAt()).isBefore(clock.instant().plus(Duration.ofMinutes(5)));
        String list = page("/jobcentre/sources");
        assertThat(list).contains(s.name());
        String row = list.substring(list.indexOf(s.name()), list.indexOf("</tr>", list.indexOf(s.name())));
        assertThat(row).contains("Fejler");
        assertThat(page("/jobcentre/sources/" + s.id())).contains("Seneste høst af kilden fejlede",
            "Kilden svarede med HTTP-status 503", "Indholdet er ikke et feed af den valgte type");
        assertThat(page("/jobcentre/postings")).contains("Tømrer", "Murer");
    }

    @Test
    void postingsLeaveTheActiveSetAtTheirDeadline() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        server.answer("/f.xml", 200, "application/rss+xml", rss(
            item("x", "Kok", "Kantine " + tag, "9000", "Aalborg", deadline),
            item("y", "Opvasker", "Kantine " + tag, "9000", "Aalborg", deadline.plus(Duration.ofDays(5)))));
        Source s = source("Køkkenjob " + tag, SourceKind.RSS, server.url("/f.xml"));
        harvester.harvest(s.id());
        assertThat(titles()).containsExactlyInAnyOrder("Kok", "Opvasker");

        clock.set(deadline.minusSeconds(1));
        assertThat(titles()).containsExactlyInAnyOrder("Kok", "Opvasker");
        clock.set(deadline);
        assertThat(titles()).containsExactly("Opvasker");

        // An entry already past its deadline is counted as expired and not stored.
        Run run = harvester.harvest(s.id()).run().orElseThrow();
        assertThat(run.expired()).isEqualTo(1);
        assertThat(titles()).containsExactly("Opvasker");
    }

    @Test
    void twoWorkersAtOnceHarvestASourceOnce() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofDays(10));
        server.answer("/slow.xml", 200, "application/rss+xml", rss(item("1", "Chauffør", "Transport " + tag, "6000",
            "Kolding", deadline)));
        Source s = source("Langsom portal " + tag, SourceKind.RSS, server.url("/slow.xml"));
        server.hold = new CountDownLatch(1);
        var barrier = new CyclicBarrier(2);
        var workers = Executors.newFixedThreadPool(2);
        var first = CompletableFuture.supplyAsync(() -> harvestAfter(barrier, s.id()), workers);
        var second = CompletableFuture.supplyAsync(() -> harvestAfter(barrier, s.id()), workers);
        // One of them holds the lease and waits for the server; the other is told the source is busy.
        assertThat(server.firstRequest.await(10, TimeUnit.SECONDS)).isTrue();
        var busy = CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        server.hold.countDown();
        var outcomes = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        workers.shutdown();

        assertThat(((Harvester.Outcome) busy).busy()).isTrue();
        assertThat(outcomes.stream().filter(Harvester.Outcome::busy).count()).isEqualTo(1);
        assertThat(server.hits("/slow.xml")).isEqualTo(1);
        assertThat(sources.runs(s.id(), 10)).hasSize(1);
        assertThat(titles()).containsExactly("Chauffør");
        // The lease is given back: the next harvest runs.
        assertThat(harvester.harvest(s.id()).busy()).isFalse();
    }

    @Test
    void pagesSitemapsAndUploadsAreReadToo() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofDays(15)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= 2; i++) {
            server.answer("/job/" + i, 200, "text/html", """
                <html><head><script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting",
                "title":"Elektriker %1$d","description":"<p>Installationer</p>","identifier":{"@type":"PropertyValue","value":"el-%1$d"},
                "hiringOrganization":{"@type":"Organization","name":"El %2$s"},"validThrough":"%3$s",
                "occupationalCategory":"http://data.europa.eu/esco/occupation/abc",
                "jobLocation":{"@type":"Place","address":{"postalCode":"7100","addressLocality":"Vejle"},
                "geo":{"latitude":55.7,"longitude":9.5}}}</script></head><body></body></html>"""
                .formatted(i, tag, deadline));
        }
        server.answer("/sitemap.xml", 200, "application/xml", """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>%s</loc></url><url><loc>%s</loc></url><url><loc>%s</loc></url></urlset>"""
            .formatted(server.url("/job/1"), server.url("/job/2"), server.url("/job/missing")));
        Source site = source("Elportalen " + tag, SourceKind.JSON_LD, server.url("/sitemap.xml"));
        Run run = harvester.harvest(site.id()).run().orElseThrow();
        assertThat(List.of(run.fetched(), run.created())).containsExactly(2, 2);
        assertThat(run.messages()).containsExactly(new Run.Message("page-failed", 3));
        var electrician = mine().stream().filter(p -> p.title().equals("Elektriker 1")).findFirst().orElseThrow();
        assertThat(List.of(electrician.lat(), electrician.lon())).containsExactly(55.7, 9.5);
        assertThat(electrician.occupation()).isEqualTo("http://data.europa.eu/esco/occupation/abc");
        assertThat(electrician.text()).isEqualTo("Installationer");

        Source upload = sources.create(new Sources.Form("Upload " + tag, SourceKind.UPLOAD, null, 60, true));
        sources.upload(upload.id(), "jobs.csv", ("id;title;employer;postcode;town;deadline\n"
            + "u1;\"Elektriker 1\";El " + tag + ";7100;Vejle;" + deadline.atZone(Time.DANISH).toLocalDate() + "\n"
            + "u2;\"Tømrer; lærling\";Træ " + tag + ";7100;Vejle;31-12-2099\n"
            + "u3;Snedker;Træ " + tag + ";7100;Vejle;i morgen\n").getBytes());
        Run csv = harvester.harvest(upload.id()).run().orElseThrow();
        assertThat(List.of(csv.fetched(), csv.created(), csv.duplicates())).containsExactly(3, 1, 1);
        assertThat(csv.messages()).containsExactly(new Run.Message("bad-deadline", 3));
        assertThat(titles()).contains("Tømrer; lærling");

        sources.upload(upload.id(), "jobs.jsonl", ("{\"id\":\"j1\",\"title\":\"Maler\",\"employer\":\"Farve " + tag
            + "\",\"postcode\":\"7100\"}\nikke json\n").getBytes());
        Run jsonl = harvester.harvest(upload.id()).run().orElseThrow();
        assertThat(List.of(jsonl.fetched(), jsonl.created(), jsonl.errors())).containsExactly(2, 1, 1);
        assertThat(titles()).contains("Maler");
    }

    @Test
    void theApiHarvestsAndARunCutOffByACrashIsClosedByTheNext() throws Exception {
        server.answer("/api.json", 200, "application/feed+json", """
            {"version":"https://jsonfeed.org/version/1","items":[{"id":"1","title":"Smed",
             "_x":{"company":"Metal %s","zip":"4000","deadline":"2099-01-31"}}]}""".formatted(tag));
        Source s = source("API-portal " + tag, SourceKind.JSON_FEED, server.url("/api.json"));
        UUID crashed = UUID.randomUUID();
        jdbc.sql("INSERT INTO jobcentre_run (id, source_id, started_at, status) VALUES (?, ?, ?, 'RUNNING')")
            .params(crashed, s.id(), Time.utc(clock.instant())).update();

        String json = mvc.perform(MockMvcRequestBuilders
                .post("/api/v1/jobcentre/sources/" + s.id() + "/harvest")
                .with(user("jobcenterchef").authorities(new SimpleGrantedAuthority(Role.JOBCENTRE_MANAGER.authority()))))
            .andExpect(MockMvcResultMatchers.status().isOk())
            .andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"status\":\"OK\"", "\"fetched\":1", "\"created\":1");
        assertThat(titles()).containsExactly("Smed");
        var runs = sources.runs(s.id(), 10);
        assertThat(runs).hasSize(2);
        var cutOff = runs.stream().filter(r -> r.id().equals(crashed)).findFirst().orElseThrow();
        assertThat(cutOff.status()).isEqualTo(Run.Status.FAILED);
        assertThat(cutOff.messages()).containsExactly(new Run.Message("interrupted", 0));
    }

    private Harvester.Outcome harvestAfter(CyclicBarrier barrier, UUID source) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return harvester.harvest(source);
    }

    private Source source(String name, SourceKind kind, String url) {
        return sources.create(new Sources.Form(name, kind, url, 60, true));
    }

    private List<HarvestedPostings.HarvestedPosting> mine() {
        return postings.active().stream().filter(p -> p.employer() != null && p.employer().contains(tag)).toList();
    }

    private List<String> titles() {
        return mine().stream().map(HarvestedPostings.HarvestedPosting::title).toList();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("jobcenterchef")
                .authorities(new SimpleGrantedAuthority(Role.JOBCENTRE_MANAGER.authority()))))
            .andReturn().getResponse().getContentAsString();
    }

    private static String rss(String... items) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:job="https://example.dk/job"><channel><title>Portal</title>%s</channel></rss>"""
            .formatted(String.join("", items));
    }

    private static String item(String guid, String title, String employer, String postcode, String town, Instant deadline) {
        return """
            <item><guid isPermaLink="false">%s</guid><title>%s</title><link>https://portal.example/%s</link>
            <description>&lt;p&gt;Opslag&lt;/p&gt;</description><job:employer>%s</job:employer>
            <job:postalCode>%s</job:postalCode><job:town>%s</job:town><job:deadline>%s</job:deadline></item>"""
            .formatted(guid, title, guid, employer, postcode, town, deadline);
    }
}
