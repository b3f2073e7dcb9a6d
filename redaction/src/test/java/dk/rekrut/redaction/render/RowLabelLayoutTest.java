package dk.rekrut.redaction.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Pdfs;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;
import dk.rekrut.redaction.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table of personal details at the top of a CV ("Father's Name …"): the row label is found inside the span of the
 * name beside it. It is no part of the name: it is not redacted elsewhere ("Name" as the first row's label stays), and
 * the layout proof does not look for it, so the PDF keeps its layout.
 */
class RowLabelLayoutTest {

    @Test
    void aRowLabelInsideANameSpanStaysAndThePdfKeepsItsLayout() throws Exception {
        var known = new KnownPersonalData("Kaveri Subramaniam", "kaveri.s@example.in", "+91 94441 23456", null, null,
            "Madurai", null, null);
        byte[] pdf = Pdfs.written(List.of(List.of("Name KAVERI S.", "Father's Name Subramaniam Rajendran",
            "Phone +91 94441 23456", "Profile", "Quality engineer with eight years in automotive supply chains.")));

        RedactionResult r = TestEngine.get().redact(pdf, "application/pdf", known);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.report().layoutKept()).as(r.report().textRenditionReason()).isTrue();
        String text = Pdfs.text(r.pdf());
        assertThat(text).doesNotContain("KAVERI", "Subramaniam", "Rajendran", "94441").contains("Quality engineer");
        assertThat(text.strip()).startsWith("Name ");
    }
}
