package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.Span;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A differential check for speed work on the whole engine, beside {@link dk.rekrut.redaction.detect.DetectionSnapshot}: every
 * document of the corpus redacted as the evaluation does (status, report, withheld reasons, each span with its offsets,
 * label and origin, and the text of the rendition as an independent PDFBox extraction reads it), and every string
 * literal of the module's and the app's tests redacted as a free-text answer is. Write it before a change and after
 * it, and compare the files: they must be the same.
 *
 * <pre>java -cp ... dk.rekrut.redaction.cli.RedactionSnapshot corpus-dir out-file [test-source-dir ...]</pre>
 */
public final class RedactionSnapshot {

    private static final List<KnownPersonalData> KNOWN = List.of(KnownPersonalData.NONE,
        new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk", "12345678", "Nørrebrogade 12, 2. tv", "2200",
            "København N", LocalDate.of(1985, 3, 3), "0303851234"),
        new KnownPersonalData("Mohammed Hassan", null, "+45 20 30 40 50", null, null, null, LocalDate.of(1990, 12, 24), null),
        new KnownPersonalData("Birgit Sørensen", "birgit@hvidbergsantos.dk", "0821234567", "Storgatan 4", "411 38", "Göteborg",
            LocalDate.of(1996, 6, 4), null));

    private RedactionSnapshot() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path outFile = Path.of(args.length > 1 ? args[1] : "target/redaction-snapshot.txt");
        List<Path> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        if (sources.isEmpty()) {
            sources.add(Path.of("src/test/java"));
        }
        var engine = new RedactionEngine();
        int cases = 0;
        List<Path> labels;
        try (Stream<Path> files = Files.walk(corpus)) {
            labels = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
            for (Path json : labels) {
                var m = (Map<String, Object>) Json.parse(Files.readString(json));
                Path file = json.resolveSibling((String) m.get("file"));
                String language = (String) m.get("language");
                KnownPersonalData known = m.get("known") instanceof Map<?, ?> k ? JsonOut.known(k) : KnownPersonalData.NONE;
                RedactionResult r = engine.redact(Files.readAllBytes(file), Main.mediaType(file.toString()), language, known);
                out.println("# document " + corpus.relativize(file) + " " + r.status() + " error=" + r.error());
                out.println("report " + r.report());
                out.println("withheld " + r.withheld());
                out.println("verification " + r.verification());
                spans(out, r.spans());
                out.println("## rendition");
                out.println(r.pdf() == null ? "(none)" : renditionText(r.pdf()));
                cases++;
            }
            List<String> texts = new ArrayList<>();
            for (Path dir : sources) {
                texts.addAll(testLiterals(dir));
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int k = 0; k < KNOWN.size(); k++) {
                    var r = engine.redactText(texts.get(i), k % 2 == 0 ? "da" : "en", KNOWN.get(k));
                    out.println("# answer " + i + " known " + k);
                    out.println(r.text());
                    out.println("withheld " + r.withheld());
                    spans(out, r.spans());
                    cases++;
                }
            }
        }
        System.out.println(cases + " cases written to " + outFile);
    }

    private static void spans(PrintWriter out, List<Span> spans) {
        for (Span s : spans) {
            out.println(s.start() + "\t" + s.end() + "\t" + s.type() + "\t" + s.type().label() + "\t" + s.origin() + "\t"
                + s.confidence() + "\t" + s.reason() + "\t" + s.text());
        }
    }

    private static String renditionText(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return "pages=" + doc.getNumberOfPages() + "\n" + stripper.getText(doc);
        }
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** Every string literal of the tests under {@code dir} of at least ten characters, unescaped, in a fixed order. */
    private static List<String> testLiterals(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            Matcher m = LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                String v = m.group(1).replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
                if (v.length() >= 10) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
