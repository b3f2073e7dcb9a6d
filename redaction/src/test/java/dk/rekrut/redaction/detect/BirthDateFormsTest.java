package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Birth dates with a Roman-numeral month and birth years after the place of birth (issue 17, rred2). */
class BirthDateFormsTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", null));
    }

    /** More than ten lines of profile first, so the first-lines rule for bare dates does not apply. */
    private static final String BODY = "Profil\nErfaren\nmedarbejder\nmed\nmange\nårs\nerfaring\ninden\nfor\nforvaltning\nKompetencer\n";

    @Test
    void aRomanMonthAfterABirthCueIsABirthDate() {
        for (String date : List.of("21.VI.1987", "3 XI 1990", "01-XII-1979", "9/IV/2001", "30. IX. 1984")) {
            for (String cue : List.of("Fødselsdato: ", "Født ", "Date of birth\n", "DOB ", "born ")) {
                String text = BODY + cue + date + "\nLedelse";
                assertThat(redact(text)).as(cue + date).contains("[FØDSELSDATO]").doesNotContain(date.replaceAll("\\D.*", "") + ".")
                    .contains("Ledelse");
                assertThat(redact(text)).doesNotContainPattern("(?:19|20)\\d{2}");
            }
        }
    }

    @Test
    void aRomanNumeralWithoutABirthCueStays() {
        for (String text : List.of("Kapitel IV 2019 opdateret", "Ansat 1.IX.2015 som konsulent", "Henry VIII 1509 til 1547")) {
            assertThat(redact(BODY + text)).as(text).doesNotContain("[FØDSELSDATO]");
        }
    }

    @Test
    void aBirthYearAfterThePlaceOfBirthIsRedactedWithThePlace() {
        for (String[] c : List.of(new String[] {"I was born in Busan in 1994 and moved here.", "Busan"},
            new String[] {"Jeg er født i Aleppo i 1989.", "Aleppo"}, new String[] {"født på Færøerne i 1979", "Færøerne"},
            new String[] {"Born in Addis Ababa, Ethiopia, in 1990", "Ababa"}, new String[] {"født i Nuuk, i 1985", "Nuuk"})) {
            assertThat(redact(BODY + c[0])).as(c[0]).contains("[FØDSELSDATO]").doesNotContain(c[1])
                .doesNotContainPattern("(?:19|20)\\d{2}");
        }
    }

    @Test
    void aPlaceAndYearWithoutABirthCueStay() {
        assertThat(redact(BODY + "Jeg flyttede til Aarhus i 2019.")).doesNotContain("[FØDSELSDATO]").contains("2019");
        assertThat(redact(BODY + "The company was founded in Busan in 1994.")).doesNotContain("[FØDSELSDATO]").contains("1994");
    }
}
