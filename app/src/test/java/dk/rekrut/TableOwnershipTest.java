package dk.rekrut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table is written by one module, its owner, and every other module that reads it is named in
 * docs/architecture.md ("Tables and their owners"). The SQL is found in the sources of each module's package; a new
 * write from a second module, or a new cross-module read, fails here until the design says so. Within a module the
 * SQL lives in its package-private repositories ("Where the SQL is"), never in a service.
 */
class TableOwnershipTest {

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_0-9]+)` \\| `([a-z]+)` \\| (.*) \\|$", Pattern.MULTILINE);
    /** Tables a library owns: Spring Session's and Spring Modulith's event registry. */
    private static final Set<String> LIBRARY = Set.of("spring_session", "spring_session_attributes", "event_publication");
    /** Spring's ways to run SQL; a class that names one runs SQL. */
    private static final Pattern JDBC = Pattern.compile("\\b(?:JdbcClient|JdbcTemplate|JdbcOperations|NamedParameterJdbcTemplate|"
        + "NamedParameterJdbcOperations|SimpleJdbcInsert|DataSource)\\b");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class ");
    private static final Pattern EXCEPTION = Pattern.compile("(?m)^- `([a-z]+\\.[A-Za-z]+)`");

    @Test
    void everyTableHasOneWritingModuleAndItsOtherReadersAreDocumented() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                CREATE.matcher(Files.readString(f)).results().forEach(m -> tables.add(m.group(1).toLowerCase()));
            }
        }
        tables.removeAll(LIBRARY);
        Map<String, Set<String>> writers = new TreeMap<>();
        Map<String, Set<String>> readers = new TreeMap<>();
        moduleSources().forEach((path, source) -> {
            String module = path.getName(0).toString();
            WRITE.matcher(source).results().map(m -> m.group(1)).filter(tables::contains)
                .forEach(t -> writers.computeIfAbsent(t, k -> new TreeSet<>()).add(module));
            READ.matcher(source).results().map(m -> m.group(1)).filter(tables::contains)
                .forEach(t -> readers.computeIfAbsent(t, k -> new TreeSet<>()).add(module));
        });
        Map<String, String> owners = new TreeMap<>();
        Map<String, Set<String>> otherReaders = new TreeMap<>();
        writers.forEach((table, modules) -> {
            assertThat(modules).as("modules writing %s", table).hasSize(1);
            String owner = modules.iterator().next();
            owners.put(table, owner);
            var others = new TreeSet<>(readers.getOrDefault(table, Set.of()));
            others.remove(owner);
            otherReaders.put(table, others);
        });
        // A table only locked or read (a lock row) belongs to the module that uses it.
        readers.forEach((table, modules) -> {
            if (!owners.containsKey(table) && modules.size() == 1) {
                owners.put(table, modules.iterator().next());
                otherReaders.put(table, new TreeSet<>());
            }
        });
        assertThat(owners.keySet()).as("tables no module uses").isEqualTo(tables);

        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        int start = doc.indexOf("## Tables and their owners");
        assertThat(start).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        Map<String, String> documentedOwners = new TreeMap<>();
        Map<String, Set<String>> documentedReaders = new TreeMap<>();
        ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end)).results().forEach(m -> {
            documentedOwners.put(m.group(1), m.group(2));
            var read = new TreeSet<String>();
            Pattern.compile("`([a-z]+)`").matcher(m.group(3)).results().forEach(r -> read.add(r.group(1)));
            documentedReaders.put(m.group(1), read);
        });
        assertThat(documentedOwners).isEqualTo(owners);
        assertThat(documentedReaders).isEqualTo(otherReaders);
    }

    /**
     * Only classes named {@code ...Repository} run SQL, and they are package-private: a service keeps its module's
     * rules and asks its repository, by a named method, for rows. Exceptions are listed in docs/architecture.md with
     * their reason, and the list must be exactly what the code does.
     */
    @Test
    void sqlLivesOnlyInPackagePrivateRepositories() throws IOException {
        Set<String> found = new TreeSet<>();
        moduleSources().forEach((path, source) -> {
            String name = path.getName(0) + "." + path.getFileName().toString().replace(".java", "");
            boolean repository = name.endsWith("Repository");
            if (!repository && JDBC.matcher(source).find() || repository && PUBLIC_CLASS.matcher(source).find()) {
                found.add(name);
            }
        });
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        int start = doc.indexOf("## Where the SQL is");
        assertThat(start).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        Set<String> documented = new TreeSet<>();
        EXCEPTION.matcher(doc.substring(start, end < 0 ? doc.length() : end)).results()
            .forEach(m -> documented.add(m.group(1)));
        assertThat(found).as("classes outside a repository that run SQL, and public repositories").isEqualTo(documented);
    }

    /** The source of every class in a module's package (and below it), by its path from dk/rekrut (module first). */
    private static Map<Path, String> moduleSources() throws IOException {
        Map<Path, String> out = new TreeMap<>();
        Path root = Path.of("src/main/java/dk/rekrut");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() >= 2) {
                    out.put(rel, Files.readString(f));
                }
            }
        }
        return out;
    }
}
