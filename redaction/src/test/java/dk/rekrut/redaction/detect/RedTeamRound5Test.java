package dk.rekrut.redaction.detect;

import static dk.rekrut.redaction.detect.RealFormatClassesTest.DETECTOR;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.keeps;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redact;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redacts;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.KnownPersonalData;
import org.junit.jupiter.api.Test;

/**
 * Classes the fifth red-team round of issue 17 (rred5) found. The positives are not the corpus's sentences; each class
 * has its negatives beside it. The helpers are {@link RealFormatClassesTest}'s.
 */
class RedTeamRound5Test {

    private static String redact(String text, String language, String formName) {
        KnownPersonalData known = new KnownPersonalData(formName, null, null, null, null, null, null, null);
        return Detector.redact(text, DETECTOR.detect(text, language, known));
    }

    @Test
    void theNameInAnotherScriptBesideTheNameIsTheName() {
        assertThat(redact("Li Qiang (李强)\nSoftware tester\n", "en", "Li Qiang")).doesNotContain("李强");
        assertThat(redact("Med venlig hilsen\nPark Ji-hoon\n박지훈\n", "da", "Park Ji-hoon")).doesNotContain("박지훈");
        assertThat(redact("Yusuf Haddad – يوسف حداد\nAccountant\n", "en", "Yusuf Haddad")).doesNotContain("حداد");
        // Another script away from any name stays: a language's own name in a skills list.
        String skills = "Languages: Chinese (中文) – fluent, Arabic (العربية) – basic\n";
        assertThat(redact(skills, "en", "Li Qiang")).isEqualTo(skills);
    }

    @Test
    void aNicknameInQuotesIsTheNameWhereverItStands() {
        String out = redact("KONSTANTINOS \"KOSTAS\" MAVRIDIS\nKostas has run the night shift since 2019.\n", "en",
            "Konstantinos Mavridis");
        assertThat(out).doesNotContain("KOSTAS").doesNotContain("Kostas");
        // A quoted word after no name stays.
        keeps("en", "We shipped the \"Phoenix\" release in May.");
    }

    @Test
    void lettersWithoutADecompositionAreFoldedInTheFormsName() {
        assertThat(redact("Publications\nSigurdardottir, H. (2022). Sea ice.\n", "en", "Hrafnhildur Sigurðardóttir"))
            .doesNotContain("Sigurdardottir");
        assertThat(redact("Kontakt: yilmaz.kivanc@mail.dk, Kivanc Yilmaz\n", "da", "Kıvanç Yılmaz")).doesNotContain("Kivanc Yilmaz");
    }

    @Test
    void particlesBeforeANameTakeAnyCase() {
        String out = redact("Profil\nVan der Linden er uddannet smed og har ledet værkstedet siden 2015.\n", "da", "Sanne van der Linden");
        assertThat(out).doesNotContain("Van").doesNotContain("Linden");
        assertThat(redact("Kind regards,\n[Signature: A.-K. de la Fuente]\nDe la Fuente\n", "en", "Ana-Katrin de la Fuente"))
            .doesNotContain("A.-").doesNotContain("De ").doesNotContain("de la");
        // "da" alone before a name is Danish "when", not a particle; the word stays.
        assertThat(redact("Det var da Sanne kom til.", "da", "Sanne Holt")).contains("da [NAVN]");
    }

    @Test
    void aFirmNamedAfterThePersonIsRedactedToItsCompanyForm() {
        assertThat(redact("2018–2026 Ejer af Lund Design ApS, Silkeborg\n", "da", "Karina Lund")).doesNotContain("Design ApS");
        // A firm that only follows a name after a comma stays.
        assertThat(redact("Karina Lund, Vestas Wind Systems A/S\n", "da", "Karina Lund")).contains("Vestas Wind Systems A/S");
    }

