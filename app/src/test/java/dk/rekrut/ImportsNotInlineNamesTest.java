package dk.rekrut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code in app/src/main names JDK, Spring and Rekrut types through imports, never inline ({@code java.util.List} in a
 * body): the import list then tells the truth about what a class depends on, e.g. one module's use of another.
 * Comments, strings and the import and package lines themselves may name a type in full (blanked as SourceSizeTest
 * blanks them).
 */
class ImportsNotInlineNamesTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/rekrut");
    static final Pattern INLINE = Pattern.compile(
        "(?<![\\w.])(?:java|javax|dk\\.rekrut|org\\.springframework)(?:\\.[a-z_][\\w]*)*\\.[A-Z]\\w*");
    private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("^\\s*(?:import|package)\\s[^;]*;", Pattern.MULTILINE);

    @Test
    void codeImportsTheTypesItNames() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                inlineNames(Files.readString(f)).forEach(n -> found.add(SOURCES.relativize(f) + ": " + n));
            }
        }
        assertThat(found).as("inline fully qualified names (use an import)").isEmpty();
    }

    @Test
    void theScanSeesCodeButNotCommentsStringsOrImports() {
        String source = """
            package dk.rekrut.x;

            import java.util.List;
            import static java.util.Objects.requireNonNull;

            /** Returns a {@link java.util.Map}. */
            @org.springframework.modulith.ApplicationModule(displayName = "X")
            class A {
                // java.time.Duration in a comment
                String s = "java.util.Locale.ROOT and \\" java.util.Set";
                String t = \"""
                    dk.rekrut.shared.Tokens
                    \""";
                char c = '"';
                long m = java.time.Duration.ofMinutes(1).toMinutes();
                Object o = new dk.rekrut.shared.Tokens();
            }
            """;
        assertThat(inlineNames(source)).containsExactly(
            "org.springframework.modulith.ApplicationModule", "java.time.Duration", "dk.rekrut.shared.Tokens");
    }

    static List<String> inlineNames(String source) {
        String code = IMPORT_OR_PACKAGE.matcher(SourceSizeTest.blankLiteralsAndComments(source)).replaceAll("");
        return INLINE.matcher(code).results().map(r -> r.group()).toList();
    }
}
