package dk.rekrut.redaction.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
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
 * Characters the font cannot draw become '?', and the caller is told how many. A private-use character (an icon
 * font's glyph before a contact line, a symbol font's bullet) is no writing anybody reads and is left out, as the
 * layout-keeping rendition leaves out such glyphs ({@link GlyphText#unread}); only where such characters are so many
 * that the text does not read as writing (more than five, and more than a tenth of the visible characters, the
 * extraction's test for an unreadable PDF page) do they become '?' and count, as before, so a person looks at it.
 */
public final class PdfRendition {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;

    /** One section of the rendition: an optional heading (e.g. "Sidehoved") and its redacted text. */
    public record Section(String heading, String text) {
    }

    /**
     * A rendition: the PDF, how many characters could not be drawn, whether it is the input PDF's own pages
     * ({@link PdfLayoutRendition}) and, for a PDF that got this text rendition instead, why.
     */
    public record Rendered(byte[] pdf, int unrenderable, boolean layoutKept, String textRenditionReason) {

        public Rendered(byte[] pdf, int unrenderable) {
            this(pdf, unrenderable, false, null);
        }
    }

    /**
     * The parsed font, once per thread: parsing 750 kB of TrueType for every document was most of the rendition's
     * time. PDFBox does not close a font passed in this way, and a parsed font is not shared between threads.
     */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(() -> {
        try (InputStream ttf = PdfRendition.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
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

    public static Rendered render(List<Section> sections) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            // Text that Helvetica can draw (Danish, English and other Western European letters: nearly every application)
            // is set in Helvetica, a standard font nothing needs to be embedded for; embedding a subset of DejaVu was most
            // of the rendition's time. Other scripts (Greek, Cyrillic, Arabic, ...) get DejaVu, embedded as a subset.
            // A font object per document: its dictionary becomes part of the document that is saved.
            boolean standard = allIn(sections, HELVETICA);
            // Private-use characters are left out (Drawable.clean) or become '?', so they do not decide the font.
            PDFont font = standard ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                : PDType0Font.load(doc, FONT.get(), true);
            var drawable = new Drawable(standard ? HELVETICA : new Glyphs(font, 0, new HashMap<>()),
                readsAsWriting(sections));
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
            // A classic cross-reference table, no object streams: a few hundred bytes larger for a rendition of a few
            // pages, and cheaper both to write and for the verifier to read back. Page contents stay compressed.
            PdfLayoutRendition.withId(doc);
            doc.save(out, CompressParameters.NO_COMPRESSION);
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

    /**
     * A font's glyph widths by character, -1 where it has no glyph (or the character is a control): asked of the font
     * once per character. Helvetica's table is shared by all threads and all documents (its metrics never change);
     * WinAnsi reaches no further than U+2122, so an array covers it. A float is written whole, so two threads racing
     * on a character at worst both ask the font.
     */
    private static final class Glyphs {
        private final PDFont font;
        private final float[] low;
        private final Map<Integer, Float> high;

        Glyphs(PDFont font, int arrayed, Map<Integer, Float> high) {
            this.font = font;
            this.low = new float[arrayed];
            Arrays.fill(low, Float.NaN);
            this.high = high;
        }

        float width(int cp) {
            if (cp < low.length) {
                float w = low[cp];
                if (Float.isNaN(w)) {
                    w = measure(cp);
                    low[cp] = w;
                }
                return w;
            }
            Float w = high.get(cp);
            if (w == null) {
                w = measure(cp);
                high.put(cp, w);
            }
            return w;
        }

        /** Synchronized: PDFBox fonts cache encodings and widths in plain hash maps, and Helvetica's is shared. */
        private float measure(int cp) {
            if (Character.isISOControl(cp)) {
                return -1;
            }
            synchronized (font) {
                return measured(cp);
            }
        }

        private float measured(int cp) {
            try {
                // encode throws when the font has no glyph for the character. One code per character (WinAnsi or
                // Identity-H), so the string's width is that glyph's width.
                String c = new String(Character.toChars(cp));
                return font.encode(c).length > 0 ? font.getStringWidth(c) : -1;
            } catch (IOException | IllegalArgumentException e) {
                return -1;
            }
        }
    }

    private static final Glyphs HELVETICA = new Glyphs(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 0x2200,
        new ConcurrentHashMap<>());

    private static boolean allIn(List<Section> sections, Glyphs font) {
        for (Section s : sections) {
            String text = (s.heading() == null ? "" : "— " + s.heading() + " —\n") + s.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp != '\n' && cp != '\t' && cp != '\r' && !icon(cp) && font.width(cp) < 0) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    /** A private-use character: an icon or a symbol-font bullet, no letter of any script (Unicode gives it none). */
    private static boolean icon(int cp) {
        return Character.getType(cp) == Character.PRIVATE_USE;
    }

    /**
     * Whether the private-use characters are few enough to be icons among writing: at most five, or at most a tenth of
     * the visible characters. Otherwise the text may be set in a font whose letters are private-use code points, which
     * nobody could read from the rendition, so they are not left out quietly.
     */
    private static boolean readsAsWriting(List<Section> sections) {
        int icons = 0;
        int visible = 0;
        for (Section s : sections) {
            String text = s.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (icon(cp)) {
                    icons++;
                } else if (!Character.isWhitespace(cp)) {
                    visible++;
                }
                i += Character.charCount(cp);
            }
        }
        return icons <= 5 || icons * 10 <= visible;
    }

    /**
     * The characters of one rendition's font: '?' for those it cannot draw, counted; private-use characters left out
     * when the text reads as writing; widths of lines.
     */
    private static final class Drawable {
        private final Glyphs glyphs;
        private final boolean leaveOutIcons;
        int unrenderable;

        Drawable(Glyphs glyphs, boolean leaveOutIcons) {
            this.glyphs = glyphs;
            this.leaveOutIcons = leaveOutIcons;
        }

        String clean(String s) {
            var sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (leaveOutIcons && icon(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                if (glyphs.width(cp) >= 0) {
                    sb.appendCodePoint(cp);
                } else {
                    unrenderable++;
                    sb.append('?');
                }
                i += Character.charCount(cp);
            }
            return sb.toString();
        }

        /** {@code sum} plus the width of each character of {@code s}, added one by one as getStringWidth adds them. */
        float width(float sum, String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                sum += glyphs.width(cp);
                i += Character.charCount(cp);
            }
            return sum;
        }
    }
}
