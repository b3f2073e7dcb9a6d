package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void theSameSeedAndStratumGiveTheSameSequence() {
        var a = Allocation.sequence(42L, "unit:x|isco:2", 1, 1, 200);
        var b = Allocation.sequence(42L, "unit:x|isco:2", 1, 1, 200);
        assertThat(a).isEqualTo(b);
        assertThat(Allocation.armAt(42L, "unit:x|isco:2", 1, 1, 137)).isEqualTo(a.get(137));
    }

    @Test
    void otherSeedsAndStrataGiveOtherSequences() {
        var a = Allocation.sequence(42L, "unit:x|isco:2", 1, 1, 60);
        assertThat(Allocation.sequence(43L, "unit:x|isco:2", 1, 1, 60)).isNotEqualTo(a);
        assertThat(Allocation.sequence(42L, "unit:x|isco:3", 1, 1, 60)).isNotEqualTo(a);
    }

    /** Pinned: the sequence must never change between versions, or a recorded seed no longer reproduces a trial. */
    @Test
    void theGeneratorIsSplitMix64AsPublished() {
        // SplitMix64 seeded with 0: the first outputs of the reference implementation (Vigna, splitmix64.c).
        var r = new Allocation.SplitMix64(0);
        assertThat(r.nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(r.nextLong()).isEqualTo(0x6e789e6aa1b965f4L);
        assertThat(Allocation.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Allocation.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }

    @Test
    void everyBlockHoldsTheRatioExactly() {
        for (int[] ratio : new int[][] {{1, 1}, {2, 1}, {1, 3}, {5, 4}}) {
            for (long seed = 1; seed <= 20; seed++) {
                List<Arm> seq = Allocation.sequence(seed, "s" + seed, ratio[0], ratio[1], 2000);
                int tool = 0;
                int maxDeviation = 0;
                for (int i = 0; i < seq.size(); i++) {
                    tool += seq.get(i) == Arm.TOOL ? 1 : 0;
                    double expected = (i + 1) * (double) ratio[0] / (ratio[0] + ratio[1]);
                    maxDeviation = (int) Math.max(maxDeviation, Math.ceil(Math.abs(tool - expected)));
                }
                // Within a block of at most 3 x (a + b), the running count is never further off than the block's
                // share of the larger arm.
                assertThat(maxDeviation).isLessThanOrEqualTo(3 * Math.max(ratio[0], ratio[1]));
            }
        }
    }

    @Test
    void blockSizesVarySoTheEndOfABlockCannotBeCounted() {
        // With 1:1 and fixed blocks of 2, every second arm would be known from the one before it. With sizes 2, 4 and
        // 6 drawn at random, the sequence must have runs longer than 2 somewhere.
        var seq = Allocation.sequence(99L, "all", 1, 1, 1000);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < seq.size(); i++) {
            run = i > 0 && seq.get(i) == seq.get(i - 1) ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        assertThat(longest).isGreaterThan(2);
    }

    @Test
    void unbiasedBoundedDrawsAreRoughlyUniform() {
        var r = new Allocation.SplitMix64(5);
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            counts[r.nextInt(3)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
    }
}
