package dk.rekrut.publication;

import dk.rekrut.shared.SafeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** HTML helpers for postings. Users' HTML is reduced to {@link SafeHtml}'s subset before it is stored and shown. */
final class Html {

    private Html() {
    }

    static String sanitise(String html) {
        return SafeHtml.sanitise(html);
    }

    /** Plain text with line breaks, escaped and turned into paragraphs. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var sb = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            sb.append("<p>").append(Entities.escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return sb.toString();
    }

    static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
