package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Birth dates and ages as applicants write them, and the numbers that must stay (issue 17). */
class DateAndAgeDetectorTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", null));
    }

    /** A filler CV head of more than ten lines, so that a date below it stands outside the first lines. */
    private static final String BODY = "Profil\nErfaren medarbejder\nmed mange års erfaring\ninden for\nofferentlig forvaltning\n"
        + "og projektledelse\nsamt kommunikation\nog formidling\ntil borgere\nog virksomheder\nKompetencer\n";

    @Test
    void birthDatesAfterACueInEveryOrderSeparatorAndMonthSpelling() {
        for (String date : List.of("4. Juni, 1996", "03-Feb-1988", "12. OCT. 1993", "3rd of March 1985", "21st of september 1979",
            "22nd Aug 1990", "7. dec. 1983", "07 DECEMBER 1983", "1. maj 2001", "9.mrt.1987", "17/11/1992", "5-4-1975", "12/3-1987",
            "12.03.87", "1988-02-03", "June 4, 1996", "Feb 3rd, 1988", "SEPT. 30 1999", "30 sept 1999", "2 januar 1986",
            "31.oktober 1970", "14 Okt 1994", "1 nov 1989")) {
            for (String cue : List.of("Født ", "født den ", "f. ", "Fødselsdato: ", "FØDSELSDATO\n", "Date of birth\n\n", "Born ", "born on the ",
                "Date of birth: ", "DOB ", "D.O.B.: ", "Birthday: ", "Birth date ")) {
                String text = BODY + "Navn: X\n" + cue + date + "\nLedelse og kommunikation";
                assertThat(redact(text)).as(cue + date).contains("[FØDSELSDATO]").doesNotContain(date).contains("Ledelse og kommunikation");
            }
        }
    }

    @Test
    void aBareYearOrMonthAndYearAfterABirthCueIsABirthDate() {
        for (String text : List.of("Født 1990", "født i 1984 i Vejle", "Født: 2001", "FØDT 1967", "f. 1979", "Fødselsår: 1993",
            "born in 1985 in Lagos", "Born 1972", "Year of birth: 1999", "DOB: 1988", "født marts 1985", "born in May 1990",
            "Født\n1992", "Fødselsdag: 3. marts 1990", "Birthday: March 3rd 1991")) {
            String year = text.replaceAll("(?s).*?((?:19|20)\\d{2}).*", "$1");
            assertThat(redact(BODY + text)).as(text).contains("[FØDSELSDATO]").doesNotContain(year);
        }
    }

    @Test
    void aBirthdayWithoutTheYearAfterACueIsRedacted() {
        for (String text : List.of("Fødselsdag: 3. marts", "Birthday: March 3rd", "født den 12. OKT.", "Birthday 22nd of Aug")) {
            assertThat(redact(BODY + text)).as(text).contains("[FØDSELSDATO]").doesNotContainPattern("(?<!\\d)\\d{1,2}(?!\\d)");
        }
    }

    @Test
    void aFullDateWithoutCueIsABirthDateInTheHeadOrNextToContactData() {
        var detector = new DateAndAgeDetector(2026);
        for (String date : List.of("14. februar 1992", "3 March 1980", "1988-11-23", "23.11.1988", "Nov 23, 1988")) {
            String head = "Amalie Holm\nSygeplejerske\n" + date + "\namalie@example.dk\n";
            assertThat(types(detector, head)).as(date).contains(SpanType.BIRTH_DATE);
            String nearContact = BODY + "Kontakt\nTlf. 40 11 22 33\n" + date + "\n";
            assertThat(types(detector, nearContact)).as(date).contains(SpanType.BIRTH_DATE);
            // The same date deep in the body, with no cue and no contact data near: not said to be a birth date.
            String body = BODY + BODY + "Kursus afholdt " + date + " i Odense\n" + BODY;
            assertThat(types(detector, body)).as(date).doesNotContain(SpanType.BIRTH_DATE);
        }
    }

    @Test
    void aDateInTheHeadIsNoBirthDateWhenItsYearGivesNoWorkingAgeOrItIsAPeriodOrALettersDate() {
        var detector = new DateAndAgeDetector(2026);
        for (String line : List.of("Aarhus, 3. december 2026", "Dato: 14. februar 2026", "14.02.2020", "3. marts 1930",
            "01.02.2015 - 31.12.2018", "1. august 2009 – nu", "Fra 3. januar 2000 til 1. maj 2002", "12.05.1999 - present",
            "Date: 1 June 1995", "Opdateret 12. juni 2001", "Studentereksamen, 20. juni 2008", "Graduated 14 June 2010, MSc",
            "Ansat 1. marts 2005 i Netto", "Kursus i førstehjælp 3. maj 2009", "Completed 12/05/2004: PRINCE2")) {
            String text = "Jonas Berg\n" + line + "\njonas@example.dk\n";
            assertThat(types(detector, text)).as(line).doesNotContain(SpanType.BIRTH_DATE);
        }
    }

    @Test
    void agesSaidAsSuch() {
        for (String text : List.of("Jeg er en ung pige på 19 år.", "en mand på 45 år", "En kvinde på 52 år søger nyt job",
            "I started coding at the age of 12.", "At The Age Of 9 I moved", "i en alder af 17 år", "aged 34", "34 years old",
            "Alder: 41", "Age: 29", "31 år", "Ole Hansen\n31 år, gift", "27 år\n", "a 34-year-old engineer", "38 yrs",
            "Jeg er 31 år og bor i Odense.", "42 år gl.", "hun er 28 år")) {
            String age = text.replaceAll("(?s).*?(\\d{1,2}).*", "$1");
            assertThat(redact(text)).as(text).contains("[ALDER]").doesNotContainPattern("(?<!\\d)" + age + "(?!\\d)");
        }
    }

    @Test
    void durationsAndCountsStay() {
        for (String text : List.of("Jeg har 12 års erfaring.", "Jeg har boet i Danmark i 15 år.", "10 år som leder i kommunen",
            "over 20 years of experience", "a team of 12 people", "2200 medarbejdere", "I 3 år har jeg ledet et team på 14.",
            "Budget: 45 mio. kr.", "in the last 5 years", "Erfaring\n\n10 år", "Experience:\n12 år", "Ledelseserfaring\n15 år")) {
            assertThat(redact(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void yearRangesEmploymentDatesVersionsAndCompanyNumbersAreNoPhonesAndNoBirthDates() {
        for (String text : List.of("2018-2026", "2018–2026", "2018 – 2026", "2015-2018 Novo Nordisk", "Periode: 2019-2023",
            "1998/2002 Folkeskole", "2018 - nu: Udvikler", "2019 – present", "jan. 2019 – dec. 2021", "Jan 2019 - Dec 2021",
            "marts 2016 - juni 2018\n2010/2014 Uddannelse", "01.02.2015 - 31.12.2018", "01.02.15-31.12.18 Cowi",
            "1. august 2019 – nu", "Java 17.0.2", "Windows 10", "Ubuntu 22.04", "Office 2019-2021", "version 20.11.45.67",
            "CVR 24256790", "CVR-nr. 12 34 56 78", "Budget 2018 2019 2020 2021", "ISO 27001:2013", "Python 3.11",
            "Kandidat 2014-2016, Aarhus Universitet", "Employed 2011–2014 at Maersk", "Studentereksamen 2005")) {
            String redacted = redact(BODY + text);
            assertThat(redacted).as(text).doesNotContain("[TELEFON]").doesNotContain("[FØDSELSDATO]").doesNotContain("[CPR]");
        }
    }

    @Test
    void phonesStayPhones() {
        for (String text : List.of("Tlf. 2018-2026", "Mobil: 20 18 20 26", "tlf 12345678", "+45 28 91 44 02", "Phone: 2019 2020",
            "40 11 22 33", "0045 2345 6789", "Ring på 2233 4455")) {
            assertThat(redact(BODY + text)).as(text).contains("[TELEFON]");
        }
    }

    @Test
    void numbersInTablesAreNoPhones() {
        for (String text : List.of("År   2021 2022 2023 2024\nAnlæg   14 17 21 26", "Budget (mio. kr.)  2019 2020 2021 2022\n  12 14 15 19",
            "Salg 12 14 15 19 22 30", "Point: 3 10 12 14 18 20", "Andel % 10 20 30 40 50 60")) {
            assertThat(redact(BODY + text)).as(text).doesNotContain("[TELEFON]");
        }
    }

    @Test
    void aPhoneWithItsCountryCodeAndNoPlusIsNoTableRow() {
        for (String text : List.of("45 12 34 56 78", "Kontakt 46 70 41 28 83", "12 34 56 78", "Mobil 20 30 40 50",
            "Tlf. 12 34 56 78 eller +44 20 7946 0958", "12 34 56 78 / 87 65 43 21 / 11 22 33 44")) {
            assertThat(redact(BODY + text)).as(text).contains("[TELEFON]").doesNotContainPattern("\\d{2} \\d{2} \\d{2}|\\d{4} \\d{4}");
        }
    }

    @Test
    void aYearAtTheEndOfALineDoesNotSwallowThePhoneOnTheNext() {
        for (String text : List.of("Født 1990\n50 11 62 93", "Ansat 2019\n40 11 22 33\n", "2015-2018\n28 91 44 02")) {
            String redacted = redact(BODY + text);
            assertThat(redacted).as(text).contains("[TELEFON]").doesNotContainPattern("\\d{2} \\d{2} \\d{2}");
            assertThat(redacted).as(text).containsPattern("(?:1990|2019|2015)|\\[FØDSELSDATO\\]");
        }
    }

    @Test
    void notAPhoneNamesTheShapes() {
        assertThat(DateAndAgeDetector.notAPhone("Periode 2018-2026", 8, 17)).isTrue();
        assertThat(DateAndAgeDetector.notAPhone("Tlf. 2018-2026", 5, 14)).isFalse();
        assertThat(DateAndAgeDetector.notAPhone("2026-2018", 0, 9)).isFalse(); // a range runs forward
        assertThat(DateAndAgeDetector.notAPhone("01.02.15-31.12.18", 0, 11)).isTrue();
        assertThat(DateAndAgeDetector.notAPhone("2018 2026", 0, 9)).isFalse(); // a mobile number in 2x4 digits
    }

    private static List<SpanType> types(DateAndAgeDetector d, String text) {
        return d.detect(text, Trigger.digitClusters(text)).stream().map(Span::type).toList();
    }
}
