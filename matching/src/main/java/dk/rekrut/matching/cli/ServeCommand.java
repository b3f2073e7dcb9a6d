package dk.rekrut.matching.cli;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.skill.Skills;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code serve --port N [--host H] [--index DIR]}: the HTTP service, until the process is stopped. */
final class ServeCommand implements Command {

    private final Supplier<Esco> esco;
    private final Supplier<Occupations> occupations;
    private final Supplier<Skills> skills;
    private final Matching.AlternativesForMatch alternatives;
    private final PrintStream log;

    ServeCommand(Supplier<Esco> esco, Supplier<Occupations> occupations, Supplier<Skills> skills,
                 Matching.AlternativesForMatch alternatives, PrintStream log) {
        this.esco = esco;
        this.occupations = occupations;
        this.skills = skills;
        this.alternatives = alternatives;
        this.log = log;
    }

    @Override
    public String synopsis() {
        return "serve --port N [--host H] [--index DIR]";
    }

    @Override
    public String help() {
        return """
            Serves the engine over HTTP until stopped (Ctrl-C): POST /occupations (body: the text; query lang, top)
            and POST /match (body: {"cv","wishes","postcode","maxKm","top","lang"}), answering the same JSON as the
            occupations and match commands; 400 with {"error"} for bad input, 413 for a body over 2 MB.
            No authentication: keep it on a private interface behind the application.
              --port N      the port (0: any free one, told on standard error)
              --host H      the interface to listen on (default 127.0.0.1)
              --index DIR   the postings index for /match (without it /match answers 503)""";
    }

    @Override
    public void run(List<String> raw, InputStream in, PrintStream out) throws Exception {
        var args = new Args(raw, Set.of("port", "host", "index"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("serve takes no file");
        }
        String portText = args.value("port", null);
        if (portText == null) {
            throw new UsageException("--port N is required");
        }
        int port;
        try {
            port = Integer.parseInt(portText.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a port number, not '" + portText + "'");
        }
        String dir = args.value("index", null);
        Matching matching = dir == null ? null
            : Matching.open(Path.of(dir), esco.get(), occupations.get(), skills.get(), alternatives);
        var stopped = new CountDownLatch(1);
        try (var service = new HttpService(args.value("host", "127.0.0.1"), port, occupations.get(), matching, log)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            log.println("serve: listening on http://" + args.value("host", "127.0.0.1") + ":" + service.port()
                + (dir == null ? " (no index: /match answers 503)" : ""));
            stopped.await();
        } finally {
            if (matching != null) {
                matching.close();
            }
        }
    }
}
