package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an input document shows as text, in reading order, split into blocks by where it came from ("page 1",
 * "header", "comments"). Only this text is carried into the redacted rendition; everything else (metadata,
 * images, attachments) is listed in {@code partsDropped} and never copied.
 */
public record Extraction(String format, List<Block> blocks, int images, List<String> partsDropped, List<String> flags,
                  PdfGlyphMap glyphs) implements AutoCloseable {

    /** {@code glyphs}: where a PDF's text was drawn, for the layout-keeping rendition; null for other formats. */
    Extraction(String format, List<Block> blocks, int images, List<String> partsDropped, List<String> flags) {
        this(format, blocks, images, partsDropped, flags, null);
    }

    public record Block(String location, String text) {
    }

    /**
     * The document read by the extractor of its format, sniffed from the bytes ({@code mediaType} may be null). The
     * caller closes it (a PDF's glyph map keeps the document open for the layout-keeping rendition).
     */
    public static Extraction read(byte[] document, String mediaType) throws DocumentException {
        return switch (Format.sniff(document, mediaType)) {
            case PDF -> PdfExtractor.extract(document);
            case DOCX -> DocxExtractor.extract(document);
            case ODT -> OdtExtractor.extract(document);
            case RTF -> RtfExtractor.extract(document);
            case HTML -> HtmlExtractor.extract(document);
            case TXT -> TextExtractor.extract(document);
        };
    }

    /** Releases the PDF the glyph map keeps open for the rewrite; nothing for other formats. */
    @Override
    public void close() {
        if (glyphs != null) {
            glyphs.close();
        }
    }

    /** The blocks joined by blank lines, as the detectors see them; {@link #offsets()} says where each block starts. */
    public String text() {
        var sb = new StringBuilder();
        for (Block b : blocks) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    public int[] offsets() {
        int[] starts = new int[blocks.size()];
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = at;
            at += blocks.get(i).text().length() + 2;
        }
        return starts;
    }

    /** The block holding character {@code offset} of {@link #text()}. */
    public String locationOf(int offset) {
        int[] starts = offsets();
        for (int i = starts.length - 1; i >= 0; i--) {
            if (offset >= starts[i]) {
                return blocks.get(i).location();
            }
        }
        return blocks.isEmpty() ? "document" : blocks.getFirst().location();
    }

    /** The line (1-based) within its block of character {@code offset} of {@link #text()}. */
    public int lineOf(int offset) {
        int[] starts = offsets();
        for (int i = starts.length - 1; i >= 0; i--) {
            if (offset >= starts[i]) {
                String block = blocks.get(i).text();
                int line = 1;
                for (int k = 0; k < Math.min(offset - starts[i], block.length()); k++) {
                    if (block.charAt(k) == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return 1;
    }

    /** Collects blocks while an extractor walks a document. */
    static final class Builder {
        private final String format;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private int images;
        private long chars;
        private PdfGlyphMap glyphs;

        Builder(String format) {
            this.format = format;
        }

        Builder block(String location, String text) throws DocumentException {
            String clean = Limits.normalise(text);
            if (!clean.isBlank()) {
                chars += clean.length();
                if (chars > Limits.MAX_TEXT_CHARS) {
                    throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                        "more than " + Limits.MAX_TEXT_CHARS + " characters of text");
                }
                blocks.add(new Block(location, clean));
            }
            return this;
        }

        Builder images(int n) {
            images += n;
            return this;
        }

        Builder dropped(String what) {
            if (!dropped.contains(what)) {
                dropped.add(what);
            }
            return this;
        }

        Builder flag(String what) {
            flags.add(what);
            return this;
        }

        Builder glyphs(PdfGlyphMap map) {
            glyphs = map;
            return this;
        }

        Extraction build() {
            return new Extraction(format, List.copyOf(blocks), images, List.copyOf(dropped), List.copyOf(flags), glyphs);
        }
    }
}
