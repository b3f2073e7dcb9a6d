package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A reviewer's confirmed false positives are left alone; the applicant's own values never are. */
class KeepingTest {

    private static final RedactionEngine ENGINE = new RedactionEngine();
    private static final KnownPersonalData METTE = new KnownPersonalData("Mette Hansen", "mette.hansen@example.dk",
        null, null, null, null, null, null);
    private static final String TEXT = "Jeg har læst alt af Karen Blixen før mødet. Med venlig hilsen Mette Hansen";

    @Test
    void aConfirmedFalsePositiveIsKeptInDetectionAndInTheRendition() throws Exception {
        var falsePositive = ENGINE.detect(TEXT, "da", METTE).stream().filter(s -> !s.reason().contains("known:")).findFirst()
            .orElseThrow();
        assertThat(falsePositive.text()).contains("Karen Blixen");

        var keeping = ENGINE.keeping(List.of(falsePositive.text().toUpperCase()));
        assertThat(keeping.detect(TEXT, "da", METTE)).extracting(Span::text).containsExactly("Mette Hansen");

        var result = keeping.redact(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain", METTE);
        assertThat(result.status()).isEqualTo(RedactionStatus.CLEAN);
        try (var pdf = Loader.loadPDF(result.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Karen Blixen").doesNotContain("Mette")
                .contains("[NAVN]");
        }
    }

    @Test
    void aKnownValueCannotBeKept() {
        var keeping = ENGINE.keeping(List.of("Mette Hansen", "Mette"));
        assertThat(keeping.detect(TEXT, "da", METTE)).extracting(Span::text).contains("Mette Hansen");
        var result = keeping.redact(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain", METTE);
        assertThat(result.status()).isEqualTo(RedactionStatus.CLEAN);
    }
}
