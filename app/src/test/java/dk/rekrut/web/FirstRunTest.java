package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.LoginHint;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Section 1 of the new-user review (issue 21): the first run from a fresh clone. */
@RekrutTest
class FirstRunTest {

    @Autowired PublicPostings postings;
    @Autowired ScreeningQuestions questions;
    @Autowired ObjectProvider<LoginHint> hints;

    @TempDir Path dir;

    @Test
    void theWrapperFindsANewerJdkWhenJavaHomeIsOlderOrUnset() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        Path newer = fakeJdk("jdk-25", "25.0.3");
        fakeJdk("jdk-21", "21.0.2");
        var withOld = findJdk(Map.of("JAVA_HOME", old.toString()));
        assertThat(withOld.out()).isEqualTo(newer.toString());
        assertThat(withOld.err()).contains("Java 17", "Java 25");
        assertThat(findJdk(Map.of()).out()).as("without JAVA_HOME").isEqualTo(newer.toString());
        var good = fakeJdk("own-21", "21.0.1");
        assertThat(findJdk(Map.of("JAVA_HOME", good.toString())).out()).as("a JAVA_HOME of 21 is kept").isEqualTo(good.toString());
    }

    @Test
    void withoutAnyJdk21TheWrapperSaysWhatToSetAndStops() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        var r = findJdk(Map.of("JAVA_HOME", old.toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("JDK 21 or newer", "Java 17", "export JAVA_HOME=");
    }

    @Test
    void aDemoPostingAsksScreeningQuestionsOfEveryKind() {
        var developer = postings.jobList(PublicPostings.Filter.NONE).stream()
            .filter(pp -> pp.recruitmentCase().title().equals("IT-udvikler (Java) til KS Digital")).findFirst().orElseThrow();
        assertThat(questions.forCase(developer.recruitmentCase().id()).stream().map(ScreeningQuestion::kind))
            .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(QuestionKind.class));
    }

    @Test
    void theLastLineOfTheStartUpLogSaysWhereAndWhoCanLogIn() {
        var line = new StartupBanner(hints, "", "").line(8080);
        assertThat(line).startsWith("Rekrut kører på http://localhost:8080/: log ind som hr.udvidet")
            .contains("adgangskode rekrut-demo-2026");
        assertThat(new StartupBanner(hints, "10.0.0.5", "/rekrut").line(9090)).startsWith("Rekrut kører på http://10.0.0.5:9090/rekrut/:");
    }

    @Test
    void untilTheApplicationIsReadyEveryRequestGetsA503() throws Exception {
        var gate = new StartupGate();
        var early = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/jobs"), early, chain);
        assertThat(early.getStatus()).isEqualTo(503);
        assertThat(early.getHeader("Retry-After")).isNotBlank();
        assertThat(early.getContentAsString()).contains("Rekrut starter");
        assertThat(chain.getRequest()).as("not passed on").isNull();
        gate.open();
        var later = new MockHttpServletResponse();
        var passed = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/jobs"), later, passed);
        assertThat(passed.getRequest()).isNotNull();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run findJdk(Map<String, String> env) throws IOException, InterruptedException {
        // Only the fake JDKs are searched, and the PATH has the tools the script uses but no java.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : new String[] {"sed", "head", "readlink", "dirname"}) {
            Path link = tools.resolve(tool);
            if (!Files.exists(link)) {
                Files.writeString(link, "#!/bin/sh\nexec " + which(tool) + " \"$@\"\n");
                Files.setPosixFilePermissions(link, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        var pb = new ProcessBuilder("/bin/sh", Path.of("..", ".mvn", "find-jdk").toAbsolutePath().toString());
        pb.environment().clear();
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("REKRUT_JDK_DIRS", dir.resolve("jdks") + "/*");
        pb.environment().putAll(env);
        var p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private static String which(String tool) {
        for (String d : new String[] {"/usr/bin", "/bin"}) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return d + "/" + tool;
            }
        }
        throw new IllegalStateException(tool);
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdks").resolve(name).resolve("bin"));
        for (String exe : new String[] {"java", "javac"}) {
            Path f = home.resolve(exe);
            Files.writeString(f, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(home.getParent().resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home.getParent();
    }
}
