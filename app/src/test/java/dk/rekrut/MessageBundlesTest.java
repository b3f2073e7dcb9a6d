package dk.rekrut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Danish and English texts stay in sync, every key a template uses exists, and counts read as words. */
class MessageBundlesTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        var da = load("messages_da.properties");
        var en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(da.stringPropertyNames()));
        da.stringPropertyNames().forEach(k -> assertThat(da.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyLiteralKeyInTemplatesAndCodeExists() throws IOException {
        var keys = load("messages_da.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        var templateKey = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        var codeKey = Pattern.compile("\"((?:error|blocker|info)\\.[a-zA-Z0-9.\\-]+[a-zA-Z0-9])\"");
        // the column keys a list table hands to fragments/tables :: head, as a list of quoted keys
        var headKeys = Pattern.compile("tables :: head\\(\\$\\{ \\{([^}]*)} }\\)");
        var quoted = Pattern.compile("'([a-zA-Z0-9.\\-]+)'");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".html")
                || p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                var pattern = f.toString().endsWith(".html") ? templateKey : codeKey;
                pattern.matcher(text).results().map(m -> m.group(1)).forEach(used::add);
                headKeys.matcher(text).results().forEach(h -> quoted.matcher(h.group(1)).results()
                    .map(m -> m.group(1)).forEach(used::add));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !keys.contains(k)).toList()).as("keys used but not in messages").isEmpty();
    }

    /** New-user review: "sag(er)" and "måned(er)" read as a form, not a sentence; a count chooses its noun. */
    @Test
    void aCountChoosesItsNounInsteadOfAParenthesisedPlural() throws IOException {
        var parenthesisedPlural = Pattern.compile("\\p{L}\\((?:s|er|e|r)\\)");
        for (var bundle : new String[] {"messages_da.properties", "messages_en.properties"}) {
            var messages = load(bundle);
            var locale = Locale.forLanguageTag(bundle.substring(9, 11));
            for (var key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (!text.contains("{0")) {
                    continue;
                }
                assertThat(parenthesisedPlural.matcher(text).find()).as(bundle + " " + key + ": " + text).isFalse();
                if (text.contains("{0,choice,")) {
                    var format = new MessageFormat(text, locale);
                    assertThat(format.format(count(1))).as(key).contains("1 ").doesNotContain("{");
                    assertThat(format.format(count(0))).isNotEqualTo(format.format(count(1)));
                    assertThat(format.format(count(2)).replace('2', '1')).as(key).isNotEqualTo(format.format(count(1)));
                }
            }
        }
        var board = new MessageFormat(load("messages_da.properties").getProperty("board.reject.what"), Locale.forLanguageTag("da"));
        assertThat(board.format(new Object[] {1})).startsWith("1 kandidat får");
        assertThat(board.format(new Object[] {3})).startsWith("3 kandidater får");
    }

    /** A count first, then words for any further placeholders. */
    private static Object[] count(int n) {
        return new Object[] {n, "x", "x", "x", "x"};
    }

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
