package dk.rekrut.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlternativesCommandTest {

    private static String nurseUri() {
        return Esco.shipped().occupations().stream().filter(o -> o.labelDa().equals("sygeplejerske")).findFirst()
            .orElseThrow().uri();
    }

    @Test
    void printsAnArrayOfAlternativesInOtherGroupsWithTheAgreedShape() throws Exception {
        MainTest.Outcome o = MainTest.run("", "alternatives", "--top", "4", nurseUri());
        assertThat(o.code()).isZero();
        JsonNode array = Json.MAPPER.readTree(o.out());
        assertThat(array.size()).isEqualTo(4);
        for (JsonNode a : array) {
            assertThat(a.propertyNames()).containsExactly("uri", "label", "isco", "sharedSkills", "missingSkills");
            assertThat(a.get("isco").isString()).isTrue();
            assertThat(a.get("isco").asString()).hasSize(4).isNotEqualTo("2221");
            assertThat(a.get("sharedSkills").isArray()).isTrue();
            assertThat(a.get("sharedSkills").size()).isPositive();
            assertThat(a.get("missingSkills").isArray()).isTrue();
            // Danish by default: the label is the occupation's Danish label.
            assertThat(a.get("label").asString())
                .isEqualTo(Esco.shipped().occupation(a.get("uri").asString()).orElseThrow().label(Lang.DA));
        }
    }

    @Test
    void labelsFollowTheLanguageAndTopDefaultsToTen() throws Exception {
        MainTest.Outcome o = MainTest.run("", "alternatives", "--lang", "en", nurseUri());
        assertThat(o.code()).isZero();
        JsonNode array = Json.MAPPER.readTree(o.out());
        assertThat(array.size()).isEqualTo(10);
        for (JsonNode a : array) {
            assertThat(a.get("label").asString())
                .isEqualTo(Esco.shipped().occupation(a.get("uri").asString()).orElseThrow().labelEn());
        }
    }

    @Test
    void anUnknownUriOrNoUriEndsWithCode2AndOneLine() {
        for (String[] args : new String[][] {{"alternatives", "http://data.europa.eu/esco/occupation/no-such"},
            {"alternatives"}, {"alternatives", "--top", "0", nurseUri()}, {"alternatives", "--lang", "sv", nurseUri()}}) {
            MainTest.Outcome o = MainTest.run("", args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.out()).isEmpty();
            assertThat(o.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(MainTest.run("", "alternatives", "http://data.europa.eu/esco/occupation/no-such").err())
            .contains("unknown ESCO occupation");
    }
}
