package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dk.rekrut.redaction.detect.Detector;
import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.DocumentText;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;

/** The command line; see {@link #HELP}. */
public final class Main {

    static final String HELP = """
        Rekrut redaction engine

        detect [--known known.json] [--lang da|en] [--redacted] [--verbose] FILE|-
            Prints the personal data found in the file's text as a JSON array of {"start", "end", "type", "text",
            "confidence", "reason"}; offsets are characters of that text. A PDF, DOCX, ODT or RTF file is read as
            redact reads it; any other file, and '-' (standard input), as UTF-8 text.
            --redacted prints the text with each span replaced by its label ([NAVN], [E-MAIL], ...) instead.
            Exit codes: 0 nothing found, 1 personal data found, 2 error.

        redact [--known known.json] [--lang da|en] [--verbose] --out DIR FILE...
            Redacts PDF, DOCX, ODT, RTF, HTML and text files. For each FILE writes DIR/<name>.report.json (status, what
            was removed, where and why, without the removed text; for a withheld document what kind of data was left
            and where) and, unless withheld or failed, DIR/<name>.pdf: for a PDF its own pages with the found text
            removed and labelled boxes in its place, when that can be proven clean ("layoutKept"; otherwise
            "textRenditionReason" says why), else a new PDF made only of the redacted text. What
            the verifier would flag is redacted first; the PDF is then read again and searched for every known value
            and every span found, up to three rounds; what is still left withholds the document (no PDF). Two inputs
            with the same name (cv.pdf, cv.docx) give DIR/cv.pdf and DIR/cv-docx.pdf. One line per file on standard
            error: the outcome. --verbose adds the flags, the verification's findings and PDFBox's own warnings.
            Exit codes: 0 all clean, 4 some need review (e.g. a scanned page), 3 some withheld, 2 some failed or error.

        serve [--port 8080] [--host 127.0.0.1] [--verbose]
            HTTP service. POST /detect with {"text", "language"?, "known"?} returns the spans as JSON.
            POST /redact with the document as the body (Content-Type: its media type) and the known data as
            base64 of known.json in the header X-Known-Personal-Data returns the report as JSON with "pdf" (base64,
            null unless clean or needing review). GET /health returns "ok".

        evaluate --corpus DIR [--report FILE] [--verbose] [--min-known-recall 0.995] [--min-name-recall 0.97]
                 [--max-origin-gap 0.01] [--min-precision 0.90] [--min-special-recall 0.95]
            Redacts every labelled document in DIR (a file plus <name>.json with the form data and the labelled values,
            see docs/redaction-quality.md) and prints precision, recall and F2 per type and overall, recall for the
            form's values, e-mails, phones, CPR, names not in the form, and names of Danish and non-Danish origin, and
            the known values left in released documents (each output re-read independently of the verifier), and
            recall per special category (health, trade union, religion, politics, sexuality, native language level).
            Exit codes: 0 all targets met, 1 a target missed, 2 error.

        known.json: {"fullName", "email", "phone", "address", "postalCode", "town", "birthDate" (ISO), "cpr"},
            every field optional: the applicant's own form data, redacted in all its variants.
        """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Returns the exit code, or -1 when a server was started and keeps running. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Logs.libraries(List.of(args).contains("--verbose"));
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
                out.print(HELP);
                return args.length == 0 ? 2 : 0;
            }
            return switch (args[0]) {
                case "detect" -> detect(args, stdin, out, err);
                case "redact" -> redact(args, out, err);
                case "serve" -> serve(args, out);
                case "evaluate" -> Evaluation.run(args, out, err);
                default -> {
                    err.println("Unknown command " + args[0] + ". Try --help.");
                    yield 2;
                }
            };
        } catch (IOException | RuntimeException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        }
    }

    private static int detect(String[] args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        var o = Options.parse(args);
        if (o.files.size() != 1) {
            err.println("detect needs exactly one FILE or '-'. Try --help.");
            return 2;
        }
        String file = o.files.getFirst();
        String text;
        try {
            text = file.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : fileText(file);
        } catch (DocumentException | CharacterCodingException e) {
            err.println(file + ": cannot be read as a document or as UTF-8 text (" + e.getMessage() + ")");
            return 2;
        }
        var spans = new RedactionEngine().detect(text, o.lang, o.known);
        out.println(o.redacted ? Detector.redact(text, spans) : JsonOut.spans(spans));
        return spans.isEmpty() ? 0 : 1;
    }

    /** A PDF, DOCX, ODT or RTF file's extracted text (the text {@code redact} works on); any other file as UTF-8 text. */
    private static String fileText(String file) throws IOException, DocumentException {
        String type = mediaType(file);
        if (type.startsWith("text/") || type.equals("application/octet-stream")) {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        return DocumentText.of(Files.readAllBytes(Path.of(file)), type);
    }

    private static int redact(String[] args, PrintStream out, PrintStream err) throws IOException {
        var o = Options.parse(args);
        if (o.files.isEmpty() || o.out == null) {
            err.println("redact needs --out DIR and at least one FILE. Try --help.");
            return 2;
        }
        Files.createDirectories(o.out);
        var engine = new RedactionEngine();
        int severity = 0;
        int[] codeBySeverity = {0, 4, 3, 2};
        var used = new java.util.HashSet<String>();
        for (String f : o.files) {
            Path in = Path.of(f);
            String name = in.getFileName().toString().replaceAll("\\.[^.]+$", "");
            if (!used.add(name)) {
                // cv.pdf and cv.docx in one run must not overwrite each other's rendition and report.
                name = in.getFileName().toString().replace('.', '-');
                used.add(name);
            }
            RedactionResult r = engine.redact(Files.readAllBytes(in), mediaType(f), o.lang, o.known);
            Path pdf = o.out.resolve(name + ".pdf");
            Files.deleteIfExists(pdf); // never leave an older rendition next to a report that withholds
            if (r.pdf() != null) {
                Files.write(pdf, r.pdf());
            }
            Files.writeString(o.out.resolve(name + ".report.json"), JsonOut.report(in.getFileName().toString(), r) + "\n");
            err.println(outcome(f, r, o.verbose));
            int s = switch (r.status()) {
                case CLEAN -> 0;
                case NEEDS_REVIEW -> 1;
                case WITHHELD -> 2;
                case FAILED -> 3;
            };
            severity = Math.max(severity, s);
        }
        return codeBySeverity[severity];
    }

    /**
     * One line per document for the person running the command (standard error; standard output stays for JSON):
     * the status, what was removed, and why a document was withheld or failed, with the place but never the value.
     * With {@code --verbose} also each removal (type, part, reason), the flags and the verification's findings, one per
     * line.
     */
    static String outcome(String file, RedactionResult r, boolean verbose) {
        var sb = new StringBuilder(file).append(": ").append(r.status());
        switch (r.status()) {
            case CLEAN, NEEDS_REVIEW -> {
                long loop = r.spans().stream().filter(s -> s.reason() != null && s.reason().startsWith("verification")).count();
                sb.append(", ").append(r.report().removals().size()).append(" removed");
                if (loop > 0) {
                    sb.append(" (").append(loop).append(" after verification)");
                }
                if (r.status() == RedactionStatus.NEEDS_REVIEW) {
                    sb.append("; review: ").append(String.join("; ", r.report().flags()));
                }
            }
            case WITHHELD -> sb.append(": ").append(String.join("; ",
                r.withheld().stream().map(dk.rekrut.redaction.WithheldReason::code).toList()));
            case FAILED -> sb.append(": ").append(r.error());
        }
        if (verbose) {
            r.report().removals().forEach(m -> sb.append("\n  removed ").append(m.type()).append(" in ").append(m.location())
                .append(" (").append(m.reason()).append(')'));
            r.report().flags().forEach(f -> sb.append("\n  flag: ").append(f));
            r.verification().findings().forEach(f -> sb.append("\n  verification: ").append(f));
        }
        return sb.toString();
    }

    private static int serve(String[] args, PrintStream out) throws IOException {
        int port = 8080;
        String host = "127.0.0.1";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--verbose" -> {
                }
                case "--host" -> host = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        var server = Server.start(host, port, new RedactionEngine());
        out.println("Listening on http://" + host + ":" + server.port());
        return -1;
    }

    /** The declared type from the file name; the engine trusts the bytes first anyway. */
    static String mediaType(String file) {
        String f = file.toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".pdf")) {
            return "application/pdf";
        } else if (f.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (f.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        } else if (f.endsWith(".rtf")) {
            return "application/rtf";
        } else if (f.endsWith(".html") || f.endsWith(".htm")) {
            return "text/html";
        } else if (f.endsWith(".txt") || f.endsWith(".md")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private static final class Options {
        KnownPersonalData known = KnownPersonalData.NONE;
        String lang;
        Path out;
        boolean redacted;
        boolean verbose;
        final List<String> files = new ArrayList<>();

        static Options parse(String[] args) throws IOException {
            var o = new Options();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--known" -> o.known = JsonOut.known(Files.readString(Path.of(value(args, ++i))));
                    case "--lang" -> o.lang = value(args, ++i);
                    case "--out" -> o.out = Path.of(value(args, ++i));
                    case "--redacted" -> o.redacted = true;
                    case "--verbose" -> o.verbose = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        o.files.add(args[i]);
                    }
                }
            }
            return o;
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
