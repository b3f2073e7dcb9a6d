package dk.rekrut.matching.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealCvsTest {

    @Test
    void theRepositorysSetHasTwentyCvsPerLanguageEachWithAValidLabel() throws Exception {
        List<OccupationQuery> cvs = RealCvs.load(Esco.shipped(), RealCvs.folder());
        assertThat(cvs).hasSize(40);
        assertThat(cvs).filteredOn(q -> q.lang() == Lang.DA).hasSize(20);
        assertThat(cvs).allSatisfy(q -> {
            assertThat(q.goldIsco()).singleElement().asString().matches("\\d{4}");
            assertThat(q.text()).hasSizeGreaterThan(300);
        });
    }

    @Test
    void aLabelWhoseOccupationIsNotInItsIscoGroupIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Sygeplejerske\n");
        // The nurse's ESCO occupation is in 2221, not 5321.
        Files.writeString(dir.resolve(RealCvs.LABELS), "file\tlang\tisco4\tesco_uri\tpast_isco4\tnote\n"
            + "a.txt\tda\t5321\thttp://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50\t\t\n");
        assertThatThrownBy(() -> RealCvs.load(Esco.shipped(), dir)).hasMessageContaining("bad row");
    }

    @Test
    void theTaskReportsEngineAndBaselinePerLanguageWithTheTargetOnTheEngineOnly(@TempDir Path data) throws Exception {
        List<Measure> measures = OccupationTasks.realCvs().run(Esco.shipped(), data);
        assertThat(measures).extracting(Measure::lang).containsOnly("da", "en");
        assertThat(measures).filteredOn(m -> m.target() != null).hasSize(2)
            .allSatisfy(m -> assertThat(m.task()).isEqualTo("occupation-cv-real"));
        assertThat(measures).filteredOn(m -> m.task().endsWith("BM25 baseline")).hasSize(6);
        assertThat(measures).allSatisfy(m -> assertThat(m.n()).isBetween(18, 20));
    }
}
