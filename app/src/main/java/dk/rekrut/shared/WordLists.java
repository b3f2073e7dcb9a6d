package dk.rekrut.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Word puts a list on the clipboard as paragraphs ({@code <p style="mso-list:l0 level1 lfo1">}) whose bullet or
 * number is a span of text ({@code mso-list:Ignore}), not as {@code <ul>}/{@code <ol>}; the allow-list would keep
 * only the paragraphs and the bullet characters. This turns each run of such paragraphs back into a list, nested by
 * Word's level, before the HTML is cleaned, so a posting pasted from Word keeps its lists.
 */
final class WordLists {

    private static final Pattern LEVEL = Pattern.compile("(?i)mso-list\\s*:\\s*l\\d+\\s+level(\\d+)");
    private static final Pattern MARKER_STYLE = Pattern.compile("(?i)mso-list\\s*:\\s*ignore");
    private static final Pattern ORDERED = Pattern.compile("\\s*(\\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]\\s*");

    private WordLists() {
    }

    static boolean present(String html) {
        return html.contains("mso-list");
    }

    static void rebuild(Element root) {
        for (Element p : root.select("p[style*=mso-list]")) {
            if (p.parent() != null && level(p) > 0) {
                rebuildRunFrom(p);
            }
        }
        // Word's spans carry only fonts and languages, which the allow-list drops anyway; left, they would be empty
        // or bare <span> elements around the text.
        root.select("span").unwrap();
    }

    /** Replaces {@code first} and the list paragraphs right after it by one (nested) list. */
    private static void rebuildRunFrom(Element first) {
        List<Element> run = new ArrayList<>();
        for (Node n = first; n != null; n = n.nextSibling()) {
            if (n instanceof Element e && e.normalName().equals("p") && level(e) > 0) {
                run.add(e);
            } else if (!(n instanceof TextNode t && t.isBlank()) && !n.nodeName().equals("#comment")) {
                break;
            }
        }
        Deque<Element> lists = new ArrayDeque<>();
        Element top = null;
        for (Element p : run) {
            int level = level(p);
            boolean ordered = ORDERED.matcher(marker(p)).matches();
            while (lists.size() > level) {
                lists.pop();
            }
            while (lists.size() < level) {
                Element list = new Element(ordered ? "ol" : "ul");
                if (lists.isEmpty()) {
                    top = list;
                } else {
                    Element lastItem = lists.peek().children().last();
                    (lastItem == null ? lists.peek() : lastItem).appendChild(list);
                }
                lists.push(list);
            }
            Element item = lists.peek().appendElement("li");
            item.appendChildren(p.childNodesCopy());
        }
        first.before(top);
        run.forEach(Node::remove);
    }

    /** The bullet or number Word wrote, removed from the paragraph; "" when there is none. */
    private static String marker(Element p) {
        for (Element span : p.select("span[style]")) {
            if (MARKER_STYLE.matcher(span.attr("style")).find()) {
                String text = span.text().replace('\u00a0', ' ');
                span.remove();
                return text;
            }
        }
        return "";
    }

    private static int level(Element p) {
        Matcher m = LEVEL.matcher(p.attr("style"));
        return m.find() ? Math.min(Integer.parseInt(m.group(1)), 9) : 0;
    }
}
