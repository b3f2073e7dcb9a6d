package dk.rekrut.matching.esco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the official ESCO CSV download: comma-separated, UTF-8 (a byte-order mark is skipped), a header row, fields
 * in double quotes where they hold commas, quotes ({@code ""}) or line breaks (ESCO's alternative labels are one per
 * line inside a quoted field).
 */
final class Csv {

    private Csv() {
    }

    /** One record, its fields read by column name. */
    record Row(String file, Map<String, Integer> columns, List<String> fields) {

        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException(file + " has no column '" + column + "'");
            }
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        /** A column the file may lack: "" then. */
        String optional(String column) {
            return columns.containsKey(column) ? get(column) : "";
        }

        /** A field holding one value a line (ESCO's altLabels, hiddenLabels). */
        List<String> lines(String column) {
            return Arrays.stream(get(column).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Reads {@code dir/name}; the columns must all be in its header, else the error names the file and the column. */
    static void read(Path dir, String name, List<String> required, Consumer<Row> rows) {
        Path file = dir.resolve(name);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(in);
            if (header == null) {
                throw new IllegalArgumentException(name + " in " + dir + " is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).replace("\uFEFF", "").strip(), i);
            }
            for (String c : required) {
                if (!columns.containsKey(c)) {
                    throw new IllegalArgumentException(name + " in " + dir + " has no column '" + c + "'");
                }
            }
            List<String> record;
            while ((record = next(in)) != null) {
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.accept(new Row(name, columns, record));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the ESCO folder " + dir + " lacks " + name);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The next record, or null at the end. A quoted field may span lines. */
    static List<String> next(Reader in) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = in.read();
        }
        fields.add(field.toString());
        return fields;
    }
}