    @Test
    void aFirstNameInThePossessiveIsAName() {
        redacts("[NAVN]", "en", new String[] {"Note: Maria's references are attached.", "Maria"});
        keeps("en", "I volunteered at St. Mary's Hospital in 2020.", "Four years at St.\nLuke's Medical Center.");
    }

    @Test
    void agesAndBirthYearsInNewWords() {
        redacts("[ALDER]", "da", new String[] {"Jeg er i mine 30'ere og bor i Aalborg.", "30'ere"},
            new String[] {"Jeg fyldte 50 sidste år og har stadig lyst til nye udfordringer.", "50"},
            new String[] {"Født? Årgang 1979, gift.", "1979"});
        redacts("[ALDER]", "en", new String[] {"Now in my late thirties, I want to lead a team.", "thirties"});
        redacts("[FØDSELSDATO]", "en", new String[] {"Jane Doe, b. 1979, London", "1979"},
            new String[] {"Personuppgifter: född 1984 i Lund", "1984"});
        // A decade without an owner is a period; a firm turning 50 is no age; a graduating class stays.
        keeps("da", "Musikken fra 80'erne og firmaet fyldte 50 i år.", "Jeg er årgang 2015 fra DTU.");
        keeps("en", "The building dates from the 1960s.");
    }

    @Test
    void parentalLeaveABirthAndAPregnancyAreFamily() {
        redacts("[FAMILIEFORHOLD]", "da", new String[] {"I 2022 var jeg på barselsorlov i ti måneder.", "barselsorlov"},
            new String[] {"2019–2020: Forældreorlov\n2020– Controller, Arla", "Forældreorlov"});
        redacts("[FAMILIEFORHOLD]", "en", new String[] {"After the birth of our son I returned part-time.", "son"},
            new String[] {"I'm seven months pregnant at present.", "pregnant"});
        // Leave as a subject of HR work stays.
        keeps("en", "I drafted the company's parental leave policy.");
    }

    @Test
    void originByBirthAndArrival() {
        redacts("[OPRINDELSE]", "en", new String[] {"A Lebanese-born chemist with ten years at Novozymes.", "Lebanese"},
            new String[] {"We came to Denmark as refugees? No: I came to Denmark as a refugee in 1999.", "refugee in"});
        redacts("[OPRINDELSE]", "da", new String[] {"Jeg kom til Danmark fra Somalia som barn.", "Somalia"},
            new String[] {"Mit tyrkiske pas udløber i 2030.", "tyrkiske"});
        keeps("en", "The firm moved to Aarhus in 2010 and was well-born of a merger.");
    }

    @Test
    void healthReligionPoliticsAndUnionsSaidInNewWays() {
        redacts("[HELBRED]", "da", new String[] {"Jeg er bevilget fleksjob på 15 timer.", "fleksjob"},
            new String[] {"Efter en arbejdsskade i knæet kan jeg ikke stå op hele dagen.", "knæet"},
            new String[] {"Jeg modtager førtidspension.", "førtidspension"});
        redacts("[RELIGION]", "da", new String[] {"Om fredagen deltager jeg i fredagsbønnen i moskeen på Amager.", "moskeen"});
        redacts("[POLITISK]", "da", new String[] {"Aktiv i Sosialistisk Venstreparti i studietiden.", "Venstreparti"});
        redacts("[FAGFORENING]", "da", new String[] {"Tillitsvalgt i Fagforbundet 2015–2020.", "Fagforbundet"});
        // Working with flexjob citizens is a caseworker's job, not the writer's health.
        keeps("da", "Som sagsbehandler har jeg visiteret borgere til job med løntilskud.");
    }

    @Test
    void anIdNumberInBracketsAfterItsCue() {
        redacts("[ID-NUMMER]", "en", new String[] {"Full driving licence (MORGA753116SM9IJ), clean.", "MORGA753116SM9IJ"},
            new String[] {"Mit pas (nr. 207419363) er gyldigt.", "207419363"});
        keeps("en", "See the passport office (open 9-15) for details.");
    }
}
