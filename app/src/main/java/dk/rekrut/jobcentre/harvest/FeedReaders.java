package dk.rekrut.jobcentre.harvest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import dk.rekrut.jobcentre.JobcentreProperties;
import dk.rekrut.jobcentre.Run;
import dk.rekrut.jobcentre.SourceKind;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the formats a source may have: RSS 2.0 and Atom, JSON Feed, schema.org JobPosting JSON-LD in a page or in
 * the pages of a sitemap, and uploaded CSV or JSON Lines. A document that is not of its kind at all is a
 * {@link HarvestFailure}; an entry in it that cannot be read is an error of that entry only.
 *
 * <p>Feeds have no standard fields for employer, place or deadline, so extension elements and objects are read by
 * their local name (e.g. {@code <job:employer>}, {@code "_jobnet": {"deadline": ...}}); see docs/jobcentre.md.
 */
@Component
public class FeedReaders {

    /** Extension names (lower case, without namespace) that carry a canonical field. */
    private static final Map<String, String> ALIASES = aliases();
    private static final Pattern JSON_LD = Pattern.compile(
        "<script[^>]*type\\s*=\\s*[\"']application/ld\\+json[\"'][^>]*>(.*?)</script>",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final JsonMapper json = JsonMapper.builder().build();
    private final int maxPages;

    FeedReaders(JobcentreProperties settings) {
        this.maxPages = settings.fetch().maxPages();
    }

    private static Map<String, String> aliases() {
        var m = new HashMap<String, String>();
        for (String s : List.of("employer", "company", "hiringorganization", "hiringorganisation", "arbejdsgiver")) {
            m.put(s, "employer");
        }
        for (String s : List.of("postcode", "postalcode", "zip", "postnummer")) {
            m.put(s, "postcode");
        }
        for (String s : List.of("town", "city", "location", "addresslocality", "by", "arbejdssted")) {
            m.put(s, "town");
        }
        for (String s : List.of("deadline", "validthrough", "applicationdeadline", "expires", "ansoegningsfrist")) {
            m.put(s, "deadline");
        }
        for (String s : List.of("occupation", "occupationalcategory", "esco", "star")) {
            m.put(s, "occupation");
        }
        m.put("lat", "lat");
        m.put("latitude", "lat");
        m.put("long", "lon");
        m.put("lon", "lon");
        m.put("longitude", "lon");
        return Map.copyOf(m);
    }

    public Entries.Parsed read(SourceKind kind, Fetcher.Fetched fetched, String url, Fetcher fetcher) throws HarvestFailure {
        return switch (kind) {
            case RSS -> xmlFeed(fetched.body());
            case JSON_FEED -> jsonFeed(fetched.body());
            case JSON_LD -> jsonLd(fetched.body(), url, fetcher);
            case UPLOAD -> upload(new String(fetched.body(), StandardCharsets.UTF_8));
            case REKRUT -> throw new IllegalArgumentException("Rekrut's own postings are not fetched");
        };
    }

    // --- RSS 2.0 and Atom

    private Entries.Parsed xmlFeed(byte[] body) throws HarvestFailure {
        Element root = xml(body).getDocumentElement();
        String rootName = localName(root);
        boolean atom = rootName.equals("feed");
        if (!atom && !rootName.equals("rss") && !rootName.equals("rdf")) {
            throw new HarvestFailure("not-a-feed");
        }
        List<Element> items = descendants(root, atom ? "entry" : "item");
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        int n = 0;
        for (Element item : items) {
            n++;
            Map<String, String> f = new HashMap<>();
            for (Element child : children(item)) {
                String name = localName(child);
                String value = child.getTextContent();
                switch (name) {
                    case "title" -> f.put("title", value);
                    case "guid", "id" -> f.put("id", value);
                    case "link" -> f.putIfAbsent("url", atom ? atomLink(child) : value);
                    case "description", "summary", "content", "encoded" -> f.putIfAbsent("text", value);
                    case "author" -> {
                        if (atom) {
                            children(child).stream().filter(c -> localName(c).equals("name")).findFirst()
                                .ifPresent(c -> f.putIfAbsent("employer", c.getTextContent()));
                        }
                    }
                    default -> {
                        String canonical = ALIASES.get(name);
                        if (canonical != null) {
                            f.putIfAbsent(canonical, value);
                        }
                    }
                }
            }
            add(entries, Entries.of(n, f::get, errors));
        }
        return new Entries.Parsed(entries, errors, n);
    }

    private static String atomLink(Element link) {
        String rel = link.getAttribute("rel");
        return rel.isEmpty() || rel.equals("alternate") ? link.getAttribute("href") : null;
    }

    /** A parser that reads no DOCTYPE, so no external entity or entity expansion reaches us. */
    private static Document xml(byte[] body) throws HarvestFailure {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            // Silent: the default handler prints parse errors to stderr; the run's log says "not a feed" instead.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new HarvestFailure("not-a-feed");
        }
    }

