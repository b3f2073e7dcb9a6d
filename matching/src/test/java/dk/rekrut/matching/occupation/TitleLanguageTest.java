package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.TestEngine;
import dk.rekrut.matching.esco.Lang;
import org.junit.jupiter.api.Test;

class TitleLanguageTest {

    private final TitleLanguage language = new TitleLanguage(TestEngine.esco());

    @Test
    void englishTitlesAreEnglishThoughAWordCounterTakesThemForDanish() {
        assertThat(Lang.detect("Warehouse Assistant")).isEqualTo(Lang.DA);
        assertThat(language.of("Warehouse Assistant")).isEqualTo(Lang.EN);
        assertThat(language.of("MARKETING EXECUTIVE IN PENANG")).isEqualTo(Lang.EN);
        assertThat(language.of("Accountant")).isEqualTo(Lang.EN);
    }

    @Test
    void danishTitlesAreDanishByTheirLettersTheirWordsOrTheirCompoundHeads() {
        assertThat(language.of("Lagerarbejder")).isEqualTo(Lang.DA);
        assertThat(language.of("Social- og sundhedsassistent")).isEqualTo(Lang.DA);
        assertThat(language.of("Pædagogmedhjælper")).isEqualTo(Lang.DA);
        // No label has this word, but it ends in one only the Danish labels have.
        assertThat(language.of("Trykkeriarbejder")).isEqualTo(Lang.DA);
    }

    @Test
    void theEngineUsesItForTitlesAndTheWordCounterForLongTexts() {
        var engine = TestEngine.occupations();
        assertThat(engine.language("Warehouse Assistant")).isEqualTo(Lang.EN);
        assertThat(engine.language("Jeg har arbejdet som lagerarbejder i mange år, og jeg vil gerne arbejde med logistik"))
            .isEqualTo(Lang.DA);
    }
}
