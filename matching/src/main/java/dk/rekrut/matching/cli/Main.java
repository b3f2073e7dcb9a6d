package dk.rekrut.matching.cli;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.evaluate.AlternativesTask;
import dk.rekrut.matching.evaluate.OccupationTasks;
import dk.rekrut.matching.evaluate.PostingsTask;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.posting.PostingReader;
import dk.rekrut.matching.skill.Skills;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching engine's command line: {@code java -jar rekrut-matching.jar COMMAND ...}. Standard output carries
 * only JSON, in UTF-8 whatever the locale; messages go to standard error. Exit code 0 on success, 2 with a one-line
 * message otherwise.
 */
public final class Main {

    // Held here so the setting outlives garbage collection: Lucene's start-up notes are not for the user.
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    // Set by the shared --esco option before a command runs; read when a command first needs the data.
    private volatile java.nio.file.Path escoDir;

    Main() {
        // The reference data is loaded once, and only by commands that need it: the shipped subset, or the official
        // ESCO CSV download named by --esco DIR (an option every command takes, see run).
        var esco = new Lazy<>(() -> escoDir == null ? Esco.shipped() : Esco.official(escoDir));
        var occupations = new Lazy<>(() -> new Occupations(esco.get()));
        var skills = new Lazy<>(() -> new Skills(esco.get()));
        commands.put("occupations", new OccupationsCommand(occupations));
        var alternatives = new Lazy<>(() -> new Alternatives(esco.get()));
        Matching.AlternativesForMatch forMatch = alternativesForMatch(alternatives);
        commands.put("alternatives", new AlternativesCommand(alternatives));
        commands.put("index", new IndexCommand(() -> new PostingIndexer(esco.get(), occupations.get(), skills.get(),
            new PostingReader(esco.get(), Postcodes.shipped()))));
        commands.put("match", new MatchCommand(esco, occupations, skills, forMatch));
        commands.put("serve", new ServeCommand(esco, occupations, skills, forMatch, System.err));
        var tasks = new java.util.ArrayList<>(OccupationTasks.all());
        tasks.add(OccupationTasks.realCvs());
        tasks.add(new PostingsTask(System.err));
        tasks.add(new AlternativesTask());
        commands.put("evaluate", new EvaluateCommand(esco, List.copyOf(tasks), System.err));
    }

    /** The alternatives {@code match} and {@code serve} print: for the citizen's own occupation and skills. */
    static Matching.AlternativesForMatch alternativesForMatch(java.util.function.Supplier<Alternatives> alternatives) {
        return (result, top) -> result.ownOccupation()
            .map(own -> AlternativesCommand.out(alternatives.get().forOccupations(List.of(own.uri()),
                result.citizenSkills(), result.lang(), top)))
            .orElse(List.of());
    }

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Main().run(Arrays.asList(args), System.in, out, err);
        out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            err.println(help());
            return args.isEmpty() ? 2 : 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("unknown command '" + args.get(0) + "'; try --help");
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            err.println(command.synopsis() + "\n" + command.help() + "\n" + ESCO_HELP + "\n" + VECTORS_HELP);
            return 0;
        }
        var vectors = new SharedVectors();
        try {
            command.run(vectors.take(takeEsco(rest)), in, out);
            out.flush();
            return 0;
        } catch (UsageException e) {
            err.println(args.get(0) + ": " + e.getMessage());
            return 2;
        } catch (Exception | OutOfMemoryError e) {
            err.println(args.get(0) + ": failed: " + oneLine(e));
            return 2;
        } finally {
            vectors.restore();
        }
    }

    private static final String VECTORS_HELP = SharedVectors.HELP;

    private static final String ESCO_HELP =
        "  --esco DIR    (every command) read the official ESCO CSV download in DIR instead of the shipped data";

    /** Takes the shared {@code --esco DIR} (or {@code --esco=DIR}) out of a command's arguments. */
    private List<String> takeEsco(List<String> rest) {
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--esco") || a.startsWith("--esco=")) {
                String dir = a.equals("--esco") ? (i + 1 < rest.size() ? rest.get(++i) : null) : a.substring(7);
                if (dir == null || dir.isBlank()) {
                    throw new UsageException("--esco needs a folder");
                }
                if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of(dir))) {
                    throw new UsageException("--esco: no folder " + dir);
                }
                escoDir = java.nio.file.Path.of(dir);
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
    }

    private String help() {
        var sb = new StringBuilder("""
            Rekrut job matching engine. This service uses the ESCO classification of the European Commission.
            Postcode coordinates: GeoNames.org (CC BY).
            usage: java -jar rekrut-matching.jar COMMAND [OPTIONS]   (COMMAND --help for more)
            """);
        commands.values().forEach(c -> sb.append("  ").append(c.synopsis()).append('\n'));
        sb.append(ESCO_HELP).append('\n').append(VECTORS_HELP).append('\n');
        return sb.toString().stripTrailing();
    }

    /** A value made on first use, once. */
    static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