    private static String localName(Node n) {
        String name = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<Element> children(Element e) {
        var out = new ArrayList<Element>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element root, String localName) {
        var out = new ArrayList<Element>();
        var nodes = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    // --- JSON Feed

    private Entries.Parsed jsonFeed(byte[] body) throws HarvestFailure {
        JsonNode root = json(new String(body, StandardCharsets.UTF_8));
        if (root == null || !root.isObject() || !root.path("version").asString("").startsWith("https://jsonfeed.org/")
            || !root.path("items").isArray()) {
            throw new HarvestFailure("not-a-feed");
        }
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        int n = 0;
        for (JsonNode item : root.path("items")) {
            n++;
            if (!item.isObject()) {
                errors.add(new Run.Message("unreadable", n));
                continue;
            }
            Map<String, String> f = new HashMap<>();
            f.put("id", string(item.get("id")));
            f.put("url", string(item.get("url")));
            f.put("title", string(item.get("title")));
            f.put("text", item.hasNonNull("content_text") ? string(item.get("content_text")) : string(item.get("content_html")));
            JsonNode authors = item.path("authors");
            if (authors.isArray() && !authors.isEmpty()) {
                f.put("employer", string(authors.get(0).get("name")));
            }
            for (var property : item.properties()) {
                if (property.getKey().startsWith("_") && property.getValue().isObject()) {
                    for (var ext : property.getValue().properties()) {
                        String canonical = ALIASES.get(ext.getKey().toLowerCase(Locale.ROOT));
                        if (canonical != null && string(ext.getValue()) != null) {
                            f.put(canonical, string(ext.getValue()));
                        }
                    }
                }
            }
            add(entries, Entries.of(n, f::get, errors));
        }
        return new Entries.Parsed(entries, errors, n);
    }

    // --- schema.org JobPosting in JSON-LD

    private Entries.Parsed jsonLd(byte[] body, String url, Fetcher fetcher) throws HarvestFailure {
        String text = new String(body, StandardCharsets.UTF_8);
        String head = text.substring(0, Math.min(text.length(), 500)).toLowerCase(Locale.ROOT);
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        if (head.contains("<urlset")) {
            List<Element> locs = descendants(xml(body).getDocumentElement(), "loc");
            int pages = 0;
            int read = 0;
            for (Element loc : locs) {
                if (++pages > maxPages) {
                    errors.add(new Run.Message("too-many-pages", maxPages));
                    break;
                }
                try {
                    var page = fetcher.fetch(loc.getTextContent().strip());
                    read = jsonLdPage(new String(page.body(), StandardCharsets.UTF_8), loc.getTextContent().strip(),
                        entries, errors, read);
                } catch (HarvestFailure e) {
                    errors.add(new Run.Message("page-failed", pages));
                }
            }
            if (!locs.isEmpty() && entries.isEmpty() && read == 0) {
                throw new HarvestFailure("no-pages-read");
            }
            return new Entries.Parsed(entries, errors, read);
        }
        int read = jsonLdPage(text, url, entries, errors, 0);
        if (read == 0) {
            throw new HarvestFailure("no-job-postings");
        }
        return new Entries.Parsed(entries, errors, read);
    }

    /** Adds the page's JobPostings; returns the running count of postings read. */
    private int jsonLdPage(String html, String pageUrl, List<Entry> entries, List<Run.Message> errors, int read) {
        var m = JSON_LD.matcher(html);
        while (m.find()) {
            JsonNode node;
            try {
                node = json.readTree(m.group(1));
            } catch (JacksonException e) {
                errors.add(new Run.Message("unreadable", read + 1));
                continue;
            }
            for (JsonNode posting : jobPostings(node)) {
                read++;
                add(entries, Entries.of(read, jobPostingFields(posting, pageUrl), errors));
            }
        }
        return read;
    }

    private static List<JsonNode> jobPostings(JsonNode node) {
        var out = new ArrayList<JsonNode>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(jobPostings(n)));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                out.addAll(jobPostings(node.get("@graph")));
            }
            JsonNode type = node.get("@type");
            boolean isPosting = type != null && (type.isArray()
                ? StreamSupport.stream(type.spliterator(), false).anyMatch(t -> "JobPosting".equals(t.asString("")))
                : "JobPosting".equals(type.asString("")));
            if (isPosting) {
                out.add(node);
            }
        }
        return out;
    }

    private static Function<String, String> jobPostingFields(JsonNode p, String pageUrl) {
        JsonNode location = p.path("jobLocation").isArray() ? p.path("jobLocation").path(0) : p.path("jobLocation");
        JsonNode address = location.path("address");
        JsonNode identifier = p.path("identifier");
        JsonNode org = p.path("hiringOrganization");
        String url = string(p.get("url")) != null ? string(p.get("url")) : pageUrl;
        Map<String, String> f = new HashMap<>();
        f.put("id", identifier.isObject() ? string(identifier.get("value")) : string(identifier));
        f.put("url", url);
        f.put("title", string(p.get("title")));
        f.put("text", string(p.get("description")));
        f.put("employer", org.isObject() ? string(org.get("name")) : string(org));
        f.put("postcode", string(address.get("postalCode")));
        f.put("town", string(address.get("addressLocality")));
        f.put("lat", string(location.path("geo").get("latitude")));
        f.put("lon", string(location.path("geo").get("longitude")));
        f.put("deadline", string(p.get("validThrough")));
        JsonNode occupation = p.path("occupationalCategory");
        f.put("occupation", occupation.isObject() ? string(occupation.get("codeValue")) : string(occupation));
        return f::get;
    }

    // --- Uploads: JSON Lines (first non-blank character '{') or CSV with a header row

    public Entries.Parsed upload(String content) throws HarvestFailure {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return text.stripLeading().startsWith("{") ? jsonLines(text) : csv(text);
    }

    private Entries.Parsed jsonLines(String text) {
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                errors.add(new Run.Message("unreadable", n));
                continue;
            }
            JsonNode row = node;
            add(entries, Entries.of(n, name -> string(row.get(name)), errors));
        }
        return new Entries.Parsed(entries, errors, n);
    }

    private Entries.Parsed csv(String text) throws HarvestFailure {
        List<List<String>> rows = Csv.parse(text);
        if (rows.isEmpty()) {
            throw new HarvestFailure("not-a-feed");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("title")) {
            throw new HarvestFailure("csv-header");
        }
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        int n = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            n++;
            if (row.size() != header.size()) {
                errors.add(new Run.Message("unreadable", n));
                continue;
            }
            add(entries, Entries.of(n, name -> header.contains(name) ? row.get(header.indexOf(name)) : null, errors));
        }
        return new Entries.Parsed(entries, errors, n);
    }

    // --- helpers

    private JsonNode json(String text) throws HarvestFailure {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new HarvestFailure("not-a-feed");
        }
    }

    private static String string(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode() || n.isContainer()) {
            return null;
        }
        return n.asString();
    }

    private static void add(List<Entry> entries, Entry e) {
        if (e != null) {
            entries.add(e);
        }
    }
}
