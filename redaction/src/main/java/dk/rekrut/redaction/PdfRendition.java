package dk.rekrut.redaction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the redacted text as a new, plain PDF: A4 pages of wrapped text in Helvetica (a standard font, not embedded)
 * when it can draw every character, otherwise in DejaVu Sans (embedded as a subset, so Greek, Cyrillic and Arabic
 * letters show and extract again too). The document is built from nothing
 * but the redacted text: no metadata, no images, no fonts or objects of the input exist in it, and it is saved whole.
 * Characters the font cannot draw become '?', and the caller is told how many.
 */
final class PdfRendition {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;

    /** One section of the rendition: an optional heading (e.g. "Sidehoved") and its redacted text. */
    record Section(String heading, String text) {
    }

    record Rendered(byte[] pdf, int unrenderable) {
    }

    /**
     * The parsed font, once per thread: parsing 750 kB of TrueType for every document was most of the rendition's
     * time. PDFBox does not close a font passed in this way, and a parsed font is not shared between threads.
     */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(() -> {
        try (InputStream ttf = PdfRendition.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (ttf == null) {
                throw new IllegalStateException("the rendition font is missing from the engine");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private PdfRendition() {
    }

    static Rendered render(List<Section> sections) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            // Text that Helvetica can draw (Danish, English and other Western European letters: nearly every application)
            // is set in Helvetica, a standard font nothing needs to be embedded for; embedding a subset of DejaVu was most
            // of the rendition's time. Other scripts (Greek, Cyrillic, Arabic, ...) get DejaVu, embedded as a subset.
            // A font object per document: its dictionary becomes part of the document that is saved.
            PDFont font = allIn(sections, HELVETICA) ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                : PDType0Font.load(doc, FONT.get(), true);
            var drawable = new Drawable(font);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (Section s : sections) {
                if (s.heading() != null) {
                    if (!lines.isEmpty()) {
                        lines.add("");
                    }
                    lines.add("— " + s.heading() + " —");
                }
                for (String paragraph : s.text().split("\n", -1)) {
                    wrap(drawable.clean(paragraph.replace("\t", "    ")), drawable, width, lines);
                }
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < Math.max(lines.size(), 1); from += perPage) {
                var page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (var cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        if (!line.isEmpty()) {
                            cs.showText(line);
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return new Rendered(out.toByteArray(), drawable.unrenderable);
        }
    }

    /**
     * Words wrapped to the width; a word longer than a line is cut, so nothing runs off the page. Widths are summed
     * glyph by glyph as the line grows, in the order {@link PDFont#getStringWidth} sums them (so the breaks are the same),
     * instead of measuring the whole line again for every word.
     */
    private static void wrap(String paragraph, Drawable font, float width, List<String> out) throws IOException {
        if (paragraph.isBlank()) {
            out.add("");
            return;
        }
        var line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" ")) {
            while (scaled(font.width(0, word)) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && scaled(font.width(0, word.substring(0, cut))) > width) {
                    cut--;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            float candidate = line.isEmpty() ? font.width(0, word) : font.width(font.width(lineWidth, " "), word);
            if (scaled(candidate) > width && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
                lineWidth = font.width(0, word);
            } else {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
            }
        }
        out.add(line.toString());
    }

    /** A width in glyph units (thousandths of the font size) as points on the page. */
    private static float scaled(float glyphUnits) {
        return glyphUnits / 1000 * SIZE;
    }

    /** Helvetica and the characters it can draw (WinAnsi), decided once per character for all threads; only asked to encode. */
    private record Standard(PDFont font, Map<Integer, Boolean> drawable) {
        boolean draws(int cp) {
            Boolean d = drawable.get(cp);
            if (d == null) {
                d = !Character.isISOControl(cp) && encodes(cp);
                drawable.put(cp, d);
            }
            return d;
        }

        private boolean encodes(int cp) {
            try {
                return font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private static final Standard HELVETICA = new Standard(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new java.util.concurrent.ConcurrentHashMap<>());

    private static boolean allIn(List<Section> sections, Standard font) {
        for (Section s : sections) {
            String text = (s.heading() == null ? "" : "— " + s.heading() + " —\n") + s.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp != '\n' && cp != '\t' && cp != '\r' && !font.draws(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    /** Which characters the font can draw, and their widths, decided once per character. */
    private static final class Drawable {
        private final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();
        private final Map<Integer, Float> widths = new HashMap<>();
        int unrenderable;

        Drawable(PDFont font) {
            this.font = font;
        }

        String clean(String s) {
            var sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (known.computeIfAbsent(cp, this::drawable)) {
                    sb.appendCodePoint(cp);
                } else {
                    unrenderable++;
                    sb.append('?');
                }
            });
            return sb.toString();
        }

        /** {@code sum} plus the width of each character of {@code s}, added one by one. */
        float width(float sum, String s) throws IOException {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                Float w = widths.get(cp);
                if (w == null) {
                    // One code per character (WinAnsi or Identity-H), so this is that glyph's width.
                    w = font.getStringWidth(new String(Character.toChars(cp)));
                    widths.put(cp, w);
                }
                sum += w;
                i += Character.charCount(cp);
            }
            return sum;
        }

        private boolean drawable(int cp) {
            if (Character.isISOControl(cp)) {
                return false;
            }
            try {
                // Throws when the font has no glyph for the character.
                return font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
