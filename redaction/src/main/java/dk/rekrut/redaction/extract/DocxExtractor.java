package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DOCX: the text of the body, headers, footers, text boxes, footnotes, endnotes, comments and tracked changes
 * (inserted and deleted text alike: a deletion still holds what the applicant wrote), charts and SmartArt. Document
 * properties, custom XML, images, embedded objects, macros and alternative text are never carried over.
 */
final class DocxExtractor {

    private DocxExtractor() {
    }

    static Extraction extract(byte[] bytes) throws DocumentException {
        Map<String, byte[]> parts = SafeZip.read(bytes, name -> name.startsWith("word/") && name.endsWith(".xml"));
        if (!parts.containsKey("word/document.xml")) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the DOCX has no word/document.xml");
        }
        var out = new Extraction.Builder("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        List<String> headers = new ArrayList<>();
        List<String> footers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String name : parts.keySet()) {
            if (name.startsWith("word/media/") || name.matches("word/.*\\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)")) {
                out.images(1);
            } else if (name.startsWith("word/embeddings/")) {
                out.dropped("embedded objects");
            } else if (name.contains("vbaProject")) {
                out.dropped("macros");
            } else if (name.startsWith("docProps/")) {
                out.dropped("document properties (author, title, custom properties)");
            } else if (name.startsWith("customXml/")) {
                out.dropped("custom XML data");
            }
            if (parts.get(name) == null || name.equals("word/document.xml")) {
                continue;
            }
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith("header")) {
                headers.add(name);
            } else if (base.startsWith("footer")) {
                footers.add(name);
            } else {
                others.add(name);
            }
        }
        headers.sort(null);
        footers.sort(null);
        others.sort(null);
        for (String h : headers) {
            out.block("header", XmlText.extract(parts.get(h), XmlText.OOXML));
        }
        out.block("body", XmlText.extract(parts.get("word/document.xml"), XmlText.OOXML));
        for (String f : footers) {
            out.block("footer", XmlText.extract(parts.get(f), XmlText.OOXML));
        }
        for (String o : others) {
            // footnotes, endnotes, comments, charts, diagrams, glossary; parts without text (styles, settings) add nothing.
            out.block(partKind(o), XmlText.extract(parts.get(o), XmlText.OOXML));
        }
        if (out.build().images() > 0) {
            out.dropped("images");
        }
        return out.build();
    }

    /** The parts of a package with a kind of their own; anything else is "other part". */
    private static final Set<String> KINDS = Set.of("footnotes", "endnotes", "comments", "charts/chart", "diagrams/data",
        "diagrams/drawing", "glossary/document");

    /**
     * What the extraction calls a part (in the report, a withheld reason, a log line, and through the rendition's
     * heading in front of the committee): one of a fixed few, never the part's own name, which whoever made the file
     * chose ({@code word/Mette Hansen.xml}) and which no detector reads.
     */
    static String partKind(String name) {
        String kind = name.substring("word/".length()).replaceAll("\\d*\\.xml$", "");
        return KINDS.contains(kind) ? kind : "other part";
    }
}
