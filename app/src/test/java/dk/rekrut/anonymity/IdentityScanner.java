package dk.rekrut.anonymity;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds identity strings in what a user received: as written, HTML-escaped, URL-encoded, or with changed spacing
 * and case. Downloaded PDF and Word files are searched in their text and their metadata.
 */
final class IdentityScanner {

    private IdentityScanner() {
    }

    /** The needles of each person found in the content. */
    static List<String> leaks(String content, List<? extends Identity> people) {
        String unescaped = HtmlUtils.htmlUnescape(content);
        String decoded = urlDecoded(unescaped);
        String squashed = squash(decoded);
        List<String> found = new ArrayList<>();
        for (Identity p : people) {
            for (String needle : p.needles()) {
                if (content.contains(needle) || unescaped.contains(needle) || decoded.contains(needle)
                    || squashed.contains(squash(needle))) {
                    found.add(needle);
                }
            }
        }
        return found;
    }

    /** The text of a response body: a PDF's or Word file's text and metadata, anything else as UTF-8 text. */
    static String text(byte[] bytes) throws Exception {
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (var doc = Loader.loadPDF(bytes)) {
                var info = doc.getDocumentInformation();
                var text = new StringBuilder(new PDFTextStripper().getText(doc)).append('\n');
                for (String key : info.getMetadataKeys()) {
                    text.append(key).append('=').append(info.getCustomMetadataValue(key)).append('\n');
                }
                var xmp = doc.getDocumentCatalog().getMetadata();
                return text.append(xmp == null ? "" : new String(xmp.toByteArray(), StandardCharsets.UTF_8)).toString();
            }
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes)); var text = new XWPFWordExtractor(doc)) {
                var core = doc.getProperties().getCoreProperties();
                return text.getText() + "\n" + core.getCreator() + "\n" + core.getTitle() + "\n"
                    + core.getLastModifiedByUser();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** URL-decoded where it is URL encoding; a lone "%" in a text (e.g. "50 %") is left as it is. */
    static String urlDecoded(String s) {
        Matcher m = Pattern.compile("(%[0-9A-Fa-f]{2})+").matcher(s.replace("+", "%2B"));
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(URLDecoder.decode(m.group(), StandardCharsets.UTF_8)));
        }
        return m.appendTail(out).toString();
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** What identifies a person: the strings that must not reach the committee. */
    interface Identity {
        List<String> needles();
    }
}
