package dk.rekrut;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.rekrut.application.Application;
import dk.rekrut.application.RedactionSources;
import dk.rekrut.application.ScreeningQuestions;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries (Spring Modulith) and the privacy rule, checked on the compiled code. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RekrutApplication.class);

    /**
     * Modules that may use the identity module: the application module stores identity at submission and shows
     * applicants their own data. Committee-facing modules (assessment, anonymity views) must never be added here.
     */
    static final String[] MAY_READ_IDENTITY = {"dk.rekrut.identity..", "dk.rekrut.application.."};

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void onlyTheIdentityModuleTouchesApplicantIdentity() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.rekrut");
        noClasses().that().resideOutsideOfPackages(MAY_READ_IDENTITY)
            .should().dependOnClassesThat().resideInAPackage("dk.rekrut.identity..")
            .because("identity lives apart from the application's substance; reads go through audited IdentityAccess")
            .check(classes);
    }

    /**
     * Screening answers can name the applicant. Staff views read them only through the one door,
     * {@code Redactions.answers}, which keeps the original free text from whoever may not know who applied (review
     * H5: the horizontal review once read them raw). The raw sources stay with the modules that own them.
     */
    @Test
    void viewsReadScreeningAnswersOnlyThroughTheRedactionDoor() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.rekrut");
        noClasses().that().resideOutsideOfPackages("dk.rekrut.application..", "dk.rekrut.anonymisation..")
            .should().callMethod(Application.class, "answers")
            .orShould().callMethod(ScreeningQuestions.class, "answersInWords", UUID.class, Collection.class, List.class, Map.class)
            .orShould().dependOnClassesThat().areAssignableTo(RedactionSources.class)
            .because("in an anonymous case the committee may read free-text answers only as redacted")
            .check(classes);
    }

    @Test
    void architectureDocumentNamesEveryModule() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        Set<String> documented = Pattern.compile("`dk\\.rekrut\\.(\\w+)`").matcher(doc).results()
            .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = MODULES.stream().map(ApplicationModule::getBasePackage)
            .map(p -> p.getName().substring("dk.rekrut.".length())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(actual);
    }

    /**
     * The diagram in docs/architecture.md draws every dependency between modules that the code has (solid or dotted,
     * with or without a label); an arrow the code no longer has is allowed only for the engines and the people.
     */
    @Test
    void architectureDiagramDrawsEveryModuleDependency() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        String diagram = doc.substring(doc.indexOf("```mermaid"), doc.indexOf("```", doc.indexOf("```mermaid") + 3));
        Set<String> drawn = new TreeSet<>();
        var edge = Pattern.compile("^\\s*(\\w+)(?:\\[[^\\]]*\\])?\\s*(?:-->(?:\\|[^|]*\\|)?|-\\.[^.]*\\.->)\\s*(.+)$");
        for (String line : diagram.lines().toList()) {
            var m = edge.matcher(line);
            if (m.matches()) {
                for (String target : m.group(2).split("&")) {
                    drawn.add(m.group(1) + " -> " + target.strip().replaceAll("[\\[(].*", ""));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        MODULES.forEach(module -> module.getDirectDependencies(MODULES).uniqueModules().forEach(target -> {
            String from = module.getBasePackage().getName().substring("dk.rekrut.".length());
            String to = target.getBasePackage().getName().substring("dk.rekrut.".length());
            if (!to.equals("shared") && !drawn.contains(from + " -> " + to)) {
                missing.add(from + " -> " + to);
            }
        }));
        assertThat(missing).as("dependencies the diagram does not draw").isEmpty();
    }

    /**
     * Modules are detected by annotation (application.properties), so the redaction engine's package on the class
     * path is a library, not a module; and no package of the app itself may be left out by a missing annotation.
     */
    @Test
    void everyAppPackageIsAModuleAndTheEngineIsNot() {
        Set<String> appPackages = new ClassFileImporter().importPath(Path.of("target", "classes")).stream()
            .map(c -> c.getPackageName()).filter(p -> p.startsWith("dk.rekrut."))
            .map(p -> p.substring("dk.rekrut.".length()).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> modules = MODULES.stream().map(ApplicationModule::getBasePackage)
            .map(p -> p.getName().substring("dk.rekrut.".length())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(modules).isEqualTo(appPackages).doesNotContain("redaction");
        assertThat(MODULES.getModuleForPackage("dk.rekrut.redaction")).isEmpty();
    }

    /**
     * The app uses the redaction engine only through its exported API, the package {@code dk.rekrut.redaction}; the
     * stages behind it ({@code extract}, {@code detect}, {@code render}, {@code verify}) and its command line may change
     * without the app noticing. Checked on the app's own classes (target/classes), the engine's jar left out.
     */
    @Test
    void theAppUsesOnlyTheRedactionEnginesApi() {
        var app = new ClassFileImporter().importPath(Path.of("target", "classes"));
        assertThat(app).isNotEmpty();
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("are in a package behind the engine's API",
                c -> c.getPackageName().startsWith("dk.rekrut.redaction.")))
            .because("dk.rekrut.redaction is the engine's API; what the app needs from a stage belongs there")
            .check(app);
    }

    @Test
    void writeModuleDiagrams() {
        // PlantUML diagrams of the modules land in app/target/spring-modulith-docs for docs and reviews.
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
