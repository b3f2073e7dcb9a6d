package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.evaluation.EvaluationAnswers;
import dk.rekrut.jobcentre.SourceKind;
import dk.rekrut.publication.MediumKind;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.statistics.Report;
import org.junit.jupiter.api.Test;

/**
 * Statuses, states, roles and the other enums a page branches on (question kinds, source and medium kinds, the case
 * list's scope, the statistics' mode, "prefer not to say") carry their own rules ({@code a.status().isWithdrawn()},
 * {@code me.role().isHr()}, {@code q.kind().isYesNo()}): a template that compares a {@code name()} with a string, or
 * switches on it, keeps a second copy of the rule that no compiler or rename checks. Comparing with
 * {@code T(...).CONSTANT} is checked the same way. A {@code name()} compared with null (a person's or a column's
 * name that may be missing) is not a rule.
 */
class TemplatesAskStatusesTest {

    static final Pattern NAME_COMPARED = Pattern.compile(
        "\\.name\\(\\)\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*+(?!null\\b)"
            + "|'[A-Z_]+'\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*[\\w.()]*\\.name\\(\\)"
            + "|th:switch=\"\\$\\{[^}]*\\.name\\(\\)\\}\""
            + "|(?:==|!=|\\beq\\b|\\bne\\b)\\s*T\\(");

    /** The enums the templates ask; each {@code isX()} they offer must be true for the constant X alone. */
    static final List<Class<? extends Enum<?>>> ASKED = List.of(ApplicationStatus.class, QuestionKind.class,
        SourceKind.class, MediumKind.class, Cases.Scope.class, Report.Mode.class, EvaluationAnswers.Gender.class,
        EvaluationAnswers.AgeBand.class, EvaluationAnswers.OriginGroup.class);

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
        assertThat(NAME_COMPARED.matcher("${q.kind().name() == 'YES_NO'}").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("<th:block th:switch=\"${q.kind().name()}\">").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("th:selected=\"${scope.name() == 'MINE'}\"").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("th:checked=\"${g.name() == 'NOT_SAID'}\"").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("th:checked=\"${a.name() == s.answer()}\"").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${t.mode() eq T(dk.rekrut.statistics.Report.Mode).ANONYMOUS}").find()).isTrue();
        assertThat(NAME_COMPARED.matcher("${a.status().isHired()}").find()).isFalse();
        assertThat(NAME_COMPARED.matcher("${q.kind().isYesNo()} and ${scope.isMine()}").find()).isFalse();
        assertThat(NAME_COMPARED.matcher("th:if=\"${col.name() != null}\"").find()).isFalse();
        assertThat(NAME_COMPARED.matcher("th:text=\"${m.name()}\"").find()).isFalse();
    }

    /** {@code isNotSaid()} is true for NOT_SAID and no other constant, {@code isYesNo()} for YES_NO, and so on. */
    @Test
    void eachEnumsQuestionsHoldForTheirOwnConstantOnly() throws ReflectiveOperationException {
        int asked = 0;
        for (var type : ASKED) {
            var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            for (Method m : type.getMethods()) {
                String constant = constantOf(m.getName());
                if (m.getParameterCount() != 0 || m.getReturnType() != boolean.class || !names.contains(constant)) {
                    continue; // a rule over several constants (isFinal, isChosen) is tested with its enum
                }
                for (Enum<?> e : type.getEnumConstants()) {
                    assertThat(m.invoke(e)).as("%s.%s.%s()", type.getSimpleName(), e.name(), m.getName())
                        .isEqualTo(e.name().equals(constant));
                }
                asked++;
            }
        }
        // ApplicationStatus 4, QuestionKind 6, SourceKind 1, MediumKind 1, Scope 2, Mode 1, three times NOT_SAID.
        assertThat(asked).isEqualTo(18);
    }

    /** {@code isNotSaid} -> {@code NOT_SAID}; any other method name -> an empty string. */
    private static String constantOf(String method) {
        if (!method.startsWith("is") || method.length() < 3) {
            return "";
        }
        return method.substring(2).replaceAll("(?<=[a-z])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
    }
}
