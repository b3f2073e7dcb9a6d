package dk.rekrut.redaction.verify;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private static final KnownPersonalData ALI = new KnownPersonalData("Ali Khan", "ali.khan@example.com", "+45 40 50 60 70", "Egevej 4",
        "8000", "Aarhus C", LocalDate.of(1990, 7, 14), "1407901234");

    @Test
    void cleanTextPassesEvenWhenNamePartsOccurInsideOrdinaryWords() {
        // "Ali" is inside "kvalitet" and "Khan" inside "Khanates": whole words only, or every Ali would be withheld.
        String text = "Kvalitetssikring og analyse. Historie: The Khanates of Central Asia. [NAVN] bor i [ADRESSE].";
        assertThat(Verifier.searchText(text, ALI, List.of())).isEmpty();
    }

    @Test
    void leftoversAreFoundHoweverTheyAreSpacedOrCased() {
        assertThat(Verifier.searchText("Skriv til ALI.KHAN@EXAMPLE.COM", ALI, List.of())).isNotEmpty();
        assertThat(Verifier.searchText("ring 40-50-60-70", ALI, List.of())).isNotEmpty();
        assertThat(Verifier.searchText("dato 14/07 1990", ALI, List.of())).isNotEmpty();
        assertThat(Verifier.searchText("cpr 140790 1234", ALI, List.of())).isNotEmpty();
        assertThat(Verifier.searchText("Egevej  4", ALI, List.of())).isNotEmpty();
        assertThat(Verifier.searchText("Mvh\nALI", ALI, List.of())).isNotEmpty();
    }

    @Test
    void spansFoundInTheOriginalMustNotReappear() {
        var span = new Span(0, 13, SpanType.NAME, "Lars Pedersen", 0.9, "gazetteer");
        assertThat(Verifier.searchText("Tak til Lars Pedersen", KnownPersonalData.NONE, List.of(span))).hasSize(1);
        assertThat(Verifier.searchText("Tak til [NAVN]", KnownPersonalData.NONE, List.of(span))).isEmpty();
        var url = new Span(0, 20, SpanType.URL, "github.com/larsped", 0.95, "pattern");
        assertThat(Verifier.searchText("se GitHub.com / larsped", KnownPersonalData.NONE, List.of(url))).isNotEmpty();
        // Signals (gender words) are not identifying values: the same word elsewhere is judged by the detectors, not here.
        var gender = new Span(0, 3, SpanType.GENDER, "Hun", 0.7, "signal");
        assertThat(Verifier.searchText("Hun", KnownPersonalData.NONE, List.of(gender))).isEmpty();
    }

    @Test
    void anUnreadableOutputIsNeverClean() {
        assertThat(Verifier.verify(new byte[] {1, 2, 3}, ALI, List.of()).clean()).isFalse();
        assertThat(Verifier.verify(null, ALI, List.of()).clean()).isFalse();
    }
}
