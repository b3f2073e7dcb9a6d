package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.Fusion.Feature;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The weighted sum of the signals, and the products of signals the English title set also weighs. */
class FusionTest {

    private static final int EXACT = Feature.EXACT.ordinal();
    private static final int PRIOR = Feature.PRIOR.ordinal();

    @Test
    void englishTitlesAlsoWeighTheProductsOfSignalsAndNoOtherModeDoes() {
        double[] pairs = new double[Fusion.PAIRS];
        pairs[pairIndex(EXACT, PRIOR)] = 3;
        double[] linear = new double[Fusion.SIZE];
        linear[EXACT] = 1;
        var fusion = new Fusion(linear, linear, linear, pairs);
        float[] f = new float[Fusion.SIZE];
        f[EXACT] = 1;
        f[PRIOR] = 0.5f;
        assertThat(fusion.score(true, Lang.EN, f)).isCloseTo(1 + 3 * 0.5, within(1e-9));
        assertThat(fusion.score(true, Lang.DA, f)).isCloseTo(1, within(1e-9));
        assertThat(fusion.score(false, Lang.EN, f)).isCloseTo(1, within(1e-9));
        // A signal at 0 drops its products: the same score as the full product sum.
        f[EXACT] = 0;
        f[Feature.COVER.ordinal()] = 0.25f;
        pairs[pairIndex(Feature.COVER.ordinal(), PRIOR)] = 2;
        var other = new Fusion(linear, linear, linear, pairs);
        double expected = 0;
        float[] all = Fusion.withPairs(f);
        for (int p = 0; p < Fusion.PAIRS; p++) {
            expected += pairs[p] * all[Fusion.SIZE + p];
        }
        assertThat(other.score(true, Lang.EN, f)).isCloseTo(expected, within(1e-9)).isCloseTo(2 * 0.25 * 0.5, within(1e-9));
        // The occupation's preferred label: the signals alone.
        f[Feature.PREFERRED.ordinal()] = 1;
        assertThat(other.score(true, Lang.EN, f)).isCloseTo(0, within(1e-9));
    }

    @Test
    void thePropertiesListThePairsWithAWeightAndReadBackTheSame() throws Exception {
        double[] pairs = new double[Fusion.PAIRS];
        pairs[pairIndex(EXACT, PRIOR)] = -1.5;
        pairs[pairIndex(PRIOR, PRIOR)] = 0.25;
        Fusion shipped = Fusion.shipped();
        var fusion = new Fusion(shipped.title(), shipped.titleEn(), shipped.longText(), pairs);
        String text = fusion.toProperties();
        assertThat(text).contains("title.en.pair.EXACT.PRIOR=-1.5", "title.en.pair.PRIOR.PRIOR=0.25")
            .doesNotContain("title.en.pair.EXACT.EXACT");
        var p = new Properties();
        p.load(new StringReader(text));
        assertThat(p.stringPropertyNames().stream().filter(k -> k.startsWith("title.en.pair."))).hasSize(2);
    }

    @Test
    void theShippedEnglishTitleSetWeighsProductsOfSignals() {
        double[] pairs = Fusion.shipped().titleEnPairs();
        assertThat(pairs).hasSize(Fusion.PAIRS);
        assertThat(java.util.Arrays.stream(pairs).filter(w -> w != 0).count()).isGreaterThan(10);
    }

    /** Where the pair (i, j), i <= j, stands in {@link Fusion#withPairs} after the signals. */
    private static int pairIndex(int i, int j) {
        float[] f = new float[Fusion.SIZE];
        f[i] = 2;
        f[j] = 3;
        float[] all = Fusion.withPairs(f);
        for (int p = 0; p < Fusion.PAIRS; p++) {
            if (all[Fusion.SIZE + p] == (i == j ? 9 : 6)) {
                return p;
            }
        }
        throw new AssertionError();
    }
}
