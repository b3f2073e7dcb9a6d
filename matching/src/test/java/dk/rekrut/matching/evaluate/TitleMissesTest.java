package dk.rekrut.matching.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.evaluate.TitleMisses.Miss;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleMissesTest {

    private static final Esco ESCO = Esco.shipped();

    private static Occupation named(String danish) {
        return ESCO.occupations().stream().filter(o -> o.labelDa().equals(danish)).findFirst().orElseThrow();
    }

    private static Miss classify(String title, boolean literal, int rank, Occupation gold, Occupation... ranked) {
        var q = new OccupationQuery("x", title, Lang.DA, Set.of(gold.uri()), Set.of(gold.isco()), literal,
            OccupationQuery.Half.REPORT);
        return TitleMisses.classify(ESCO, q, rank, List.of(ranked));
    }

    @Test
    void sortsMissesIntoTheirClasses() {
        Occupation brandmand = named("brandmand");
        assertThat(classify("Brandmand", true, 1, brandmand, brandmand)).isEqualTo(Miss.HIT_LABEL);
        // "Redder" is an alternative label of brandmand and of livredder, which comes first.
        assertThat(classify("Redder", true, 4, brandmand, named("livredder"))).isEqualTo(Miss.SHARED_LABEL);
        assertThat(classify("Pedel", false, 0, named("vicevært"), named("geolog"))).isEqualTo(Miss.NO_SHARED_WORD);
        assertThat(classify("Smedelærling", false, 4, named("smed"), named("kedelsmed"))).isEqualTo(Miss.TRAINEE);
        assertThat(classify("Professor, humaniora", false, 6, named("lektor i historie"), named("lektor")))
            .isEqualTo(Miss.UNIVERSITY_FIELD);
        assertThat(classify("Havneassistent", false, 49, named("havnefoged"), named("lægeassistent")))
            .isEqualTo(Miss.SHARED_WORD_OTHER_GROUP);
    }

    @Test
    void knowsInflectionsFromOtherWords() {
        assertThat(TitleMisses.inflected("lærerinde", "lærer")).isTrue();
        assertThat(TitleMisses.inflected("sygeplejersker", "sygeplejerske")).isTrue();
        assertThat(TitleMisses.inflected("murer", "maler")).isFalse();
        assertThat(TitleMisses.inflected("smed", "kedelsmed")).isFalse();
        assertThat(TitleMisses.sharesWord("havneassistent", "havnefoged")).isTrue();
        assertThat(TitleMisses.sharesWord("pedel", "vicevært")).isFalse();
    }
}
