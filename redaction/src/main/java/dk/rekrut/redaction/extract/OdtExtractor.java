package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * ODT: the text of the body (with frames, text boxes, notes, annotations and tracked changes) and of the headers
 * and footers, which live in styles.xml. meta.xml, settings, pictures and embedded objects are never carried over.
 * An encrypted ODT (password) is refused: its content cannot be read.
 */
final class OdtExtractor {

    private OdtExtractor() {
    }

    static Extraction extract(byte[] bytes) throws DocumentException {
        Map<String, byte[]> parts = SafeZip.read(bytes,
            n -> n.equals("content.xml") || n.equals("styles.xml") || n.equals("META-INF/manifest.xml"));
        byte[] manifest = parts.get("META-INF/manifest.xml");
        if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
            throw new DocumentException(DocumentException.Kind.ENCRYPTED, "the ODT is protected by a password");
        }
        if (parts.get("content.xml") == null) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the ODT has no content.xml");
        }
        var out = new Extraction.Builder("application/vnd.oasis.opendocument.text");
        for (String name : parts.keySet()) {
            if (name.startsWith("Pictures/") && !name.endsWith("/")) {
                out.images(1);
                out.dropped("images");
            } else if (name.equals("meta.xml")) {
                out.dropped("document properties (author, title, ...)");
            } else if (name.startsWith("Object") || name.startsWith("ObjectReplacements/")) {
                out.dropped("embedded objects");
            } else if (name.startsWith("Thumbnails/")) {
                out.dropped("thumbnail");
            } else if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
                out.dropped("macros");
            }
        }
        if (parts.get("styles.xml") != null) {
            // styles.xml holds the master pages' headers and footers; style definitions have no paragraphs.
            out.block("header and footer", XmlText.extract(parts.get("styles.xml"), XmlText.ODF));
        }
        out.block("body", XmlText.extract(parts.get("content.xml"), XmlText.ODF));
        return out.build();
    }
}
