package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import dk.rekrut.redaction.Detector;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;

/**
 * Command line: {@code java -jar redaction/target/rekrut-redaction.jar detect [--known known.json] [--lang da|en] FILE|-}
 * prints the spans of the file's UTF-8 text as a JSON array. Exit codes: 0 nothing found, 1 spans found, 2 error.
 */
public final class Main {

    static final String HELP = """
        Rekrut redaction engine

        detect [--known known.json] [--lang da|en] [--redacted] FILE|-
            Prints the personal data found in the file's text (UTF-8; '-' reads standard input) as a JSON array of
            {"start", "end", "type", "text", "confidence", "reason"}; offsets are characters of the input.
            --redacted prints the text with each span replaced by its label ([NAVN], [E-MAIL], ...) instead.
        known.json: {"fullName", "email", "phone", "address", "postalCode", "town", "birthDate" (ISO), "cpr"},
            every field optional: the applicant's own form data, redacted in all its variants.

        redact [--known known.json] [--lang da|en] --out DIR FILE.txt...
            Writes DIR/<name>.pdf, a clean PDF of the redacted text, and DIR/<name>.report.json (what was removed, where,
            why). The PDF is verified by extracting its text again; if any known value or found span is still there, the
            document is withheld: no PDF, status "withheld" in the report. This version redacts plain text only.

        Exit codes: detect: 0 nothing found, 1 personal data found, 2 error; redact: 0 clean, 3 withheld, 2 error.
        """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in));
    }

    static int run(String[] args, InputStream stdin) {
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
                System.out.print(HELP);
                return args.length == 0 ? 2 : 0;
            }
            if (args[0].equals("redact")) {
                return redact(args);
            }
            if (!args[0].equals("detect")) {
                System.err.println("Unknown command " + args[0] + ". Try --help.");
                return 2;
            }
            KnownPersonalData known = KnownPersonalData.NONE;
            String lang = "da";
            String file = null;
            boolean redacted = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--known" -> known = known(Files.readString(Path.of(args[++i])));
                    case "--lang" -> lang = args[++i];
                    case "--redacted" -> redacted = true;
                    default -> file = args[i];
                }
            }
            if (file == null) {
                System.err.println("No file given. Try --help.");
                return 2;
            }
            String text = file.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            var spans = new Detector().detectWithText(text, lang, known);
            System.out.println(redacted ? Detector.redact(text, spans) : json(spans));
            return spans.isEmpty() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("Error: " + e.getMessage());
            return 2;
        }
    }

    /** redact --known known.json --out DIR FILE...: DIR/name.pdf (if clean) and DIR/name.report.json. */
    static int redact(String[] args) throws IOException {
        KnownPersonalData known = KnownPersonalData.NONE;
        String lang = "da";
        Path out = Path.of(".");
        var files = new java.util.ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--known" -> known = known(Files.readString(Path.of(args[++i])));
                case "--lang" -> lang = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            System.err.println("No file given. Try --help.");
            return 2;
        }
        Files.createDirectories(out);
        var redactor = new dk.rekrut.redaction.TextDocumentRedactor(new Detector());
        int worst = 0;
        for (String f : files) {
            Path in = Path.of(f);
            String name = in.getFileName().toString().replaceAll("\\.[^.]+$", "");
            if (!f.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
                System.err.println(f + ": only plain text (.txt) can be redacted by this version");
                worst = Math.max(worst, 2);
                continue;
            }
            var result = redactor.redact(Files.readString(in, StandardCharsets.UTF_8), lang, known);
            if (result.released()) {
                Files.write(out.resolve(name + ".pdf"), result.pdf());
            }
            Files.writeString(out.resolve(name + ".report.json"), "{\"file\":" + quote(in.getFileName().toString())
                + ",\"status\":\"" + (result.released() ? "clean" : "withheld") + "\",\"leftovers\":" + result.leftovers().size()
                + ",\"spans\":" + json(result.spans()) + "}\n");
            System.out.println(f + ": " + (result.released() ? "clean" : "WITHHELD (verification found personal data left)"));
            worst = Math.max(worst, result.released() ? 0 : 3);
        }
        return worst;
    }

    static String json(List<Span> spans) {
        var sb = new StringBuilder("[");
        for (Span s : spans) {
            if (sb.length() > 1) {
                sb.append(",\n ");
            }
            sb.append("{\"start\":").append(s.start()).append(",\"end\":").append(s.end())
                .append(",\"type\":\"").append(s.type()).append("\",\"text\":").append(quote(s.text()))
                .append(",\"confidence\":").append(s.confidence()).append(",\"reason\":").append(quote(s.reason())).append('}');
        }
        return sb.append(']').toString();
    }

    /** Reads the flat known.json object (string values only) without a JSON library. */
    static KnownPersonalData known(String json) {
        Map<String, String> v = new HashMap<>();
        var m = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|null)").matcher(json);
        while (m.find()) {
            if (m.group(2) != null) {
                v.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return new KnownPersonalData(v.get("fullName"), v.get("email"), v.get("phone"), v.get("address"), v.get("postalCode"),
            v.get("town"), v.containsKey("birthDate") ? LocalDate.parse(v.get("birthDate")) : null, v.get("cpr"));
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
