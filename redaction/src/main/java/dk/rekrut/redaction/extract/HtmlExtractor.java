package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: the visible text of the body with its block structure. The head (title, meta tags), scripts, styles,
 * comments, images and their alternative text, and link targets are not carried over.
 */
final class HtmlExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "ul", "ol", "address", "blockquote", "pre", "dt", "dd", "hr", "main", "aside",
        "nav", "figure", "figcaption", "form", "fieldset", "legend", "caption");

    private HtmlExtractor() {
    }

    static Extraction extract(byte[] bytes) throws DocumentException {
        var out = new Extraction.Builder("text/html");
        org.jsoup.nodes.Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "HTML cannot be read: " + e.getMessage(), e);
        }
        if (!doc.head().children().isEmpty()) {
            out.dropped("HTML head (title, meta tags)");
        }
        var images = doc.body().select("img, picture, svg, video, object, embed, iframe, canvas");
        out.images(images.size());
        if (!doc.select("script").isEmpty()) {
            out.dropped("scripts");
        }
        doc.select("script, style, noscript, template, head, img, picture, svg, video, audio, object, embed, iframe, canvas")
            .remove();
        var sb = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > Limits.MAX_NESTING) {
                    return;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    sb.append('\t');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    sb.append('\n');
                }
            }
        });
        // Collapse the blank lines that nested blocks leave, keeping single paragraph breaks.
        String text = sb.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return out.block("body", text).build();
    }
}
