package dk.rekrut.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Looks for strings everywhere an applicant's data could be: every text column of every table in the database
 * (found from the database's own catalogue, so a table added later is searched too), and every file in the file
 * store, read as raw bytes, as the entries of a ZIP container (DOCX, ODT) and as the text of a PDF.
 */
final class PersonalDataSearch {

    /** Where the test profile's file store keeps files (rekrut.storage.path in application-test.properties). */
    static final Path STORE = Path.of("target", "test-files");

    private PersonalDataSearch() {
    }

    /** "table.column" for every text column holding any of the needles (case-insensitive). */
    static List<String> inDatabase(DataSource dataSource, List<String> needles) throws Exception {
        var hits = new ArrayList<String>();
        try (Connection con = dataSource.getConnection()) {
            var meta = con.getMetaData();
            var columns = new ArrayList<String[]>();
            try (var rs = meta.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("public")) {
                        continue;
                    }
                    int type = rs.getInt("DATA_TYPE");
                    String typeName = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                        || type == Types.CLOB || type == Types.NVARCHAR || type == Types.NCHAR
                        || typeName.contains("char") || typeName.equals("text");
                    if (text) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            if (columns.size() < 50) {
                throw new IllegalStateException("the catalogue listed too few text columns: " + columns.size());
            }
            for (String[] c : columns) {
                String sql = "SELECT COUNT(*) FROM " + quote(c[0]) + " WHERE LOWER(CAST(" + quote(c[1])
                    + " AS VARCHAR(1000000))) LIKE ?";
                for (String needle : needles) {
                    try (var ps = con.prepareStatement(sql)) {
                        ps.setString(1, "%" + needle.toLowerCase(Locale.ROOT) + "%");
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                hits.add(c[0] + "." + c[1] + " holds '" + needle + "'");
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Files in the store whose bytes, ZIP entries or PDF text hold any of the needles. */
    static List<String> inFileStore(List<String> needles) throws IOException {
        var hits = new ArrayList<String>();
        if (!Files.isDirectory(STORE)) {
            return hits;
        }
        try (var files = Files.walk(STORE)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(p);
                } catch (IOException e) {
                    continue; // removed meanwhile by a concurrent test
                }
                String text = readable(bytes).toLowerCase(Locale.ROOT);
                for (String needle : needles) {
                    if (text.contains(needle.toLowerCase(Locale.ROOT))) {
                        hits.add(p + " holds '" + needle + "'");
                    }
                }
            }
        }
        return hits;
    }

    /** The raw bytes as text, plus the text of ZIP entries and of a PDF. */
    static String readable(byte[] bytes) {
        var out = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    out.append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // not a readable ZIP: the raw bytes were searched
            }
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (var doc = Loader.loadPDF(bytes)) {
                out.append('\n').append(new PDFTextStripper().getText(doc));
            } catch (IOException e) {
                // encrypted or broken: the raw bytes were searched
            }
        }
        return out.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
