package dk.rekrut.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages, checked on the compiled classes: {@code dk.rekrut.redaction} is the exported API, the stages
 * ({@code extract}, {@code detect}, {@code render}, {@code verify}) sit behind it, and the command line is one client
 * of the API among others. A class file names every class it uses in its constant pool (as
 * {@code dk/rekrut/redaction/cli/Main}), javadoc not included, so a search of its bytes finds each dependency.
 */
class PackagesTest {

    static final List<String> STAGES = List.of("extract", "detect", "render", "verify");

    @Test
    void noStageDependsOnTheCommandLine() throws IOException {
        for (String stage : STAGES) {
            assertThat(users(stage, "cli")).as(stage).isEmpty();
        }
    }

    @Test
    void detectionDoesNotDependOnRendering() throws IOException {
        assertThat(users("detect", "render")).isEmpty();
    }

    /** The extraction is read by every later stage and by other engines (DocumentText); it needs none of them. */
    @Test
    void extractionDependsOnNoOtherStage() throws IOException {
        for (String stage : List.of("detect", "render", "verify")) {
            assertThat(users("extract", stage)).as(stage).isEmpty();
        }
    }

    /** The search above can see a dependency: the API's front door uses every stage. */
    @Test
    void theSearchFindsTheEnginesOwnDependencies() throws IOException {
        for (String stage : STAGES) {
            assertThat(classes(stage)).as(stage).isNotEmpty();
            assertThat(uses(classes("").get("RedactionEngine"), stage)).as(stage).isTrue();
        }
    }

    /** The classes of package {@code from} (a stage, "" for the API) that use a class of package {@code to}. */
    private static List<String> users(String from, String to) throws IOException {
        return classes(from).entrySet().stream().filter(e -> uses(e.getValue(), to)).map(Map.Entry::getKey).toList();
    }

    private static boolean uses(byte[] classFile, String pkg) {
        return new String(classFile, StandardCharsets.ISO_8859_1).contains("dk/rekrut/redaction/" + pkg + "/");
    }

    /** The compiled classes of one package of the engine (nested classes included), by file name. */
    private static Map<String, byte[]> classes(String pkg) throws IOException {
        Path dir;
        try {
            dir = Path.of(RedactionEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dk/rekrut/redaction").resolve(pkg);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                out.put(f.getFileName().toString().replace(".class", ""), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
