package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.SpanType;
import org.junit.jupiter.api.Test;

/**
 * False-positive classes of the hand-made corpus (branch rprec), each told apart by a rule that keeps the persons
 * beside it. The texts are not the corpus's.
 */
class PrecisionClassesTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text, String language) {
        return Detector.redact(text, DETECTOR.detect(text, language, null));
    }

    private static void keeps(String language, String... texts) {
        for (String t : texts) {
            assertThat(redact(t, language)).as(t).isEqualTo(t);
        }
    }

    private static void removes(String language, String text, String... gone) {
        String out = redact(text, language);
        for (String g : gone) {
            assertThat(out).as(text).doesNotContain(g);
        }
    }

    @Test
    void aProductFollowedByItsVersionIsNoPerson() {
        keeps("da", "Programmer jeg bruger dagligt: Maya Render 2.5, Nova Builder V4 og Excel.",
            "Jeg har brugt ESDH-systemet Captia 5.2 i tre år.");
        keeps("en", "Software: Maya Render 2.5, Nova Builder V4, Excel.");
        // A date after a name is no version, and a name with no version stays a name.
        removes("da", "Jeg arbejdede sammen med Nomvula Mahlangu 12.03.2019 i Aarhus.", "Nomvula", "Mahlangu");
        removes("en", "Reference: Maya Andersen, +45 22 33 44 55", "Maya Andersen");
    }

    @Test
    void aLanguageOrCountryLeadingCapitalisedWordsNeedsANamePartAfterIt() {
        keeps("en", "I know the Danish Working Environment Authority rules well, and Danish law.");
        // A given name that is also a language stays a name with a surname beside it.
        removes("en", "My reference is Danish Iqbal, head of IT at the firm.", "Danish Iqbal");
    }

    @Test
    void capitalisedWordsAfterDanishIOrPaAreAnOrganisationOrAPlace() {
        keeps("da", "Jeg har været pædagog i Vuggestuen Troldehøjen og maskinmester på Vandværket Lyngen.",
            "Jeg har arbejdet som portør på Kolonihaven Solbakken i to år.");
        // Persons in the same sentences after other words are still found.
        removes("da", "Jeg arbejdede i to år sammen med Ximena Çelik og Nomvula Mahlangu.", "Ximena", "Mahlangu");
    }

    @Test
    void aRowLabelFoundWithANameIsNotPropagated() {
        assertThat(Propagation.values(SpanType.NAME, "Mother's Name Lakshmi Devi")).doesNotContain("Name", "Mother")
            .contains("Lakshmi", "Devi");
        assertThat(Propagation.values(SpanType.NAME, "Navn Karin Holm")).doesNotContain("Navn");
        assertThat(Propagation.isNameLabel("Name's")).isTrue();
        assertThat(Propagation.isNameLabel("Namibia")).isFalse();
    }

    @Test
    void aTitleInCapitalsBeforeAWordInMixedCaseIsAnAcronym() {
        keeps("da", "Værktøjer: Revit, MS Project og MS Teams.");
        keeps("en", "Tools: MS Project, MS Office, Jira.");
        assertThat(redact("Dear MS JANE DOE, thank you.", "en")).contains("[KØN]");
        assertThat(redact("Dear Ms Jane Doe, thank you.", "en")).doesNotContain("Ms ");
    }

    @Test
    void volunteeringForAPatientOrganisationIsHealth() {
        assertThat(redact("Volunteer at Scleroseforeningen since 2020.", "en")).contains("[HELBRED]");
        assertThat(redact("Jeg er frivillig ved Scleroseforeningen.", "da")).contains("[HELBRED]");
        keeps("en", "Volunteer at the local football club since 2020.");
    }
}
