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

/**
 * The work of {@link TitleBenchmark}, timed per title by CPU time and wall clock ({@link CpuLatency}).
 *
 * <pre>java -cp ... dk.rekrut.matching.bench.TitleCpuTime DATA-DIR [warm-up passes] [measured passes]</pre>
 */
public final class TitleCpuTime {

    private TitleCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/matching");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Esco esco = Esco.shipped();
        var occupations = new Occupations(esco);
        List<String> en = new ArrayList<>();
        try (InputStream in = Files.newInputStream(data.resolve("dev_jobbert_titles_val_disjoint.tsv"))) {
            Tsv.read(in, r -> en.add(r.get("title")));
        }
        List<String> da = new ArrayList<>();
        for (Occupation o : esco.occupations()) {
            da.addAll(o.labels(Lang.DA));
        }
        Collections.shuffle(en, new Random(18));
        Collections.shuffle(da, new Random(18));
        System.out.println(CpuLatency.measure("title da (" + da.size() + " ESCO labels)", da, warm, rounds,
            t -> occupations.rank(t, Lang.DA, 10)));
        System.out.println(CpuLatency.measure("title en (" + en.size() + " vacancy titles)", en, warm, rounds,
            t -> occupations.rank(t, Lang.EN, 10)));
    }
}
