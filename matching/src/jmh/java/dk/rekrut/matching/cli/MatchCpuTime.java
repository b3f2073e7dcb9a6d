package dk.rekrut.matching.cli;

import dk.rekrut.matching.bench.CpuLatency;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The work of {@link MatchBenchmark} ({@code match} for each CV with a 40 km filter, and a bare Lucene BM25 query of
 * the same CV), timed per request by CPU time and wall clock ({@link CpuLatency}); prints the heap in use at the end.
 * {@code match} is timed twice: with each CV as if new (what the engine keeps of a CV forgotten first, so the
 * occupation ranker and the alternatives run), and as it comes (the CVs repeat, so what was kept is used).
 *
 * <pre>java -Xmx2g -cp ... dk.rekrut.matching.cli.MatchCpuTime INDEX-DIR [warm-up passes] [measured passes]</pre>
 */
public final class MatchCpuTime {

    private MatchCpuTime() {
    }

    private static MatchBenchmark bench;

    private static void bare(int cv) {
        try {
            bench.bareBm25(cv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        bench = new MatchBenchmark();
        bench.index = args[0];
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        bench.open();
        var cvs = IntStream.range(0, MatchBenchmark.CVS.size()).boxed().toList();
        System.out.println(CpuLatency.measure("match, 40 km, each CV as if new (" + cvs.size() + " CVs)", cvs, warm,
            rounds, bench::matchCold));
        System.out.println(CpuLatency.measure("match, 40 km (" + cvs.size() + " CVs)", cvs, warm, rounds,
            bench::match));
        System.out.println(CpuLatency.measure("bare BM25 of the CV (" + cvs.size() + " CVs)", cvs, warm, rounds,
            MatchCpuTime::bare));
        // Per CV, to see which homes and texts cost most.
        for (int i : cvs) {
            var cv = MatchBenchmark.CVS.get(i);
            String name = "CV " + (i + 1) + " (" + cv.lang().code() + ", " + cv.postcode() + ")";
            System.out.println("  " + CpuLatency.measure("match as new, " + name, List.of(i), 0, rounds,
                bench::matchCold));
            System.out.println("  " + CpuLatency.measure("match, " + name, List.of(i), 0, rounds, bench::match));
            System.out.println("  " + CpuLatency.measure("bare BM25, " + name, List.of(i), 0, rounds, MatchCpuTime::bare));
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap after the run and a GC: used %d MB, committed %d MB, max %d MB%n", heap.getUsed() >> 20,
            heap.getCommitted() >> 20, heap.getMax() >> 20);
        bench.close();
    }
}
