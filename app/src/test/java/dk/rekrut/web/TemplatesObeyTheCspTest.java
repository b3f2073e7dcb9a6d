package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows styles and scripts only from Rekrut's own files ({@code style-src 'self'},
 * {@code script-src 'self'}), so a browser silently drops inline styles, inline scripts and event-handler
 * attributes: the interview notes lost their line breaks that way. No template may carry one (JSON-LD is data, not a
 * script, and is not blocked).
 */
class TemplatesObeyTheCspTest {

    private static final Pattern BLOCKED = Pattern.compile(
        "\\s(?:th:)?style\\s*=|\\son[a-z]+\\s*=|<script(?![^>]*\\b(?:src=|type=\"application/ld\\+json\"))[^>]*>\\s*\\S", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineStylesScriptsOrEventHandlers() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            found = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    var m = BLOCKED.matcher(Files.readString(p));
                    return m.results().map(r -> p + ": " + r.group().strip()).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
    }
}
