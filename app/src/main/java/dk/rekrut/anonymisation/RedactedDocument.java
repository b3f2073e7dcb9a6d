package dk.rekrut.anonymisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import dk.rekrut.redaction.RedactionFailure;
import dk.rekrut.redaction.WithheldReason;

/**
 * One redacted thing of a candidate: {@code number} 0 is the screening answers, 1, 2, ... the uploaded documents in
 * upload order. {@code kind} is the applicant's declared kind (APPLICATION, CV, DIPLOMA, OTHER) or ANSWERS.
 * {@code reason} explains WITHHELD, FAILED and NEEDS_REVIEW without quoting personal data. No file names. A withheld
 * document's reason is the engine's reason codes ({@link WithheldReason#code()}), which {@link #withheldReasons()}
 * reads back for the review page to say in plain words.
 */
public record RedactedDocument(UUID id, UUID applicationId, int number, String kind, RedactionState state, String reason) {

    public static final String ANSWERS = "ANSWERS";

    public boolean isAnswers() {
        return number == 0;
    }

    /** Why a WITHHELD document was withheld, as the engine said it; empty for older rows with a free-text reason. */
    public List<WithheldReason> withheldReasons() {
        if (state != RedactionState.WITHHELD || reason == null) {
            return List.of();
        }
        return Arrays.stream(reason.split("; ")).map(WithheldReason::parse).filter(Objects::nonNull).toList();
    }

    /**
     * The reasons as message keys for the review page: {@code cause} alone for a rendition at fault; otherwise the kind
     * of data ({@code kind}), the part of the document ({@code place}, with {@code placeNumber} for a page) and the line.
     */
    public record Why(String cause, String kind, String place, Integer placeNumber, int line) {
    }

    public List<Why> why() {
        return withheldReasons().stream().map(RedactedDocument::why).toList();
    }

    static Why why(WithheldReason r) {
        if (r.cause() != WithheldReason.Cause.PERSONAL_DATA_LEFT) {
            return new Why("redaction.withheld.cause." + r.cause(), null, null, null, 0);
        }
        String kind = "redaction.withheld.kind." + (r.known() ? "known." : "") + r.type();
        var place = r.place();
        if (place == null) {
            return new Why(null, kind, "redaction.place.other", null, r.line());
        }
        return switch (place.part()) {
            case PAGE -> new Why(null, kind, "redaction.place.page", place.page(), r.line());
            case OUTPUT_PAGE -> new Why(null, kind, "redaction.place.output-page", place.page(), r.line());
            default -> new Why(null, kind, "redaction.place." + place.part().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                null, r.line());
        };
    }

    /**
     * Why a FAILED document could not be read, as a message key for the review page: the kind of the engine's
     * {@link RedactionFailure}, stored as its code (whose message is English and for the log, not for HR) and read
     * back by the engine; a reason of the worker's own ("the original document is gone") is OTHER.
     */
    public String failure() {
        var failure = RedactionFailure.parse(reason);
        return "redaction.failed." + (failure == null ? "OTHER" : switch (failure.kind()) {
            case UNSUPPORTED, ENCRYPTED, CORRUPT, TOO_LARGE -> failure.kind().name();
            case EMPTY, RENDITION -> "OTHER";
        });
    }

    /** The reasons as stored: codes joined by "; " (no personal data in them). */
    static String reasonCodes(List<WithheldReason> reasons) {
        return String.join("; ", reasons.stream().map(WithheldReason::code).toList());
    }
}
