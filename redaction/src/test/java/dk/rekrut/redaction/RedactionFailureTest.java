package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A FAILED result says why as a typed kind; its code reads back to the same failure, and nothing else reads as one. */
class RedactionFailureTest {

    private static final RedactionEngine ENGINE = TestEngine.get();

    @Test
    void eachFailureOfTheEngineHasItsKind() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        assertThat(ENGINE.redact(jpeg, "image/jpeg", KnownPersonalData.NONE).failure().kind())
            .isEqualTo(RedactionFailure.Kind.UNSUPPORTED);
        assertThat(ENGINE.redact(new byte[0], "text/plain", KnownPersonalData.NONE).failure().kind())
            .isEqualTo(RedactionFailure.Kind.EMPTY);
        assertThat(ENGINE.redact(new byte[Limits.MAX_INPUT_BYTES + 1], "text/plain", KnownPersonalData.NONE).failure().kind())
            .isEqualTo(RedactionFailure.Kind.TOO_LARGE);
        var clean = ENGINE.redact("Ingen personoplysninger her.".getBytes(), "text/plain", KnownPersonalData.NONE);
        assertThat(clean.failure()).isNull();
        assertThat(clean.error()).isNull();
    }

    @Test
    void theCodeReadsBackAndOtherTextDoesNot() {
        for (var kind : RedactionFailure.Kind.values()) {
            var f = new RedactionFailure(kind, "why: in English");
            assertThat(RedactionFailure.parse(f.code())).isEqualTo(f);
        }
        assertThat(RedactionFailure.parse("the original document is gone")).isNull();
        assertThat(RedactionFailure.parse("LOST: somewhere")).isNull();
        assertThat(RedactionFailure.parse(null)).isNull();
    }
}
