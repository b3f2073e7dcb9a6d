package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.LogCapture;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 19, acceptance 3: after profiles are created with a name, e-mail, phone and CPR number in the form and in the
 * CV, none of them is found in the postings index (its terms and stored fields, and its files' bytes), the
 * application's log, the stored profile (CV text, wishes, the log of what was shown and sent), or any page the
 * analyst reaches from the start page, nor in the consultant's API answer. Searched as written, HTML-escaped, and with
 * spacing, punctuation and case removed (phone and CPR numbers written in other groupings).
 */
@RekrutTest
class CitizenPseudonymisationTest {

    @Autowired MockMvc mvc;
    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PostingsIndex index;
    @Autowired LogCapture log;

    private final String tag = "p" + UUID.randomUUID().toString().substring(0, 8);

    private final List<CitizenFixtures.Person> people = List.of(
        new CitizenFixtures.Person("Ditlev Ravnsborg Quistgaard", "150388-1237", "ditlev.rq@postkasse.dk",
            "61 73 29 05"),
        new CitizenFixtures.Person("Henrietta Mølgaard Skovbjerg", "230991-4416", "hms.privat@webmail.dk", "+45 42 90 18 36"));

    @AfterEach
    void endPostings() {
        CitizenFixtures.endPostings(jdbc, tag);
    }

    @Test
    void noIdentityReachesTheIndexTheLogTheProfileOrTheAnalyst() throws Exception {
        CitizenFixtures.harvestPostings(sources, harvester, tag, clock.instant(), clock.instant().plusSeconds(86400 * 5));
        var pseudonyms = new ArrayList<String>();
        for (var p : people) {
            var r = mvc.perform(multipart("/api/v1/jobcentre/citizens")
                    .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(p)))
                    .param("name", p.name()).param("cpr", p.cpr()).param("email", p.email()).param("phone", p.phone())
                    .param("wishes", "sygeplejerske").param("postcode", "2300").param("maxKm", "30")
                    // The second is in the demo trial's target group, so the trial's tables hold a subject too.
                    .param("education", p == people.get(1) ? "LONG_HIGHER" : "")
                    .param("ageBand", p == people.get(1) ? "AGE_25_29" : "")
                    .param("recentGraduate", String.valueOf(p == people.get(1))).param("monthsUnemployed", "1")
                    .with(CitizensTest.as("jobkonsulent", Role.JOB_CONSULTANT)))
                .andReturn().getResponse();
            assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
            String pseudonym = r.getContentAsString().replaceAll(".*\"pseudonym\":\"([^\"]+)\".*", "$1");
            pseudonyms.add(pseudonym);
            // Matching through the API and the page (which also logs what was shown), and sending one posting.
            String matches = mvc.perform(get("/api/v1/jobcentre/citizens/" + pseudonym + "/matches")
                .with(CitizensTest.as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse().getContentAsString();
            assertThat(leaks(matches)).as("API matches").isEmpty();
            if (!matches.contains("\"postings\"")) {
                continue; // the trial's control arm: no matches to send
            }
            String posting = matches.replaceAll("(?s).*?\"postings\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
            mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/send").param("postings", posting)
                .with(CitizensTest.as("jobkonsulent", Role.JOB_CONSULTANT)).with(csrf()));
        }

        // The search finds what is there: the identity table and the consultant's own page hold the names.
        for (String pseudonym : pseudonyms) {
            String identity = jdbc.sql("SELECT i.full_name || ' ' || i.email || ' ' || i.phone || ' ' || i.cpr "
                + "FROM jobcentre_citizen_identity i JOIN jobcentre_citizen c ON c.id = i.citizen_id WHERE c.pseudonym = ?")
                .param(pseudonym).query(String.class).single();
            assertThat(leaks(identity)).hasSizeGreaterThanOrEqualTo(7);
            assertThat(leaks(mvc.perform(get("/jobcenter/borgere/" + pseudonym)
                .with(CitizensTest.as("jobkonsulent", Role.JOB_CONSULTANT))).andReturn().getResponse()
                .getContentAsString())).isNotEmpty();
        }

        // The stored profile: the CV's substance is kept, its owner is not.
        for (String pseudonym : pseudonyms) {
            String cv = jdbc.sql("SELECT cv_text FROM jobcentre_citizen WHERE pseudonym = ?").param(pseudonym)
                .query(String.class).single();
            assertThat(cv).contains("sygeplejerske", "medicinsk afdeling");
            assertThat(leaks(cv)).as("stored CV text").isEmpty();
            assertThat(cv).doesNotContain("depression"); // a special category (health) is removed too
            for (String column : List.of("wishes", "pseudonym", "postcode", "arm")) {
                assertThat(leaks(jdbc.sql("SELECT " + column + " FROM jobcentre_citizen WHERE pseudonym = ?")
                    .param(pseudonym).query(String.class).single())).as(column).isEmpty();
            }
            for (String line : jdbc.sql("SELECT l.kind || ' ' || l.postings FROM jobcentre_citizen_log l "
                + "JOIN jobcentre_citizen c ON c.id = l.citizen_id WHERE c.pseudonym = ?").param(pseudonym)
                .query(String.class).list()) {
                assertThat(leaks(line)).as("citizen log").isEmpty();
            }
        }

        // The trial's tables: pseudonyms, strata and coarse facts only.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trial_assignment WHERE pseudonym = ?").param(pseudonyms.get(1))
            .query(Integer.class).single()).as("the second citizen is a trial subject").isEqualTo(1);
        for (String table : List.of("trial_assignment", "trial_outcome", "trial")) {
            for (var row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                assertThat(leaks(row.toString())).as(table).isEmpty();
            }
        }
        String trialId = jdbc.sql("SELECT trial_id FROM trial_assignment WHERE pseudonym = ?").param(pseudonyms.get(1))
            .query(String.class).single();
        for (String route : List.of("/jobcentre/trials/" + trialId + "/analysis", "/jobcentre/trials/" + trialId + "/analysis.csv")) {
            var r = mvc.perform(get(route).with(CitizensTest.as("analytiker", Role.ANALYST))).andReturn().getResponse();
            assertThat(r.getStatus()).as(route).isEqualTo(200);
            assertThat(leaks(r.getContentAsString())).as(route).isEmpty();
            assertThat(r.getContentAsString()).as(route).doesNotContain(pseudonyms.get(1));
        }

        // The postings index: every term and stored value, and the raw bytes of its files.
        index.refresh();
        assertThat(leaks(indexContent(index.directory()))).as("postings index").isEmpty();

        // The application's log.
        for (String needle : needles()) {
            assertThat(log.linesContaining(needle)).as("log lines with %s", needle).isEmpty();
        }

        // Every page the analyst reaches from the start page, and the citizen routes they try.
        for (var page : crawlAsAnalyst()) {
            assertThat(leaks(page)).as("analyst page").isEmpty();
        }
        for (String pseudonym : pseudonyms) {
            for (String route : List.of("/jobcenter/borgere/" + pseudonym, "/jobcenter/borgere",
                "/api/v1/jobcentre/citizens/" + pseudonym + "/matches")) {
                var r = mvc.perform(get(route).with(CitizensTest.as("analytiker", Role.ANALYST))).andReturn().getResponse();
                assertThat(r.getStatus()).as(route).isEqualTo(403);
                assertThat(leaks(r.getContentAsString())).isEmpty();
            }
        }
    }

    private List<String> needles() {
        var out = new ArrayList<String>();
        for (var p : people) {
            out.add(p.name());
            out.addAll(List.of(p.name().split(" ")));
            out.add(p.email());
            out.add(p.email().substring(0, p.email().indexOf('@')));
            out.add(p.phone());
            out.add(p.phone().replaceAll("\\D", "").replaceFirst("^45(?=\\d{8}$)", ""));
            out.add(p.cpr());
            out.add(p.cpr().replace("-", ""));
        }
        return out;
    }

    /** The needles found in a text as written, HTML-unescaped, or squashed (no spacing, punctuation or case). */
    private List<String> leaks(String text) {
        String plain = HtmlUtils.htmlUnescape(text == null ? "" : text);
        String squashed = squash(plain);
        var found = new ArrayList<String>();
        for (String needle : needles()) {
            if (plain.contains(needle) || squashed.contains(squash(needle))) {
                found.add(needle);
            }
        }
        return found;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Every term of every field, every stored value, and the files' bytes read as UTF-8. */
    private static String indexContent(Path dir) throws Exception {
        var text = new StringBuilder();
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    var terms = leaf.reader().terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum e = terms.iterator();
                    for (BytesRef term = e.next(); term != null; term = e.next()) {
                        text.append(term.utf8ToString()).append('\n');
                    }
                }
                var stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    stored.document(doc).forEach(f -> text.append(f.stringValue()).append('\n'));
                }
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    /** The pages reachable from /start by the analyst's links on this site (GET only), their bodies. */
    private List<String> crawlAsAnalyst() throws Exception {
        var bodies = new ArrayList<String>();
        Set<String> seen = new LinkedHashSet<>();
        var queue = new ArrayDeque<String>(List.of("/start", "/jobcentre/postings"));
        var href = Pattern.compile("href=\"(/[^\"#?]*)[^\"]*\"");
        while (!queue.isEmpty() && seen.size() < 60) {
            String path = queue.poll();
            if (!seen.add(path) || path.startsWith("/css") || path.startsWith("/js") || path.startsWith("/webjars")
                || path.equals("/logout")) {
                continue;
            }
            var r = mvc.perform(get(path).with(CitizensTest.as("analytiker", Role.ANALYST))).andReturn().getResponse();
            if (r.getRedirectedUrl() != null && r.getRedirectedUrl().startsWith("/")) {
                queue.add(r.getRedirectedUrl());
            }
            String body = r.getContentAsString();
            bodies.add(body);
            var m = href.matcher(body);
            while (m.find()) {
                queue.add(m.group(1));
            }
        }
        assertThat(seen).contains("/jobcentre/postings");
        return bodies;
    }
}
