package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import dk.rekrut.matching.esco.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ten hand-written Danish CVs (test resources {@code dk/rekrut/matching/cv}), laid out and worded as real ones are:
 * headlines, dated lines in several formats, employers and towns, education, free sentences, former jobs in other
 * groups, Danish skill wording. Each lists the ISCO-4 groups that are right for it: where ESCO gives the CV's title to
 * several occupations ("pædagog" is a Danish label of 3412, 5311 and 5312), each of them counts. Too few to measure,
 * enough to show that the CV alone finds its occupation.
 */
class DanishCvsTest {

    private static final Map<String, Set<String>> RIGHT = Map.of(
        "sygeplejerske-holbaek", Set.of("2221"),
        "lagermedarbejder", Set.of("4321", "9333"),
        "koekkenchef", Set.of("3434", "5120"),
        "paedagog", Set.of("2342", "3412", "5311", "5312"),
        "elektriker", Set.of("7411"),
        "buschauffoer", Set.of("8331"),
        "bogholder", Set.of("3313", "4311"),
        "socialraadgiver", Set.of("2635"),
        "it-supporter", Set.of("3512"),
        "rengoering", Set.of("9112"));

    @Test
    void theCvAloneFindsItsOccupationFirstForMostAndAmongTheFirstFiveForAll() throws IOException {
        List<String> firstRight = new ArrayList<>();
        for (var e : RIGHT.entrySet()) {
            List<RankedOccupation> ranked = TestEngine.occupations().rank(cv(e.getKey()), Lang.DA, 5);
            List<String> groups = ranked.stream().map(r -> r.occupation().isco()).toList();
            assertThat(groups).as(e.getKey()).containsAnyElementsOf(e.getValue());
            if (e.getValue().contains(groups.get(0))) {
                firstRight.add(e.getKey());
            }
        }
        assertThat(firstRight).as("CVs whose first occupation is right").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theLatestJobBeatsTheFormerOneInAnotherGroup() throws IOException {
        // A carpenter for 17 years, a bus driver since 2020.
        assertThat(TestEngine.occupations().rank(cv("buschauffoer"), Lang.DA, 1).get(0).occupation().isco())
            .isEqualTo("8331");
    }

    private static String cv(String name) throws IOException {
        try (InputStream in = DanishCvsTest.class.getResourceAsStream("/dk/rekrut/matching/cv/" + name + ".txt")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
