package dk.rekrut.publication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** HTML from users is reduced to a safe subset before it is stored and again before it is shown. */
final class Html {

    private static final Safelist SAFE = Safelist.relaxed().removeTags("img")
        .addProtocols("a", "href", "https", "mailto");

    private Html() {
    }

    static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFE, settings);
    }

    /** Plain text with line breaks, escaped and turned into paragraphs. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var sb = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return sb.toString();
    }

    static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
