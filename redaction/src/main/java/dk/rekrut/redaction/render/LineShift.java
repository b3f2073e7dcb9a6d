package dk.rekrut.redaction.render;

import dk.rekrut.redaction.extract.PageDrawing;
import dk.rekrut.redaction.extract.PdfGlyphMap;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Where the text of a page goes once each removed run is a box of a quantised width instead of the run's own: the
 * glyph-position attack (Bland, Iyer and Levchenko, PETS 2023) tests a guessed name against the gap a removed name
 * leaves, so the gap must not be the name's advance.
 * <p>
 * Glyphs are grouped into lines (same direction, baselines within {@value #BASELINE_EMS} em) and a line into segments
 * where a gap wider than {@value #GAP_EMS} em (a column gap) parts them. In a segment with removed runs each run (the
 * glyphs of one span with no kept glyph between them) becomes a box of its width rounded up to a whole number of
 * {@value #STEP_EMS} em of its font size, and the segment's other glyphs move by the differences, anchored where the
 * segment is aligned (so a centred or right-aligned line does not tell the run's width by where it starts either):
 * <ul>
 *   <li>left, when the segment starts where another segment of the page starts (a margin, a column, a tab stop);</li>
 *   <li>else centred, when its middle is the page's middle, the middle of the page's text, or another segment's
 *   middle;</li>
 *   <li>else right, when it ends where another segment ends;</li>
 *   <li>else left (nothing on the page says otherwise).</li>
 * </ul>
 * Text on other lines and in other segments does not move. The shift of each glyph is a distance along its own
 * direction on the page; {@link ContentRewriter} draws the glyphs of such a text object at absolute positions, so no
 * number in the content is relative to where the removed text was.
 */
final class LineShift {

    /**
     * The bucket, in ems of the run's font size. Typical two-part names are 5–7.5 em in a proportional font ("Lise
     * Nielsen" 5.45, "Mette Jensen" 6.0, "Anne Hansen" 6.06, "Mette Hansen" 6.23 in Helvetica), about four lowercase
     * letters apart: a step of 2.5 em puts them in one bucket, and the usual names of 3–10 em in three or four. The
     * price is at most 2.5 em of extra space per run.
     */
    static final float STEP_EMS = 2.5f;
    /** A gap wider than this parts a line into segments (columns); wider than a step, so a grown box never reaches them. */
    static final float GAP_EMS = 3f;
    static final float BASELINE_EMS = 0.4f;
    /** Within this (points), two segments start, end or are centred at the same place. */
    private static final float SAME_PLACE = 1f;
    /** Boxes and positions anew are rounded to this (points), so float noise of the original layout does not show. */
    static final float GRID = 0.01f;

    /** A quadrilateral on the page: bottom-left, bottom-right, top-right, top-left along the text's direction. */
    record Box(int span, Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {

        float length() {
            return (float) p0.distance(p1);
        }

        float height() {
            return (float) p0.distance(p3);
        }
    }

    private enum Align { LEFT, CENTRE, RIGHT }

    /** A glyph's place on the page in its own line's terms. */
    private record Glyph(int index, long direction, float along, float across, float length, float em) {
        float end() {
            return along + length;
        }
    }

    /** Glyphs [from, to) of the line's list in reading order, and where they start and end. */
    private record Segment(List<Glyph> line, int from, int to, long direction, float start, float end) {
        float middle() {
            return (start + end) / 2;
        }
    }

    private final float[] shift;
    private final List<Box> boxes = new ArrayList<>();
    private final PdfGlyphMap.Page page;
    private final BitSet removed;
    private final int[] spanOf;

    private LineShift(PdfGlyphMap.Page page, BitSet removed, int[] spanOf) {
        this.page = page;
        this.removed = removed;
        this.spanOf = spanOf;
        this.shift = new float[page.glyphs()];
    }

    /** The shifts and boxes of one page; {@code pageBox} gives the page's middle. */
    static LineShift of(PdfGlyphMap.Page page, BitSet removed, int[] spanOf, PDRectangle pageBox) {
        var s = new LineShift(page, removed, spanOf);
        boolean any = false;
        for (int g = removed.nextSetBit(0); g >= 0 && g < page.glyphs(); g = removed.nextSetBit(g + 1)) {
            any |= spanOf[g] >= 0;
        }
        if (any) {
            List<Segment> segments = s.segments();
            for (Segment seg : segments) {
                s.place(seg, segments, pageBox);
            }
        }
        return s;
    }

    /** Glyph {@code g}'s shift along its direction on the page (0: where it was). */
    float shift(int g) {
        return shift[g];
    }

    List<Box> boxes() {
        return boxes;
    }

    private Glyph glyph(int g) {
        float[] m = page.drawing().trm();
        float a = m[4 * g];
        float b = m[4 * g + 1];
        float scale = (float) Math.hypot(a, b);
        float ux = scale == 0 ? 1 : a / scale;
        float uy = scale == 0 ? 0 : b / scale;
        float x = page.tx()[g];
        float y = page.ty()[g];
        long direction = Math.round(Math.atan2(uy, ux) * 1000);
        return new Glyph(g, direction, x * ux + y * uy, -x * uy + y * ux, page.drawing().advance()[g] * scale,
            (float) Math.hypot(m[4 * g + 2], m[4 * g + 3]));
    }

    /** Every segment of the page: lines by direction and baseline, parted at column gaps. */
    private List<Segment> segments() {
        List<Glyph> all = new ArrayList<>(page.glyphs());
        for (int g = 0; g < page.glyphs(); g++) {
            all.add(glyph(g));
        }
        all.sort(Comparator.comparingLong(Glyph::direction).thenComparingDouble(Glyph::across));
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            Glyph first = all.get(i);
            int j = i + 1;
            while (j < all.size() && all.get(j).direction() == first.direction()
                && all.get(j).across() - first.across() <= BASELINE_EMS * Math.max(first.em(), all.get(j).em())) {
                j++;
            }
            List<Glyph> line = new ArrayList<>(all.subList(i, j));
            line.sort(Comparator.comparingDouble(Glyph::along));
            split(line, segments);
            i = j;
        }
        return segments;
    }

    private static void split(List<Glyph> line, List<Segment> into) {
        int from = 0;
        float reach = line.getFirst().end();
        float em = line.getFirst().em();
        for (int k = 1; k <= line.size(); k++) {
            if (k < line.size() && line.get(k).along() <= reach + GAP_EMS * Math.max(em, line.get(k).em())) {
                reach = Math.max(reach, line.get(k).end());
                em = Math.max(em, line.get(k).em());
                continue;
            }
            into.add(new Segment(line, from, k, line.getFirst().direction(), line.get(from).along(), reach));
            if (k < line.size()) {
                from = k;
                reach = line.get(k).end();
                em = line.get(k).em();
            }
        }
    }

    private boolean inRun(Glyph g) {
        return removed.get(g.index()) && spanOf[g.index()] >= 0;
    }

    /** The runs of a segment, each a box of its quantised width, and its other glyphs moved by the differences. */
    private void place(Segment seg, List<Segment> all, PDRectangle pageBox) {
        List<int[]> runs = new ArrayList<>();
        for (int k = seg.from(); k < seg.to(); k++) {
            Glyph g = seg.line().get(k);
            if (!inRun(g)) {
                continue;
            }
            int[] last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last[1] == k && spanOf[seg.line().get(last[0]).index()] == spanOf[g.index()]) {
                last[1] = k + 1;
            } else {
                runs.add(new int[] {k, k + 1});
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        float[] grown = new float[runs.size()];
        float[] quantised = new float[runs.size()];
        float total = 0;
        for (int r = 0; r < runs.size(); r++) {
            float[] extent = extent(seg, runs.get(r));
            quantised[r] = quantised(extent[1] - extent[0], extent[2]);
            grown[r] = quantised[r] - (extent[1] - extent[0]);
            total += grown[r];
        }
        float offset = switch (alignment(seg, all, pageBox)) {
            case LEFT -> 0;
            case CENTRE -> -total / 2;
            case RIGHT -> -total;
        };
        float before = offset;
        int r = 0;
        for (int k = seg.from(); k < seg.to(); k++) {
            if (r < runs.size() && k == runs.get(r)[0]) {
                box(seg, runs.get(r), before, quantised[r]);
                before += grown[r];
                k = runs.get(r)[1] - 1;
                r++;
                continue;
            }
            shift[seg.line().get(k).index()] = before;
        }
    }

    /** A run's start, end and largest em. */
    private static float[] extent(Segment seg, int[] run) {
        float start = Float.MAX_VALUE;
        float end = -Float.MAX_VALUE;
        float em = 0;
        for (int k = run[0]; k < run[1]; k++) {
            Glyph g = seg.line().get(k);
            start = Math.min(start, g.along());
            end = Math.max(end, g.end());
            em = Math.max(em, g.em());
        }
        return new float[] {start, end, em};
    }

    /** The width rounded up to whole steps of {@link #STEP_EMS} em, at least one step. */
    static float quantised(float width, float em) {
        float step = STEP_EMS * em;
        if (!(step > 0) || !Float.isFinite(width)) {
            return Math.max(width, 0);
        }
        double steps = Math.max(1, Math.ceil(width / step - 1e-4));
        return (float) (steps * step);
    }

    private Align alignment(Segment seg, List<Segment> all, PDRectangle pageBox) {
        boolean left = false;
        boolean middle = false;
        boolean right = false;
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Segment o : all) {
            if (o == seg || o.direction() != seg.direction()) {
                continue;
            }
            left |= Math.abs(o.start() - seg.start()) <= SAME_PLACE;
            right |= Math.abs(o.end() - seg.end()) <= SAME_PLACE;
            middle |= Math.abs(o.middle() - seg.middle()) <= SAME_PLACE;
            min = Math.min(min, o.start());
            max = Math.max(max, o.end());
        }
        if (left) {
            return Align.LEFT;
        }
        Glyph g = seg.line().get(seg.from());
        double angle = g.direction() / 1000.0;
        float cx = pageBox.getLowerLeftX() + pageBox.getWidth() / 2;
        float cy = pageBox.getLowerLeftY() + pageBox.getHeight() / 2;
        float pageMiddle = (float) (cx * Math.cos(angle) + cy * Math.sin(angle));
        if (middle || Math.abs(seg.middle() - pageMiddle) <= SAME_PLACE
            || min <= max && Math.abs(seg.middle() - (min + max) / 2) <= SAME_PLACE) {
            return Align.CENTRE;
        }
        return right ? Align.RIGHT : Align.LEFT;
    }

    /** The run's box: from its start moved by {@code moved}, {@code width} long, from the font's descent to its ascent. */
    private void box(Segment seg, int[] run, float moved, float width) {
        Glyph first = seg.line().get(run[0]);
        int g = first.index();
        float[] m = page.drawing().trm();
        float scale = (float) Math.hypot(m[4 * g], m[4 * g + 1]);
        float ux = scale == 0 ? 1 : m[4 * g] / scale;
        float uy = scale == 0 ? 0 : m[4 * g + 1] / scale;
        float[] vertical = ascentAndDescent(page.drawing(), g);
        float ox = page.tx()[g] + ux * moved;
        float oy = page.ty()[g] + uy * moved;
        float vx = m[4 * g + 2];
        float vy = m[4 * g + 3];
        var p0 = point(ox + vertical[1] * vx, oy + vertical[1] * vy);
        var p3 = point(ox + vertical[0] * vx, oy + vertical[0] * vy);
        var p1 = point(p0.x + ux * width, p0.y + uy * width);
        var p2 = point(p3.x + ux * width, p3.y + uy * width);
        boxes.add(new Box(spanOf[g], p0, p1, p2, p3));
    }

    private static Point2D.Float point(float x, float y) {
        return new Point2D.Float(grid(x), grid(y));
    }

    static float grid(double v) {
        return (float) (Math.round(v / GRID) * (double) GRID);
    }

    /** The font's ascent and descent in text space (of 1), or 0.78 and -0.22 when its descriptor says nothing sensible. */
    private static float[] ascentAndDescent(PageDrawing drawing, int g) {
        PDFont font = drawing.font()[g];
        PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
        if (fd != null && fd.getAscent() > 300 && fd.getAscent() < 1500 && fd.getDescent() < 0 && fd.getDescent() > -700) {
            return new float[] {fd.getAscent() / 1000, fd.getDescent() / 1000};
        }
        return new float[] {0.78f, -0.22f};
    }
}
