package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.WithheldReason.Part;
import dk.rekrut.redaction.WithheldReason.Place;
import org.junit.jupiter.api.Test;

/** The place of a withheld value is typed, so a page explains it in its own words; the stored code stays as it was. */
class WithheldReasonTest {

    @Test
    void theExtractorsLabelsBecomeKindsOfPart() {
        assertThat(Place.of("page 2")).isEqualTo(new Place(Part.PAGE, 2, "page 2"));
        assertThat(Place.of("output page 3")).isEqualTo(new Place(Part.OUTPUT_PAGE, 3, "output page 3"));
        assertThat(Place.of("header and footer").part()).isEqualTo(Part.HEADER_AND_FOOTER);
        assertThat(Place.of("form fields").part()).isEqualTo(Part.FORM_FIELDS);
        assertThat(Place.of("comments").part()).isEqualTo(Part.COMMENTS);
        assertThat(Place.of("charts/chart").part()).isEqualTo(Part.OTHER);
        assertThat(Place.outputPage(4)).isEqualTo(Place.of("output page 4"));
    }

    @Test
    void theCodeReadsBackToTheSameTypedReason() {
        var left = WithheldReason.left(SpanType.EMAIL, true, "page 2", 14);
        assertThat(left.code()).isEqualTo("PERSONAL_DATA_LEFT EMAIL known @ page 2 line 14");
        assertThat(WithheldReason.parse(left.code())).isEqualTo(left);
        assertThat(WithheldReason.parse(left.code()).place()).isEqualTo(new Place(Part.PAGE, 2, "page 2"));
        var traced = WithheldReason.left(SpanType.PHONE, false, Place.outputPage(1), 0);
        assertThat(traced.code()).isEqualTo("PERSONAL_DATA_LEFT PHONE @ output page 1");
        assertThat(WithheldReason.parse(traced.code()).place().part()).isEqualTo(Part.OUTPUT_PAGE);
        assertThat(WithheldReason.parse("OUTPUT_STRUCTURE").place()).isNull();
    }
}
