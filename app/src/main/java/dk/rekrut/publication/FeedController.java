package dk.rekrut.publication;

import dk.rekrut.recruitment.Category;
import dk.rekrut.shared.PublicSite;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.Time;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A feed per medium (RSS 2.0 and JSON Feed 1.1) of the postings running in it now. Every link carries the
 * medium's code, so a visit and an application are attributed to the medium they came from.
 */
@RestController
class FeedController {

    private final PublicPostings postings;
    private final PostingText text;
    private final Layouts layouts;
    private final InstitutionSettings settings;
    private final PublicSite site;
    private final MessageSource messages;

    FeedController(PublicPostings postings, PostingText text, Layouts layouts, InstitutionSettings settings, PublicSite site,
                   MessageSource messages) {
        this.site = site;
        this.messages = messages;
        this.postings = postings;
        this.text = text;
        this.layouts = layouts;
        this.settings = settings;
    }

    @GetMapping(value = "/feeds/{code}/rss.xml", produces = "application/rss+xml;charset=UTF-8")
    ResponseEntity<String> rss(@PathVariable String code, Locale locale) throws XMLStreamException {
        var medium = postings.medium(code).orElseThrow(() -> new NotFoundException("medium"));
        var items = postings.forMedium(medium);
        var out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("rss");
        x.writeAttribute("version", "2.0");
        x.writeStartElement("channel");
        element(x, "title", settings.get(InstitutionSettings.NAME) + " – " + medium.name());
        element(x, "link", base() + "/jobs");
        element(x, "description", settings.get(InstitutionSettings.NAME));
        element(x, "language", "da");
        for (var pp : items) {
            var c = pp.recruitmentCase();
            x.writeStartElement("item");
            element(x, "title", c.title());
            element(x, "link", link(pp, medium));
            x.writeStartElement("guid");
            x.writeAttribute("isPermaLink", "false");
            x.writeCharacters(pp.id().toString());
            x.writeEndElement();
            element(x, "description", description(pp, locale));
            element(x, "category", category(c.category()));
            element(x, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(postedIn(pp, medium).atStartOfDay(Time.DANISH)));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
            .body(out.toString());
    }

    @GetMapping(value = "/feeds/{code}/feed.json", produces = "application/feed+json")
    Map<String, Object> json(@PathVariable String code, Locale locale) {
        var medium = postings.medium(code).orElseThrow(() -> new NotFoundException("medium"));
        List<Map<String, Object>> items = postings.forMedium(medium).stream().map(pp -> {
            var c = pp.recruitmentCase();
            var item = new LinkedHashMap<String, Object>();
            item.put("id", pp.id().toString());
            item.put("url", link(pp, medium));
            item.put("title", c.title());
            item.put("content_html", description(pp, locale));
            item.put("date_published", postedIn(pp, medium).atStartOfDay(Time.DANISH).toOffsetDateTime().toString());
            item.put("tags", List.of(category(c.category())));
            item.put("_rekrut", Map.of(
                "deadline", c.deadline().atOffset(ZoneOffset.UTC).toString(),
                "location", c.terms().workplaceTown() == null ? "" : c.terms().workplaceTown(),
                "employmentType", c.terms().employmentType().name()));
            return (Map<String, Object>) item;
        }).toList();
        var feed = new LinkedHashMap<String, Object>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", settings.get(InstitutionSettings.NAME) + " – " + medium.name());
        feed.put("home_page_url", base() + "/jobs");
        feed.put("feed_url", base() + "/feeds/" + medium.code() + "/feed.json");
        feed.put("language", "da");
        feed.put("items", items);
        return feed;
    }

    /** When the posting started in this medium (a Jobnet item is new on Jobnet's first day, not the intranet's). */
    private static LocalDate postedIn(PublicPostings.PublicPosting pp, Medium medium) {
        return pp.runningPublications().stream().filter(p -> p.medium().id().equals(medium.id()))
            .map(Publication::startsOn).findFirst().orElse(pp.datePosted());
    }

    private String description(PublicPostings.PublicPosting pp, Locale locale) {
        return text.html(pp.recruitmentCase(), pp.posting(), layouts.find(pp.posting().layoutTemplateId()).orElse(null), locale);
    }

    /** The category as the job list names it, in Danish like the feeds (not the code: review problem 14). */
    private String category(Category category) {
        return messages.getMessage("category." + category.name(), null, category.name(), Locale.forLanguageTag("da"));
    }

    private String link(PublicPostings.PublicPosting pp, Medium medium) {
        return base() + "/jobs/" + pp.id() + "?medium=" + medium.code();
    }

    private String base() {
        return site.baseUrl();
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
