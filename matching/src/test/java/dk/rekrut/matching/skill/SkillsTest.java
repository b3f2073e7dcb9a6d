package dk.rekrut.matching.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillsTest {

    private static final Esco ESCO = Esco.shipped();
    private static final Skills SKILLS = new Skills(ESCO);

    private static List<String> labels(String text) {
        return SKILLS.ids(text).stream().map(id -> ESCO.skill(id).map(Skill::label).orElseThrow()).toList();
    }

    @Test
    void findsSkillsWhateverTheirCaseAndInflection() {
        assertThat(labels("I managed budgets and supervised staff; I operated forklifts daily."))
            .contains("manage budgets", "supervise staff", "operate forklift");
        assertThat(labels("Communicating with customers")).contains("communicate with customers");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Daily: Operating Forklifts.";
        FoundSkill found = SKILLS.find(text).stream()
            .filter(f -> ESCO.skill(f.skillId()).orElseThrow().label().equals("operate forklift")).findFirst().orElseThrow();
        assertThat(text.substring(found.start(), found.end())).isEqualTo("Operating Forklifts");
        assertThat(found.surface()).isEqualTo("Operating Forklifts");
    }

    @Test
    void aParenthesisedNoteIsOptionalAndTheLongestLabelWins() {
        assertThat(labels("Erfaring med Java og Python samt SQL Server")).contains("Java (computer programming)",
            "Python (computer programming)", "SQL Server").doesNotContain("SQL");
    }

    @Test
    void danishTextYieldsOnlySkillsNamedInEnglish() {
        // The shipped data has no Danish skill labels: "sygepleje" (nursing) is not found, SAP is.
        assertThat(labels("Du har erfaring med sygepleje og medicinhåndtering")).isEmpty();
        assertThat(labels("Du har erfaring med SAP R3")).contains("SAP R3");
    }
}
