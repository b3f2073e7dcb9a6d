package dk.rekrut.redaction.extract;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;

/**
 * A page's content as the extraction's walk carried it out, written down for the layout-keeping rewrite
 * ({@link dk.rekrut.redaction.render.PdfLayoutRendition}), so the rewrite neither parses the content again nor runs
 * PDFBox's operators and glyph widths a second time (that walk was about half of the rewrite): every operator of the
 * page and of the forms it draws, in the order carried out, with the resources it was read against, and for every
 * glyph the code, advance, text rendering matrix and text state PDFBox used. Both walks used the same operators, so
 * these are the values the rewrite's own walk computed.
 *
 * @param ops   the operators, a form's own between its {@code Do} and an {@link Op#formEnd()} marker
 * @param code  per glyph: the character code shown
 * @param advance per glyph: the displacement's x, as PDFBox passed it to {@code showGlyph}
 * @param trm   per glyph: the text rendering matrix's linear part (a, b, c, d; the translation is in {@link PdfGlyphMap.Page})
 * @param text  per glyph: font size, character spacing, word spacing and horizontal scaling / 100 of the text state
 * @param font  per glyph: the font
 * @param tm    per glyph: the text matrix (a, b, c, d, e, f) it was drawn with, so the rewrite can place a glyph
 *              anew with an absolute {@code Tm} instead of a number relative to where it was ({@code LineShift})
 * <p>The per-glyph arrays may be longer than the page's glyphs (the writer hands its buffers over); entries past the
 * last glyph mean nothing.
 */
