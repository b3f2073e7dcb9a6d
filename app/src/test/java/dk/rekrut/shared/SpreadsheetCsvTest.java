package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class SpreadsheetCsvTest {

    @Test
    void aCellThatWouldRunAsAFormulaIsDefusedAndSeparatorsAreQuoted() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SpreadsheetCsv.cell("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetCsv.cell("@sum")).isEqualTo("'@sum");
        assertThat(SpreadsheetCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(SpreadsheetCsv.cell("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
        assertThat(SpreadsheetCsv.cell("Århus")).isEqualTo("Århus");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
    }

    @Test
    void aDownloadIsAnAttachmentInUtf8WithAByteOrderMark() {
        var response = SpreadsheetCsv.download("tal.csv", SpreadsheetCsv.line(List.of("Søgende", "+1")));
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"tal.csv\"");
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        byte[] body = response.getBody();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFFSøgende;'+1\r\n");
    }
}
