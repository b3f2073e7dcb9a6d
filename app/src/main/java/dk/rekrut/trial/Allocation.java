package dk.rekrut.trial;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stratified permuted blocks, reproducible from the trial's seed. Each stratum has its own generator, seeded from the
 * trial seed and the stratum's key; it draws each block's size (1, 2 or 3 times ratioTool + ratioUsual, so the size is
 * not fixed and the last places of a block cannot be worked out) and shuffles the block (Fisher-Yates). The n-th
 * subject of a stratum gets the n-th arm of its sequence. SplitMix64 and FNV-1a are written out here, not taken from
 * the JDK, so the sequence is the same on every Java version (docs/trial.md says how to recompute it).
 */
final class Allocation {

    static final int[] BLOCK_MULTIPLES = {1, 2, 3};

    private Allocation() {
    }

    /** The arm of the subject at {@code position} (0-based) in the stratum's sequence. */
    static Arm armAt(long seed, String stratum, int ratioTool, int ratioUsual, int position) {
        return sequence(seed, stratum, ratioTool, ratioUsual, position + 1).get(position);
    }

    /** The first {@code length} arms of the stratum's sequence (whole blocks are drawn, the rest is cut off). */
    static List<Arm> sequence(long seed, String stratum, int ratioTool, int ratioUsual, int length) {
        if (ratioTool < 1 || ratioUsual < 1) {
            throw new IllegalArgumentException("ratio parts must be at least 1");
        }
        var random = new SplitMix64(seed ^ fnv1a(stratum));
        List<Arm> arms = new ArrayList<>(length + 3 * (ratioTool + ratioUsual));
        while (arms.size() < length) {
            int multiple = BLOCK_MULTIPLES[random.nextInt(BLOCK_MULTIPLES.length)];
            Arm[] block = new Arm[multiple * (ratioTool + ratioUsual)];
            for (int i = 0; i < block.length; i++) {
                block[i] = i < multiple * ratioTool ? Arm.TOOL : Arm.USUAL_PRACTICE;
            }
            for (int i = block.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Arm t = block[i];
                block[i] = block[j];
                block[j] = t;
            }
            arms.addAll(List.of(block));
        }
        return arms.subList(0, length);
    }

    /** FNV-1a, 64 bits, of the key's UTF-8 bytes. */
    static long fnv1a(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 (Steele, Lea, Flood 2014), with unbiased bounded integers by rejection. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long nextLong() {
            long z = (state += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        /** Uniform in 0..bound-1: draws of 63 bits at or above the largest multiple of bound are drawn again. */
        int nextInt(int bound) {
            long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
            long r;
            do {
                r = nextLong() >>> 1;
            } while (r >= limit);
            return (int) (r % bound);
        }
    }
}
