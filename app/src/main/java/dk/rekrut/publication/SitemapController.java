package dk.rekrut.publication;

import dk.rekrut.shared.PublicSite;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines may crawl: the public job list and the postings on it (review: no robots.txt or sitemap).
 * Private links, staff pages and the API are kept out of the crawl; the private pages also send noindex themselves,
 * since robots.txt is a request to well-behaved crawlers, not a protection.
 */
@RestController
class SitemapController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final PublicPostings postings;
    private final PublicSite site;

    SitemapController(PublicPostings postings, PublicSite site) {
        this.postings = postings;
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
            User-agent: *
            Allow: /jobs
            Allow: /feeds/
            Disallow: /jobs/*/apply
            Disallow: /my-application/
            Disallow: /jobcenter/
            Disallow: /cases/
            Disallow: /admin/
            Disallow: /api/
            Disallow: /login
            Sitemap: %s/sitemap.xml
            """.formatted(site.baseUrl());
    }

    /** The job list and every posting on it now, each under the own site's medium as the list links it. */
    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        var own = postings.ownSite().map(m -> "?medium=" + m.code()).orElse("");
        var out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("urlset");
        x.writeDefaultNamespace(SITEMAP_NS);
        url(x, site.baseUrl() + "/jobs", null);
        for (var pp : postings.jobList(PublicPostings.Filter.NONE)) {
            url(x, site.baseUrl() + "/jobs/" + pp.id() + own, pp.datePosted().toString());
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(out.toString());
    }

    private static void url(XMLStreamWriter x, String loc, String lastModified) throws XMLStreamException {
        x.writeStartElement("url");
        x.writeStartElement("loc");
        x.writeCharacters(loc);
        x.writeEndElement();
        if (lastModified != null) {
            x.writeStartElement("lastmod");
            x.writeCharacters(lastModified);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}
