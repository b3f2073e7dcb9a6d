package dk.rekrut.redaction;

import dk.rekrut.redaction.detect.Detector;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressAndPropagationTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", KnownPersonalData.NONE));
    }

    @Test
    void streetsWithDanishSuffixesAndValidPostalCodesAreAddresses() {
        assertThat(redact("Adresse: Vestergade 14, 1. th., 8000 Aarhus C")).isEqualTo("Adresse: [ADRESSE]");
        assertThat(redact("Jens\nGammel Kongevej 101 B\n1850 Frederiksberg C\n")).contains("[ADRESSE]").doesNotContain("Kongevej")
            .doesNotContain("1850");
        assertThat(redact("Bor på H.C. Andersens Boulevard 27")).isEqualTo("Bor på [ADRESSE]");
        assertThat(redact("Jeg bor i 5000 Odense C")).isEqualTo("Jeg bor i [ADRESSE]");
    }

    @Test
    void numbersThatOnlyLookLikeAddressesStay() {
        // 2200 is a postal code, but "medarbejdere" is not its town; 9999 is no postal code; a street name in running
        // text without a number or a postal code is a place of work, not an address.
        assertThat(redact("Kommunen har 2200 medarbejdere og 9999 Testby er ikke en by.")).doesNotContain("[ADRESSE]");
        assertThat(redact("Projektet om Nørrebrogade gav 3 nye cykelstier.")).doesNotContain("[ADRESSE]");
        assertThat(redact("Vi holdt møde 3 gange om vejen.")).doesNotContain("[ADRESSE]");
    }

    @Test
    void aNameFoundOnceIsRedactedWhereverElseItStands() {
        String text = "Referencer:\nLars Pedersen, afdelingschef\n\nJeg har arbejdet tæt sammen med Pedersen og Lars om budgetter.";
        assertThat(redact(text)).doesNotContain("Pedersen").doesNotContain("Lars").contains("afdelingschef", "budgetter");
    }

    @Test
    void propagationRespectsCaseSoAnOrdinaryWordThatIsAlsoTheNameStays() {
        String text = "Med venlig hilsen\nSten Storm\n\nPS: Stormen i 2019 lærte mig meget, og sten er et godt materiale.";
        String r = redact(text);
        assertThat(r).doesNotContain("Sten Storm").contains("Stormen i 2019", "sten er et godt materiale");
    }

    @Test
    void titlesAndMotherTongueMarkGenderAndOrigin() {
        assertThat(redact("Att.: Hr. Jensen")).doesNotContain("Jensen").doesNotContain("Hr.");
        assertThat(redact("Jeg er HR-partner og MR-scanner-ekspert.")).isEqualTo("Jeg er HR-partner og MR-scanner-ekspert.");
        // A native level reveals origin: the level becomes [FLYDENDE], the language (a qualification) stays.
        assertThat(redact("Sprog: dansk (modersmål), engelsk og tysk")).isEqualTo("Sprog: dansk ([FLYDENDE]), engelsk og tysk");
        assertThat(redact("Languages: Urdu (native), English (fluent)")).isEqualTo("Languages: Urdu ([FLYDENDE]), English (fluent)");
    }

    @Test
    void aPluggedInSourceAddsSpansThatAreMergedAndPropagated() {
        SpanSource model = (text, lang) -> {
            int at = text.indexOf("Xiomara");
            return at < 0 ? java.util.List.of()
                : java.util.List.of(new Span(at, at + 7, SpanType.NAME, "Xiomara", 0.9, "model: PER"));
        };
        var detector = new Detector(java.util.List.of(model));
        String text = "Xiomara skrev koden. Senere skrev Xiomara testene.";
        assertThat(Detector.redact(text, detector.detect(text, "da", null))).isEqualTo("[NAVN] skrev koden. Senere skrev [NAVN] testene.");
    }
}
