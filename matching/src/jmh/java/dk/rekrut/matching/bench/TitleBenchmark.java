package dk.rekrut.matching.bench;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Tsv;
import dk.rekrut.matching.occupation.Occupations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 18, speed: title → occupation, one title per operation, single-threaded, sampled (JMH reports p95 among the
 * percentiles). {@code lang=en}: the English vacancy titles of the development data (read from {@code data}, never
 * shipped); {@code lang=da}: the Danish ESCO labels (preferred and alternative), shuffled with a fixed seed. The
 * ranker is built once, as in a service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class TitleBenchmark {

    @Param({"da", "en"})
    public String lang;

    @Param("../shared/data/matching")
    public String data;

    private Occupations occupations;
    private Lang language;
    private List<String> titles;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Esco esco = Esco.shipped();
        occupations = new Occupations(esco);
        language = Lang.parse(lang);
        titles = new ArrayList<>();
        if (language == Lang.EN) {
            Path file = resolve(Path.of(data)).resolve("dev_jobbert_titles_val_disjoint.tsv");
            try (InputStream in = Files.newInputStream(file)) {
                Tsv.read(in, r -> titles.add(r.get("title")));
            }
        } else {
            for (Occupation o : esco.occupations()) {
                titles.addAll(o.labels(Lang.DA));
            }
        }
        Collections.shuffle(titles, new Random(18));
        System.out.printf("%n[titles] %d %s titles%n", titles.size(), lang);
    }

    /** Run from the module folder or the repository root. */
    private static Path resolve(Path p) {
        return Files.isDirectory(p) || p.isAbsolute() ? p : Path.of("..").resolve(p);
    }

    @Benchmark
    public Object rank() {
        String title = titles.get(next);
        next = next + 1 == titles.size() ? 0 : next + 1;
        return occupations.rank(title, language, 10);
    }
}
