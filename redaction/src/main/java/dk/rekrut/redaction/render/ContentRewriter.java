package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import dk.rekrut.redaction.extract.PdfGlyphMap;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Rewrites one page's content for {@link PdfLayoutRendition} from the operators the text extraction's walk wrote down
 * ({@link PageDrawing}), so glyph n here is glyph n of {@link PdfGlyphMap}, with the code, advance and text state
 * PDFBox used for it; the content is neither parsed nor carried out again. Where the walk met an error in the content,
 * the rewrite stops, as a walk of its own would have:
 * <ul>
 *   <li>in a text object (BT … ET) with glyphs to remove or to move ({@link LineShift}), every kept glyph is drawn at
 *   an absolute position: each text-showing operator (Tj, TJ, ', ") becomes TJs without the removed glyphs, each
 *   after a Tm that places its first glyph where {@link LineShift} puts it, and the operators that position text
 *   (Td, TD, T*, Tm) are left out, as their numbers are relative to where the removed text was;</li>
 *   <li>form XObjects are drawn inline (their matrix and clip), so the page needs no XObject at all;</li>
 *   <li>an image (XObject or inline) becomes a grey box with "billede fjernet" in the same place and order;</li>
 *   <li>marked content (tags, ActualText, alternative text) is left out;</li>
 *   <li>a path that may be lettering is left out ({@link ShapeFilter});</li>
 *   <li>every resource a kept operator names is copied into the new page's resources under a new name.</li>
 * </ul>
 * The removed runs get a black box with the span's label, drawn over the page at the end.
 */
final class ContentRewriter {

    static final String IMAGE_LABEL = "billede fjernet";
    private static final COSName LABEL_FONT = COSName.getPDFName("RkLabel");
    private static final Set<String> DEVICE_SPACES = Set.of("DeviceGray", "DeviceRGB", "DeviceCMYK", "Pattern", "G",
        "RGB", "CMYK");
    private static final Set<String> SHOWING = Set.of(OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED,
        OperatorName.SHOW_TEXT_LINE, OperatorName.SHOW_TEXT_LINE_AND_SPACE);

    /** Helvetica Bold (standard, not embedded) for the labels: their encoded bytes and widths, measured once. */
    private static final Map<String, byte[]> LABEL_BYTES = new HashMap<>();
    private static final Map<String, Float> LABEL_WIDTHS = new HashMap<>();

    static {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String> labels = new ArrayList<>();
        for (SpanType t : SpanType.values()) {
            labels.add(t.label());
        }
        labels.add(IMAGE_LABEL);
        try {
            for (String l : labels) {
                LABEL_BYTES.put(l, font.encode(l));
                LABEL_WIDTHS.put(l, font.getStringWidth(l) / 1000);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final PdfGlyphMap.Page glyphs;
    private final BitSet removed;
    private final LineShift lines;
    private final List<Span> spans;
    private final OutResources resources;
    private final int pageNumber;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private final ContentStreamWriter writer = new ContentStreamWriter(bytes);
    private final List<PlacedText.Shown> shown = new ArrayList<>();
    private final PlacedText placedText;
    private final Map<PDFont, String> fontProblems = new IdentityHashMap<>();
    private final PageDrawing drawing;
    /** The forms being drawn, innermost first: each one's Do and the floor outside it. */
    private final java.util.Deque<Form> forms = new java.util.ArrayDeque<>();
    /** q depth written, and the depth below which a Q is dropped (the start of the current form). */
    private int depth;
    private int floor;
    private boolean inTextObject;
    /** The text objects (their BT) with glyphs removed or moved, and whether the current one is one of them. */
    private final Set<PageDrawing.Op> placedObjects = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean placing;
    private int glyph;
    private final ShapeFilter shapes = new ShapeFilter(this::write);

    ContentRewriter(PdfGlyphMap.Page glyphs, BitSet removed, LineShift lines, List<Span> spans, OutResources resources,
                    int pageNumber) {
        this.glyphs = glyphs;
        this.removed = removed;
        this.lines = lines;
        this.spans = spans;
        this.resources = resources;
        this.pageNumber = pageNumber;
        this.drawing = glyphs.drawing();
        this.placedText = new PlacedText(this, drawing, removed, lines, pageNumber);
    }

    /** A form being drawn: its Do, and the depth below which a Q was dropped outside it. */
    private record Form(PageDrawing.Op draw, int outerFloor) {
    }

    /** The page's new content: the original, rewritten, inside q/Q, then the label boxes. */
    byte[] rewrite() throws IOException {
        raw("q\n");
        findPlacedObjects();
        for (PageDrawing.Op op : drawing.ops()) {
            replay(op);
        }
        if (glyph != glyphs.glyphs() || !forms.isEmpty()) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": the glyphs differ from the extraction's");
        }
        if (inTextObject) {
            raw("\nET");
        }
        while (depth-- > 0) {
            raw("\nQ");
        }
        raw("\nQ\n");
        drawLabels();
        return bytes.toByteArray();
    }

    /** One operator of the content, as the walk carried it out: written, changed or left out. */
    private void replay(PageDrawing.Op recorded) throws IOException {
        if (shapes.take(recorded, inTextObject)) {
            return;
        }
        if (recorded.formEnd()) {
            endForm();
            return;
        }
        Operator op = recorded.operator();
        List<COSBase> operands = recorded.operands();
        String name = op.getName();
        if (SHOWING.contains(name)) {
            show(recorded);
            return;
        }
        switch (name) {
            case OperatorName.DRAW_OBJECT -> draw(recorded);
            case OperatorName.BEGIN_INLINE_IMAGE -> imageBox(recorded.ctm());
            case OperatorName.BEGIN_MARKED_CONTENT, OperatorName.BEGIN_MARKED_CONTENT_SEQ, OperatorName.END_MARKED_CONTENT,
                 OperatorName.MARKED_CONTENT_POINT, OperatorName.MARKED_CONTENT_POINT_WITH_PROPS -> {
                // Tags, ActualText and alternative text may hold the very text that was removed: they are not copied.
            }
            case OperatorName.SET_FONT_AND_SIZE -> {
                write(List.of(remap(OutResources.Kind.FONT, recorded, 0), operands.size() > 1 ? operands.get(1) : COSFloat.ZERO), op);
                carriedOut(recorded);
            }
            case OperatorName.SET_GRAPHICS_STATE_PARAMS -> {
                write(List.of(remap(OutResources.Kind.EXT_G_STATE, recorded, 0)), op);
                carriedOut(recorded);
            }
            case OperatorName.STROKING_COLORSPACE, OperatorName.NON_STROKING_COLORSPACE -> {
                if (!operands.isEmpty() && operands.getFirst() instanceof COSName cs && DEVICE_SPACES.contains(cs.getName())) {
                    write(operands, op);
                } else {
                    write(List.of(remap(OutResources.Kind.COLOR_SPACE, recorded, 0)), op);
                }
            }
            case OperatorName.STROKING_COLOR_N, OperatorName.NON_STROKING_COLOR_N -> {
                if (!operands.isEmpty() && operands.getLast() instanceof COSName) {
                    List<COSBase> o = new ArrayList<>(operands);
                    o.set(o.size() - 1, remap(OutResources.Kind.PATTERN, recorded, operands.size() - 1));
                    write(o, op);
                } else {
                    write(operands, op);
                }
            }
            case OperatorName.SHADING_FILL -> write(List.of(remap(OutResources.Kind.SHADING, recorded, 0)), op);
            case OperatorName.SAVE -> {
                depth++;
                write(operands, op);
                carriedOut(recorded);
            }
            case OperatorName.RESTORE -> {
                // A Q without its q would undo the page's own q (and the label boxes' place): dropped.
                if (depth > floor) {
                    depth--;
                    write(operands, op);
                    carriedOut(recorded);
                }
            }
            case OperatorName.BEGIN_TEXT -> {
                inTextObject = true;
                placing = placedObjects.contains(recorded);
                write(operands, op);
                carriedOut(recorded);
            }
            case OperatorName.END_TEXT -> {
                inTextObject = false;
                placing = false;
                write(operands, op);
                carriedOut(recorded);
            }
            case OperatorName.MOVE_TEXT, OperatorName.SET_MATRIX, OperatorName.NEXT_LINE,
                 OperatorName.MOVE_TEXT_SET_LEADING -> position(recorded);
            case OperatorName.TYPE3_D0, OperatorName.TYPE3_D1 -> {
                // Only meaningful in a Type 3 glyph, which is never rewritten.
            }
            default -> {
                write(operands, op);
                carriedOut(recorded);
            }
        }
    }

    /**
     * After an operator PDFBox carried out in the walk (the walk's state follows it): an error PDFBox reported while
     * carrying it out, which the extraction may have gone on past, means the page is not proven clean.
     */
    private void carriedOut(PageDrawing.Op recorded) throws PdfLayoutRendition.Unprovable {
        if (recorded.failedOperator() != null) {
            throw contentError(recorded.failedOperator());
        }
    }

    private PdfLayoutRendition.Unprovable contentError(String operator) {
        return new PdfLayoutRendition.Unprovable("page " + pageNumber + " has an error in its content (" + operator + ")");
    }

    // ------------------------------------------------------------------------------------------ text

    /** Glyph {@code i} as the walk showed it. */
    private void glyph(int i) throws IOException {
        if (i != glyph++ || i >= glyphs.glyphs()) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": the glyphs differ from the extraction's");
        }
        PDFont font = drawing.font()[i];
        String problem = fontProblems.get(font);
        if (problem == null && !fontProblems.containsKey(font)) {
            problem = problem(font);
            fontProblems.put(font, problem);
        }
        if (problem != null) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " uses " + problem);
        }
        if (!glyphs.positioned().get(i)) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " has a glyph without a Unicode value");
        }
        shown.add(new PlacedText.Shown(i, drawing.code()[i]));
    }

    /** Why a font's glyphs cannot be trusted to be the text extracted from them, or null. */
    private static String problem(PDFont font) {
        if (font instanceof PDType3Font) {
            return "a Type 3 font (glyphs drawn by procedures)";
        }
        if (font.isVertical()) {
            return "vertical text";
        }
        boolean toUnicode = font.getCOSObject().containsKey(COSName.TO_UNICODE);
        if (font instanceof PDType0Font && !toUnicode) {
            return "a font without a Unicode map (ToUnicode)";
        }
        if (font instanceof PDSimpleFont simple && !toUnicode && !font.isStandard14() && simple.isSymbolic()) {
            return "a symbolic font without a Unicode map (ToUnicode)";
        }
        return null;
    }

    private void show(PageDrawing.Op recorded) throws IOException {
        Operator op = recorded.operator();
        List<COSBase> operands = recorded.operands();
        PDFont font = recorded.font();
        if (font == null) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " shows text without a font");
        }
        shown.clear();
        // The glyphs up to an error PDFBox reported, then the error: where a walk of its own would have stopped.
        int end = recorded.failedAtGlyph() >= 0 ? recorded.failedAtGlyph() : recorded.end();
        for (int i = recorded.first(); i < end; i++) {
            glyph(i);
        }
        carriedOut(recorded);
        if (!placing) {
            if (changes(recorded.first(), end)) {
                throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " shows text outside a text object");
            }
            write(operands, op);
            return;
        }
        if (operands.isEmpty()) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + ": a text operator without text");
        }
        if (op.getName().equals(OperatorName.SHOW_TEXT_LINE_AND_SPACE)) {
            write(List.of(operands.get(0)), Operator.getOperator(OperatorName.SET_WORD_SPACING));
            write(List.of(operands.get(1)), Operator.getOperator(OperatorName.SET_CHAR_SPACING));
        }
        placedText.placed(operands.getLast(), font, shown);
    }

    /** Whether a glyph of [from, to) is removed or moved. */
    private boolean changes(int from, int to) {
        for (int i = from; i < to; i++) {
            if (removed.get(i) || lines.shift(i) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before the rewrite: the text objects with a glyph removed or moved. Their glyphs are all drawn at absolute
     * positions ({@link PlacedText}), so none of their numbers is relative to the removed text.
     */
    private void findPlacedObjects() {
        PageDrawing.Op object = null;
        for (PageDrawing.Op op : drawing.ops()) {
            String name = op.operator().getName();
            if (op.formEnd() || name.equals(OperatorName.END_TEXT)) {
                object = null;
            } else if (name.equals(OperatorName.BEGIN_TEXT)) {
                object = op;
            } else if (object != null && SHOWING.contains(name)
                && changes(op.first(), Math.min(op.end(), glyphs.glyphs()))) {
                placedObjects.add(object);
            }
        }
    }

    /**
     * A positioning operator (Td, TD, T*, Tm): written as it is, except in a text object whose glyphs are placed
     * anew, where it is left out (its numbers may be relative to where the removed text was: the next word placed
     * with "the name's width" Td); TD's leading is kept, as later text objects may use it with T*.
     */
    private void position(PageDrawing.Op recorded) throws IOException {
        List<COSBase> operands = recorded.operands();
        if (!placing) {
            write(operands, recorded.operator());
        } else if (recorded.operator().getName().equals(OperatorName.MOVE_TEXT_SET_LEADING) && operands.size() == 2
            && operands.get(1) instanceof COSNumber ty) {
            raw(n(-ty.floatValue()) + " TL ");
        }
        carriedOut(recorded);
    }

    private void drawLabels() throws IOException {
        List<LineShift.Box> merged = lines.boxes();
        if (merged.isEmpty()) {
            return;
        }
        resources.labelFont();
        var sb = new StringBuilder("q 0 g\n");
        for (LineShift.Box b : merged) {
            sb.append(n(b.p0().x)).append(' ').append(n(b.p0().y)).append(" m ").append(n(b.p1().x)).append(' ').append(n(b.p1().y))
                .append(" l ").append(n(b.p2().x)).append(' ').append(n(b.p2().y)).append(" l ").append(n(b.p3().x)).append(' ')
                .append(n(b.p3().y)).append(" l h f\n");
        }
        sb.append("Q\n");
        raw(sb.toString());
        for (LineShift.Box b : merged) {
            float len = b.length();
            float h = b.height();
            String label = b.span() >= 0 ? spans.get(b.span()).type().label() : "[" + "?" + "]";
            Float unit = LABEL_WIDTHS.get(label);
            if (unit == null || len < 0.5f || h < 0.5f) {
                continue;
            }
            float size = Math.min(h * 0.8f, len * 0.94f / unit);
            if (size < 2) {
                continue;
            }
            float ux = (b.p1().x - b.p0().x) / len;
            float uy = (b.p1().y - b.p0().y) / len;
            float vx = (b.p3().x - b.p0().x) / h;
            float vy = (b.p3().y - b.p0().y) / h;
            float along = (len - size * unit) / 2;
            float up = (h - size * 0.7f) / 2;
            float ox = b.p0().x + ux * along + vx * up;
            float oy = b.p0().y + uy * along + vy * up;
            label(label, size, new float[] {ux, uy, vx, vy, ox, oy}, "1 g");
        }
    }

    private void label(String label, float size, float[] m, String colour) throws IOException {
        raw("q BT /" + LABEL_FONT.getName() + " " + n(size) + " Tf " + colour + " " + n(m[0]) + " " + n(m[1]) + " "
            + n(m[2]) + " " + n(m[3]) + " " + n(m[4]) + " " + n(m[5]) + " Tm ");
        writer.writeToken(new COSString(LABEL_BYTES.get(label)));
        raw(" Tj ET Q\n");
    }

    // ------------------------------------------------------------------------------------------ forms and images

    private void draw(PageDrawing.Op recorded) throws IOException {
        List<COSBase> operands = recorded.operands();
        if (operands.isEmpty() || !(operands.getFirst() instanceof COSName)) {
            return;
        }
        if (recorded.lookupFailure() != null) {
            // The XObject could not be read: inside a form that is an error in the form's drawing.
            throw forms.isEmpty() ? recorded.lookupFailure() : contentError(OperatorName.DRAW_OBJECT);
        }
        PDXObject x = recorded.xobject();
        if (x instanceof PDImageXObject) {
            imageBox(recorded.ctm());
        } else if (x instanceof PDFormXObject form) {
            if (inTextObject) {
                throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " draws a form inside a text object");
            }
            raw("q\n");
            depth++;
            forms.push(new Form(recorded, floor));
            floor = depth;
            Matrix m = form.getMatrix();
            raw(n(m.getScaleX()) + " " + n(m.getShearY()) + " " + n(m.getShearX()) + " " + n(m.getScaleY()) + " "
                + n(m.getTranslateX()) + " " + n(m.getTranslateY()) + " cm\n");
            PDRectangle bbox = form.getBBox();
            if (bbox != null) {
                raw(n(bbox.getLowerLeftX()) + " " + n(bbox.getLowerLeftY()) + " " + n(bbox.getWidth()) + " "
                    + n(bbox.getHeight()) + " re W n\n");
            }
            // The form's own operators follow, then its end.
        }
        // Anything else (a missing or PostScript XObject) is not drawn.
    }

    /** After a form's operators: what it left open is closed, and its q. */
    private void endForm() throws IOException {
        Form f = forms.pop();
        carriedOut(f.draw());
        if (inTextObject) {
            raw("\nET");
            inTextObject = false;
        }
        while (depth > floor) {
            raw("\nQ");
            depth--;
        }
        raw("\nQ\n");
        depth--;
        floor = f.outerFloor();
    }

    /** A grey box over the unit square of the current transformation, where the image was, and its label. */
    private void imageBox(Matrix ctm) throws IOException {
        if (inTextObject) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " draws an image inside a text object");
        }
        raw("q 0.85 g 0 0 1 1 re f\n");
        AffineTransform at = ctm.createAffineTransform();
        Point2D.Float p0 = ctm.transformPoint(0, 0);
        Point2D.Float p1 = ctm.transformPoint(1, 0);
        Point2D.Float p2 = ctm.transformPoint(1, 1);
        Point2D.Float p3 = ctm.transformPoint(0, 1);
        float minX = Math.min(Math.min(p0.x, p1.x), Math.min(p2.x, p3.x));
        float maxX = Math.max(Math.max(p0.x, p1.x), Math.max(p2.x, p3.x));
        float minY = Math.min(Math.min(p0.y, p1.y), Math.min(p2.y, p3.y));
        float maxY = Math.max(Math.max(p0.y, p1.y), Math.max(p2.y, p3.y));
        float unit = LABEL_WIDTHS.get(IMAGE_LABEL);
        float size = Math.min(9, Math.min((maxX - minX) * 0.9f / unit, (maxY - minY) * 0.5f));
        if (size >= 3) {
            try {
                AffineTransform inverse = at.createInverse();
                double[] i = new double[6];
                inverse.getMatrix(i);
                raw(n((float) i[0]) + " " + n((float) i[1]) + " " + n((float) i[2]) + " " + n((float) i[3]) + " "
                    + n((float) i[4]) + " " + n((float) i[5]) + " cm\n");
                resources.labelFont();
                label(IMAGE_LABEL, size, new float[] {1, 0, 0, 1, (minX + maxX - size * unit) / 2,
                    (minY + maxY - size * 0.7f) / 2}, "0.35 g");
            } catch (NoninvertibleTransformException e) {
                // A flat image shows nothing: no label either.
            }
        }
        raw("Q\n");
    }

    // ------------------------------------------------------------------------------------------ writing

    private COSName remap(OutResources.Kind kind, PageDrawing.Op recorded, int at) throws IOException {
        List<COSBase> operands = recorded.operands();
        if (operands.size() <= at || !(operands.get(at) instanceof COSName name)) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " names a resource wrongly");
        }
        PDResources res = recorded.resources();
        COSDictionary category = res == null ? null : res.getCOSObject().getCOSDictionary(kind.key);
        COSBase object = category == null ? null : category.getDictionaryObject(name);
        if (object == null) {
            throw new PdfLayoutRendition.Unprovable("page " + pageNumber + " uses a missing " + kind.name().toLowerCase(Locale.ROOT)
                .replace('_', ' '));
        }
        return resources.name(kind, object);
    }

    void write(List<COSBase> operands, Operator op) throws IOException {
        for (COSBase o : operands) {
            writer.writeToken(o);
        }
        writer.writeToken(op);
    }

    void raw(String s) throws IOException {
        bytes.write(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A number as PDF writes it: plain decimal, rounded to 1/10000 (String.format was a tenth of the rewrite). */
    static String n(float v) {
        if (!Float.isFinite(v) || Math.abs(v) > 1e9f) {
            return "0";
        }
        long scaled = Math.round(v * 10000.0);
        if (scaled == 0) {
            return "0";
        }
        var sb = new StringBuilder(16);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 10000);
        long fraction = scaled % 10000;
        if (fraction != 0) {
            sb.append('.');
            String f = Long.toString(fraction + 10000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(f, 0, end);
        }
        return sb.toString();
    }

    /**
     * The new page's resources: each object a kept operator names, copied once under a new name; the label font.
     * Graphics states keep only their plain parameters (no soft masks, transfer functions or fonts); tiling patterns
     * (which are content streams of their own) and Type 3 fonts are refused.
     */
    static final class OutResources {

        enum Kind {
            FONT(COSName.FONT, "F"), EXT_G_STATE(COSName.EXT_G_STATE, "GS"), COLOR_SPACE(COSName.COLORSPACE, "CS"),
            PATTERN(COSName.PATTERN, "P"), SHADING(COSName.SHADING, "Sh");

            final COSName key;
            final String prefix;

            Kind(COSName key, String prefix) {
                this.key = key;
                this.prefix = prefix;
            }
        }

        private static final Set<String> PLAIN_STATE = Set.of("Type", "LW", "LC", "LJ", "ML", "D", "RI", "OP", "op", "OPM",
            "FL", "SM", "SA", "BM", "CA", "ca", "AIS", "TK");

        private final CosCopier copier;
        private final Map<Kind, COSDictionary> dictionaries = new EnumMap<>(Kind.class);
        private final Map<COSBase, COSName> names = new IdentityHashMap<>();

        OutResources(CosCopier copier) {
            this.copier = copier;
        }

        COSName name(Kind kind, COSBase object) throws IOException {
            COSName known = names.get(object);
            if (known != null) {
                return known;
            }
            COSDictionary dict = dictionaries.computeIfAbsent(kind, k -> new COSDictionary());
            COSName fresh = COSName.getPDFName(kind.prefix + (dict.size() + 1));
            dict.setItem(fresh, copy(kind, object));
            names.put(object, fresh);
            return fresh;
        }

        private COSBase copy(Kind kind, COSBase object) throws IOException {
            COSDictionary d = object instanceof COSDictionary x ? x : null;
            switch (kind) {
                case FONT -> {
                    if (d != null && COSName.TYPE3.equals(d.getCOSName(COSName.SUBTYPE))) {
                        throw new PdfLayoutRendition.Unprovable("a Type 3 font (glyphs drawn by procedures)");
                    }
                }
                case PATTERN -> {
                    if (d != null && d.getInt(COSName.PATTERN_TYPE) == 1) {
                        throw new PdfLayoutRendition.Unprovable("a tiling pattern (content of its own)");
                    }
                    if (d != null && ShapeFilter.drawsPictures(d.getCOSDictionary(COSName.SHADING))) {
                        throw new PdfLayoutRendition.Unprovable("a shading that can draw a picture (not axial or radial)");
                    }
                }
                case SHADING -> {
                    if (ShapeFilter.drawsPictures(d)) {
                        throw new PdfLayoutRendition.Unprovable("a shading that can draw a picture (not axial or radial)");
                    }
                }
                case EXT_G_STATE -> {
                    if (d == null) {
                        throw new PdfLayoutRendition.Unprovable("a graphics state that is not a dictionary");
                    }
                    if (d.containsKey(COSName.FONT)) {
                        throw new PdfLayoutRendition.Unprovable("a graphics state that sets a font");
                    }
                    var plain = new COSDictionary();
                    for (var e : d.entrySet()) {
                        if (PLAIN_STATE.contains(e.getKey().getName())) {
                            plain.setItem(e.getKey(), copier.copy(e.getValue()));
                        }
                    }
                    return plain;
                }
                default -> {
                }
            }
            return copier.copy(object);
        }

        void labelFont() {
            COSDictionary fonts = dictionaries.computeIfAbsent(Kind.FONT, k -> new COSDictionary());
            if (!fonts.containsKey(LABEL_FONT)) {
                var f = new COSDictionary();
                f.setItem(COSName.TYPE, COSName.FONT);
                f.setItem(COSName.SUBTYPE, COSName.TYPE1);
                f.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica-Bold"));
                f.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
                fonts.setItem(LABEL_FONT, f);
            }
        }

        PDResources dictionary() {
            var d = new COSDictionary();
            for (var e : dictionaries.entrySet()) {
                d.setItem(e.getKey().key, e.getValue());
            }
            return new PDResources(d);
        }
    }
}
