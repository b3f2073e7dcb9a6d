package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A text-showing operator of a text object with glyphs removed or moved, written for {@link ContentRewriter} with
 * every kept glyph at an absolute position ({@link LineShift}), so no number in the output is relative to where the
 * removed text was.
 */
final class PlacedText {

    /** One glyph shown by the current text-showing operator. */
    record Shown(int index, int code) {
    }

    /** Where the operators are written. */
    private final ContentRewriter content;
    private final PageDrawing drawing;
    private final BitSet removed;
    private final LineShift lines;
    private final int pageNumber;

    PlacedText(ContentRewriter content, PageDrawing drawing, BitSet removed, LineShift lines, int pageNumber) {
        this.content = content;
        this.drawing = drawing;
        this.removed = removed;
        this.lines = lines;
        this.pageNumber = pageNumber;
    }

    /**
     * The operand's strings and adjustments as TJs without the removed glyphs, each after a Tm that places its first
     * glyph: where the glyph was, moved by its shift ({@link LineShift}). Glyphs kept one after another with the same
     * shift stay in one TJ with the adjustments between them (kerning between kept glyphs, which says nothing of the
     * removed text); a removed glyph or a change of shift starts a new TJ at an absolute position.
     */
    void placed(COSBase operand, PDFont font, List<Shown> shown) throws IOException {
        List<COSBase> elements = new ArrayList<>();
        if (operand instanceof COSArray a) {
            for (COSBase e : a) {
                elements.add(e);
            }
        } else {
            elements.add(operand);
        }
        var kept = new ByteArrayOutputStream();
        COSArray out = null;
        float pending = 0;
        int k = 0;
        int previous = -1;
        for (COSBase e : elements) {
            if (e instanceof COSNumber n) {
                pending += n.floatValue();
            } else if (e instanceof COSString s) {
                byte[] b = s.getBytes();
                var in = new ByteArrayInputStream(b);
                int pos = 0;
                while (in.available() > 0) {
                    int before = in.available();
                    int code = font.readCode(in);
                    int len = before - in.available();
                    if (k >= shown.size() || shown.get(k).code() != code) {
                        throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": the glyphs of a text operator differ");
                    }
                    int g = shown.get(k++).index();
                    if (removed.get(g) || out != null && lines.shift(g) != lines.shift(previous)) {
                        out = shownArray(kept, out);
                    }
                    if (!removed.get(g)) {
                        if (out == null) {
                            placeAt(g);
                            out = new COSArray();
                        } else if (pending != 0) {
                            flush(kept, out);
                            out.add(new COSFloat(pending));
                        }
                        kept.write(b, pos, len);
                        previous = g;
                    }
                    pending = 0;
                    pos += len;
                }
            }
        }
        if (k != shown.size()) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": the glyphs of a text operator differ");
        }
        shownArray(kept, out);
    }

    /** Writes the TJ being built, if any; returns null (none is being built). */
    private COSArray shownArray(ByteArrayOutputStream kept, COSArray out) throws IOException {
        if (out != null) {
            flush(kept, out);
            if (out.size() > 0) {
                content.write(List.of(out), Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
            }
        }
        return null;
    }

    /**
     * A Tm that puts glyph {@code g} where it was, moved by its shift along its direction: the text matrix it was drawn
     * with, translated along its x axis. The position is rounded to {@link LineShift#GRID}, so the float noise of
     * positions computed from the removed text's width does not show.
     */
    private void placeAt(int g) throws IOException {
        float[] tm = drawing.tm();
        float moved = lines.shift(g);
        double along = 0;
        if (moved != 0) {
            float[] m = drawing.trm();
            float[] t = drawing.text();
            double scale = Math.hypot(m[4 * g], m[4 * g + 1]);
            if (scale == 0) {
                throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": text of size 0 moves");
            }
            along = moved * (double) t[4 * g] * t[4 * g + 3] / scale;
        }
        double e = tm[6 * g + 4] + along * tm[6 * g];
        double f = tm[6 * g + 5] + along * tm[6 * g + 1];
        content.raw(n(tm[6 * g]) + " " + n(tm[6 * g + 1]) + " " + n(tm[6 * g + 2]) + " " + n(tm[6 * g + 3]) + " "
            + n(LineShift.grid(e)) + " " + n(LineShift.grid(f)) + " Tm ");
    }

    private static void flush(ByteArrayOutputStream kept, COSArray out) {
        if (kept.size() > 0) {
            out.add(new COSString(kept.toByteArray()));
            kept.reset();
        }
    }

    private static String n(float v) {
        return ContentRewriter.n(v);
    }
}
