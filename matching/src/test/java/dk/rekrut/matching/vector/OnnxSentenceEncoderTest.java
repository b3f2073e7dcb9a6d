package dk.rekrut.matching.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ONNX encoder run by ONNX Runtime on a tiny model written by hand ({@link TinyOnnxModel}). */
class OnnxSentenceEncoderTest {

    // Padding embeds far away: a vector that included it would point elsewhere.
    static TinyOnnxModel model() {
        return new TinyOnnxModel(4)
            .token("[PAD]", 100, 100, 100, 100)
            .token("[CLS]", 0, 0, 0, 0.5f)
            .token("[SEP]", 0, 0, 0, 0.25f)
            .token("nurse", 1, 0, 0, 0)
            .token("care", 0.8f, 0.2f, 0, 0)
            .token("hospital", 0.6f, 0.4f, 0, 0)
            .token("truck", 0, 0, 1, 0)
            .token("driver", 0, 0.1f, 0.9f, 0);
    }

    private static OnnxSentenceEncoder open(Path dir) {
        return OnnxSentenceEncoder.open(ModelFolder.read(dir));
    }

    @Test
    void meanPoolsTheTokenStatesOverTheMaskAndNormalises(@TempDir Path dir) throws Exception {
        try (var encoder = open(model().write(dir, false))) {
            assertThat(encoder.dimension()).isEqualTo(4);
            // [CLS] nurse [SEP]: the mean (1/3, 0, 0, 1/4) divided by its length (5/12).
            float[] v = encoder.encode("Nurse");
            assertThat(v).containsExactly(new float[] {0.8f, 0, 0, 0.6f}, within(1e-5f));
            assertThat(SentenceEncoder.cosine(v, v)).isCloseTo(1, within(1e-5));
        }
    }

    @Test
    void textsSharingMeaningAreCloserThanUnrelatedOnes(@TempDir Path dir) throws Exception {
        try (var encoder = open(model().write(dir, false))) {
            float[] nurseCare = encoder.encode("nurse care");
            float[] hospitalNurse = encoder.encode("hospital nurse");
            float[] truckDriver = encoder.encode("truck driver");
            assertThat(SentenceEncoder.cosine(nurseCare, hospitalNurse))
                .isGreaterThan(SentenceEncoder.cosine(nurseCare, truckDriver) + 0.5);
        }
    }

    @Test
    void paddingInABatchDoesNotChangeAVector(@TempDir Path dir) throws Exception {
        try (var encoder = open(model().write(dir, false))) {
            List<float[]> batch = encoder.encodeAll(List.of("nurse", "truck driver hospital care nurse nurse"),
                SentenceEncoder.Kind.PASSAGE);
            assertThat(batch.get(0)).containsExactly(encoder.encode("nurse"), within(1e-6f));
            assertThat(batch.get(1)).containsExactly(encoder.encode("truck driver hospital care nurse nurse"),
                within(1e-6f));
        }
    }

    @Test
    void feedsTokenTypeIdsWhenTheModelAsksForThem(@TempDir Path dir) throws Exception {
        try (var plain = open(model().write(dir.resolve("plain"), false));
             var typed = open(model().write(dir.resolve("typed"), true))) {
            assertThat(typed.encode("nurse care")).containsExactly(plain.encode("nurse care"), within(1e-6f));
            assertThat(typed.id()).isNotEqualTo(plain.id());
        }
    }

    @Test
    void readsALongTextInWindowsRatherThanCuttingItOff(@TempDir Path dir) throws Exception {
        model().write(dir, false);
        Files.writeString(dir.resolve(ModelFolder.SETTINGS), "max.tokens=8\nquery.prefix=truck \n");
        try (var encoder = open(dir)) {
            // Windows of six tokens: "nurse" stands in the third, beyond what one window of the model would read.
            float[] v = encoder.encode("truck truck truck truck truck truck truck truck truck truck truck nurse",
                SentenceEncoder.Kind.PASSAGE);
            assertThat(v[0]).isGreaterThan(0.05f);
            // The query prefix is read too: a query of nothing but the prefix is the truck direction.
            assertThat(encoder.encode("")).containsExactly(new float[] {0, 0, 0.8f, 0.6f}, within(1e-5f));
        }
    }

    @Test
    void aFolderWithoutAModelOrAVocabularyIsRefusedByName(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ModelFolder.read(dir)).hasMessageContaining("has no model.onnx");
        model().write(dir, false);
        Files.delete(dir.resolve("vocab.txt"));
        assertThatThrownBy(() -> ModelFolder.read(dir)).hasMessageContaining("neither vocab.txt nor tokenizer.json");
    }

    @Test
    void aFileThatIsNotAnOnnxModelIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        model().write(dir, false);
        Files.writeString(dir.resolve("model.onnx"), "not a model");
        assertThatThrownBy(() -> open(dir)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cannot load");
    }
}
