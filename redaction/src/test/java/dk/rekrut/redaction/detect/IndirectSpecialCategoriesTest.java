package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Health, politics, religion and family said indirectly (issue 17, rred2), and the sentences about others that stay. */
class IndirectSpecialCategoriesTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", null));
    }

    private static void redacts(String label, String[]... cases) {
        for (String[] c : cases) {
            String out = redact(c[0]);
            assertThat(out).as(c[0]).contains(label);
            for (int k = 1; k < c.length; k++) {
                assertThat(out).as(c[0]).doesNotContain(c[k]);
            }
        }
    }

    @Test
    void theWritersSickLeaveWithItsLengthAndCauseIsHealth() {
        redacts("[HELBRED]", new String[] {"I 2022 var jeg sygemeldt i tre måneder på grund af stress og vendte tilbage.", "sygemeldt", "stress"},
            new String[] {"Jeg var\nlangtidssygemeldt med en diskusprolaps i 2020.", "diskusprolaps"},
            new String[] {"I was on sick leave for six weeks due to burnout in 2021.", "sick leave", "burnout"},
            new String[] {"I have been off sick with pneumonia", "pneumonia"},
            new String[] {"Min sygemelding i 2019 skyldtes et uheld.", "sygemelding"},
            new String[] {"Jeg blev delvist sygemeldt efter en hjernerystelse.", "hjernerystelse"});
    }

    @Test
    void theWritersDiagnosisIsHealthEvenUnnamed() {
        redacts("[HELBRED]", new String[] {"frivillig efter min egen diagnose i 2018", "diagnose"},
            new String[] {"since my diagnosis in 2019", "diagnosis"}, new String[] {"Mit handicap er ingen hindring.", "handicap"},
            new String[] {"my own illness taught me patience", "illness"});
    }

    @Test
    void aCouncilSeatForAPartyIsPolitics() {
        redacts("[POLITISK]", new String[] {"Jeg har siddet i kommunalbestyrelsen for Socialistisk Folkeparti.", "Socialistisk"},
            new String[] {"medlem af regionsrådet for Det Konservative Folkeparti", "Konservative"},
            new String[] {"I served on the city council for the Green Party", "Green Party"});
    }

    @Test
    void aCongregationWithItsFaithIsReligion() {
        redacts("[RELIGION]", new String[] {"I sing in the choir of my Catholic parish.", "Catholic parish"},
            new String[] {"frivillig i den katolske menighed", "katolske menighed"},
            new String[] {"youth leader in the Pentecostal church", "Pentecostal church"},
            new String[] {"aktiv i det muslimske trossamfund", "muslimske trossamfund"});
    }

    @Test
    void theWritersSpouseAndChildrenAreFamilyStatus() {
        redacts("[FAMILIEFORHOLD]", new String[] {"My husband and our two daughters will move with me.", "husband", "daughters"},
            new String[] {"Min kone og jeg flytter til Aarhus.", "kone"}, new String[] {"mine tre sønner", "sønner"},
            new String[] {"my partner is a teacher", "partner"});
    }

    @Test
    void sentencesAboutOthersOrWorkStay() {
        for (String text : List.of("Jeg har arbejdet med sygemeldte borgere i jobcentret.", "I handled sick leave management for 300 staff.",
            "Patients with a diagnosis of diabetes were followed up.", "Our partners and our partner companies in Asia.",
            "Byrådet for Aarhus Kommune vedtog planen.", "As site manager I restored the roof of the old school in Ribe.",
            "Jeg har siddet i byrådet for Aarhus Kommune som sekretær.",
            "Jeg rådgav kommunalbestyrelsen om budgettet.")) {
            String out = redact(text);
            assertThat(out).as(text).doesNotContain("[HELBRED]").doesNotContain("[POLITISK]").doesNotContain("[RELIGION]")
                .doesNotContain("[FAMILIEFORHOLD]");
        }
    }
}
