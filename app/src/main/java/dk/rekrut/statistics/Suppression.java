package dk.rekrut.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for tables of people counted by evaluation group (rows) and funnel stage (columns).
 *
 * <p>Primary: every cell under {@link #THRESHOLD} (0 included, so "nobody" and "one person" look alike) is shown
 * as {@code <5}. Complementary: a column's total is public (the overall funnel and the other dimensions' tables
 * add up to it), so within a column a lone suppressed cell could be worked out as total minus the rest. So when a
 * column has exactly one suppressed cell, or only primary cells whose sum would pin each of them down (all 4), the
 * smallest visible cell of that column is hidden too, shown as {@code x}, until neither holds. Stages are cumulative,
 * not parts of a whole, so rows have no total to protect. The rule is explained on the page and in docs/statistics.md.
 */
final class Suppression {

    static final int THRESHOLD = 5;
    static final String SMALL = "<5";
    static final String HIDDEN = "x";

    private Suppression() {
    }

    /** The displayed text of each cell of {@code counts[row][column]}. */
    static String[][] protect(int[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        String[][] out = new String[rows][cols];
        for (int c = 0; c < cols; c++) {
            boolean[] primary = new boolean[rows];
            boolean[] hidden = new boolean[rows];
            List<Integer> suppressed = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (counts[r][c] < THRESHOLD) {
                    primary[r] = true;
                    suppressed.add(r);
                }
            }
            while (!suppressed.isEmpty() && unsafe(counts, c, suppressed, primary)) {
                int pick = -1;
                for (int r = 0; r < rows; r++) {
                    if (!primary[r] && !hidden[r] && (pick < 0 || counts[r][c] < counts[pick][c])) {
                        pick = r;
                    }
                }
                if (pick < 0) {
                    break; // every cell is already suppressed
                }
                hidden[pick] = true;
                suppressed.add(pick);
            }
            for (int r = 0; r < rows; r++) {
                out[r][c] = primary[r] ? SMALL : hidden[r] ? HIDDEN : Integer.toString(counts[r][c]);
            }
        }
        return out;
    }

    /** Whether a cell's text is its count (not {@link #SMALL} or {@link #HIDDEN}). */
    static boolean shown(String cell) {
        return !SMALL.equals(cell) && !HIDDEN.equals(cell);
    }

    private static boolean unsafe(int[][] counts, int c, List<Integer> suppressed, boolean[] primary) {
        if (suppressed.size() == 1) {
            return true;
        }
        boolean allPrimary = suppressed.stream().allMatch(r -> primary[r]);
        int sum = suppressed.stream().mapToInt(r -> counts[r][c]).sum();
        return allPrimary && sum > 0 && sum == (THRESHOLD - 1) * suppressed.size();
    }
}
