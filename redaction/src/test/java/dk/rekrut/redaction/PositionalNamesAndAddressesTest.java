package dk.rekrut.redaction;

import dk.rekrut.redaction.detect.Detector;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in no gazetteer by position, name forms next to the known name, and addresses of other orders and countries. */
class PositionalNamesAndAddressesTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return redact(text, KnownPersonalData.NONE);
    }

    private static String redact(String text, KnownPersonalData known) {
        return Detector.redact(text, DETECTOR.detect(text, Language.guess(text), known));
    }

    private static KnownPersonalData name(String fullName) {
        return new KnownPersonalData(fullName, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tsegereda Woldemariam", "Kwame Osei-Tutu", "Yerlan Dzhaksybekov", "Anahera Wihongi", "Ifeoluwa Ogunleye",
        "Makoa Kealoha", "Dariga Nurlanovna Abenova", "Tupac Quispe Huamán", "Siosaia Taufa", "Luong Thi Mai"})
    void aNameInNoGazetteerAtTheTopIsFoundAndPropagated(String name) {
        String text = name + "\nTlf. 28 14 93 07 · mail@example.dk\n\nProfil\nErfaren sagsbehandler.\n\nReferencer gives efter aftale. "
            + name.split(" ")[name.split(" ").length - 1] + " har kørekort.";
        assertThat(redact(text)).startsWith("[NAVN]\n").doesNotContain(name.split(" ")[name.split(" ").length - 1]).contains("Profil");
    }

    @Test
    void capitalsSurnameFirstCommaOrderAndTwoLines() {
        assertThat(redact("OKONKWO Adaeze\nadaeze@mail.com\nProfile")).startsWith("[NAVN]\n");
        assertThat(redact("Mbeki-Dlamini, Nomsa\n+45 22 33 44 55\nProfile")).startsWith("[NAVN]\n");
        assertThat(redact("ZHANGIR\nTOKTAROV\nzt@proton.me\nSummary")).startsWith("[NAVN]\n[NAVN]\n");
        assertThat(redact("Tavita Leaupepe | tavita@mail.com | +45 61 72 83 94")).startsWith("[NAVN] | ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Med venlig hilsen", "Venlig hilsen", "Mvh", "Kind regards,", "Best regards", "Sincerely,", "Yours faithfully"})
    void theSignatureAfterAClosingIsAName(String closing) {
        String text = "Kære udvalg\nJeg søger stillingen.\n\n" + closing + "\nOyelaran Babatunde-Cole\n";
        assertThat(redact(text)).doesNotContain("Oyelaran").doesNotContain("Babatunde");
        assertThat(redact("Jeg ser frem til at høre fra jer.\n" + closing + "\nWairimu\n")).doesNotContain("Wairimu");
    }

    @Test
    void aRunningHeaderOrFooterOnEveryPageIsAName() {
        String page = "Ruslana Hordiyenko – CV\nErhvervserfaring\n2019–2024 Lagerarbejder, Salling Group\n";
        String text = page + "\n\nRuslana Hordiyenko – CV\nUddannelse\n2015 Lagerlogistik\n";
        assertThat(redact(text)).doesNotContain("Ruslana").doesNotContain("Hordiyenko").contains("Salling Group");
    }

    @Test
    void headingsJobTitlesCompaniesAndPlacesAtTheTopStay() {
        assertThat(redact("Curriculum Vitae\nSenior Data Engineer\nNovo Nordisk A/S\nWork Experience\n")).doesNotContain("[NAVN]");
        assertThat(redact("Erhvervserfaring\nProjektleder\nRegion Hovedstaden\nKompetencer\n")).doesNotContain("[NAVN]");
        assertThat(redact("Personal Profile\nSoftware Developer\nAarhus, Danmark\ninfo@firma.dk\n")).doesNotContain("[NAVN]");
        assertThat(redact("Profil\nSygeplejerske\nHundested\n")).doesNotContain("[NAVN]");
        // A list of skills on a page's last line is no footer name.
        assertThat(redact("Kompetencer\nPython, Spark, Azure Data Factory, Power BI")).doesNotContain("[NAVN]");
    }

    @Test
    void initialsMiddleInitialAndReorderedFormsOfTheKnownName() {
        var known = name("Birgit Sørensen");
        assertThat(redact("B. M. Sørensen – CV", known)).isEqualTo("[NAVN] – CV");
        assertThat(redact("Birgit M. Sørensen\n", known)).isEqualTo("[NAVN]\n");
        assertThat(redact("Signeret B.M.S. den 3. maj", known)).doesNotContain("B.M.S.");
        assertThat(redact("SORENSEN Birgit", known)).doesNotContain("SORENSEN").doesNotContain("Birgit");
        assertThat(redact("Sørensen, Birgit Marie", known)).doesNotContain("Marie");
        assertThat(redact("Birgit Kalinda Sørensen har ansvaret.", known)).doesNotContain("Kalinda");
        // Initials that are not the applicant's stay: "B.Sc." is a degree.
        assertThat(redact("B.Sc. i kemi", known)).contains("B.Sc.");
    }

    @Test
    void addressesInOtherOrdersAndCountries() {
        assertThat(redact("Hundested, 3390")).isEqualTo("[ADRESSE]");
        assertThat(redact("Bopæl: Skovbrynet 7B, Hundested")).isEqualTo("Bopæl: [ADRESSE]");
        assertThat(redact("Storgatan 4, SE-411 38 Göteborg")).isEqualTo("[ADRESSE]");
        assertThat(redact("12 Baker Street, London NW1 6XE")).isEqualTo("[ADRESSE]");
        assertThat(redact("Flat 3, 221B Baker Street\nLondon")).doesNotContain("Flat 3").doesNotContain("Baker");
        assertThat(redact("ul. Marszałkowska 10/12, 00-590 Warszawa")).isEqualTo("[ADRESSE]");
        assertThat(redact("Hauptstraße 5, 10115 Berlin")).isEqualTo("[ADRESSE]");
        assertThat(redact("Karl Johans gate 12, N-0154 Oslo")).doesNotContain("Johans gate 12").doesNotContain("0154");
        assertThat(redact("Baek Ji-hoon\nGangnam-gu, Seoul\n")).contains("[ADRESSE]").doesNotContain("Gangnam").doesNotContain("Seoul");
        assertThat(redact("Shibuya-ku, Tokyo")).isEqualTo("[ADRESSE]");
        assertThat(redact("Ama Boateng, Vestervang 14, Hundested\nTlf. 42 18 77 05")).doesNotContain("Vestervang").doesNotContain("Hundested");
    }

    @Test
    void numbersAndPlacesThatAreNoAddressStay() {
        assertThat(redact("Since 2019 I have led a team. In 2018 I moved.")).doesNotContain("[ADRESSE]");
        assertThat(redact("Profil\nOver 20 years of experience\nGennem 15 år har jeg arbejdet")).doesNotContain("[ADRESSE]");
        assertThat(redact("Ansat 2018–2026 i Halsnæs Kommune med 2200 medarbejdere")).doesNotContain("[ADRESSE]").doesNotContain("[TELEFON]");
        assertThat(redact("Tekla Structures 21 og Revit 2024")).doesNotContain("[ADRESSE]");
        assertThat(redact("Jeg arbejdede i Aarhus i 12 år.")).doesNotContain("[ADRESSE]");
        assertThat(redact("Version 3.2 of the platform, module 12")).doesNotContain("[ADRESSE]");
    }
}
