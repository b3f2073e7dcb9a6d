package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void countsUnderFiveAndZeroAreShownAlike() {
        assertThat(SmallCells.count(0)).isEqualTo("<5");
        assertThat(SmallCells.count(4)).isEqualTo("<5");
        assertThat(SmallCells.count(5)).isEqualTo("5");
    }

    @Test
    void aLoneSmallCellInARowWithATotalHidesTheSmallestOtherCell() {
        // Rows with totals in the last column, columns with totals in the last row.
        int[][] t = {
            {3, 20, 23},
            {30, 12, 42},
            {33, 32, 65}};
        String[][] shown = SmallCells.protect(t, true, true);
        assertThat(shown[0][0]).isEqualTo("<5");
        // Row 0 had one suppressed cell: 20 is hidden too; column 0 had one: 30 is hidden; then row 1 and column 1
        // have one each, so 12 is hidden.
        assertThat(shown[0][1]).isEqualTo("x");
        assertThat(shown[1][0]).isEqualTo("x");
        assertThat(shown[1][1]).isEqualTo("x");
        assertNoLineHasExactlyOneSuppressed(shown, true, true);
    }

    @Test
    void smallCellsWhoseKnownSumPinsEachOfThemAreProtectedToo() {
        // Column 0: two cells of 4 and a total of 48: 48 - 40 = 8 = 2 x 4, so each must be 4.
        int[][] t = {
            {4, 10, 14},
            {4, 10, 14},
            {40, 20, 60},
            {48, 40, 88}};
        String[][] shown = SmallCells.protect(t, true, true);
        assertThat(shown[2][0]).isEqualTo("x");
        // Zeros whose sum is 0 give away only that nobody is there: nothing more is hidden for them.
        int[][] zeros = {{0, 0, 0}, {0, 0, 0}, {30, 20, 50}, {30, 20, 50}};
        assertThat(SmallCells.protect(zeros, false, true)[2]).containsExactly("30", "20", "50");
    }

    @Test
    void noSmallCellLeavesTheTableAsItIs() {
        int[][] t = {{10, 20, 30}, {5, 6, 11}, {15, 26, 41}};
        String[][] shown = SmallCells.protect(t, true, true);
        assertThat(shown[1][0]).isEqualTo("5");
        assertThat(shown[2][2]).isEqualTo("41");
    }

    @Test
    void randomTablesNeverHaveALineWithOneSuppressedCell() {
        var random = new Random(7);
        for (int n = 0; n < 500; n++) {
            int rows = 2 + random.nextInt(5);
            int[][] t = new int[rows + 1][3];
            for (int r = 0; r < rows; r++) {
                t[r][0] = random.nextInt(12);
                t[r][1] = random.nextInt(12);
                t[r][2] = t[r][0] + t[r][1];
                for (int c = 0; c < 3; c++) {
                    t[rows][c] += t[r][c];
                }
            }
            String[][] shown = SmallCells.protect(t, true, true);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < 3; c++) {
                    if (t[r][c] < 5) {
                        assertThat(shown[r][c]).isEqualTo("<5");
                    }
                }
            }
            assertNoLineHasExactlyOneSuppressed(shown, true, true);
        }
    }

    private static void assertNoLineHasExactlyOneSuppressed(String[][] shown, boolean rows, boolean cols) {
        if (rows) {
            for (String[] row : shown) {
                assertThat(Arrays.stream(row).filter(c -> !SmallCells.shown(c)).count()).isNotEqualTo(1);
            }
        }
        if (cols) {
            for (int c = 0; c < shown[0].length; c++) {
                int col = c;
                assertThat(Arrays.stream(shown).filter(r -> !SmallCells.shown(r[col])).count()).isNotEqualTo(1);
            }
        }
    }
}
