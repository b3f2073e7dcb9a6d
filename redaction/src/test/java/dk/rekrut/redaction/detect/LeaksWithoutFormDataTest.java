package dk.rekrut.redaction.detect;

import static dk.rekrut.redaction.detect.RealFormatClassesTest.keeps;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redact;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes that still leaked after the fifth red-team round when the form data is absent (issue 17, rred6). The
 * positives are not the corpus's sentences; each class has its negatives beside it.
 */
class LeaksWithoutFormDataTest {

    @Test
    void aPhoneSplitOverALineIsOnePhone() {
        assertThat(redact("Contact\nTel: 01632\n960001\nEmail on request\n", "en")).doesNotContain("960001").doesNotContain("01632");
        assertThat(redact("Rua Augusta 10\nLisboa\n+351 912\n345 678\n", "en")).doesNotContain("345 678").doesNotContain("912");
        assertThat(redact("Mobil: 0171\n234 5678\n", "da")).doesNotContain("234 5678");
        // Numbers on two lines that are no phone: a year over a count, a trunk-0 number without a phone cue,
        // a postcode over an amount, a head already long enough to be a phone by itself.
        keeps("en", "Budget 2024\n120000 DKK\n", "units in stock 0917\n88213 sold\n", "a total of 0812\n334455 paid\n");
        assertThat(redact("Tel: 0171 2345678\n2019 started here\n", "en")).contains("2019 started");
    }

    @Test
    void aPostalCodeAndTownAfterItsFieldAreAnAddressOfAnyCountry() {
        assertThat(redact("Adresse\tAqqusinersuaq 12\nPostnummer og by\t3911 Sisimiut\nTelefon\n", "da")).doesNotContain("Sisimiut");
        assertThat(redact("Post code/town: 100 Tórshavn\n", "en")).doesNotContain("Tórshavn");
        assertThat(redact("Street: Hauptstraße 4\nPLZ 79098 Freiburg\n", "en")).doesNotContain("Freiburg");
        // A postal code named in prose, or a field with no town after it, stays.
        keeps("da", "Postnummeret er vigtigt for leveringen.\n", "Postnr.: udfyldes senere\n");
        keeps("en", "The zip file holds 300 Pages of notes.\n");
    }

    @Test
    void oneWordInCapitalsAboveAJobTitleAtTheTopIsAName() {
        assertThat(redact("WIRANTO\nSenior accountant\nJl. Sudirman 12, Bandung\n", "en")).doesNotContain("WIRANTO");
        assertThat(redact("\nPRIYANKA\nSygeplejerske\nTlf. 20 30 40 50\n", "da")).doesNotContain("PRIYANKA");
        // A heading in capitals, a capital word with a section under it, or a capital word lower down stays.
        keeps("en", "PROFILE\nSenior accountant with ten years in audit.\n", "ACME\nProfile\nWe build boats.\n");
        assertThat(redact("Jens Hansen\nLEGO\nDeveloper\n", "da")).contains("LEGO");
    }

    @Test
    void aNameWithAQuotedNicknameAtTheTopIsJudgedWithoutTheNickname() {
        assertThat(redact("Olufemi 'Femi' Bankole-Avery\nFlat 2, 14 Mill Road\nCambridge CB1 2AD\n", "en"))
            .doesNotContain("Bankole").doesNotContain("Femi");
        assertThat(redact("CV\nVESNA \"VEKI\" MARKOVIĆ-ILIĆ\nTømrer\n", "da")).doesNotContain("VEKI").doesNotContain("MARKOVIĆ");
        // A quoted name of a place between capitalised words at the top stays.
        keeps("da", "Nyhedsbrev\nKantinen \"Solen\" Holder Lukket\nHele uge 30\n");
    }
}
