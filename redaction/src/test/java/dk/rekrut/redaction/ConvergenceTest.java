package dk.rekrut.redaction;

import dk.rekrut.redaction.detect.Detector;
import dk.rekrut.redaction.render.PdfRendition;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: redaction converges on what the verifier would flag, instead of withholding the document. */
class ConvergenceTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Jonas Ølholm", "jonas.olholm@example.dk",
        "+45 23 45 67 89", null, null, null, LocalDate.of(1979, 11, 5), null);

    @Test
    void whatOnlyTheVerifierFindsIsRedactedAndTheDocumentReleasedClean() {
        // Both spellings escape every detector (checked first), but not the verifier's looser search: the birth date
        // as digits with separators, the e-mail with spaces around its punctuation and a sign no one reads as "@" (the
        // detectors read "a . b @ c . d" since the fourth red-team round, so this one is made up to stay unread).
        String letter = "Ansøgning\nHusk: 05-11-79 (min fødselsdag) er jeg på ferie.\n"
            + "Skriv gerne til jonas . olholm # example . dk om mødet.\n";
        String detectedOnly = Detector.redact(letter, new Detector().detect(letter, "da", KNOWN));
        assertThat(detectedOnly).contains("05-11-79").contains("jonas . olholm # example . dk");

        var r = ENGINE.redact(letter.getBytes(StandardCharsets.UTF_8), "text/plain", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.CLEAN);
        assertThat(r.withheld()).isEmpty();
        assertThat(r.verification().clean()).isTrue();
        assertThat(r.spans()).filteredOn(s -> s.reason().startsWith("verification"))
            .extracting(Span::type).contains(SpanType.BIRTH_DATE, SpanType.EMAIL);
        assertThat(r.report().removals()).anySatisfy(m -> assertThat(m.reason()).startsWith("verification"));
        String out = Pdfs.everything(r.pdf());
        assertThat(out).doesNotContain("05-11-79").doesNotContain("olholm").doesNotContainIgnoringCase("example . dk")
            .contains("(min fødselsdag) er jeg på ferie", "om mødet");
    }

    @Test
    void theLoopRedactsWholeWordsAndLeavesTheRestOfTheText() {
        var view = RedactionEngine.completed("Brug kode jonasolholm2 i systemet, ring 23 45 67 89",
            List.of(), KNOWN);
        assertThat(view).extracting(Span::text).containsExactlyInAnyOrder("jonasolholm2", "23 45 67 89");
        assertThat(view).allSatisfy(s -> assertThat(s.reason()).startsWith("verification"));
    }

    @Test
    void aKnownValueThatCannotBeRemovedWithholdsTheDocumentWithItsKindAndPlace() throws IOException {
        // A renderer that fails to remove e-mails (as a layout-keeping renderer could fail on a glyph it cannot map):
        // every round finds the e-mail in the output again, so after the last round the document is withheld.
        RedactionEngine.Renderer leaky = (extraction, spans, known) -> PdfRendition.render(RedactionEngine.sections(extraction,
            spans.stream().filter(s -> s.type() != SpanType.EMAIL).toList()));
        var engine = new RedactionEngine(new Detector(), leaky);

        var r = engine.redact(twoPages(), "application/pdf", KNOWN);

        assertThat(r.status()).isEqualTo(RedactionStatus.WITHHELD);
        assertThat(r.pdf()).isNull();
        assertThat(r.withheld()).contains(WithheldReason.left(SpanType.EMAIL, true, "page 2", 3));
        assertThat(r.withheld()).allSatisfy(w -> assertThat(w.code()).doesNotContain("jonas").doesNotContain("example"));
        assertThat(r.withheld().getFirst().code()).isEqualTo("PERSONAL_DATA_LEFT EMAIL known @ page 2 line 3");
        assertThat(WithheldReason.parse(r.withheld().getFirst().code())).isEqualTo(r.withheld().getFirst());
    }

    @Test
    void anOutputThatCannotBeReadIsWithheldAsUnverifiable() {
        var engine = new RedactionEngine(new Detector(), (extraction, spans, known) -> new PdfRendition.Rendered(new byte[] {1, 2}, 0));
        var r = engine.redact("Projektleder.".getBytes(StandardCharsets.UTF_8), "text/plain", KNOWN);
        assertThat(r.status()).isEqualTo(RedactionStatus.WITHHELD);
        assertThat(r.withheld()).containsExactly(WithheldReason.of(WithheldReason.Cause.OUTPUT_UNREADABLE));
    }

    @Test
    void anOutputWithMoreThanTextIsARendererBugAndStillWithholds() {
        // A renderer that leaves document information in its output: no span can fix that, so no second round either.
        int[] rounds = {0};
        RedactionEngine.Renderer withInfo = (extraction, spans, known) -> {
            rounds[0]++;
            byte[] pdf = PdfRendition.render(RedactionEngine.sections(extraction, spans)).pdf();
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
                doc.getDocumentInformation().setTitle("CV");
                doc.save(out);
                return new PdfRendition.Rendered(out.toByteArray(), 0);
            }
        };
        var r = new RedactionEngine(new Detector(), withInfo).redact("Projektleder.".getBytes(StandardCharsets.UTF_8),
            "text/plain", KNOWN);
        assertThat(r.status()).isEqualTo(RedactionStatus.WITHHELD);
        assertThat(r.withheld()).containsExactly(WithheldReason.of(WithheldReason.Cause.OUTPUT_STRUCTURE));
        assertThat(rounds[0]).isEqualTo(1);
    }

    @Test
    void freeTextIsRedactedWithTheSameChecks() {
        var t = ENGINE.redactText("Min mail er jonas . olholm # example . dk, og jeg har sklerose.", null, KNOWN);
        assertThat(t.clean()).isTrue();
        assertThat(t.text()).doesNotContain("olholm").doesNotContain("sklerose").contains("[HELBRED]");
    }

    /** Page 1 is ordinary text; page 2 has the e-mail on its third line. */
    private static byte[] twoPages() throws IOException {
        return Pdfs.written(List.of(
            List.of("Curriculum vitae", "Projektleder i Region Hovedstaden siden 2019."),
            List.of("Kontakt", "Skriv gerne.", "Mail: jonas.olholm@example.dk", "Tak for nu.")));
    }
}
