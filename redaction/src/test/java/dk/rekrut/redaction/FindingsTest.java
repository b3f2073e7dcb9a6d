package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reviewer's view of the findings is what the redaction removed, without a rendition being written. */
class FindingsTest {

    private static final KnownPersonalData KNOWN = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "+45 12 34 56 78", null, null, null, null, null);

    @Test
    void theFindingsAreTheSpansTheRedactionRemoved() {
        byte[] doc = ("Ansøgning\n\nJeg hedder Mette Hansen og kan træffes på 12345678 eller mette.hansen@example.dk.\n"
            + "Med venlig hilsen\nMette Kirstine Hansen\n").getBytes(StandardCharsets.UTF_8);
        var engine = TestEngine.get();
        var redacted = engine.redact(doc, "text/plain", KNOWN);
        var found = engine.findings(doc, "text/plain", KNOWN).orElseThrow();
        assertThat(found.text()).isEqualTo(redacted.extractedText());
        assertThat(found.spans()).isEqualTo(redacted.spans()).isNotEmpty();
    }

    @Test
    void aDocumentThatCannotBeReadHasNoFindings() {
        assertThat(TestEngine.get().findings("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "application/pdf", KNOWN))
            .isEmpty();
        assertThat(TestEngine.get().findings(new byte[0], "text/plain", KNOWN)).isEmpty();
    }
}
