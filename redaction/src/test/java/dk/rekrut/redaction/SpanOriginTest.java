package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a span came from is typed ({@link Span.Origin}), not read from its reason: the applicant's known values and
 * what is propagated from them are KNOWN, a further source's spans carry the origin it gives, detectors' spans are
 * DETECTED; a span merged from a known and a detected one stays known; and an engine with a further source shares the
 * base engine's detectors and finds both.
 */
class SpanOriginTest {

    private static final RedactionEngine ENGINE = TestEngine.get();
    private static final KnownPersonalData KNOWN = new KnownPersonalData("Jonas Ølholm", "jonas.olholm@example.dk",
        "+45 23 45 67 89", null, null, null, LocalDate.of(1979, 11, 5), null);
    private static final String TEXT = """
        Jonas Ølholm
        jonas.olholm@example.dk, +45 23 45 67 89

        Referencer: Karen Blixen, tidligere leder. J. Ølholm har arbejdet med projektet Nordlys.
        """;

    @Test
    void knownValuesAndWhatIsPropagatedFromThemAreKnownAndOtherFindingsDetected() {
        var spans = ENGINE.detect(TEXT, "da", KNOWN);
        assertThat(spans).filteredOn(s -> s.text().contains("Jonas Ølholm") || s.text().contains("olholm@"))
            .isNotEmpty().allSatisfy(s -> assertThat(s.origin()).isEqualTo(Span.Origin.KNOWN));
        assertThat(spans).filteredOn(s -> s.text().contains("Ølholm") && s.text().startsWith("J."))
            .allSatisfy(s -> assertThat(s.origin()).isEqualTo(Span.Origin.KNOWN));
        assertThat(spans).filteredOn(s -> s.text().contains("Karen Blixen"))
            .isNotEmpty().allSatisfy(s -> assertThat(s.origin()).isEqualTo(Span.Origin.DETECTED));
    }

    @Test
    void anEngineWithAFurtherSourceFindsItsSpansWithTheirOriginAndKeepsFindingTheRest() {
        SpanSource reviewer = (text, language) -> {
            int at = text.indexOf("Nordlys");
            return at < 0 ? List.of()
                : List.of(new Span(at, at + 7, SpanType.ID_NUMBER, null, 1.0, "added by a reviewer", Span.Origin.ADDED));
        };
        assertThat(ENGINE.detect(TEXT, "da", KNOWN)).noneMatch(s -> s.text().contains("Nordlys"));
        var withReviewer = ENGINE.with(reviewer);
        var spans = withReviewer.detect(TEXT, "da", KNOWN);
        assertThat(spans).filteredOn(s -> s.text().contains("Nordlys")).singleElement()
            .satisfies(s -> assertThat(s.origin()).isEqualTo(Span.Origin.ADDED));
        assertThat(spans).anyMatch(s -> s.text().contains("Jonas Ølholm") && s.origin() == Span.Origin.KNOWN);
        // A given value cannot be left alone by keeping it, whatever its origin.
        assertThat(withReviewer.keeping(List.of("Nordlys", "Jonas Ølholm")).detect(TEXT, "da", KNOWN))
            .anyMatch(s -> s.text().contains("Nordlys")).anyMatch(s -> s.text().contains("Jonas Ølholm"));
    }

    @Test
    void aMergedSpanKeepsTheStrongerOrigin() {
        assertThat(Span.Origin.KNOWN.with(Span.Origin.DETECTED)).isEqualTo(Span.Origin.KNOWN);
        assertThat(Span.Origin.DETECTED.with(Span.Origin.ADDED)).isEqualTo(Span.Origin.ADDED);
        assertThat(Span.Origin.DETECTED.with(Span.Origin.DETECTED)).isEqualTo(Span.Origin.DETECTED);
    }
}
