package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bidirectional embedding, override and isolate controls go; every other letter and mark stays. */
class PlainTextTest {

    @Test
    void removesEveryEmbeddingOverrideAndIsolateControl() {
        StringBuilder all = new StringBuilder("a");
        for (char c = '\u202A'; c <= '\u202E'; c++) {
            all.append(c);
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            all.append(c);
        }
        assertThat(PlainText.plain(all.append("b").toString())).isEqualTo("ab");
        assertThat(PlainText.plain(" Anna \u202Enesnej\u202C ")).isEqualTo("Anna nesnej");
    }

    @Test
    void otherLettersAndMarksStay() {
        assertThat(PlainText.plain("  \u0645\u062D\u0645\u062F Øster\u200Cgaard \u200F ")).isEqualTo(
            "\u0645\u062D\u0645\u062F Øster\u200Cgaard \u200F");
        assertThat(PlainText.plain("\u2065\u2029x\u206A")).as("neighbours of the ranges").isEqualTo("\u2065\u2029x\u206A");
        assertThat(PlainText.plain(null)).isNull();
    }

    @Test
    void onlyControlsIsAsEmptyAsBlank() {
        assertThat(PlainText.plainOrNull("\u202E \u2067\u2069 ")).isNull();
        assertThat(PlainText.plainOrNull("   ")).isNull();
        assertThat(PlainText.plainOrNull(null)).isNull();
        assertThat(PlainText.plainOrNull("\u202Ex")).isEqualTo("x");
    }
}
