package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.Limits;
import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Where each character of a PDF's extracted text was drawn: for every page, the glyphs in the order the content streams
 * show them (numbered as PDFBox's stream engine calls {@code showGlyph}, forms included), their position, and for each
 * character of the page's text (as {@link Limits#normalise} leaves it) the glyphs it came from. The layout-keeping
 * rendition ({@link dk.rekrut.redaction.render.PdfLayoutRendition}) removes a span's glyphs by these numbers and checks each glyph's position
 * again while it rewrites the page, so a glyph is only ever removed where the extraction saw it.
 */
public record PdfGlyphMap(PDDocument document, List<Page> pages, ParsedFonts fonts) implements AutoCloseable {

    /**
     * {@code document}: the input, still open from the extraction, so the rewrite neither loads it again nor parses its
     * fonts a second time (PDFBox caches them per document). The owner of the extraction closes it. {@code fonts}: the
     * input's fonts by digest, for the verification of the output ({@link ParsedFonts}).
     */
    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // A memory-only document holds nothing that must be released: nothing is lost.
        }
    }

    /**
     * One page. Per glyph: the text rendering matrix's translation (the identity check), the box PDFBox's text
     * stripper gave it in display coordinates, whether it had a Unicode value, whether it is in the text (duplicates of
     * overlapping glyphs, as for fake bold, are not). Per character of {@code text}: glyphs
     * {@code flat[from[i]..to[i])}. {@code unmapped} says why the characters could not be mapped, or is null.
     * {@code actualText}: the page has marked content with an ActualText, whose glyphs may show something other than
     * the text read from them. {@code drawing}: the page's operators and glyphs as the walk carried them out.
     * The per-glyph arrays may be longer than {@code glyphs} (the recorder hands its buffers over instead of copying
     * them); entries past it mean nothing.
     */
    public record Page(int glyphs, float[] tx, float[] ty, float[] x, float[] y, float[] w, float[] h, BitSet positioned,
                BitSet inText, String text, int[] from, int[] to, int[] flat, String unmapped, boolean actualText,
                PageDrawing drawing) {
    }

    /** The extraction's text stripper, recording the glyphs of each page as it strips it. */
    static final class Recorder extends OverlapStripper {
        private final List<Page> pages = new ArrayList<>();
        /** Sized for a full page: growing it again for every document was about 2 % of the extraction. */
        private final IdentityHashMap<TextPosition, Integer> index = new IdentityHashMap<>(4096);
        private final Floats tx = new Floats();
        private final Floats ty = new Floats();
        private final Floats x = new Floats();
        private final Floats y = new Floats();
        private final Floats w = new Floats();
        private final Floats h = new Floats();
        /** Handed over to each page's record at its end (copying them was about 2 % of the extraction). */
        private BitSet positioned = new BitSet();
        private BitSet inText = new BitSet();
        /** Per character written so far on this page: a range in {@link #flat}, or -1 for separators. */
        private final Ints charFrom = new Ints();
        private final Ints charTo = new Ints();
        private final Ints flat = new Ints();
        private int glyphs;
        private int current = -1;
        private boolean actualText;
        private final PageDrawing.Writer drawing = new PageDrawing.Writer();
        /** Nesting of PDFBox's own calls of processOperator (' is T* then Tj): only the content's operators are written down. */
        private final OperatorNesting nesting = new OperatorNesting();

        @Override
        protected void startPage(PDPage page) throws IOException {
            index.clear();
            for (Floats f : new Floats[] {tx, ty, x, y, w, h}) {
                f.reset();
            }
            if (!pages.isEmpty()) {
                positioned = new BitSet();
                inText = new BitSet();
            }
            charFrom.n = charTo.n = 0;
            flat.reset();
            glyphs = 0;
            actualText = false;
            drawing.startPage();
            super.startPage(page);
        }

        @Override
        public void processOperator(String operation, List<org.apache.pdfbox.cos.COSBase> arguments) throws IOException {
            nesting.inside(() -> super.processOperator(operation, arguments));
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator op,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            if (nesting.nested()) {
                super.processOperator(op, operands);
                return;
            }
            PageDrawing.Op recorded = drawing.begin(op, operands, getResources(), getGraphicsState());
            try {
                super.processOperator(op, operands);
            } finally {
                drawing.done(recorded);
            }
        }

        @Override
        protected void operatorException(org.apache.pdfbox.contentstream.operator.Operator operator,
                                         List<org.apache.pdfbox.cos.COSBase> operands, IOException e) throws IOException {
            drawing.failed(operator);
            super.operatorException(operator, operands, e);
        }

        @Override
        public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
            if (org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent.create(tag, properties)
                .getActualText() != null) {
                actualText = true;
            }
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            current = glyphs++;
            tx.add(trm.getTranslateX());
            ty.add(trm.getTranslateY());
            x.add(Float.NaN);
            y.add(Float.NaN);
            w.add(Float.NaN);
            h.add(Float.NaN);
            drawing.glyph(trm, font, code, displacement.getX(), getGraphicsState().getTextState(),
                getTextMatrix());
            super.showGlyph(trm, font, code, displacement);
            current = -1;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (current >= 0) {
                index.put(text, current);
                positioned.set(current);
                x.a[current] = text.getX();
                y.a[current] = text.getY();
                w.a[current] = text.getWidth();
                h.a[current] = text.getHeight();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            StringBuffer buffer = ((StringWriter) output).getBuffer();
            separators(buffer.length());
            super.writeString(text, positions);
            int written = buffer.length() - charFrom.n;
            int[] glyphsOf = new int[positions.size()];
            int units = 0;
            var joined = new StringBuilder();
            for (int i = 0; i < positions.size(); i++) {
                Integer g = index.get(positions.get(i));
                glyphsOf[i] = g == null ? -1 : g;
                if (g != null) {
                    inText.set(g);
                }
                String u = positions.get(i).getUnicode();
                joined.append(u);
                units += u.length();
            }
            if (units == written && joined.toString().equals(text)) {
                // One glyph per character run, in order: each character maps to its own glyph.
                for (int i = 0; i < positions.size(); i++) {
                    int len = positions.get(i).getUnicode().length();
                    for (int k = 0; k < len; k++) {
                        charFrom.add(flat.n);
                        if (glyphsOf[i] >= 0) {
                            flat.add(glyphsOf[i]);
                        }
                        charTo.add(flat.n);
                    }
                }
            } else {
                // Reordered (right-to-left) or expanded (ligatures): every character of the word maps to all its glyphs,
                // so removing any of them removes the whole word.
                int start = flat.n;
                for (int g : glyphsOf) {
                    if (g >= 0) {
                        flat.add(g);
                    }
                }
                for (int k = 0; k < written; k++) {
                    charFrom.add(start);
                    charTo.add(flat.n);
                }
            }
        }

        /** Characters written since the last word (line and word separators) map to no glyph. */
        private void separators(int upTo) {
            while (charFrom.n < upTo) {
                charFrom.add(flat.n);
                charTo.add(flat.n);
            }
        }

        /** Called after a page's text was taken: its glyphs and the map of its normalised text. */
        void pageDone(String raw) {
            separators(raw.length());
            int n = glyphs;
            Page page;
            String unmapped = null;
            int[] from;
            int[] to;
            String text;
            if (charFrom.n != raw.length()) {
                unmapped = "the page's text and its glyphs could not be aligned";
                from = new int[0];
                to = new int[0];
                text = Limits.normalise(raw);
            } else {
                var mapped = normalised(raw, charFrom.a, charTo.a);
                text = mapped.text;
                from = mapped.from;
                to = mapped.to;
                if (!text.equals(Limits.normalise(raw))) {
                    unmapped = "the page's text could not be mapped to its glyphs after normalisation";
                }
            }
            page = new Page(n, tx.handOver(), ty.handOver(), x.handOver(), y.handOver(), w.handOver(), h.handOver(),
                positioned, inText, text, from, to, flat.handOver(), unmapped, actualText, drawing.page());
            pages.add(page);
        }

        List<Page> pages() {
            return List.copyOf(pages);
        }
    }

    private record Mapped(String text, int[] from, int[] to) {
    }

    /**
     * {@link Limits#normalise} with each output character's glyph range: the same steps, character by character. A
     * text that is not in NFC is composed in pieces (a base character and the marks after it), each piece mapping to
     * all its characters' glyphs; the caller checks that the result equals {@link Limits#normalise}.
     */
    private static Mapped normalised(String raw, int[] rawFrom, int[] rawTo) {
        var chars = new StringBuilder(raw.length());
        var from = new Ints();
        var to = new Ints();
        boolean nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC);
        for (int i = 0; i < raw.length(); ) {
            int j = i + 1;
            if (!nfc) {
                while (j < raw.length() && combining(raw.charAt(j))) {
                    j++;
                }
            }
            String piece = nfc ? raw.substring(i, j) : Normalizer.normalize(raw.substring(i, j), Normalizer.Form.NFC);
            int f = rawFrom[i];
            int t = rawTo[j - 1];
            // Glyph ranges of consecutive characters are consecutive in the flat list: [first's from, last's to).
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (c == '\r' && (k + 1 < piece.length() ? piece.charAt(k + 1) == '\n' : j < raw.length() && raw.charAt(j) == '\n')) {
                    continue;
                }
                if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                    continue;
                }
                char out = c == '\r' ? '\n' : c == '\u00A0' || c == '\u2007' || c == '\u202F' ? ' ' : c;
                if (out == '\n' || out == '\t' || !Character.isISOControl(out)) {
                    chars.append(out);
                    from.add(f);
                    to.add(Math.max(f, t));
                }
            }
            i = j;
        }
        return new Mapped(chars.toString(), Arrays.copyOf(from.a, from.n), Arrays.copyOf(to.a, to.n));
    }

    private static boolean combining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK || Character.isLowSurrogate(c);
    }

    /** The page's record, or null. */
    public Page page(int index) {
        return index < pages.size() ? pages.get(index) : null;
    }

    /**
     * A growing array. {@link #handOver} gives the array itself to a page's record; the next page ({@link #reset}) gets
     * a new one of the same size, so a one-page document copies nothing.
     */
    private static final class Floats {
        float[] a = new float[256];
        int n;
        private boolean handedOver;

        void add(float v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, 2 * n);
            }
            a[n++] = v;
        }

        float[] handOver() {
            handedOver = true;
            return a;
        }

        void reset() {
            if (handedOver) {
                a = new float[a.length];
                handedOver = false;
            }
            n = 0;
        }
    }

    /** As {@link Floats}. */
    private static final class Ints {
        int[] a = new int[256];
        int n;
        private boolean handedOver;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, 2 * n);
            }
            a[n++] = v;
        }

        int[] handOver() {
            handedOver = true;
            return a;
        }

        void reset() {
            if (handedOver) {
                a = new int[a.length];
                handedOver = false;
            }
            n = 0;
        }
    }
}
