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
 * Statuses, states and roles carry their own rules ({@code a.status().isWithdrawn()}, {@code me.role().isHr()}): a
 * template that compares their {@code name()} with a string keeps a second copy of the rule that no compiler or
 * rename checks. Comparing with {@code T(...).CONSTANT} is checked the same way.
 */
class TemplatesAskStatusesTest {

    static final Pattern NAME_COMPARED = Pattern.compile(
        "(?:status|state|role)\\(\\)\\.name\\(\\)\\s*(?:==|!=|eq|ne)\\s*'"
            + "|'[A-Z_]+'\\s*(?:==|!=|eq|ne)\\s*[\\w.()]*(?:status|state|role)\\(\\)\\.name\\(\\)"
            + "|(?:status|state|role)\\(\\)\\s*(?:==|!=|eq|ne)\\s*T\\(");

    @Test
    void noTemplateComparesAStatusOrRoleByItsName() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            found = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return NAME_COMPARED.matcher(Files.readString(p)).results().map(r -> p + ": " + r.group()).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternCatchesTheShapesItForbids() {
        assertThat(NAME_COMPARED.matcher("th:if=\"${a.status().name() == 'HIRED'}\"").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${d.document().state().name() != 'FAILED'}").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${'HR' == me.role().name()}").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${me.role() == T(dk.rekrut.organisation.Role).ADMINISTRATOR}").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${a.status().isHired()}").find()).isFalse();
    }
}
