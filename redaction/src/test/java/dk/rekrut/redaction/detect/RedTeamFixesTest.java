package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.KnownPersonalData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes the red-team documents of issue 17 (rred2) found in existing detectors: a name in brackets after the name,
 * name parts with a lower-case tail after a hyphen and Icelandic/Faroese letters in identifiers, a language's other
 * name in brackets before a native level, and course codes taken for foreign postal codes.
 */
class RedTeamFixesTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text, KnownPersonalData known) {
        return Detector.redact(text, DETECTOR.detect(text, "en", known));
    }

    private static KnownPersonalData name(String fullName) {
        return new KnownPersonalData(fullName, null, null, null, null, null, null, null);
    }

    @Test
    void aNameInBracketsAfterTheNameAtTheTopIsAName() {
        for (String[] c : List.of(new String[] {"ZHANG Xiaoyu (Sophie)", "Sophie", "Xiaoyu"}, new String[] {"NGUYEN Van Minh (Kevin)", "Kevin", "Minh"},
            new String[] {"Oluwaseun Adeyemi (Seun)", "Seun", "Adeyemi"}, new String[] {"CHOI Ji-hoon (Jay)", "Jay", "CHOI"})) {
            String text = c[0] + " · Résumé\n" + c[0] + "\nmail@example.com · +45 31 22 44 66\n\nExperience\nAnalyst at a bank.\nRegards, " + c[1];
            String out = redact(text, null);
            assertThat(out).as(c[0]).doesNotContain(c[1]).doesNotContain(c[2]).contains("Résumé");
        }
    }

    @Test
    void aBracketedWordAfterAHeadingStays() {
        String text = "Experience (Selected)\nSenior Analyst (Finance)\nmail@example.com\n";
        assertThat(redact(text, null)).contains("Selected").contains("Finance");
    }

    @Test
    void identifiersJoinHyphenatedPartsAndSpellOutIcelandicLetters() {
        // the name found by position, the domain made of its parts joined
        assertThat(redact("BAEK Seo-yeon\nPortfolio: seoyeonbaek.com · seoyeon.baek@naver.com\n", null)).doesNotContain("seoyeonbaek");
        assertThat(redact("KIM Min-jun\ngithub.com/minjunkim88\n", null)).doesNotContain("minjunkim");
        // the form's name with ð and þ, the domain and handle spelt without them
        for (String[] c : List.of(new String[] {"Eyðun Sjúrðarson", "sjurdarson.fo"}, new String[] {"Þórunn Guðmundsdóttir", "thorunn-gudmundsdottir.is"},
            new String[] {"Bárður Heðinsson", "@bardurhedinsson"})) {
            String text = "Profile\nEngineer.\nContact: " + c[1] + "\n";
            assertThat(redact(text, name(c[0]))).as(c[1]).doesNotContain(c[1]).contains("[LINK]");
        }
    }

    @Test
    void aNativeLevelAfterALanguageWithItsOtherNameInBracketsIsRedacted() {
        for (String line : List.of("Persian (Farsi): native", "Panjabi (Punjabi) – native", "Greek (Ελληνικά) native")) {
            assertThat(redact("Languages\n" + line + " · English: C1\n", null)).as(line).contains("[FLYDENDE]").contains("English: C1");
        }
        assertThat(redact("Skills\nReact (Expo): native apps\n", null)).doesNotContain("[FLYDENDE]");
    }

    @Test
    void courseCodesWithTheirTitleAreNoPostalCodes() {
        for (String line : List.of("Teaching Assistant, course 02450 Introduction to Machine Learning", "Kursuskode 02101 Indledende Programmering",
            "AMU-kursus 40123 Truckcertifikat", "module 10115 Berlin Studies")) {
            String text = "Jane Doe\nTlf. 31 22 44 66\n" + line + "\n";
            assertThat(redact(text, null)).as(line).doesNotContain("[ADRESSE]");
        }
        assertThat(redact("Jane Doe\nTlf. 31 22 44 66\nHauptstraße 5, 10115 Berlin\n", null)).contains("[ADRESSE]").doesNotContain("10115");
    }

    @Test
    void theInitialsOfANameOfThreePartsFoundInTheDocumentGoWithIt() {
        for (String[] c : List.of(new String[] {"Kasper Vinther Skovgaard", "KVS"}, new String[] {"Ngozi Adaeze Okonkwo", "N.A.O."},
            new String[] {"Tran Thi Bich Ngoc", "T. T. B. N."})) {
            String text = "CV · " + c[1] + "\n\n" + c[0] + "\nkontakt@example.com · 40 55 12 98\n\nErfaring\nIngeniør hos COWI og KMD.\n"
                + "Opdateret marts 2025 /" + c[1] + "\n";
            String out = redact(text, null);
            assertThat(out).as(c[0]).doesNotContain(c[1]).contains("COWI og KMD");
        }
        // two parts give no initials: "KD" and "KMD" stay beside "Kasper Dam"
        assertThat(redact("Kasper Dam\nkd@example.com\n\nErfaring hos KMD og KD Consult.\n", null)).contains("KMD").contains("KD Consult");
    }

    @Test
    void aSurnameAfterAGreetingAndATitleIsAName() {
        for (String[] c : List.of(new String[] {"Kære Apoteker Lund\nJeg søger stillingen.", "Lund"},
            new String[] {"Dear Professor Okonkwo,\nI am applying.", "Okonkwo"}, new String[] {"Kære Skoleleder Mette Holm\nHermed.", "Holm"},
            new String[] {"Dear Dr. Tesfaye,\nThank you.", "Tesfaye"}, new String[] {"Hej Borgmester Qujaukitsoq!\nTak.", "Qujaukitsoq"})) {
            assertThat(redact(c[0], null)).as(c[0]).contains("[NAVN]").doesNotContain(c[1]);
        }
        // (a lone capitalised word after "Kære" is taken by the older greeting cue, "Kære Ansættelsesudvalg" included)
        for (String text : List.of("Dear Hiring Manager,\nI am applying.", "Dear Hiring Committee,\nHello.", "Dear Recruitment Team,\nHello.")) {
            assertThat(redact(text, null)).as(text).doesNotContain("[NAVN]");
        }
    }
}
