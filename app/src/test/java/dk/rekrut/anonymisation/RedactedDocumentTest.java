package dk.rekrut.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.anonymisation.RedactedDocument.Why;
import dk.rekrut.redaction.SpanType;
import dk.rekrut.redaction.WithheldReason;
import dk.rekrut.redaction.WithheldReason.Part;
import dk.rekrut.redaction.WithheldReason.Place;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review page explains a withheld document from the engine's typed reasons, each part by its own message key. */
class RedactedDocumentTest {

    private static RedactedDocument withheld(String reason) {
        return new RedactedDocument(UUID.randomUUID(), UUID.randomUUID(), 1, "CV", RedactionState.WITHHELD, reason);
    }

    @Test
    void eachReasonBecomesTheKeysOfItsKindPlaceAndLine() {
        assertThat(withheld("PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14; PERSONAL_DATA_LEFT PHONE @ output page 1; "
                + "PERSONAL_DATA_LEFT NAME @ header and footer line 3; PERSONAL_DATA_LEFT CPR @ charts/chart; OUTPUT_STRUCTURE")
            .why()).containsExactly(
                new Why(null, "redaction.withheld.kind.known.EMAIL", "redaction.place.page", 2, 14),
                new Why(null, "redaction.withheld.kind.PHONE", "redaction.place.output-page", 1, 0),
                new Why(null, "redaction.withheld.kind.NAME", "redaction.place.header-and-footer", null, 3),
                new Why(null, "redaction.withheld.kind.CPR", "redaction.place.other", null, 0),
                new Why("redaction.withheld.cause.OUTPUT_STRUCTURE", null, null, null, 0));
    }

    @Test
    void everyKindOfPartHasADanishAndAnEnglishText() throws IOException {
        for (String bundle : List.of("/messages_da.properties", "/messages_en.properties")) {
            var texts = new Properties();
            try (var in = getClass().getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Part part : Part.values()) {
                var why = RedactedDocument.why(new WithheldReason(WithheldReason.Cause.PERSONAL_DATA_LEFT, SpanType.EMAIL,
                    false, new Place(part, 1, "whatever the label says"), 0));
                assertThat(texts.getProperty(why.place())).as(bundle + " " + part).isNotBlank();
            }
        }
    }
}
