package dk.rekrut.matching.esco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the shipped reference tables: UTF-8, tab-separated, one header row, no quoting, multi-valued cells joined
 * with {@code " | "}. The files ship gzipped inside the jar.
 */
public final class Tsv {

    private static final String DATA = "/dk/rekrut/matching/data/";

    private Tsv() {
    }

    /** One row, its cells read by column name; a missing or empty cell reads as "". */
    public record Row(Map<String, Integer> columns, String[] cells) {

        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < cells.length ? cells[i].strip() : "";
        }

        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Reads a shipped table by its name without suffix, e.g. {@code "esco_occupations"}. */
    public static void readShipped(String name, Consumer<Row> rows) {
        String path = DATA + name + ".tsv.gz";
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its reference data " + path);
            }
            read(new GZIPInputStream(in), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static void read(InputStream in, Consumer<Row> rows) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return;
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].strip(), i);
        }
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                rows.accept(new Row(columns, line.split("\t", -1)));
            }
        }
    }

    static List<String> distinct(List<String> a) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(a));
    }
}