public record PageDrawing(List<Op> ops, int[] code, float[] advance, float[] trm, float[] text, PDFont[] font,
                          float[] tm) {

    /**
     * One operator from the content stream (not PDFBox's own inner calls, as ' calling T* and Tj).
     * {@code failedOperator}: the first operator PDFBox reported an error for while carrying this one out (the
     * extraction goes on past some errors; the rewrite must not), with the glyph count at that moment.
     */
    public static final class Op {
        private final Operator operator;
        private final List<COSBase> operands;
        private final PDResources resources;
        private final PDFont font;
        private final Matrix ctm;
        private final PDXObject xobject;
        private final IOException lookupFailure;
        private final boolean formEnd;
        private final int first;
        private int end;
        private String failedOperator;
        private int failedAtGlyph = -1;

        private Op(Operator operator, List<COSBase> operands, PDResources resources, PDFont font, Matrix ctm,
                   PDXObject xobject, IOException lookupFailure, boolean formEnd, int first) {
            this.operator = operator;
            this.operands = operands;
            this.resources = resources;
            this.font = font;
            this.ctm = ctm;
            this.xobject = xobject;
            this.lookupFailure = lookupFailure;
            this.formEnd = formEnd;
            this.first = first;
            this.end = first;
        }

        public Operator operator() {
            return operator;
        }

        public List<COSBase> operands() {
            return operands;
        }

        /** The resources names were looked up in when it was carried out (the page's, or a form's). */
        public PDResources resources() {
            return resources;
        }

        /** For a text-showing operator: the text state's font when it started (null: none). */
        public PDFont font() {
            return font;
        }

        /** For an image ({@code Do}, {@code BI}) or a path-painting operator: the current transformation matrix. */
        public Matrix ctm() {
            return ctm;
        }

        /** For {@code Do}: what its name resolved to (null: nothing), or why that failed ({@link #lookupFailure}). */
        public PDXObject xobject() {
            return xobject;
        }

        public IOException lookupFailure() {
            return lookupFailure;
        }

        /** The marker after a form's operators: the form drawn by the {@code Do} before them ends here. */
        public boolean formEnd() {
            return formEnd;
        }

        /** Glyphs shown while it was carried out: [first, end). Not meaningful for a form's {@code Do}. */
        public int first() {
            return first;
        }

        public int end() {
            return end;
        }

        public String failedOperator() {
            return failedOperator;
        }

        public int failedAtGlyph() {
            return failedAtGlyph;
        }
    }

    /** Writes a page down while PDFBox's stream engine walks it; see {@link PdfGlyphMap.Recorder}. */
    static final class Writer {
        private List<Op> ops = new ArrayList<>();
        private final Deque<Op> open = new ArrayDeque<>();
        private int[] code = new int[256];
        private float[] advance = new float[256];
        private float[] trm = new float[1024];
        private float[] text = new float[1024];
        private PDFont[] font = new PDFont[256];
        private float[] tm = new float[1536];
        private int glyphs;
        /** The arrays were given to a page's record: the next page writes into new ones. */
        private boolean handedOver;

        void startPage() {
            ops = new ArrayList<>();
            open.clear();
            if (handedOver) {
                code = new int[code.length];
                advance = new float[advance.length];
                trm = new float[trm.length];
                text = new float[text.length];
                font = new PDFont[font.length];
                tm = new float[tm.length];
                handedOver = false;
            }
            glyphs = 0;
        }

        /** Before PDFBox carries out an operator of the content stream; returns it, to be {@link #done} after. */
        Op begin(Operator operator, List<COSBase> operands, PDResources resources, PDGraphicsState state) {
            String name = operator.getName();
            PDFont f = null;
            Matrix ctm = null;
            PDXObject x = null;
            IOException failure = null;
            switch (name) {
                case OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED, OperatorName.SHOW_TEXT_LINE,
                     OperatorName.SHOW_TEXT_LINE_AND_SPACE -> f = state.getTextState().getFont();
                case OperatorName.BEGIN_INLINE_IMAGE, OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO,
                     OperatorName.FILL_EVEN_ODD, OperatorName.STROKE_PATH, OperatorName.CLOSE_AND_STROKE,
                     OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
                     OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE ->
                    ctm = state.getCurrentTransformationMatrix().clone();
                case OperatorName.DRAW_OBJECT -> {
                    ctm = state.getCurrentTransformationMatrix().clone();
                    if (!operands.isEmpty() && operands.getFirst() instanceof COSName n && resources != null) {
                        try {
                            x = resources.getXObject(n);
                        } catch (IOException e) {
                            failure = e;
                        }
                    }
                }
                default -> {
                }
            }
            var op = new Op(operator, List.copyOf(operands), resources, f, ctm, x, failure, false, glyphs);
            ops.add(op);
            open.push(op);
            return op;
        }

        /** After PDFBox carried it out; a form's operators are followed by the end marker. */
        void done(Op op) {
            open.pop();
            op.end = glyphs;
            if (op.xobject instanceof PDFormXObject) {
                ops.add(new Op(op.operator, List.of(), op.resources, null, null, null, null, true, glyphs));
            }
        }

        /** PDFBox reported an error for {@code operator} while the innermost open operator was carried out. */
        void failed(Operator operator) {
            Op op = open.peek();
            if (op != null && op.failedOperator == null) {
                op.failedOperator = operator.getName();
                op.failedAtGlyph = glyphs;
            }
        }

        void glyph(Matrix trm, PDFont font, int code, float advance, PDTextState ts, Matrix textMatrix) {
            if (glyphs == this.code.length) {
                int n = 2 * glyphs;
                this.code = Arrays.copyOf(this.code, n);
                this.advance = Arrays.copyOf(this.advance, n);
                this.trm = Arrays.copyOf(this.trm, 4 * n);
                this.text = Arrays.copyOf(this.text, 4 * n);
                this.font = Arrays.copyOf(this.font, n);
                this.tm = Arrays.copyOf(this.tm, 6 * n);
            }
            int g = glyphs++;
            this.code[g] = code;
            this.advance[g] = advance;
            this.font[g] = font;
            this.trm[4 * g] = trm.getScaleX();
            this.trm[4 * g + 1] = trm.getShearY();
            this.trm[4 * g + 2] = trm.getShearX();
            this.trm[4 * g + 3] = trm.getScaleY();
            this.text[4 * g] = ts.getFontSize();
            this.text[4 * g + 1] = ts.getCharacterSpacing();
            this.text[4 * g + 2] = ts.getWordSpacing();
            this.text[4 * g + 3] = ts.getHorizontalScaling() / 100f;
            this.tm[6 * g] = textMatrix.getScaleX();
            this.tm[6 * g + 1] = textMatrix.getShearY();
            this.tm[6 * g + 2] = textMatrix.getShearX();
            this.tm[6 * g + 3] = textMatrix.getScaleY();
            this.tm[6 * g + 4] = textMatrix.getTranslateX();
            this.tm[6 * g + 5] = textMatrix.getTranslateY();
        }

        /** The page's record, with the arrays themselves (not copies: about 1 % of the extraction). */
        PageDrawing page() {
            handedOver = true;
            return new PageDrawing(java.util.Collections.unmodifiableList(ops), code, advance, trm, text, font, tm);
        }
    }
}
