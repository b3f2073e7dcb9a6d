package dk.rekrut.redaction.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the committed evaluation corpus (redaction/corpus/generated): {@code <id>.<ext>} plus {@code <id>.json}
 * with the applicant's form data and the labels. Seeded, so the same documents come out every time (PDF and DOCX
 * files carry a creation time and a file id, so the bytes differ, the text does not).
 *
 * <pre>
 * JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -q -pl redaction test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp redaction/target/test-classes:redaction/target/classes:$(cat redaction/target/cp.txt) \
 *     dk.rekrut.redaction.corpus.CorpusGenerator redaction/corpus/generated 320 20261130
 * </pre>
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    /** Formats in turn: four PDF layouts, DOCX, ODT, HTML and text. */
    private static final String[] FORMATS = {"pdf-web", "docx", "pdf-word", "odt", "pdf-columns", "html", "pdf-table", "docx",
        "txt", "pdf-word", "odt", "pdf-web"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus/generated");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 320;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261130L;
        var rnd = new Random(seed);
        var people = new People();
        List<String[]> postals = new ArrayList<>();
        People.read("dk-postals.csv", line -> {
            String[] f = line.split(";");
            if (f.length >= 6 && f[4].matches("[1-9]\\d{3}") && !f[5].matches(".*\\d.*")) {
                postals.add(new String[] {f[4], f[5].strip()});
            }
        });
        var content = new Content(rnd, people, postals);
        var apps = new Applications(content);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (int i = 0; i < count; i++) {
            boolean danishApplicant = i % 2 == 0;           // even shares of origin
            String language = (i / 2) % 2 == 0 ? "da" : "en"; // and of language within each origin
            String kind = (i / 4) % 2 == 0 ? "cv" : "letter";
            String format = FORMATS[i % FORMATS.length];
            var a = content.applicant(danishApplicant);
            String id = String.format("%04d-%s-%s", i + 1, language, kind);
            Doc d = apps.write(id, language, kind, a, rnd.nextBoolean());
            String ext;
            byte[] bytes;
            switch (format) {
                case "pdf-web" -> { ext = "pdf"; bytes = Writers.pdf(d, Writers.PdfLayout.WEB, rnd); }
                case "pdf-word" -> { ext = "pdf"; bytes = Writers.pdf(d, Writers.PdfLayout.WORD, rnd); }
                case "pdf-columns" -> { ext = "pdf"; bytes = Writers.pdf(d, Writers.PdfLayout.TWO_COLUMNS, rnd); }
                case "pdf-table" -> { ext = "pdf"; bytes = Writers.pdf(d, Writers.PdfLayout.TABLE, rnd); }
                case "docx" -> { ext = "docx"; bytes = Writers.docx(d, rnd); }
                case "odt" -> { ext = "odt"; bytes = Writers.odt(d, rnd); }
                case "html" -> { ext = "html"; bytes = Writers.html(d, rnd); }
                default -> { ext = "txt"; bytes = Writers.txt(d); }
            }
            Files.write(dir.resolve(id + "." + ext), bytes);
            Files.writeString(dir.resolve(id + ".json"), labels(d, a, id + "." + ext, format), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " documents to " + dir + "; " + people.heldOutSummary());
    }

    private static String labels(Doc d, Content.Applicant a, String file, String format) {
        var n = a.name();
        var sb = new StringBuilder("{\n");
        sb.append("  \"file\": ").append(q(file)).append(",\n");
        sb.append("  \"format\": ").append(q(format)).append(",\n");
        sb.append("  \"language\": ").append(q(d.language)).append(",\n");
        sb.append("  \"kind\": ").append(q(d.kind)).append(",\n");
        sb.append("  \"applicantOrigin\": ").append(q(n.origin())).append(",\n");
        sb.append("  \"photo\": ").append(d.photo).append(",\n");
        sb.append("  \"note\": ").append(q(d.note)).append(",\n");
        sb.append("  \"known\": {\"fullName\": ").append(q(n.full())).append(", \"email\": ").append(q(a.email()))
            .append(", \"phone\": ").append(q(a.phone())).append(", \"address\": ").append(q(a.street()))
            .append(", \"postalCode\": ").append(q(a.postal())).append(", \"town\": ").append(q(a.town()))
            .append(", \"birthDate\": ").append(q(a.birth().format(DateTimeFormatter.ISO_LOCAL_DATE)))
            .append(", \"cpr\": ").append(q(a.cpr())).append("},\n");
        sb.append("  \"spans\": [\n");
        int k = 0;
        for (var l : d.labels.values()) {
            sb.append(k++ == 0 ? "" : ",\n").append("    {\"type\": ").append(q(l.type())).append(", \"group\": ").append(q(l.group()));
            if (l.origin() != null) {
                sb.append(", \"origin\": ").append(q(l.origin())).append(", \"inGazetteer\": ").append(l.inGazetteer());
            }
            sb.append(", \"text\": ").append(q(l.text())).append('}');
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
