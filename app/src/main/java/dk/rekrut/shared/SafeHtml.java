package dk.rekrut.shared;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list for HTML that users write (posting texts, layouts, letter templates): it is reduced to this
 * subset before it is stored and again before it is shown or sent. Headings, paragraphs, lists, tables, emphasis and
 * links; no images, scripts, styles or event handlers. Lists pasted from Word become lists ({@link WordLists}).
 */
public final class SafeHtml {

    // Links are kept as written instead of being resolved against a base URI, which mail does not have (that threw
    // and caught an exception per link); a link is then judged by that same written value. Quotations lose their
    // cite address, the only other attribute relaxed() checks for a protocol.
    private static final Safelist SAFE = new LinkSafelist(Safelist.relaxed().removeTags("img")
        .removeAttributes("blockquote", "cite").removeAttributes("q", "cite").preserveRelativeLinks(true));

    private SafeHtml() {
    }

    /** The safe subset of {@code html}, as a fragment; empty for null. */
    public static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        if (!WordLists.present(html)) {
            return Jsoup.clean(html, "", SAFE, new Document.OutputSettings().prettyPrint(false));
        }
        Document pasted = Jsoup.parseBodyFragment(html, "");
        WordLists.rebuild(pasted.body());
        return clean(pasted).body().html();
    }

    /** A cleaned copy of a parsed body, for callers that read the clean tree further (mail's plain-text part). */
    public static Document clean(Document dirty) {
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean;
    }

    /**
     * Absolute web and mail links only. Judges a link by the value the cleaner will keep. jsoup's own check looks at
     * the link as it resolves it, and resolving drops control characters and a leading {@code url:}, so {@code url:https://...} would pass the check
     * and be kept as written. Here a link must begin with an allowed protocol as written and hold no control
     * characters; anything else loses its {@code href}.
     */
    private static final class LinkSafelist extends Safelist {

        private static final Pattern LINK = Pattern.compile("(?i)(https?://|ftp://|mailto:)[^\\x00-\\x1f\\x7f]*");

        LinkSafelist(Safelist copy) {
            super(copy);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if ("a".equals(tagName) && "href".equals(attr.getKey())) {
                return LINK.matcher(attr.getValue()).matches();
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }
}
