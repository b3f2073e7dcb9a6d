package dk.rekrut.matching.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class OfficialEscoTest {

    public static Path fixture() {
        try {
            return Path.of(OfficialEscoTest.class.getResource("/esco-official/occupations_en.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String NURSE = "http://data.europa.eu/esco/occupation/test-nurse";
    private static final String CARE = "http://data.europa.eu/esco/skill/test-care";

    @Test
    void readsOccupationsWithBothLanguagesMultiLineLabelsAndQuotes() {
        Esco esco = Esco.official(fixture());
        assertThat(esco.occupations()).hasSize(3);
        Occupation nurse = esco.occupation(NURSE).orElseThrow();
        assertThat(nurse.code()).isEqualTo("2221.2");
        assertThat(nurse.isco()).isEqualTo("2221");
        assertThat(nurse.altLabelsEn()).containsExactly("nurse", "registered nurse");
        assertThat(nurse.description()).contains("patients, \"in hospitals\" and at home");
        assertThat(nurse.labelDa()).isEqualTo("sygeplejerske");
        assertThat(nurse.altLabelsDa()).containsExactly("specialsygeplejerske", "sygeplejerske, autoriseret");
        assertThat(esco.occupation("http://data.europa.eu/esco/occupation/test-developer").orElseThrow()
            .hiddenLabelsEn()).containsExactly("coder");
    }

    @Test
    void skillsAreKeyedByUriWithDanishLabelsAndLinkCounts() {
        Esco esco = Esco.official(fixture());
        assertThat(esco.essentialSkills(NURSE)).containsExactly(CARE);
        assertThat(esco.optionalSkills("http://data.europa.eu/esco/occupation/test-warehouse")).containsExactly(CARE);
        Skill care = esco.skill(CARE).orElseThrow();
        assertThat(care.uri()).isEqualTo(CARE);
        assertThat(care.altLabels()).containsExactly("nursing care", "care for patients");
        assertThat(care.labelDa()).isEqualTo("yde sygepleje");
        assertThat(care.essentialFor()).isEqualTo(1);
        assertThat(care.linkedTo()).isEqualTo(2);
        assertThat(esco.iscoGroup("2221").orElseThrow()).satisfies(g -> {
            assertThat(g.level()).isEqualTo(4);
            assertThat(g.parent()).isEqualTo("222");
            assertThat(g.labelDa()).isEqualTo("Sygeplejersker");
            assertThat(g.description()).endsWith("classified elsewhere: - Nursing aide (clinic or hospital) - 5321");
        });
        assertThat(esco.iscoGroup("222").orElseThrow().description()).isEmpty();
        assertThat(esco.broader(NURSE)).contains("http://data.europa.eu/esco/isco/C2221");
    }

    @Test
    void theEngineRunsOnTheOfficialData() {
        Esco esco = Esco.official(fixture());
        var engine = new Occupations(esco);
        assertThat(engine.rank("Jeg søger job som sygeplejerske", Lang.DA, 3).get(0).occupation().uri()).isEqualTo(NURSE);
        assertThat(engine.rank("software engineer", Lang.EN, 3).get(0).occupation().isco()).isEqualTo("2512");
        // Danish skill labels exist in the official download, so Danish text finds skills there.
        assertThat(new Skills(esco).ids("Du kan yde sygepleje og køre gaffeltruck"))
            .containsExactly(CARE, "http://data.europa.eu/esco/skill/test-forklift");
    }

    @Test
    void aMissingFileOrColumnIsNamed(@TempDir Path dir) throws IOException {
        for (Path p : Files.list(fixture()).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Files.delete(dir.resolve("skills_da.csv"));
        assertThatThrownBy(() -> Esco.official(dir)).hasMessageContaining("lacks skills_da.csv");
        Files.writeString(dir.resolve("skills_da.csv"), "conceptUri,preferredLabel\nx,y\n");
        assertThatThrownBy(() -> Esco.official(dir)).hasMessageContaining("skills_da.csv")
            .hasMessageContaining("no column 'altLabels'");
        assertThatThrownBy(() -> Esco.official(dir.resolve("nope"))).hasMessageContaining("no ESCO folder");
    }

    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        var in = new StringReader("a,\"b, \"\"c\"\"\nd\",e\r\nf,,\n");
        assertThat(Csv.next(in)).containsExactly("a", "b, \"c\"\nd", "e");
        assertThat(Csv.next(in)).containsExactly("f", "", "");
        assertThat(Csv.next(in)).isNull();
        assertThatThrownBy(() -> Csv.next(new StringReader("\"open"))).hasMessageContaining("not closed");
    }
}
