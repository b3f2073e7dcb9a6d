package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/operations.md lists every typed setting with its default, as the configuration metadata says. */
class OperationsDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(rekrut\\.[a-z0-9.-]+)` \\| (?:`([^`]*)`|\\(empty\\)) \\|",
        Pattern.MULTILINE);

    @Test
    void everyTypedSettingIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> metadata = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            for (JsonNode p : JsonMapper.builder().build().readTree(in).get("properties")) {
                String name = p.get("name").asString();
                if (name.startsWith("rekrut.")) {
                    JsonNode value = p.get("defaultValue");
                    metadata.put(name, value == null || value.isNull() ? "" : value.asString());
                }
            }
        }
        assertThat(metadata).isNotEmpty();

        String doc = Files.readString(Path.of("..", "docs", "operations.md"));
        int start = doc.indexOf("### Every typed setting");
        int end = doc.indexOf("\n## ", start);
        String table = doc.substring(start, end < 0 ? doc.length() : end);
        Map<String, String> documented = new TreeMap<>();
        var m = ROW.matcher(table);
        while (m.find()) {
            documented.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        assertThat(documented).isEqualTo(metadata);
    }
}
