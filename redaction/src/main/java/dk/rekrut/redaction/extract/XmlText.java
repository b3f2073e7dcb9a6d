package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The visible text of an office XML part, read with StAX (no DTDs, no external entities: an XML part cannot make the
 * engine read files or expand entity bombs). Which elements hold text, end paragraphs, or stand for a tab or a
 * line break differs between OOXML and ODF and is given by a {@link Dialect}.
 */
final class XmlText {

    /**
     * @param textElements   local names whose character content is text ({@code null}: any text inside a paragraph)
     * @param paragraphs     local names that end with a line break
     * @param tabs           local names that stand for a tab
     * @param breaks         local names that stand for a line break
     * @param spaces         local names that stand for a space (ODF's text:s)
     * @param skipped        local names whose content is not visible text (field instructions, ...)
     */
    record Dialect(Set<String> textElements, Set<String> paragraphs, Set<String> tabs, Set<String> breaks, Set<String> spaces,
                   Set<String> skipped) {
    }

    static final Dialect OOXML = new Dialect(Set.of("t", "delText"), Set.of("p", "tc"), Set.of("tab", "ptab"),
        Set.of("br", "cr"), Set.of(), Set.of("instrText", "delInstrText"));

    static final Dialect ODF = new Dialect(null, Set.of("p", "h", "table-cell"), Set.of("tab"), Set.of("line-break"), Set.of("s"),
        Set.of("tracked-changes-metadata", "creator", "date", "note-citation"));

    private static final XMLInputFactory FACTORY = factory();

    private XmlText() {
    }

    static String extract(byte[] xml, Dialect d) throws DocumentException {
        var sb = new StringBuilder();
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            int depth = 0;
            int inText = 0;
            int inParagraph = 0;
            int skipping = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > Limits.MAX_NESTING) {
                        throw new DocumentException(DocumentException.Kind.CORRUPT, "the document is nested too deeply");
                    }
                    String name = r.getLocalName();
                    if (d.skipped().contains(name)) {
                        skipping++;
                    } else if (d.textElements() != null && d.textElements().contains(name)) {
                        inText++;
                    } else if (d.paragraphs().contains(name)) {
                        inParagraph++;
                    } else if (skipping == 0 && d.tabs().contains(name)) {
                        sb.append('\t');
                    } else if (skipping == 0 && d.breaks().contains(name)) {
                        sb.append('\n');
                    } else if (skipping == 0 && d.spaces().contains(name)) {
                        String c = r.getAttributeValue(null, "c");
                        int n = 1;
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (r.getAttributeLocalName(i).equals("c")) {
                                c = r.getAttributeValue(i);
                            }
                        }
                        try {
                            n = c == null ? 1 : Math.min(100, Integer.parseInt(c.strip()));
                        } catch (NumberFormatException ignored) {
                            n = 1;
                        }
                        sb.append(" ".repeat(Math.max(1, n)));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = r.getLocalName();
                    if (d.skipped().contains(name)) {
                        skipping--;
                    } else if (d.textElements() != null && d.textElements().contains(name)) {
                        inText--;
                    } else if (d.paragraphs().contains(name)) {
                        inParagraph--;
                        if (skipping == 0) {
                            sb.append('\n');
                        }
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && skipping == 0
                    && (d.textElements() == null ? inParagraph > 0 : inText > 0)) {
                    String t = r.getText();
                    sb.append(d.textElements() == null ? t.replaceAll("[\\n\\t ]+", " ") : t);
                }
                if (sb.length() > Limits.MAX_TEXT_CHARS) {
                    throw new DocumentException(DocumentException.Kind.TOO_LARGE, "too much text");
                }
            }
        } catch (XMLStreamException e) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "a part of the document is not well-formed XML", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the in-memory stream
                }
            }
        }
        return sb.toString();
    }

    private static XMLInputFactory factory() {
        var f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
