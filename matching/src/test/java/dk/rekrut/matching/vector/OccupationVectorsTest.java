package dk.rekrut.matching.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.rekrut.matching.TestEngine;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.Fusion;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector signal fused with the engine's lexical ranking, on the shipped ESCO data and a tiny hand-made model
 * ({@link TinyOnnxModel}) that, unlike any real one, puts "sygeplejerske" (nurse) in the same direction as cooking.
 */
class OccupationVectorsTest {

    @TempDir
    static Path dir;
    static OccupationVectors vectors;

    /** Two directions: cooking (with "sygeplejerske", falsely) and nursing; every other word embeds as zero. */
    static Path cookingModel(Path folder) throws IOException {
        var model = new TinyOnnxModel(2);
        for (String cooking : List.of("sygeplejerske", "kok", "cook", "cooks", "kitchen", "food")) {
            model.token(cooking, 1, 0);
        }
        for (String nursing : List.of("nurse", "nurses", "nursing", "care", "health", "patients")) {
            model.token(nursing, 0, 1);
        }
        return model.write(folder, false);
    }

    @BeforeAll
    static void embed() throws IOException {
        vectors = OccupationVectors.open(cookingModel(dir.resolve("model")), TestEngine.esco(), 3.0);
    }

    private static List<String> uris(Occupations engine, String text, Lang lang) {
        return engine.rank(text, lang, 10).stream().map(r -> r.occupation().uri()).toList();
    }

    @Test
    void atWeightZeroTheRankingIsTheLexicalOne() {
        var zero = new Occupations(TestEngine.esco(), Fusion.shipped(), vectors.withWeights(0, 0));
        Occupations lexical = TestEngine.occupations();
        for (String text : List.of("sygeplejerske", "Jeg søger job som kok", "software developer",
            "Jeg er uddannet sygeplejerske og har arbejdet på Roskilde Sygehus i fem år med patientpleje, "
                + "medicinhåndtering og dokumentation. Jeg søger nu en stilling i hjemmeplejen.")) {
            assertThat(uris(zero, text, Lang.DA)).as(text).isEqualTo(uris(lexical, text, Lang.DA));
        }
    }

    @Test
    void theVectorSignalChangesTheRankingWhenItWeighs() {
        assertThat(uris(TestEngine.occupations(), "sygeplejerske", Lang.DA).get(0)).isEqualTo(TestEngine.NURSE);
        var fused = new Occupations(TestEngine.esco(), Fusion.shipped(), vectors);
        List<RankedOccupation> ranked = fused.rank("sygeplejerske", Lang.DA, 5);
        // The model says a nurse is a cook: an occupation whose known words are all about cooking now comes first.
        RankedOccupation first = ranked.get(0);
        assertThat(first.occupation().uri()).isNotEqualTo(TestEngine.NURSE);
        assertThat(OccupationVectors.text(first.occupation()).toLowerCase()).containsAnyOf("cook", "kitchen", "food");
        float[] q = vectors.encoder().encode("sygeplejerske");
        assertThat(vectors.similarity(q, first.occupation().uri())).isCloseTo(1, within(1e-5));
        assertThat(vectors.similarity(q, TestEngine.NURSE)).isLessThan(0.5);
        // A text without words still finds nothing, however near some occupation its vector may be.
        assertThat(fused.rank(" !? ", Lang.DA, 5)).isEmpty();
    }

    @Test
    void theOccupationVectorsAreCachedInTheModelFolderByTheModelsHash() throws IOException {
        try (var files = Files.list(dir.resolve("model"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("occupations-" + vectors.encoder().id()) && n.endsWith(".vectors"));
        }
        // A second start reads the cache: the same vectors, without the model (an encoder that would fail).
        var failing = new SentenceEncoder() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public String id() {
                return vectors.encoder().id();
            }

            @Override
            public float[] encode(String text, Kind kind) {
                if (kind == Kind.PASSAGE) {
                    throw new AssertionError("computed again: " + text);
                }
                return vectors.encoder().encode(text, kind);
            }
        };
        var cached = OccupationVectors.of(failing, TestEngine.esco(), dir.resolve("model"), 3, 3);
        float[] q = vectors.encoder().encode("kok");
        for (String uri : List.of(TestEngine.NURSE, "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e")) {
            assertThat(cached.similarity(q, uri)).isEqualTo(vectors.similarity(q, uri));
        }
    }
}
