package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * Which vector paths of a page {@link ContentRewriter} keeps. Text converted to outlines (a heading exported as curves)
 * is read by nobody, so nothing may show it: a path is drawn as it was only when every one of its subpaths bounds a
 * convex shape, that is when its points, control points included, turn one way and once around. Lines, rules, table
 * borders, boxes, circles, ellipses, rounded boxes and pills pass; a glyph outline does not, except the few glyphs that
 * are convex pieces (i, l, I, o, O, D, 0, dots and dashes). Any other path is left out; if it was painted and its box
 * on the page is at least {@link #LARGE} both ways, a grey box (as for an image) fills its bounding box instead, and if
 * it was a clip, its bounding box is the clip. A flattened outline (straight segments only) is judged the same way.
 * Of shadings, only axial and radial ones (types 2 and 3, colour along one direction) are kept: the others can draw
 * any picture, so the page is not proven clean.
 */
final class ShapeFilter {

    /** A removed painted shape at least this wide and high on the page (points: an inch) gets a grey box. */
    static final float LARGE = 72;
    /**
     * Turning (radians) beyond one full turn still counted as convex: rounding of the coordinates in a file must not
     * make a small circle concave; a concavity this small (three degrees of turning the other way, counted twice)
     * cannot shape a letter.
     */
    private static final double ROUNDING = 0.1;
    /** Points within this share of the subpath's length of one line are on it. */
    private static final double ON_A_LINE = 1e-3;

    private static final Set<String> CONSTRUCTION = Set.of(OperatorName.MOVE_TO, OperatorName.LINE_TO,
        OperatorName.CURVE_TO, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
        OperatorName.CLOSE_PATH, OperatorName.APPEND_RECT);
    private static final Set<String> CLIPPING = Set.of(OperatorName.CLIP_NON_ZERO, OperatorName.CLIP_EVEN_ODD);
    private static final Set<String> PAINTING = Set.of(OperatorName.STROKE_PATH, OperatorName.CLOSE_AND_STROKE,
        OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD,
        OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
        OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE, OperatorName.ENDPATH);

    /** Where kept and replacement operators go. */
    interface Writing {
        void write(List<COSBase> operands, Operator op) throws IOException;
    }

    private final Writing out;
    /** The path being built: its construction operators, and the clip operator given for it. */
    private final List<PageDrawing.Op> path = new ArrayList<>();
    private PageDrawing.Op clip;

    ShapeFilter(Writing out) {
        this.out = out;
    }

    /**
     * Takes a path operator (true), or closes a path left unpainted before any other operator (false: the caller
     * writes that one). An operator PDFBox reported an error for is left to the caller, which stops there.
     */
    boolean take(PageDrawing.Op op, boolean inTextObject) throws IOException {
        String name = op.operator().getName();
        boolean pathOperator = CONSTRUCTION.contains(name) || CLIPPING.contains(name) || PAINTING.contains(name);
        if (!pathOperator || op.failedOperator() != null) {
            if (!path.isEmpty() || clip != null) {
                finish(null, inTextObject);
            }
            return false;
        }
        if (CONSTRUCTION.contains(name)) {
            path.add(op);
        } else if (CLIPPING.contains(name)) {
            clip = op;
        } else {
            finish(op, inTextObject);
        }
        return true;
    }

    /** The path built so far, painted by {@code paint} (null: by nothing, as a malformed content leaves it). */
    private void finish(PageDrawing.Op paint, boolean inTextObject) throws IOException {
        Outline outline = Outline.of(path);
        if (outline.convex()) {
            for (PageDrawing.Op op : path) {
                out.write(op.operands(), op.operator());
            }
            if (clip != null) {
                out.write(clip.operands(), clip.operator());
            }
            if (paint != null) {
                out.write(paint.operands(), paint.operator());
            }
        } else {
            boolean painted = paint != null && !paint.operator().getName().equals(OperatorName.ENDPATH);
            if (painted && !inTextObject && outline.box() != null && large(outline.box(), paint.ctm())) {
                out.write(List.of(), op(OperatorName.SAVE));
                out.write(List.of(new COSFloat(0.85f)), op(OperatorName.NON_STROKING_GRAY));
                rectangle(outline.box());
                out.write(List.of(), op(OperatorName.FILL_NON_ZERO));
                out.write(List.of(), op(OperatorName.RESTORE));
            }
            if (clip != null && outline.box() != null) {
                // Clipping to the outlines and painting the clip would show them: the clip becomes their bounding box.
                rectangle(outline.box());
                out.write(List.of(), clip.operator());
                out.write(List.of(), op(OperatorName.ENDPATH));
            }
        }
        path.clear();
        clip = null;
    }

    private void rectangle(float[] box) throws IOException {
        out.write(List.of(new COSFloat(box[0]), new COSFloat(box[1]), new COSFloat(box[2] - box[0]),
            new COSFloat(box[3] - box[1])), op(OperatorName.APPEND_RECT));
    }

    private static Operator op(String name) {
        return Operator.getOperator(name);
    }

    /** The user-space box's extent on the page, under the transformation in force when it was painted. */
    private static boolean large(float[] box, Matrix ctm) {
        if (ctm == null) {
            return false;
        }
        Point2D.Float a = ctm.transformPoint(box[0], box[1]);
        Point2D.Float b = ctm.transformPoint(box[2], box[1]);
        Point2D.Float c = ctm.transformPoint(box[0], box[3]);
        return a.distance(b) >= LARGE && a.distance(c) >= LARGE;
    }

    /**
     * Whether a shading (or a shading pattern's shading) can draw a picture: every type but axial and radial (a
     * function of x and y, which may be a sampled image, or a mesh of triangles or patches).
     */
    static boolean drawsPictures(COSDictionary shading) {
        return shading != null && shading.getInt(COSName.SHADING_TYPE) != 2 && shading.getInt(COSName.SHADING_TYPE) != 3;
    }

    /**
     * A path's subpaths as point lists (on-curve and control points, in order) and its bounding box in user space.
     * {@code convex}: every subpath bounds a convex shape; false for anything malformed.
     */
    record Outline(boolean convex, float[] box) {

        static Outline of(List<PageDrawing.Op> path) {
            var subpath = new Points();
            boolean convex = true;
            float[] box = null;
            for (PageDrawing.Op op : path) {
                float[] v = numbers(op.operands());
                String name = op.operator().getName();
                int needed = switch (name) {
                    case OperatorName.MOVE_TO, OperatorName.LINE_TO -> 2;
                    case OperatorName.CURVE_TO -> 6;
                    case OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
                         OperatorName.APPEND_RECT -> 4;
                    default -> 0;
                };
                if (v == null || v.length != needed) {
                    return new Outline(false, box);
                }
                switch (name) {
                    case OperatorName.MOVE_TO, OperatorName.APPEND_RECT -> {
                        convex &= subpath.convex();
                        subpath.clear();
                        if (name.equals(OperatorName.APPEND_RECT)) {
                            subpath.add(v[0], v[1]);
                            subpath.add(v[0] + v[2], v[1]);
                            subpath.add(v[0] + v[2], v[1] + v[3]);
                            subpath.add(v[0], v[1] + v[3]);
                        } else {
                            subpath.add(v[0], v[1]);
                        }
                    }
                    case OperatorName.CLOSE_PATH -> {
                        // The next segment starts a new subpath at this one's start, which closing returned to.
                        convex &= subpath.convex();
                        subpath.restart();
                    }
                    default -> {
                        for (int i = 0; i < v.length; i += 2) {
                            subpath.add(v[i], v[i + 1]);
                        }
                    }
                }
                box = subpath.grow(box);
            }
            convex &= subpath.convex();
            return new Outline(convex, box);
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] v = new float[operands.size()];
            for (int i = 0; i < v.length; i++) {
                if (!(operands.get(i) instanceof COSNumber n) || !Float.isFinite(n.floatValue())) {
                    return null;
                }
                v[i] = n.floatValue();
            }
            return v;
        }
    }

    /** One subpath's points, closed when judged (a fill closes it; for a stroke the hull is what is judged). */
    static final class Points {
        private float[] x = new float[16];
        private float[] y = new float[16];
        private int n;
        private int boxed;

        void add(float px, float py) {
            if (n == x.length) {
                x = java.util.Arrays.copyOf(x, 2 * n);
                y = java.util.Arrays.copyOf(y, 2 * n);
            }
            x[n] = px;
            y[n] = py;
            n++;
        }

        void clear() {
            n = 0;
            boxed = 0;
        }

        /** After a close: only the start point is left, as the current point. */
        void restart() {
            n = Math.min(n, 1);
            boxed = n;
        }

        /** The box grown by the points added since the last call. */
        float[] grow(float[] box) {
            for (int i = boxed; i < n; i++) {
                if (box == null) {
                    box = new float[] {x[i], y[i], x[i], y[i]};
                }
                box[0] = Math.min(box[0], x[i]);
                box[1] = Math.min(box[1], y[i]);
                box[2] = Math.max(box[2], x[i]);
                box[3] = Math.max(box[3], y[i]);
            }
            boxed = n;
            return box;
        }

        /**
         * The closed polygon of the points turns one way, once around. A polygon of at most two
         * distinct points, or all on one line, is a line. Control points count: a Bézier curve lies in the hull of its
         * control points and crosses a line no more often than they do, so a convex polygon of them bounds a convex
         * shape.
         */
        boolean convex() {
            int m = distinct();
            if (m <= 2 || collinear(m)) {
                return true;
            }
            double total = 0;
            for (int i = 0; i < m; i++) {
                int p = (i + m - 1) % m;
                int q = (i + 1) % m;
                double ax = x[i] - x[p];
                double ay = y[i] - y[p];
                double bx = x[q] - x[i];
                double by = y[q] - y[i];
                total += Math.abs(Math.atan2(ax * by - ay * bx, ax * bx + ay * by));
            }
            // A convex polygon turns exactly once around; every turn the other way, however small (a concave curve
            // flattened into many segments), adds to the total twice; a turn back, or a star, adds a half or a whole.
            return total <= 2 * Math.PI + ROUNDING;
        }

        /** Drops points equal to the one before (and the last if it equals the first); returns how many are left. */
        private int distinct() {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || !same(i, m - 1)) {
                    x[m] = x[i];
                    y[m] = y[i];
                    m++;
                }
            }
            while (m > 1 && same(m - 1, 0)) {
                m--;
            }
            n = m;
            boxed = Math.min(boxed, m);
            return m;
        }

        private boolean same(int i, int j) {
            return Math.abs(x[i] - x[j]) < 1e-4f && Math.abs(y[i] - y[j]) < 1e-4f;
        }

        private boolean collinear(int m) {
            int far = 1;
            for (int i = 2; i < m; i++) {
                if (Math.hypot(x[i] - x[0], y[i] - y[0]) > Math.hypot(x[far] - x[0], y[far] - y[0])) {
                    far = i;
                }
            }
            double dx = x[far] - x[0];
            double dy = y[far] - y[0];
            double length = Math.hypot(dx, dy);
            for (int i = 1; i < m; i++) {
                if (Math.abs(dx * (y[i] - y[0]) - dy * (x[i] - x[0])) > ON_A_LINE * length * length) {
                    return false;
                }
            }
            return true;
        }
    }
}
