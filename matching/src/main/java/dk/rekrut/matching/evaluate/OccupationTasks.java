package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.OccupationRanker;
import dk.rekrut.matching.occupation.Occupations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The occupation tasks of {@code evaluate}: English vacancy titles, Danish STAR titles and synthetic CVs to ESCO
 * occupations. Each reports the engine and the plain BM25 baseline on the {@link OccupationQuery.Half#REPORT} half
 * (the engine's weights were fitted on the other half); only the engine's figures carry targets.
 */
public final class OccupationTasks {

    private OccupationTasks() {
    }

    public static List<Task> all() {
        return List.of(englishTitles(), danishTitles(), cvs(), titledCvs());
    }

    public static Task englishTitles() {
        return task("occupation-title-en", (esco, data) -> OccupationSets.englishTitles(esco, data), (m, engine) -> {
            var out = new ArrayList<Measure>();
            String task = engine ? "occupation-title-en" : "occupation-title-en BM25 baseline";
            Predicate<OccupationQuery> all = q -> true;
            out.add(Measure.of(task, "en", "MRR", m.of(m.reciprocalRank, all), engine ? 0.38 : null));
            out.add(Measure.of(task, "en", "Recall@10", m.of(m.recall10, all), null));
            out.add(Measure.of(task, "en", "ISCO-4 accuracy@1", m.of(m.isco1, all), null));
            out.add(Measure.of(task, "en", "ISCO-4 accuracy@5", m.of(m.isco5, all), null));
            return out;
        });
    }

    public static Task danishTitles() {
        return task("occupation-title-da", (esco, data) -> OccupationSets.danishTitles(esco, data), (m, engine) -> {
            var out = new ArrayList<Measure>();
            String task = engine ? "occupation-title-da" : "occupation-title-da BM25 baseline";
            Predicate<OccupationQuery> all = q -> true;
            Predicate<OccupationQuery> notLabel = q -> !q.literal();
            out.add(Measure.of(task, "da", "MRR", m.of(m.reciprocalRank, all), engine ? 0.75 : null));
            out.add(Measure.of(task, "da", "MRR, not an ESCO label", m.of(m.reciprocalRank, notLabel),
                engine ? 0.45 : null));
            out.add(Measure.of(task, "da", "Recall@10", m.of(m.recall10, all), null));
            out.add(Measure.of(task, "da", "ISCO-4 accuracy@1", m.of(m.isco1, all), null));
            out.add(Measure.of(task, "da", "ISCO-4 accuracy@5", m.of(m.isco5, all), null));
            return out;
        });
    }

    public static Task cvs() {
        return task("occupation-cv-en", (esco, data) -> SyntheticCvs.generate(esco), (m, engine) -> {
            var out = new ArrayList<Measure>();
            String task = engine ? "occupation-cv-en (synthetic)" : "occupation-cv-en (synthetic) BM25 baseline";
            Predicate<OccupationQuery> all = q -> true;
            out.add(Measure.of(task, "en", "ISCO-4 accuracy@1", m.of(m.isco1, all), engine ? 0.62 : null));
            out.add(Measure.of(task, "en", "ISCO-4 accuracy@5", m.of(m.isco5, all), null));
            out.add(Measure.of(task, "en", "MRR", m.of(m.reciprocalRank, all), null));
            return out;
        });
    }

    /** Synthetic CVs laid out as CVs, half Danish and half English, naming their title where CVs do. */
    public static Task titledCvs() {
        return task("occupation-cv-titled", (esco, data) -> SyntheticTitledCvs.generate(esco, data), (m, engine) -> {
            var out = new ArrayList<Measure>();
            String task = engine ? "occupation-cv-titled (synthetic)" : "occupation-cv-titled (synthetic) BM25 baseline";
            for (Lang lang : List.of(Lang.DA, Lang.EN)) {
                String code = lang.name().toLowerCase(java.util.Locale.ROOT);
                Predicate<OccupationQuery> in = q -> q.lang() == lang;
                out.add(Measure.of(task, code, "ISCO-4 accuracy@1", m.of(m.isco1, in), engine ? 0.62 : null));
                out.add(Measure.of(task, code, "ISCO-4 accuracy@5", m.of(m.isco5, in), null));
                out.add(Measure.of(task, code, "MRR", m.of(m.reciprocalRank, in), null));
            }
            return out;
        });
    }

    /**
     * The hand-written real-format CVs ({@link RealCvs}), per language, all of them (nothing was fitted on them): ISCO-4
     * of the first and of the first five occupations, and MRR of the labelled ESCO occupation over the CVs that name
     * one. The target is the product owner's for real CVs; the task is not gating in CI while the set is this small.
     */
    public static Task realCvs() {
        return new Task() {
            @Override
            public String name() {
                return "occupation-cv-real";
            }

            @Override
            public List<Measure> run(Esco esco, Path data) throws Exception {
                List<OccupationQuery> cvs = RealCvs.load(esco, RealCvs.folder());
                var out = new ArrayList<Measure>();
                out.addAll(realCvMeasures(new OccupationMetrics(engine(esco), cvs), "occupation-cv-real", 0.62));
                out.addAll(realCvMeasures(new OccupationMetrics(Occupations.baseline(esco), cvs),
                    "occupation-cv-real BM25 baseline", null));
                return out;
            }
        };
    }

    static List<Measure> realCvMeasures(OccupationMetrics m, String task, Double target) {
        var out = new ArrayList<Measure>();
        for (Lang lang : List.of(Lang.DA, Lang.EN)) {
            Predicate<OccupationQuery> in = q -> q.lang() == lang;
            out.add(Measure.of(task, lang.code(), "ISCO-4 accuracy@1", m.of(m.isco1, in), target));
            out.add(Measure.of(task, lang.code(), "ISCO-4 accuracy@5", m.of(m.isco5, in), null));
            out.add(Measure.of(task, lang.code(), "MRR (labelled ESCO occupation)",
                m.of(m.reciprocalRank, in.and(q -> !q.gold().isEmpty())), null));
        }
        return out;
    }

    interface Loader {
        List<OccupationQuery> load(Esco esco, Path data) throws Exception;
    }

    interface Report {
        List<Measure> measures(OccupationMetrics metrics, boolean engine);
    }

    private static Task task(String name, Loader loader, Report report) {
        return new Task() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Measure> run(Esco esco, Path data) throws Exception {
                List<OccupationQuery> held = loader.load(esco, data).stream()
                    .filter(q -> q.half() == OccupationQuery.Half.REPORT).toList();
                var out = new ArrayList<Measure>();
                out.addAll(report.measures(new OccupationMetrics(engine(esco), held), true));
                out.addAll(report.measures(new OccupationMetrics(Occupations.baseline(esco), held), false));
                return out;
            }
        };
    }

    // One engine per ESCO data set for all tasks of a run: building it takes a second or two.
    private static Esco builtFor;
    private static Occupations built;

    static synchronized Occupations engine(Esco esco) {
        if (builtFor != esco) {
            built = new Occupations(esco);
            builtFor = esco;
        }
        return built;
    }
}
