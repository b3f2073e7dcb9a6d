package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.OfficialEscoTest;
import dk.rekrut.matching.vector.OccupationVectors;
import dk.rekrut.matching.vector.TinyOnnxModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --vectors DIR} and {@code --vector-weight W} on the small official-format ESCO fixture. */
class VectorsOptionTest {

    private static final String NURSE = "http://data.europa.eu/esco/occupation/test-nurse";
    private static final String WAREHOUSE = "http://data.europa.eu/esco/occupation/test-warehouse";

    private static String first(MainTest.Outcome o) {
        assertThat(o.code()).as(o.err()).isZero();
        return Json.MAPPER.readTree(o.out()).get(0).get("uri").asString();
    }

    @Test
    void aModelFolderFusesItsVectorsForOneCommandOnly(@TempDir Path dir) throws Exception {
        // A model that (wrongly) puts "sygeplejerske" beside warehouses: with weight it moves the warehouse first.
        Path model = new TinyOnnxModel(2).token("sygeplejerske", 1, 0).token("warehouse", 1, 0)
            .token("nurse", 0, 1).token("health", 0, 1).token("patients", 0, 1).write(dir, false);
        String esco = OfficialEscoTest.fixture().toString();
        assertThat(first(MainTest.run("sygeplejerske", "occupations", "--esco", esco, "-"))).isEqualTo(NURSE);
        assertThat(first(MainTest.run("sygeplejerske", "occupations", "--esco", esco, "--vectors", model.toString(),
            "--vector-weight", "3", "-"))).isEqualTo(WAREHOUSE);
        assertThat(first(MainTest.run("sygeplejerske", "occupations", "--esco", esco, "--vectors=" + model,
            "--vector-weight=0", "-"))).isEqualTo(NURSE);
        // The options held for their command only.
        assertThat(System.getProperty(OccupationVectors.PROPERTY)).isNull();
        assertThat(first(MainTest.run("sygeplejerske", "occupations", "--esco", esco, "-"))).isEqualTo(NURSE);
    }

    @Test
    void aMissingOrUnusableModelEndsWithCode2AndOneLine(@TempDir Path dir) {
        MainTest.Outcome missing = MainTest.run("x", "occupations", "--vectors", "/no/such/model", "-");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).singleElement().asString().contains("--vectors: no folder");
        String esco = OfficialEscoTest.fixture().toString();
        MainTest.Outcome empty = MainTest.run("x", "occupations", "--esco", esco, "--vectors", dir.toString(), "-");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err().strip().lines()).singleElement().asString().contains("has no model.onnx");
        MainTest.Outcome weight = MainTest.run("x", "occupations", "--vector-weight", "much", "-");
        assertThat(weight.err()).contains("--vector-weight must be a number");
        assertThat(MainTest.run("", "occupations", "--help").err()).contains("--vectors DIR");
    }
}
