package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.Extraction;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.extract.PdfGlyphMap;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.Verification;
import dk.rekrut.redaction.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The rendition of a PDF that keeps its pages as they look (issue 17): a new document with only the pages' boxes, their
 * content streams rewritten by {@link ContentRewriter} (the glyphs of every span removed, a box with the span's label
 * in their place, every image replaced by a grey box) and the fonts, colour spaces and shadings those streams use.
 * Nothing else of the input is carried over, so metadata, XMP, annotations, links, attachments, outlines, forms,
 * scripts, the structure tree, piece info and thumbnails cannot survive.
 * <p>
 * Vector paths that may be lettering (text converted to outlines) are left out ({@link ShapeFilter}), and so are
 * glyphs read as private-use, control or replacement characters ({@link GlyphText}).
 * <p>
 * It is only released when it is proven clean: a glyph whose text is unknown (a Type 3 font, a font without a Unicode
 * map), a font whose Unicode map contradicts its glyph names or a page that does not read as writing
 * ({@link GlyphText}), a glyph not found where the extraction saw it, a shading that can draw a picture, any error,
 * or any finding of {@link Verifier#verifyLayout} makes the whole document fall back to the text rendition
 * ({@link PdfRendition}), and {@link Outcome#fallback()} says why.
 */
public final class PdfLayoutRendition {

    /**
     * Deflate's fastest level for the rewritten content streams, instead of PDFBox's Flate filter with zlib's default
     * (6, a process-wide setting). On the corpus's PDFs level 1 deflates their rewritten content in about half the CPU
     * time (0.064 against 0.116 ms per PDF, docs/benchmarks.md), for outputs 1.5 % larger; the verification reads
     * either the same way.
     */
    private static final int CONTENT_LEVEL = Deflater.BEST_SPEED;

    /** The rewritten PDF, or null and why the text rendition must be used instead. */
    public record Outcome(byte[] pdf, String fallback) {
    }

    private PdfLayoutRendition() {
    }

    /** Never throws: every failure is a fallback. Null pdf and null fallback for inputs that are not PDFs. */
    public static Outcome render(Extraction extraction, List<Span> spans, KnownPersonalData known) {
        PdfGlyphMap map = extraction.glyphs();
        if (map == null) {
            return new Outcome(null, extraction.format().equals("application/pdf")
                ? "the PDF is encrypted: its fonts cannot be carried over" : null);
        }
        if (extraction.blocks().stream().anyMatch(b -> b.location().equals("form fields"))) {
            // Filled-in form fields are annotations, which are not carried over: the text rendition shows their values.
            return new Outcome(null, "the PDF has filled-in form fields, whose values are not part of its pages");
        }
        try {
            byte[] pdf = rewrite(map, Removals.of(extraction, map, spans));
            Verification v = Verifier.verifyLayout(pdf, known, spans, map.fonts());
            if (!v.clean()) {
                return new Outcome(null, "checking the layout-keeping rendition found: " + String.join("; ", v.findings()));
            }
            return new Outcome(pdf, null);
        } catch (Unprovable e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, "the pages could not be rewritten (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] rewrite(PdfGlyphMap map, Removals removals) throws IOException {
        // The input as the extraction left it open: not loaded again, its fonts already parsed.
        PDDocument src = map.document();
        try (PDDocument out = new PDDocument();
             var bytes = new ByteArrayOutputStream()) {
            if (src.getNumberOfPages() != map.pages().size()) {
                throw new Unprovable("the pages could not be matched with the extraction");
            }
            var copier = new CosCopier();
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDPage page = src.getPage(i);
                PdfGlyphMap.Page glyphs = map.page(i);
                if (glyphs.actualText()) {
                    // PDFBox reads the ActualText instead of the glyphs under it: what they show was never detected.
                    throw new Unprovable("page " + (i + 1) + " has text given as ActualText, which its glyphs may not show");
                }
                var resources = new ContentRewriter.OutResources(copier);
                var lines = LineShift.of(glyphs, removals.removed(i), removals.spanOf(i), page.getCropBox());
                var rewriter = new ContentRewriter(glyphs, removals.removed(i), lines, removals.spans(), resources, i + 1);
                byte[] content = rewriter.rewrite();
                String untrusted = GlyphText.problem(glyphs, removals.unread(i), i + 1);
                if (untrusted != null) {
                    throw new Unprovable(untrusted);
                }
                out.addPage(copyOf(page, content, resources.dictionary(), out));
            }
            withId(out);
            out.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    /**
     * The file identifier given before saving, so PDFBox does not compute one (it looks up a SHA-256 digest and hashes
     * the time: a sixth of saving). Random, as the time-based one was unique only by the millisecond; it says nothing
     * about the input.
     */
    static void withId(PDDocument out) {
        byte[] id = new byte[16];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(id);
        var array = new org.apache.pdfbox.cos.COSArray();
        array.add(new org.apache.pdfbox.cos.COSString(id));
        array.add(new org.apache.pdfbox.cos.COSString(id));
        out.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    /** A fresh page: the boxes and rotation of the original, the rewritten content, only the resources it uses. */
    private static PDPage copyOf(PDPage page, byte[] content, PDResources resources, PDDocument out) throws IOException {
        var copy = new PDPage(rectangle(page.getMediaBox()));
        PDRectangle crop = page.getCropBox();
        if (!same(crop, page.getMediaBox())) {
            copy.setCropBox(rectangle(crop));
        }
        copy.setRotation(page.getRotation());
        copy.setResources(resources);
        COSStream stream = out.getDocument().createCOSStream();
        try (OutputStream o = stream.createRawOutputStream()) {
            deflate(content, o);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        copy.getCOSObject().setItem(COSName.CONTENTS, stream);
        return copy;
    }

    /** {@code content} as a zlib stream (what /FlateDecode reads), written to {@code out}. */
    private static void deflate(byte[] content, OutputStream out) throws IOException {
        var deflater = new Deflater(CONTENT_LEVEL);
        try {
            deflater.setInput(content);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
    }

    private static PDRectangle rectangle(PDRectangle r) {
        return new PDRectangle(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }

    private static boolean same(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() == b.getLowerLeftX() && a.getLowerLeftY() == b.getLowerLeftY()
            && a.getUpperRightX() == b.getUpperRightX() && a.getUpperRightY() == b.getUpperRightY();
    }

    /** Why a document cannot be proven clean in its own layout: the reason goes to the report. */
    static final class Unprovable extends IOException {
        Unprovable(String why) {
            super(why);
        }
    }

    /**
     * Which glyphs of each page go, and the span each belongs to: every glyph a span's characters came from, every
     * glyph left out of the text as a duplicate (fake bold) that overlaps one of those, and every glyph read as no
     * writing (span -1).
     */
    record Removals(List<BitSet> removedByPage, List<int[]> spanOfByPage, List<Span> spans, List<BitSet> unreadByPage) {

        BitSet removed(int page) {
            return removedByPage.get(page);
        }

        int[] spanOf(int page) {
            return spanOfByPage.get(page);
        }

        /** The glyphs read as no writing ({@link GlyphText#unread}): removed too, without a span (and so a box). */
        BitSet unread(int page) {
            return unreadByPage.get(page);
        }

        static Removals of(Extraction extraction, PdfGlyphMap map, List<Span> spans) throws Unprovable {
            List<BitSet> removed = new java.util.ArrayList<>();
            List<int[]> spanOf = new java.util.ArrayList<>();
            for (PdfGlyphMap.Page p : map.pages()) {
                removed.add(new BitSet(p.glyphs()));
                int[] s = new int[p.glyphs()];
                java.util.Arrays.fill(s, -1);
                spanOf.add(s);
            }
            int[] starts = extraction.offsets();
            for (int b = 0; b < starts.length; b++) {
                var block = extraction.blocks().get(b);
                if (!block.location().startsWith("page ")) {
                    continue;
                }
                int pageIndex = Integer.parseInt(block.location().substring(5)) - 1;
                PdfGlyphMap.Page page = map.page(pageIndex);
                int from = starts[b];
                int to = from + block.text().length();
                for (int si = 0; si < spans.size(); si++) {
                    Span s = spans.get(si);
                    int a = Math.max(s.start(), from);
                    int e = Math.min(s.end(), to);
                    if (a >= e) {
                        continue;
                    }
                    if (page == null || page.unmapped() != null || !page.text().equals(block.text())) {
                        throw new Unprovable("page " + (pageIndex + 1) + ": "
                            + (page == null || page.unmapped() == null ? "the text could not be mapped to its glyphs" : page.unmapped()));
                    }
                    for (int c = a - from; c < e - from; c++) {
                        for (int k = page.from()[c]; k < page.to()[c]; k++) {
                            int g = page.flat()[k];
                            removed.get(pageIndex).set(g);
                            spanOf.get(pageIndex)[g] = si;
                        }
                    }
                }
            }
            List<BitSet> unread = new java.util.ArrayList<>();
            for (int i = 0; i < map.pages().size(); i++) {
                duplicates(map.pages().get(i), removed.get(i), spanOf.get(i));
                BitSet u = GlyphText.unread(map.pages().get(i));
                u.andNot(removed.get(i));
                removed.get(i).or(u);
                unread.add(u);
            }
            return new Removals(removed, spanOf, spans, unread);
        }

        /** A glyph that is not in the text but overlaps a removed one goes with it (same box, within a point). */
        private static void duplicates(PdfGlyphMap.Page p, BitSet removed, int[] spanOf) {
            if (removed.isEmpty()) {
                return;
            }
            BitSet original = (BitSet) removed.clone();
            for (int g = 0; g < p.glyphs(); g++) {
                if (p.inText().get(g) || removed.get(g) || !p.positioned().get(g)) {
                    continue;
                }
                for (int r = original.nextSetBit(0); r >= 0; r = original.nextSetBit(r + 1)) {
                    if (overlaps(p, g, r)) {
                        removed.set(g);
                        spanOf[g] = spanOf[r];
                        break;
                    }
                }
            }
        }

        private static boolean overlaps(PdfGlyphMap.Page p, int g, int r) {
            float slack = 1;
            return p.x()[g] < p.x()[r] + p.w()[r] + slack && p.x()[r] < p.x()[g] + p.w()[g] + slack
                && p.y()[g] - p.h()[g] < p.y()[r] + slack && p.y()[r] - p.h()[r] < p.y()[g] + slack;
        }
    }
}
