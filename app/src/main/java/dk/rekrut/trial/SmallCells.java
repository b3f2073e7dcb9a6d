package dk.rekrut.trial;

/**
 * Small-cell suppression for the trial's tables of people. Primary: a count under {@link #THRESHOLD}, 0 included
 * (so "nobody" and "one person" look alike), is shown as {@link #SMALL}. Complementary: a table's last column may
 * hold its rows' totals and its last row its columns' totals; a row or column whose members (cells and total) have
 * exactly one suppressed would give it away as the total minus the rest, and so would cells under 5 whose sum (the
 * total minus the rest) is 4 times their number; then the smallest shown cell of that line is hidden too
 * ({@link #HIDDEN}), the total only when no cell is left, and all lines are checked again until none is left so.
 * A known sum of 0 gives away only that nobody is there.
 */
final class SmallCells {

    static final int THRESHOLD = 5;
    static final String SMALL = "<5";
    static final String HIDDEN = "x";

    private SmallCells() {
    }

    static boolean small(int n) {
        return n < THRESHOLD;
    }

    static String count(int n) {
        return small(n) ? SMALL : Integer.toString(n);
    }

    /** The shown text of each cell of {@code table[row][column]}, totals included. */
    static String[][] protect(int[][] table, boolean lastColumnIsTotal, boolean lastRowIsTotal) {
        int rows = table.length;
        int cols = rows == 0 ? 0 : table[0].length;
        boolean[][] primary = new boolean[rows][cols];
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                primary[r][c] = small(table[r][c]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (lastColumnIsTotal && cols > 1) {
                for (int r = 0; r < rows; r++) {
                    changed |= protectLine(table, primary, hidden, r, -1, cols);
                }
            }
            if (lastRowIsTotal && rows > 1) {
                for (int c = 0; c < cols; c++) {
                    changed |= protectLine(table, primary, hidden, -1, c, rows);
                }
            }
        }
        String[][] out = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = primary[r][c] ? SMALL : hidden[r][c] ? HIDDEN : Integer.toString(table[r][c]);
            }
        }
        return out;
    }

    /** Row {@code row} (column -1) or column {@code col} (row -1), whose last member is its total. */
    private static boolean protectLine(int[][] t, boolean[][] primary, boolean[][] hidden, int row, int col,
                                       int length) {
        int suppressed = 0;
        int pick = -1;
        int primarySum = 0;
        boolean onlyPrimaryCells = true;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : col;
            if (primary[r][c] || hidden[r][c]) {
                suppressed++;
                primarySum += t[r][c];
                onlyPrimaryCells &= primary[r][c] && i < length - 1;
            } else if (i < length - 1 || pick < 0) {
                int pr = row >= 0 ? row : pick;
                int pc = row >= 0 ? pick : col;
                if (pick < 0 || pick == length - 1 || t[r][c] < t[pr][pc]) {
                    pick = i;
                }
            }
        }
        // One suppressed member is the total minus the rest; several under 5 whose known sum is 4 each pins each one.
        boolean pinned = suppressed > 1 && onlyPrimaryCells && primarySum == (THRESHOLD - 1) * suppressed;
        if (suppressed != 1 && !pinned || pick < 0) {
            return false;
        }
        hidden[row >= 0 ? row : pick][row >= 0 ? pick : col] = true;
        return true;
    }

    static boolean shown(String cell) {
        return !SMALL.equals(cell) && !HIDDEN.equals(cell);
    }
}
