package dk.rekrut.matching.cli;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 18, speed: {@code match} on an index of generated postings ({@code -p index=DIR}, built with
 * {@code PostingGenerator} and the {@code index} command), one CV per operation, single-threaded, sampled (JMH
 * reports p95). {@code match}: what the {@code match} command does after reading its input (profile → occupations,
 * candidates within {@value #MAX_KM} km, ranking, explanations, alternatives, the JSON answer). {@code bareBm25}: a
 * plain Lucene BM25 query of the same CV's analysed words on the same index, top 10, no filter. The heap in use after
 * a full collection is printed at setup; run the fork with {@code -Xmx2g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class MatchBenchmark {

    static final double MAX_KM = 40;

    @Param("/tmp/mc/bench/idx1m")
    public String index;

    /** Six CVs: five Danish, one English, each with a home postcode in another part of the country. */
    record Cv(String text, String postcode, Lang lang) {
    }

    static final List<Cv> CVS = List.of(
        new Cv("""
            Sygeplejerske med otte års erfaring fra medicinsk afdeling på Roskilde Sygehus. Jeg har arbejdet med
            sygepleje til ældre medicinske patienter, medicinhåndtering, sårpleje og dokumentation i Sundhedsplatformen.
            Jeg er vant til at samarbejde tværfagligt med læger, fysioterapeuter og social- og sundhedsassistenter og
            har været kontaktperson for nyuddannede kolleger. Uddannet sygeplejerske fra Professionshøjskolen Absalon.
            Jeg søger job som sygeplejerske eller i hjemmeplejen i Roskilde og omegn.""", "4000", Lang.DA),
        new Cv("""
            Lagerarbejder med truckcertifikat og fem års erfaring fra et stort distributionscenter i Aarhus. Jeg har
            plukket og pakket ordrer med håndscanner, modtaget varer, lavet optælling og kørt gaffeltruck og
            skubmaster. Jeg er stabil, mødestabil og vant til at arbejde i skiftehold. Kørekort B og C.
            Jeg søger arbejde som lagermedarbejder, chauffør eller pakkeriarbejder.""", "8000", Lang.DA),
        new Cv("""
            Tømrer med svendebrev og tolv års erfaring med nybyggeri og renovering af parcelhuse og rækkehuse.
            Tagarbejde, montering af vinduer og døre, gulve, lette skillevægge og isolering. Jeg læser tegninger,
            laver opmåling og bestiller materialer og har været sjakbajs på mindre pladser. Jeg søger job som tømrer
            eller bygningsarbejder på Fyn.""", "5000", Lang.DA),
        new Cv("""
            Socialrådgiver med erfaring fra jobcenter og børne- og familieafdeling i Københavns Kommune. Jeg har
            udarbejdet børnefaglige undersøgelser efter serviceloven, ført samtaler med borgere og familier, holdt
            netværksmøder og skrevet handleplaner. Jeg kender beskæftigelsesindsatsen og sagsbehandlingssystemer
            godt. Jeg søger stilling som socialrådgiver eller sagsbehandler.""", "2200", Lang.DA),
        new Cv("""
            Kok med fagbrev og erfaring fra restaurant og kantine. Jeg har lavet mad fra bunden til op til 300
            gæster, planlagt menuer, bestilt varer, styret madspild og fulgt hygiejneregler og egenkontrol. Jeg har
            også stået for kolde buffeter og selskaber. Jeg søger job som kok, køkkenchef eller i en kantine.""",
            "9000", Lang.DA),
        new Cv("""
            Software developer with six years of experience building web applications in Java and TypeScript. I design
            REST services, write automated tests, work with relational databases and continuous integration, and have
            led code reviews in an agile team. Degree in computer science. I am looking for a position as a backend
            developer or software engineer in Copenhagen.""", "2100", Lang.EN));

    private Matching matching;
    private PostingIndex bare;
    private List<Profile> profiles;
    private List<Query> bm25;
    private int next;
    private int nextBare;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Esco esco = Esco.shipped();
        var occupations = new Occupations(esco);
        var skills = new Skills(esco);
        var alternatives = new Alternatives(esco);
        matching = Matching.open(Path.of(index), esco, occupations, skills, Main.alternativesForMatch(() -> alternatives));
        bare = PostingIndex.open(Path.of(index));
        profiles = new ArrayList<>();
        bm25 = new ArrayList<>();
        Analyzer analyzer = PostingIndexer.analyzer();
        for (Cv cv : CVS) {
            String text = cv.text().replaceAll("\\s+", " ");
            profiles.add(new Profile(text, List.of(), cv.postcode(), MAX_KM, 10, null));
            String field = cv.lang() == Lang.DA ? PostingIndex.TEXT_DA : PostingIndex.TEXT_EN;
            var query = new BooleanQuery.Builder();
            for (String term : terms(analyzer, field, text)) {
                query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
            bm25.add(query.build());
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("%n[index] %d postings at %s; heap used after GC %d MB of max %d MB%n", bare.size(), index,
            heap.getUsed() >> 20, heap.getMax() >> 20);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        var out = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("%n[heap] used %d MB, committed %d MB, max %d MB%n", heap.getUsed() >> 20,
            heap.getCommitted() >> 20, heap.getMax() >> 20);
        matching.close();
        bare.close();
    }

    @Benchmark
    public String match() {
        return match(nextCv());
    }

    private int nextCv() {
        int cv = next;
        next = next + 1 == profiles.size() ? 0 : next + 1;
        return cv;
    }

    /** The {@code match} command's answer for CV number {@code cv}, as JSON. */
    String match(int cv) {
        return Json.write(matching.answer(profiles.get(cv)));
    }

    @Benchmark
    public String matchAsNew() {
        return matchCold(nextCv());
    }

    /** {@link #match(int)} for a CV as if seen for the first time: nothing the engine kept of it before. */
    String matchCold(int cv) {
        matching.forget();
        return match(cv);
    }

    @Benchmark
    public Object bareBm25() throws IOException {
        int cv = nextBare;
        nextBare = nextBare + 1 == bm25.size() ? 0 : nextBare + 1;
        return bareBm25(cv);
    }

    /** The bare BM25 query of CV number {@code cv}: top 10, no filter. */
    Object bareBm25(int cv) throws IOException {
        return bare.searcher().search(bm25.get(cv), 10);
    }
}
