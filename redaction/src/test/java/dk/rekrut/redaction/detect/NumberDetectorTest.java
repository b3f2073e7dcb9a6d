package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phones in other countries' forms, bank accounts, ID numbers and CPR numbers with spaces or in words. */
class NumberDetectorTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", KnownPersonalData.NONE));
    }

    @Test
    void phonesWithATrunkZeroOrACountryCode() {
        for (String phone : List.of("0821234567", "070-123 45 67", "020 7946 0958", "06-12345678", "030 1234567", "0912 345 678",
            "+27 82 123 4567", "(+82) 10-1234-5678", "+44 (0)20 7946 0958", "+46 70 802 58 59", "+1 (415) 555-0132",
            "0049 30 1234567", "+234 803 123 4567", "+380 44 123 4567", "+92 300 1234567", "+251-91-123-4567",
            "+90 532 123 45 67", "(+880) 1712-345678", "+48 601 234 567")) {
            assertThat(redact("Tlf.: " + phone + "\nNæste linje")).as(phone).isEqualTo("Tlf.: [TELEFON]\nNæste linje");
            assertThat(redact("Call me on " + phone + ", please.")).as(phone).isEqualTo("Call me on [TELEFON], please.");
        }
    }

    @Test
    void anExtensionGoesWithItsPhone() {
        for (String phone : List.of("+45 33 12 34 56, lok. 204", "33 12 34 56 ext. 12", "+44 20 7946 0958 x 3", "87 65 43 21 (lokal 17)",
            "+45 70 20 30 40, ext 9")) {
            assertThat(redact("Kontor: " + phone + "\n")).as(phone).isEqualTo("Kontor: [TELEFON]\n");
        }
    }

    @Test
    void bankAccountsAndIban() {
        for (String line : List.of("Konto: 5301 0001234567", "Reg.nr. 5301 konto 0001234567", "reg. nr.: 1551, kontonr.: 3245678901",
            "Bankkonto 9570-12345678", "IBAN DK50 0040 0440 1162 43", "IBAN: GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
            "Account no. 12345678, sort code 20-00-00", "Lønkonto: 2200 0741234567")) {
            String out = redact("Løn til " + line + ".");
            assertThat(out).as(line).contains("[KONTONUMMER]").doesNotContainPattern("\\d{5}").doesNotContain("0440");
        }
        assertThat(redact("Overfør til 5301 0001234567 senest fredag.")).isEqualTo("Overfør til [KONTONUMMER] senest fredag.");
        assertThat(NumberDetector.validIban("DK50 0040 0440 1162 43")).isTrue();
        assertThat(NumberDetector.validIban("DK51 0040 0440 1162 43")).isFalse();
    }

    @Test
    void idNumbersNeedACue() {
        for (String line : List.of("Pas nr. 209876543", "Passport no.: N1234567", "Passnummer: AB 1234567", "Kørekort nr. 12345678",
            "Driving licence number: MORGA657054SM9IJ", "Passport #: 534229876", "pasnummer 209 876 543")) {
            assertThat(redact(line + "\n")).as(line).contains("[ID-NUMMER]").doesNotContainPattern("\\d{3}");
        }
        assertThat(redact("Pas på, 12345 kr. er for meget.")).doesNotContain("[ID-NUMMER]");
        // A table of two columns read cell by cell: the value stands a line or two below its cue.
        assertThat(redact("Pas nr.\n\nEA 1234567\n\nErfaring")).isEqualTo("Pas nr.\n\n[ID-NUMMER]\n\nErfaring");
        assertThat(redact("Kontonummer\n\n3245678901\n")).isEqualTo("Kontonummer\n\n[KONTONUMMER]\n");
    }

    @Test
    void cprWithSpacesAfterACueOrInWords() {
        for (String line : List.of("CPR: 010190 1234", "cpr-nr. 01 01 90-1234", "CPR 01.01.90-1234", "Cpr.nr.: 0101901234",
            "personnummer 850303-1234", "CPR-nummer: nul en nul en ni nul en to tre fire", "CPR: 3 1 1 2 8 5 4 4 3 2")) {
            assertThat(redact(line + "\n")).as(line).contains("[CPR]").doesNotContain("1234").doesNotContain("nul en");
        }
        assertThat(redact("Født 01 01 90-1234 i Aarhus")).contains("[CPR]");
    }

    @Test
    void yearsDatesPostcodesAmountsVersionsAndReferencesStay() {
        for (String text : List.of("Projektleder 2018–2026 hos Rambøll", "Ansat 2018-2026 og 1998-2001", "06.2019-08.2021 Udvikler", "Periode 01.08.19 - 2023", "01 08 19 – 2021", "01.02.2015-31.12.2019", "03/2016-05/2018", "2018 - 2026", "8:30-15:30", "Jan 2019 - Dec 2022", "01.02.2015 - 31.12.2019",
            "05-11-1979", "Vesterbrogade 12, 1620 København V", "Løn: kr. 45.000 pr. måned", "DKK 1.250.000", "Version 10.0.19041.1415",
            "Java 21, Spring Boot 3.2.4", "ISBN 978-87-7788-123-4", "ISBN 0198526636", "doi:10.1016/j.cell.2020.01.001",
            "Kontor 08.00-16.00", "Windows 10 1909", "2200 medarbejdere", "Konto 2018-2020: Key account manager",
            "Account Manager 2015-2019", "Bank: Danske Bank 2016-2020", "Sagsnr. 0123456789")) {
            String out = redact(text);
            assertThat(out).as(text).doesNotContain("[TELEFON]").doesNotContain("[KONTONUMMER]").doesNotContain("[ID-NUMMER]")
                .doesNotContain("[CPR]");
        }
    }
}
