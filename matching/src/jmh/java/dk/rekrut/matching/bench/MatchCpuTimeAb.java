package dk.rekrut.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the engine in one JVM, alternating request by request: {@code MatchCpuTime}'s work ({@code match}
 * for each of {@code MatchBenchmark}'s CVs with a 40 km filter, as if new and repeated, and the bare BM25 query of
 * the same CV), timed by the measuring thread's CPU time. On the shared machine the neighbours' load moves a run's
 * figures by more than a change does; alternating gives both builds the same load. Each build's classes (main and
 * jmh) are loaded by a class loader of their own, which looks for the engine's classes and resources in them
 * before its parent's class path.
 *
 * <pre>java -Xmx2g -cp target/test-classes:$(cat target/cp-bench.txt) dk.rekrut.matching.bench.MatchCpuTimeAb \
 *   INDEX-DIR A-CLASSES:A-TEST-CLASSES B-CLASSES:B-TEST-CLASSES [warm-up passes] [measured passes]</pre>
 */
public final class MatchCpuTimeAb {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] KINDS = {"as new", "repeated", "bare BM25"};

    private MatchCpuTimeAb() {
    }

    /** One build's {@code MatchBenchmark}, opened on the index. */
    private record Build(Object bench, Method asNew, Method repeated, Method bare) {

        static Build load(String classes, String index) throws Exception {
            URL[] urls = Arrays.stream(classes.split(":")).map(p -> {
                try {
                    return Path.of(p).toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
            }).toArray(URL[]::new);
            var loader = new ChildFirst(urls, MatchCpuTimeAb.class.getClassLoader());
            Class<?> type = loader.loadClass("dk.rekrut.matching.cli.MatchBenchmark");
            Object bench = type.getConstructor().newInstance();
            Field field = type.getField("index");
            field.set(bench, index);
            type.getMethod("open").invoke(bench);
            Method asNew = type.getDeclaredMethod("matchCold", int.class);
            Method repeated = type.getDeclaredMethod("match", int.class);
            Method bare = type.getDeclaredMethod("bareBm25", int.class);
            for (Method m : new Method[] {asNew, repeated, bare}) {
                m.setAccessible(true);
            }
            return new Build(bench, asNew, repeated, bare);
        }

        Method kind(int k) {
            return k == 0 ? asNew : k == 1 ? repeated : bare;
        }
    }

    /** The engine's classes and resources from this loader's folders first; the rest (and this class) from the parent. */
    private static final class ChildFirst extends URLClassLoader {

        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dk.rekrut.") || name.startsWith(MatchCpuTimeAb.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            URL url = getResource(name);
            try {
                return url == null ? null : url.openStream();
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String index = args[0];
        Build[] builds = {Build.load(args[1], index), Build.load(args[2], index)};
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Class<?> type = builds[0].bench().getClass();
        Field cvsField = type.getDeclaredField("CVS");
        cvsField.setAccessible(true);
        int cvs = ((java.util.List<?>) cvsField.get(null)).size();
        // The same answers first: each CV's JSON from both builds, as new and repeated.
        for (int cv = 0; cv < cvs; cv++) {
            for (int k = 0; k < 2; k++) {
                Object a = builds[0].kind(k).invoke(builds[0].bench(), cv);
                Object b = builds[1].kind(k).invoke(builds[1].bench(), cv);
                System.out.printf(Locale.ROOT, "CV %d %s: %s answers%n", cv + 1, KINDS[k],
                    a.equals(b) ? "the same" : "DIFFERENT");
            }
        }
        // [build][kind][cv][pass]
        double[][][][] cpu = new double[2][KINDS.length][cvs][rounds];
        for (int r = -warm; r < rounds; r++) {
            for (int cv = 0; cv < cvs; cv++) {
                for (int k = 0; k < KINDS.length; k++) {
                    // Which build goes first alternates too, so neither always follows the other's work.
                    for (int i = 0; i < 2; i++) {
                        int b = (r + cv + i) % 2 == 0 ? 0 : 1;
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        builds[b].kind(k).invoke(builds[b].bench(), cv);
                        double ms = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                        if (r >= 0) {
                            cpu[b][k][cv][r] = ms;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "CPU ms p50 / p95 per CV, %d passes; A = %s, B = %s%n", rounds, args[1], args[2]);
        for (int cv = 0; cv < cvs; cv++) {
            var line = new StringBuilder("CV " + (cv + 1) + ":");
            for (int k = 0; k < KINDS.length; k++) {
                for (int b = 0; b < 2; b++) {
                    double[] t = cpu[b][k][cv].clone();
                    Arrays.sort(t);
                    line.append(String.format(Locale.ROOT, "  %s %s %.2f / %.2f", "AB".charAt(b), KINDS[k], at(t, 0.5),
                        at(t, 0.95)));
                }
            }
            System.out.println(line);
        }
        for (int b = 0; b < 2; b++) {
            var line = new StringBuilder(String.valueOf("AB".charAt(b)) + " all CVs:");
            for (int k = 0; k < KINDS.length; k++) {
                double[] all = Arrays.stream(cpu[b][k]).flatMapToDouble(Arrays::stream).sorted().toArray();
                line.append(String.format(Locale.ROOT, "  %s %.2f / %.2f", KINDS[k], at(all, 0.5), at(all, 0.95)));
            }
            System.out.println(line);
        }
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
