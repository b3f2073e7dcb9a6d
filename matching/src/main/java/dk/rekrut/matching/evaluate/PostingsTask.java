package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.match.MatchResult;
import dk.rekrut.matching.match.Matcher;
import dk.rekrut.matching.match.PostingMatch;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.match.Weights;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.posting.PostingReader;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * CV → postings, P@10: a posting is relevant when its occupation is in the CV's true ISCO-4 group. There are no real
 * postings or CVs in the development data, so both are SYNTHETIC, generated from ESCO with a fixed seed (see
 * {@link SyntheticPostings}). The CVs are split in two halves: the fusion weights are chosen by a grid search on the
 * tuning half (the best is printed on standard error, and {@link Weights#TUNED} is set from it), the figures are
 * measured on the other half, beside plain Lucene BM25 of the CV text over the posting texts.
 */
public final class PostingsTask implements Task {

    static final String NAME = "postings";
    static final double TARGET = 0.55;
    private static final int K = 10;

    private final PrintStream log;

    public PostingsTask(PrintStream log) {
        this.log = log;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measure> run(Esco esco, Path data) throws Exception {
        var set = SyntheticPostings.generate(esco);
        var occupations = new Occupations(esco);
        var skills = new Skills(esco);
        Path dir = Files.createTempDirectory("rekrut-postings-eval");
        try {
            var indexer = new PostingIndexer(esco, occupations, skills, new PostingReader(esco, Postcodes.shipped()));
            indexer.build(new StringReader(set.jsonLines()), dir.resolve("index"), SyntheticPostings.TODAY);
            try (var index = PostingIndex.open(dir.resolve("index"))) {
                var clock = Clock.fixed(SyntheticPostings.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
                var matcher = new Matcher(esco, occupations, skills, Postcodes.shipped(), index, Weights.TUNED, clock);
                return measure(set, matcher, esco);
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private List<Measure> measure(SyntheticPostings.DevSet set, Matcher matcher, Esco esco) throws IOException {
        Map<String, String> isco = new HashMap<>();
        set.postings().forEach(p -> isco.put(p.id(), p.isco()));
        List<SyntheticPostings.Cv> tune = set.cvs().stream().filter(SyntheticPostings.Cv::tuning).toList();
        List<SyntheticPostings.Cv> test = set.cvs().stream().filter(cv -> !cv.tuning()).toList();
        Map<SyntheticPostings.Cv, Matcher.Candidates> candidates = new HashMap<>();
        for (var cv : set.cvs()) {
            candidates.put(cv, matcher.candidates(new Profile(cv.text(), List.of(), null, null, K, cv.lang())));
        }
        Weights best = tune(tune, candidates, matcher, isco);
        log.printf(Locale.ROOT, "postings: best weights on the %d tuning CVs: %s%n", tune.size(), best);
        Function<SyntheticPostings.Cv, Double> tuned = cv -> precision(cv, matcher.rank(candidates.get(cv), Weights.TUNED), isco);
        Function<SyntheticPostings.Cv, Double> bestOnTune = cv -> precision(cv, matcher.rank(candidates.get(cv), best), isco);
        var bm25 = new Bm25Baseline(set);
        Function<SyntheticPostings.Cv, Double> baseline = cv -> bm25.precision(cv, isco);
        var out = new ArrayList<Measure>();
        out.add(Measure.of(NAME, "all", "P@10", scores(test, tuned), TARGET));
        out.add(Measure.of(NAME, "all", "P@10 BM25 baseline", scores(test, baseline), null));
        for (Lang lang : Lang.values()) {
            List<SyntheticPostings.Cv> part = test.stream().filter(cv -> cv.lang() == lang).toList();
            out.add(Measure.of(NAME, lang.code(), "P@10", scores(part, tuned), null));
            out.add(Measure.of(NAME, lang.code(), "P@10 BM25 baseline", scores(part, baseline), null));
        }
        for (boolean changer : new boolean[] {false, true}) {
            List<SyntheticPostings.Cv> part = test.stream().filter(cv -> cv.careerChange() == changer).toList();
            out.add(Measure.of(NAME, "all", "P@10 " + (changer ? "former title in another group" : "former title in own group"),
                scores(part, tuned), null));
        }
        out.add(Measure.of(NAME, "all", "P@10 grid best on tuning half", scores(test, bestOnTune), null));
        return out;
    }

    /** A grid over the fusion weights and the ISCO level factors; the best mean P@10 on the tuning CVs wins. */
    private static Weights tune(List<SyntheticPostings.Cv> cvs, Map<SyntheticPostings.Cv, Matcher.Candidates> candidates,
                                Matcher matcher, Map<String, String> isco) {
        Weights best = Weights.TUNED;
        double bestScore = -1;
        double[] levels3 = {0.3, 0.5};
        for (double occupation : new double[] {0.5, 1, 2}) {
            for (double skills : new double[] {0, 0.25, 0.5, 1}) {
                for (double text : new double[] {0.25, 0.5, 1, 2}) {
                    for (double isco4 : new double[] {0.6, 0.8, 0.95}) {
                        for (double isco3 : levels3) {
                            Weights w = Weights.TUNED.withFusion(occupation, skills, text)
                                .withLevels(isco4, isco3 * isco4, isco3 * isco3 * isco4);
                            double s = 0;
                            for (var cv : cvs) {
                                s += precision(cv, matcher.topIds(candidates.get(cv), w, K), isco);
                            }
                            if (s > bestScore + 1e-9) {
                                bestScore = s;
                                best = w;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    private static double precision(SyntheticPostings.Cv cv, MatchResult r, Map<String, String> isco) {
        return precision(cv, r.postings().stream().map(PostingMatch::id).toList(), isco);
    }

    /** Relevant among the first ten; fewer than ten answers count as misses. */
    private static double precision(SyntheticPostings.Cv cv, List<String> ids, Map<String, String> isco) {
        int relevant = 0;
        for (String id : ids.subList(0, Math.min(K, ids.size()))) {
            if (cv.isco().equals(isco.get(id))) {
                relevant++;
            }
        }
        return relevant / (double) K;
    }

    private static double[] scores(List<SyntheticPostings.Cv> cvs, Function<SyntheticPostings.Cv, Double> f) {
        return cvs.stream().mapToDouble(f::apply).toArray();
    }

    /** Plain Lucene BM25: the CV's words (standard analyzer) OR-ed over the live postings' title and text. */
    private static final class Bm25Baseline {

        private final IndexSearcher searcher;
        private final QueryBuilder queries = new QueryBuilder(new StandardAnalyzer());

        Bm25Baseline(SyntheticPostings.DevSet set) throws IOException {
            var dir = new ByteBuffersDirectory();
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (var p : set.postings()) {
                    if (!p.expired()) {
                        var d = new Document();
                        d.add(new StringField("id", p.id(), Field.Store.YES));
                        d.add(new TextField("text", p.title() + "\n" + p.text(), Field.Store.NO));
                        writer.addDocument(d);
                    }
                }
            }
            IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        }

        double precision(SyntheticPostings.Cv cv, Map<String, String> isco) {
            try {
                var query = queries.createBooleanQuery("text", cv.text(), BooleanClause.Occur.SHOULD);
                int relevant = 0;
                var stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(query, K).scoreDocs) {
                    if (cv.isco().equals(isco.get(stored.document(hit.doc).get("id")))) {
                        relevant++;
                    }
                }
                return relevant / (double) K;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

}
