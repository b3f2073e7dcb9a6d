package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDocumentRedactorTest {

    private final TextDocumentRedactor redactor = new TextDocumentRedactor(new Detector());
    private final KnownPersonalData known = new KnownPersonalData("Jonas Ølholm", "jonas@example.dk", "+45 23 45 67 89",
        null, null, null, LocalDate.of(1979, 11, 5), null);

    @Test
    void aCleanPdfKeepsTheSubstanceAndNoneOfThePersonalData() {
        String cv = "Jonas Ølholm\nTlf. 23456789 · jonas@example.dk\nFødt 5. november 1979\n\n"
            + "Projektleder med 12 års erfaring i offentlig digitalisering. Sprog: engelsk og tysk.\n";
        var result = redactor.redact(cv, "da", known);
        assertThat(result.released()).isTrue();
        String text = TextDocumentRedactor.extract(result.pdf());
        assertThat(text).contains("Projektleder med 12 års erfaring", "Sprog: engelsk og tysk", "[NAVN]", "[E-MAIL]");
        assertThat(text).doesNotContainIgnoringCase("Ølholm").doesNotContain("23456789").doesNotContain("jonas@")
            .doesNotContain("1979");
    }

    @Test
    void whenVerificationFindsALeftoverTheDocumentIsWithheldNotReleased() {
        // An unusual spelling of the birth date escapes the detectors, but not the independent verification.
        String letter = "Ansøgning\nHusk: 05/11-1979 (min fødselsdag) er jeg på ferie.\n";
        assertThat(Detector.redact(letter, new Detector().detect(letter, "da", known))).contains("05/11-1979");
        var result = redactor.redact(letter, "da", known);
        assertThat(result.released()).isFalse();
        assertThat(result.pdf()).isNull();
        assertThat(result.leftovers()).isNotEmpty();
    }
}
