package dk.rekrut.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Latency per operation by the measuring thread's CPU time as well as by the wall clock, with percentiles. On the
 * shared two-core machine the wall clock mostly measures the other workers' load; CPU time is what the engine itself
 * costs (as {@code redaction}'s {@code CpuTimeBenchmark}). Single-threaded: one request at a time.
 */
public final class CpuLatency {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuLatency() {
    }

    /** Percentiles in ms of CPU and wall time over the measured operations. */
    public record Result(String name, int n, double cpuP50, double cpuP95, double cpuP99, double wallP50, double wallP95,
                         double wallP99) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: n=%d  CPU ms p50 %.3f p95 %.3f p99 %.3f | wall ms p50 %.3f p95 %.3f p99 %.3f",
                name, n, cpuP50, cpuP95, cpuP99, wallP50, wallP95, wallP99);
        }
    }

    /** Runs {@code op} on each input {@code warm} passes untimed, then {@code rounds} passes timed one by one. */
    public static <T> Result measure(String name, List<T> inputs, int warm, int rounds, Consumer<T> op) {
        for (int r = 0; r < warm; r++) {
            inputs.forEach(op);
        }
        int n = inputs.size() * rounds;
        double[] cpu = new double[n];
        double[] wall = new double[n];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (T input : inputs) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                op.accept(input);
                wall[i] = (System.nanoTime() - w0) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                i++;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new Result(name, n, at(cpu, 0.50), at(cpu, 0.95), at(cpu, 0.99), at(wall, 0.50), at(wall, 0.95),
            at(wall, 0.99));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
