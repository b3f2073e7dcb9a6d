package dk.rekrut.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.rekrut.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Category;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.EmploymentType;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RekrutTest
class PublicationTest {

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Postings postings;
    @Autowired MediaList media;
    @Autowired PublicPostings publicPostings;
    @Autowired OrganisationDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private final Instant start = Instant.now();

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    @Test
    void postingPageCarriesACompleteSchemaOrgJobPosting() throws Exception {
        var posting = publish("JSON-LD konsulent", 10, List.of(new Period("jobsite", 0)));
        String html = page("/jobs/" + posting);
        var m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode ld = json.readTree(m.group(1));

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org/");
        assertThat(ld.get("@type").asString()).isEqualTo("JobPosting");
        // Required by schema.org consumers such as Google for Jobs.
        assertThat(ld.get("title").asString()).isEqualTo("JSON-LD konsulent");
        assertThat(ld.get("description").asString()).contains("Opgaver").contains("Du analyserer data.");
        assertThat(ld.get("datePosted").asString()).isEqualTo(Time.today(clock).toString());
        assertThat(ld.at("/hiringOrganization/@type").asString()).isEqualTo("Organization");
        assertThat(ld.at("/hiringOrganization/name").asString()).contains("Københavns Kommune");
        assertThat(ld.at("/jobLocation/@type").asString()).isEqualTo("Place");
        assertThat(ld.at("/jobLocation/address/streetAddress").asString()).isEqualTo("Rådhuspladsen 1");
        assertThat(ld.at("/jobLocation/address/addressLocality").asString()).isEqualTo("København V");
        assertThat(ld.at("/jobLocation/address/postalCode").asString()).isEqualTo("1550");
        assertThat(ld.at("/jobLocation/address/addressCountry").asString()).isEqualTo("DK");
        // Recommended.
        assertThat(ld.at("/identifier/value").asString()).isEqualTo(posting.toString());
        assertThat(ld.get("validThrough").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+0[12]:00");
        assertThat(ld.get("employmentType").asString()).isEqualTo("FULL_TIME");
        assertThat(ld.at("/baseSalary/currency").asString()).isEqualTo("DKK");
        assertThat(ld.at("/baseSalary/value/minValue").decimalValue()).isEqualByComparingTo("40000");
        assertThat(ld.at("/baseSalary/value/maxValue").decimalValue()).isEqualByComparingTo("45000");
        assertThat(ld.at("/baseSalary/value/unitText").asString()).isEqualTo("MONTH");
        assertThat(ld.has("directApply")).isTrue();

        // The identifier is the id the API uses.
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/postings/" + posting)).andReturn().getResponse().getContentAsString());
        assertThat(api.get("id").asString()).isEqualTo(posting.toString());
    }

    @Test
    void jsonLdCannotBreakOutOfItsScriptElement() throws Exception {
        var posting = publish("Titel </script><script>alert(1)</script>", 10, List.of(new Period("jobsite", 0)));
        String html = page("/jobs/" + posting);
        assertThat(html).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void feedsParseWithRomeAndCarryTheMediumInEveryLink() throws Exception {
        var posting = publish("Feed-konsulent", 10, List.of(new Period("jobnet", 0)), Category.CHILDCARE);
        var res = mvc.perform(get("/feeds/jobnet/rss.xml")).andReturn().getResponse();
        assertThat(res.getContentType()).startsWith("application/rss+xml");
        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(res.getContentAsByteArray())));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals("Feed-konsulent")).findFirst().orElseThrow();
        assertThat(entry.getLink()).endsWith("/jobs/" + posting + "?medium=jobnet");
        assertThat(entry.getUri()).isEqualTo(posting.toString());
        assertThat(entry.getPublishedDate()).isNotNull();
        assertThat(entry.getCategories()).singleElement().satisfies(c -> assertThat(c.getName()).isEqualTo("Dagtilbud og pædagogik"));
        assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getLink()).endsWith("?medium=jobnet"));

        JsonNode jsonFeed = json.readTree(mvc.perform(get("/feeds/jobnet/feed.json")).andReturn().getResponse().getContentAsString());
        assertThat(jsonFeed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(jsonFeed.get("items").valueStream().map(i -> i.get("url").asString()))
            .contains("http://localhost:8080/jobs/" + posting + "?medium=jobnet");
        assertThat(mvc.perform(get("/feeds/findes-ikke/rss.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theSitemapListsTheJobListsPostingsAndRobotsKeepsPrivatePagesOutOfTheCrawl() throws Exception {
        var listed = publish("Kortlagt konsulent", 10, List.of(new Period("jobsite", 0)));
        var intranetOnly = publish("Intern konsulent", 10, List.of(new Period("intranet", 0)));
        var res = mvc.perform(get("/sitemap.xml")).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(200);
        assertThat(res.getContentType()).startsWith("application/xml");
        var doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(res.getContentAsByteArray()));
        var urls = doc.getElementsByTagNameNS(SitemapController.SITEMAP_NS, "loc");
        var locs = new ArrayList<String>();
        for (int i = 0; i < urls.getLength(); i++) {
            locs.add(urls.item(i).getTextContent());
        }
        var own = publicPostings.ownSite().orElseThrow();
        assertThat(locs).contains("http://localhost:8080/jobs", "http://localhost:8080/jobs/" + listed + "?medium=" + own.code())
            .noneMatch(l -> l.contains(intranetOnly.toString()));

        String robots = page("/robots.txt");
        assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /my-application/",
            "Disallow: /jobcenter/", "Disallow: /cases/", "Allow: /jobs");
    }

    @Test
    void postingAppearsPerMediumOnItsDaysAndDisappearsEverywhereAtTheDeadline() throws Exception {
        var posting = publish("Periode-konsulent", 3, List.of(new Period("intranet", 0), new Period("jobsite", 1),
            new Period("jobindex", 1)));
        assertThat(listed()).doesNotContain(posting);
        assertThat(status("/jobs/" + posting)).isEqualTo(200); // the intranet period runs, so the page exists
        assertThat(inFeed("intranet", posting)).isTrue();
        assertThat(inFeed("jobindex", posting)).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(listed()).contains(posting);
        assertThat(inFeed("jobindex", posting)).isTrue();

        clock.advance(Duration.ofDays(3));
        assertThat(listed()).doesNotContain(posting);
        assertThat(status("/jobs/" + posting)).isEqualTo(404);
        assertThat(status("/api/v1/postings/" + posting)).isEqualTo(404);
        assertThat(inFeed("intranet", posting)).isFalse();
        assertThat(inFeed("jobindex", posting)).isFalse();
    }

    @Test
    void aVisitFromAFeedLinkIsCountedForItsMedium() throws Exception {
        var posting = publish("Sporings-konsulent", 10, List.of(new Period("jobnet", 0)));
        var jobnet = media.all().stream().filter(m -> m.code().equals("jobnet")).findFirst().orElseThrow();
        int before = publicPostings.visits(posting, jobnet.id());
        String html = page("/jobs/" + posting + "?medium=jobnet");
        assertThat(publicPostings.visits(posting, jobnet.id())).isEqualTo(before + 1);
        assertThat(html).contains("Sporings-konsulent");
        page("/jobs/" + posting + "?medium=ukendt-medie");
        assertThat(publicPostings.visits(posting, jobnet.id())).isEqualTo(before + 1);
    }

    @Test
    void theOwnJobListsLinksCarryItsMediumSoItsVisitsAndApplicationsCountForIt() throws Exception {
        var posting = publish("Egen liste " + UUID.randomUUID(), 10, List.of(new Period("jobsite", 0)));
        var own = publicPostings.ownSite().orElseThrow();
        assertThat(page("/jobs")).contains("href=\"/jobs/" + posting + "?medium=" + own.code() + "\"");
        int before = publicPostings.visits(posting, own.id());
        // The posting's "apply" link carries it on, so the application counts for the job list too.
        assertThat(page("/jobs/" + posting + "?medium=" + own.code())).contains("/apply?medium=" + own.code());
        assertThat(publicPostings.visits(posting, own.id())).isEqualTo(before + 1);
    }

    @Test
    void postingHtmlIsSanitised() throws Exception {
        var posting = publish("Sanitering", 10, List.of(new Period("jobsite", 0)));
        var hr = hr();
        var caseId = publicPostings.page(posting).orElseThrow().recruitmentCase().id();
        postings.saveText(hr, caseId, null, "<p onclick=\"x()\">Hej</p><script>alert(1)</script><a href=\"javascript:x()\">l</a>");
        String html = page("/jobs/" + posting);
        assertThat(html).contains("<p>Hej</p>").doesNotContain("onclick").doesNotContain("alert(1)").doesNotContain("javascript:x");
    }

    record Period(String medium, int startInDays) {
    }

    private UUID publish(String title, int deadlineInDays, List<Period> periods) {
        return publish(title, deadlineInDays, periods, Category.ADMINISTRATION);
    }

    private UUID publish(String title, int deadlineInDays, List<Period> periods, Category category) {
        var hr = hr();
        var f = new CaseForm();
        f.setCategory(category);
        f.setTitle(title);
        f.setUnitId(hr.unitId());
        f.setEmploymentType(EmploymentType.FULL_TIME);
        f.setTasks("Du analyserer data.");
        f.setWorkplaceStreet("Rådhuspladsen 1");
        f.setWorkplacePostalCode("1550");
        f.setWorkplaceTown("København V");
        f.setSalaryMin(new BigDecimal("40000"));
        f.setSalaryMax(new BigDecimal("45000"));
        f.setDeadline(LocalDateTime.ofInstant(clock.instant(), Time.DANISH).plusDays(deadlineInDays));
        var c = cases.create(hr, f);
        var posting = postings.saveText(hr, c.id(), null, "<p>Kom og vær med.</p>");
        LocalDate today = Time.today(clock);
        for (Period p : periods) {
            var medium = media.all().stream().filter(m -> m.code().equals(p.medium())).findFirst().orElseThrow();
            postings.addPublication(hr, c.id(), medium.id(), today.plusDays(p.startInDays()), null, null);
        }
        cases.publish(hr, c.id());
        return posting.id();
    }

    private CurrentUser hr() {
        var u = directory.userByUsername("hr.udvidet").orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private List<UUID> listed() {
        return publicPostings.jobList(PublicPostings.Filter.NONE).stream().map(PublicPostings.PublicPosting::id).toList();
    }

    private boolean inFeed(String medium, UUID posting) throws Exception {
        return page("/feeds/" + medium + "/rss.xml").contains("<guid isPermaLink=\"false\">" + posting + "</guid>");
    }

    private String page(String url) throws Exception {
        var res = mvc.perform(get(url)).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res.getContentAsString();
    }

    /** Review 2026-12-06, L4 and L3: a cost of 1e30 was a 500; dates must lie in plausible years. */
    @Test
    void aPublicationWithAnOverflowingCostOrAnImpossibleDateIsRefused() throws Exception {
        var hr = hr();
        var f = new CaseForm();
        f.setTitle("Pris " + UUID.randomUUID());
        f.setDeadline(LocalDateTime.ofInstant(clock.instant(), Time.DANISH).plusDays(10));
        var c = cases.create(hr, f);
        postings.saveText(hr, c.id(), null, "<p>Tekst</p>");
        var medium = media.all().stream().filter(m -> m.code().equals("jobindex")).findFirst().orElseThrow();
        String today = Time.today(clock).toString();
        for (String[] attempt : List.of(new String[] {today, "1e30", "error.input.number-range"},
            new String[] {today, "1e400", "error.input.number-range"},
            new String[] {"+99999-01-01", "100", "error.input.date-range"})) {
            var u = directory.userByUsername("hr.udvidet").orElseThrow();
            var res = mvc.perform(MockMvcRequestBuilders
                    .post("/cases/" + c.id() + "/publications")
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .with(SecurityMockMvcRequestPostProcessors
                        .user(u.username()).authorities(new SimpleGrantedAuthority(
                            u.role().authority())))
                    .param("mediumId", medium.id().toString()).param("startsOn", attempt[0]).param("cost", attempt[1]))
                .andReturn();
            assertThat(res.getResponse().getStatus()).as(attempt[1]).isEqualTo(302);
            assertThat(res.getFlashMap().get("errorKey")).as(attempt[1]).isEqualTo(attempt[2]);
        }
        assertThat(postings.publications(c.id())).isEmpty();
    }

    /**
     * Submissions read the media from a list a few seconds old; the administrator's check for a taken code must not:
     * a medium just saved by another instance (here: written straight to the database) is refused with the message,
     * not with a failed insert.
     */
    @Test
    void aMediumCodeJustTakenElsewhereIsRefusedWithItsMessage() {
        String code = "avis-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(publicPostings.medium(code)).isEmpty(); // the list in memory now lacks it
        jdbc.sql("INSERT INTO medium (id, code, name, kind, cost_per_publication, active) VALUES (?, ?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), code, "Avisen", MediumKind.NEWSPAPER.name(), BigDecimal.ZERO, true).update();

        try {
            Assertions.assertThatThrownBy(() -> media.save(null, code, "Avisen igen",
                    MediumKind.NEWSPAPER, BigDecimal.ONE, true))
                .isInstanceOf(RuleViolation.class).hasMessage("error.medium.code-taken");
        } finally {
            jdbc.sql("DELETE FROM medium WHERE code = ?").param(code).update(); // the other tests' media list
        }
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }
}
