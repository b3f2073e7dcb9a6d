package dk.rekrut.redaction.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with its own suppression of duplicate overlapping text (a glyph drawn again on itself, as
 * for fake bold, comes out once), decided exactly as PDFBox 3.0 decides it but looked up in a grid instead of a tree of
 * boxed floats: the tree was about a quarter of the extraction's time. PDFBox's rule: a character is dropped when the
 * same character was already shown on the page at x in [x - t, x + t) and y in [y - t, y + t), t being a third of
 * its width (bounds compared as {@link Float#compare} does); it throws where PDFBox's sub-map would (an inverted
 * range). Text under an ActualText marked-content entry is never suppressed, as in PDFBox.
 */
class OverlapStripper extends PDFTextStripper {

    /** Grid cell size in text-space units: a normal glyph's window spans one or two cells each way. */
    private static final float CELL = 16;
    /** Windows wider than this many cells are checked against every point instead. */
    private static final int MAX_CELLS = 4;

    /** Where each character (a glyph's Unicode text) has been shown on the current page. */
    private final Points shown = new Points();
    /** Mirrors PDFTextStripper's private actualText state: whether each open marked-content sequence has one. */
    private final Deque<Boolean> marked = new ArrayDeque<>();
    private boolean actualText;

    OverlapStripper() {
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void startPage(PDPage page) throws java.io.IOException {
        shown.clear();
        super.startPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        // As PDFTextStripper: each new sequence sets the state, to null when it has no ActualText.
        boolean has = PDMarkedContent.create(tag, properties).getActualText() != null;
        marked.push(has);
        actualText = has;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean top = marked.peek();
        if (top != null) {
            if (top) {
                actualText = false;
            }
            marked.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!actualText && duplicate(text)) {
            return;
        }
        super.processTextPosition(text);
    }

    /** PDFBox's test; records the position when it is not a duplicate, as PDFBox does. */
    private boolean duplicate(TextPosition text) {
        String c = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / c.length() / 3.0f;
        float xFrom = x - tolerance;
        float xTo = x + tolerance;
        float yFrom = y - tolerance;
        float yTo = y + tolerance;
        if (Float.compare(xFrom, xTo) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        boolean found;
        if (gridded(xFrom) && gridded(xTo) && gridded(yFrom) && gridded(yTo) && Float.compare(yFrom, yTo) <= 0
            && cell(xTo) - cell(xFrom) < MAX_CELLS && cell(yTo) - cell(yFrom) < MAX_CELLS) {
            found = shown.inGrid(c, xFrom, xTo, yFrom, yTo);
        } else {
            found = shown.inAll(c, xFrom, xTo, yFrom, yTo);
        }
        if (!found) {
            shown.add(c, x, y);
        }
        return found;
    }

    /** Coordinates the grid holds: finite and far from overflowing a cell number (pages are a few thousand units). */
    private static boolean gridded(float v) {
        return v > -1e9f && v < 1e9f;
    }

    private static long cell(float v) {
        return (long) Math.floor(v / CELL);
    }

    private static boolean within(float v, float from, float to) {
        return Float.compare(v, from) >= 0 && Float.compare(v, to) < 0;
    }

    /**
     * The positions shown on a page, each with its character: in arrays, and those of {@link #gridded} coordinates
     * also chained by a hash of character and grid cell. Distinct cells or characters may share a chain: that only
     * adds points to check.
     */
    private static final class Points {
        private float[] xs = new float[256];
        private float[] ys = new float[256];
        private String[] cs = new String[256];
        private int[] next = new int[256];
        private int[] heads = new int[256];
        private int n;

        Points() {
            Arrays.fill(heads, -1);
        }

        void clear() {
            if (n > 0) {
                Arrays.fill(cs, 0, n, null);
                Arrays.fill(heads, -1);
                n = 0;
            }
        }

        void add(String c, float x, float y) {
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, 2 * n);
                ys = Arrays.copyOf(ys, 2 * n);
                cs = Arrays.copyOf(cs, 2 * n);
                next = Arrays.copyOf(next, 2 * n);
                heads = new int[2 * n];
                Arrays.fill(heads, -1);
                for (int i = 0; i < n; i++) {
                    chain(i);
                }
            }
            xs[n] = x;
            ys[n] = y;
            cs[n] = c;
            chain(n);
            n++;
        }

        private void chain(int i) {
            if (gridded(xs[i]) && gridded(ys[i])) {
                int h = slot(cs[i], cell(xs[i]), cell(ys[i]));
                next[i] = heads[h];
                heads[h] = i;
            }
        }

        /** Only windows of {@link #gridded} bounds; a point outside those bounds cannot lie in such a window. */
        boolean inGrid(String c, float xFrom, float xTo, float yFrom, float yTo) {
            for (long cx = cell(xFrom); cx <= cell(xTo); cx++) {
                for (long cy = cell(yFrom); cy <= cell(yTo); cy++) {
                    for (int i = heads[slot(c, cx, cy)]; i >= 0; i = next[i]) {
                        if (within(xs[i], xFrom, xTo) && within(ys[i], yFrom, yTo) && cs[i].equals(c)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Every point of the character; like PDFBox, an inverted y range throws once one lies in the x range. */
        boolean inAll(String c, float xFrom, float xTo, float yFrom, float yTo) {
            for (int i = 0; i < n; i++) {
                if (within(xs[i], xFrom, xTo) && cs[i].equals(c)) {
                    if (Float.compare(yFrom, yTo) > 0) {
                        throw new IllegalArgumentException("fromKey > toKey");
                    }
                    if (within(ys[i], yFrom, yTo)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int slot(String c, long cx, long cy) {
            long h = ((c.hashCode() * 0x9E3779B97F4A7C15L) + cx) * 0xC2B2AE3D27D4EB4FL + cy;
            h ^= h >>> 29;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 32;
            return (int) h & (heads.length - 1);
        }
    }
}
