package dk.rekrut.matching.cli;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.match.MatchResult;
import dk.rekrut.matching.match.Matcher;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.match.Weights;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.skill.Skills;
import dk.rekrut.redaction.DocumentText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A {@code match}'s stages one by one, by the measuring thread's CPU time, for each of {@link MatchBenchmark}'s CVs as
 * new (what the matcher keeps of a CV forgotten first) and repeated: the text extraction of the CV as a text file
 * ({@code DocumentText.of}), language detection, the occupation ranker on the CV, the skill gazetteer, the candidate
 * step ({@link Matcher#candidates}: as new it also reads the CV, so its excess over the repeated one is the CV's
 * reading), ranking with the fallback and explanations ({@link Matcher#rank}), the alternatives and the JSON. The
 * ranker and the gazetteer are timed on their own as well, as the candidate step calls them for a new CV. Next to
 * them the bare BM25 query of {@link MatchBenchmark}. Medians per CV and stage.
 *
 * <pre>java -Xmx2g -cp ... dk.rekrut.matching.cli.MatchStages INDEX-DIR [warm-up passes] [measured passes]</pre>
 */
public final class MatchStages {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"extract", "detect", "occupations", "skills", "candidates new",
        "candidates rep", "rank+explain", "alternatives", "json", "match new", "match rep", "bare BM25"};

    private MatchStages() {
    }

    private static double cpu(Runnable r) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        r.run();
        return (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }

    private static <T> T timed(double[] into, int slot, Supplier<T> s) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        T t = s.get();
        into[slot] += (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        return t;
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Esco esco = Esco.shipped();
        var occupations = new Occupations(esco);
        var skills = new Skills(esco);
        var alternatives = new Alternatives(esco);
        var forMatch = Main.alternativesForMatch(() -> alternatives);
        var bench = new MatchBenchmark();
        bench.index = dir;
        bench.open();
        try (PostingIndex index = PostingIndex.open(Path.of(dir))) {
            var matcher = new Matcher(esco, occupations, skills, Postcodes.shipped(), index, Weights.TUNED,
                Clock.system(MatchCommand.DENMARK));
            int cvs = MatchBenchmark.CVS.size();
            double[][][] t = new double[cvs][STAGES.length][rounds];
            for (int r = -warm; r < rounds; r++) {
                for (int cv = 0; cv < cvs; cv++) {
                    double[] s = new double[STAGES.length];
                    pass(cv, s, matcher, occupations, skills, forMatch, bench);
                    if (r >= 0) {
                        for (int k = 0; k < STAGES.length; k++) {
                            t[cv][k][r] = s[k];
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "CPU ms, median of %d passes (after %d warm-up), per CV and stage%n", rounds,
                warm);
            System.out.println("| CV | " + String.join(" | ", STAGES) + " |");
            for (int cv = 0; cv < cvs; cv++) {
                var c = MatchBenchmark.CVS.get(cv);
                var line = new StringBuilder("| " + (cv + 1) + " " + c.lang().code() + " " + c.postcode());
                for (int k = 0; k < STAGES.length; k++) {
                    double[] v = t[cv][k].clone();
                    Arrays.sort(v);
                    line.append(String.format(Locale.ROOT, " | %.2f", v[v.length / 2]));
                }
                System.out.println(line.append(" |"));
            }
        }
        bench.close();
    }

    private static void pass(int cv, double[] s, Matcher matcher, Occupations occupations, Skills skills,
                             Matching.AlternativesForMatch forMatch, MatchBenchmark bench) throws Exception {
        var c = MatchBenchmark.CVS.get(cv);
        byte[] file = c.text().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8);
        String text = timed(s, 0, () -> {
            try {
                return DocumentText.of(file, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Lang lang = timed(s, 1, () -> Lang.detect(text));
        timed(s, 2, () -> occupations.rank(text, lang, 10));
        timed(s, 3, () -> skills.ids(text));
        var profile = new Profile(text, List.of(), c.postcode(), MatchBenchmark.MAX_KM, 10, null);
        matcher.forgetCvs();
        timed(s, 4, () -> matcher.candidates(profile));
        Matcher.Candidates found = timed(s, 5, () -> matcher.candidates(profile));
        MatchResult result = timed(s, 6, () -> matcher.rank(found, Weights.TUNED));
        var alts = timed(s, 7, () -> forMatch.find(result, profile.top()));
        var answer = new Matching.Answer(Json.OccupationOut.all(result.occupations(), result.lang()),
            result.postings(), alts);
        timed(s, 8, () -> Json.write(answer));
        s[9] = cpu(() -> bench.matchCold(cv));
        s[10] = cpu(() -> bench.match(cv));
        s[11] = cpu(() -> {
            try {
                bench.bareBm25(cv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
