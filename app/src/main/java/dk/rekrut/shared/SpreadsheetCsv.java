package dk.rekrut.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV files Rekrut hands out (statistics, the audit log, a trial's analysis) are opened in a spreadsheet: cells
 * separated by ';' (the Danish list separator), lines ended by CR LF, UTF-8 with a byte-order mark so Excel reads the
 * Danish letters right, and every cell defused, as a name or a detail can be typed by anyone.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /**
     * Quotes where needed, and defuses text a spreadsheet would run as a formula: a cell starting with = + - @, a tab
     * or a carriage return gets a leading apostrophe.
     */
    public static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** One line of cells, each through {@link #cell}, with its CR LF. */
    public static String line(List<String> cells) {
        return String.join(";", cells.stream().map(SpreadsheetCsv::cell).toList()) + "\r\n";
    }

    /** The lines as a download named {@code fileName}, with the byte-order mark in front. */
    public static ResponseEntity<byte[]> download(String fileName, CharSequence lines) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8));
    }
}
