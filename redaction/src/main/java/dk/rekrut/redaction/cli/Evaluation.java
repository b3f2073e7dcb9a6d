package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.RedactionStatus;
import dk.rekrut.redaction.Span;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * {@code evaluate --corpus DIR}: runs the full redaction on every labelled document of a corpus and measures it.
 *
 * <p>A corpus document is a file plus {@code <name>.json} next to it: {@code {"file", "language", "known": {form data},
 * "spans": [{"type", "group": "known"|"other", "origin"?: "danish"|"non-danish", "inGazetteer"?, "text"}]}}. Labels are
 * values as written, not offsets, so the same labels hold for every format and hand-made documents are easy to add:
 * every occurrence of a labelled value in the extracted text is personal data.
 *
 * <ul>
 *   <li>Recall: a labelled occurrence counts as found when every visible character of it is inside a detected span.</li>
 *   <li>Precision: a detected span counts as right when it overlaps a labelled occurrence.</li>
 *   <li>Leaks: each released (CLEAN) rendition is read again here, independently of the engine's verifier (PDFBox text
 *   in reading order plus every string object in the file), and searched with this class's own matching for every
 *   value of the form and every known value as the applicant wrote it.</li>
 * </ul>
 * The targets are issue 6's; the exit code is 0 when all are met, 1 when one is missed, 2 on error.
 */
final class Evaluation {

    record Label(String type, String group, String origin, Boolean inGazetteer, String text) {
    }

    /** Found/total with a rate. */
    static final class Tally {
        long found;
        long total;

        void add(boolean hit) {
            total++;
            if (hit) {
                found++;
            }
        }

        double rate() {
            return total == 0 ? 1.0 : (double) found / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.4f (%d/%d)", rate(), found, total);
        }
    }

    record Targets(double knownRecall, double namesRecall, double maxOriginGap, double precision) {
        static final Targets ISSUE_6 = new Targets(0.995, 0.97, 0.01, 0.90);
    }

    /** Special categories of personal data (GDPR art. 9) and the native language level; recall is reported and held apart. */
    static final List<String> SPECIAL = List.of("HEALTH", "TRADE_UNION", "RELIGION", "POLITICS", "SEXUALITY", "LANGUAGE_LEVEL");
    /** Issue 17: recall of each special category on the corpus. */
    static final double SPECIAL_RECALL = 0.95;

    private final RedactionEngine engine;
    private final PrintStream out;
    private final boolean verbose;
    private double minSpecialRecall = SPECIAL_RECALL;

    private final Map<String, Tally> recallByType = new TreeMap<>();
    private final Map<String, Tally> precisionByType = new TreeMap<>();
    private final Map<String, Tally> recallByGroup = new LinkedHashMap<>();
    private final Tally precision = new Tally();
    private final Map<RedactionStatus, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> formats = new TreeMap<>();
    /** PDFs by rendition: "layout kept", or the reason they got the text rendition (page numbers left out). */
    private final Map<String, Integer> pdfRenditions = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int documents;
    private long characters;
    private long nanos;

    Evaluation(RedactionEngine engine, PrintStream out, boolean verbose) {
        this.engine = engine;
        this.out = out;
        this.verbose = verbose;
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path corpus = null;
        Path report = null;
        boolean verbose = false;
        var t = Targets.ISSUE_6;
        double known = t.knownRecall();
        double names = t.namesRecall();
        double gap = t.maxOriginGap();
        double precision = t.precision();
        double special = SPECIAL_RECALL;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--min-known-recall" -> known = Double.parseDouble(args[++i]);
                case "--min-name-recall" -> names = Double.parseDouble(args[++i]);
                case "--max-origin-gap" -> gap = Double.parseDouble(args[++i]);
                case "--min-precision" -> precision = Double.parseDouble(args[++i]);
                case "--min-special-recall" -> special = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (corpus == null || !Files.isDirectory(corpus)) {
            err.println("evaluate needs --corpus DIR (a folder of documents with <name>.json labels). Try --help.");
            return 2;
        }
        var engine = new RedactionEngine();
        Path root = corpus;
        var e = new Evaluation(engine, out, verbose);
        e.minSpecialRecall = special;
        e.evaluate(root, json -> !handmade(root, json));
        var hand = new Evaluation(engine, out, verbose);
        hand.minSpecialRecall = special;
        hand.evaluate(root, json -> handmade(root, json));
        String table = e.table();
        List<String> missed = new ArrayList<>(e.check(new Targets(known, names, gap, precision)));
        if (e.documents == 0 && hand.documents > 0) {
            missed.remove("no documents in the corpus"); // a corpus of hand-made documents only
        }
        var sb = new StringBuilder("Generated corpus (everything outside handmade/)\n").append(table).append(e.withheldLine()).append('\n');
        sb.append(hand.handmadeReport(missed));
        missed.addAll(hand.specialLeaksAndProblems("hand-made subset"));
        if (missed.isEmpty()) {
            sb.append("All targets met.\n");
        } else {
            sb.append("Targets missed:\n");
            missed.forEach(m -> sb.append("  - ").append(m).append('\n'));
        }
        out.print(sb);
        if (report != null) {
            Files.writeString(report, sb.toString(), StandardCharsets.UTF_8);
        }
        return missed.isEmpty() ? 0 : 1;
    }

    void evaluate(Path corpus) throws IOException {
        evaluate(corpus, json -> true);
    }

    /** The labelled documents of {@code corpus} whose label file {@code which} accepts. */
    void evaluate(Path corpus, java.util.function.Predicate<Path> which) throws IOException {
        List<Path> labels;
        try (Stream<Path> files = Files.walk(corpus)) {
            labels = files.filter(p -> p.getFileName().toString().endsWith(".json")).filter(which).sorted().toList();
        }
        for (Path json : labels) {
            document(json);
        }
    }

    @SuppressWarnings("unchecked")
    private void document(Path json) throws IOException {
        var m = (Map<String, Object>) Json.parse(Files.readString(json, StandardCharsets.UTF_8));
        Path file = json.resolveSibling((String) m.get("file"));
        String language = (String) m.get("language");
        KnownPersonalData known = m.get("known") instanceof Map<?, ?> k ? JsonOut.known(k) : KnownPersonalData.NONE;
        List<Label> gold = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("spans", List.of())) {
            var l = (Map<String, Object>) o;
            gold.add(new Label((String) l.get("type"), (String) l.getOrDefault("group", "other"), (String) l.get("origin"),
                (Boolean) l.get("inGazetteer"), (String) l.get("text")));
        }
        String name = corpus(json);
        byte[] bytes = Files.readAllBytes(file);
        long t0 = System.nanoTime();
        RedactionResult r = engine.redact(bytes, Main.mediaType(file.toString()), language, known);
        nanos += System.nanoTime() - t0;
        documents++;
        statuses.merge(r.status(), 1, Integer::sum);
        if (r.status() == RedactionStatus.WITHHELD) {
            withheld.add(name + ": " + r.withheld().stream().map(dk.rekrut.redaction.WithheldReason::code).toList());
        }
        if (r.spans().stream().anyMatch(sp -> sp.reason() != null && sp.reason().startsWith("verification"))) {
            completedByVerification++;
        }
        formats.merge(String.valueOf(m.getOrDefault("format", extension(file))), 1, Integer::sum);
        if (r.status() == RedactionStatus.FAILED) {
            problems.add(name + ": FAILED (" + r.error() + ")");
            for (Label g : gold) {
                tally(g, false);
            }
            return;
        }
        if (r.report().inputFormat().equals("application/pdf")) {
            String why = r.report().textRenditionReason();
            pdfRenditions.merge(r.report().layoutKept() ? "layout kept"
                : "text rendition: " + (why == null ? "?" : why.replaceAll("page \\d+:? ?", "")), 1, Integer::sum);
        }
        String text = r.extractedText();
        characters += text.length();
        boolean[] covered = new boolean[text.length()];
        for (Span s : r.spans()) {
            for (int i = s.start(); i < s.end() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        List<int[]> occurrences = new ArrayList<>();
        for (Label g : gold) {
            Matcher mm = occurrence(g).matcher(text);
            boolean any = false;
            while (mm.find()) {
                any = true;
                occurrences.add(new int[] {mm.start(), mm.end()});
                boolean hit = true;
                for (int i = mm.start(); i < mm.end(); i++) {
                    hit &= covered[i] || !Character.isLetterOrDigit(text.charAt(i));
                }
                tally(g, hit);
                if (!hit) {
                    misses.add(name + " " + g.group() + " " + g.type() + ": " + context(text, mm.start(), mm.end()));
                }
            }
            if (!any) {
                problems.add(name + ": labelled " + g.type() + " \"" + g.text() + "\" is not in the extracted text");
            }
        }
        for (Span s : r.spans()) {
            boolean right = occurrences.stream().anyMatch(o -> o[0] < s.end() && s.start() < o[1]);
            precision.add(right);
            precisionByType.computeIfAbsent(s.type().name(), k -> new Tally()).add(right);
            if (!right) {
                falsePositives.add(name + " " + s.type() + ": " + context(text, s.start(), s.end()) + " (" + s.reason() + ")");
            }
        }
        if (r.pdf() != null) {
            for (String leak : leaks(r.pdf(), known, gold)) {
                leaks.add(name + " (" + r.status() + "): " + leak);
            }
        }
    }

    private static String corpus(Path json) {
        String n = json.getFileName().toString();
        return n.substring(0, n.length() - 5);
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private void tally(Label g, boolean hit) {
        recallByType.computeIfAbsent(g.type(), k -> new Tally()).add(hit);
        if (g.group().equals("known")) {
            group("known values (the form's data as written)").add(hit);
        }
        switch (g.type()) {
            case "EMAIL" -> group("e-mails").add(hit);
            case "PHONE" -> group("phones").add(hit);
            case "CPR" -> group("CPR numbers").add(hit);
            default -> { }
        }
        if (DIRECT.contains(g.type())) {
            group(DIRECT_GROUP).add(hit);
        }
        if (g.type().equals("NAME")) {
            String origin = g.origin() == null ? "unknown" : g.origin();
            group("names, " + origin + " origin").add(hit);
            if (g.group().equals("other")) {
                group("names not in the form").add(hit);
                group("names not in the form, " + origin + " origin").add(hit);
                if (Boolean.FALSE.equals(g.inGazetteer())) {
                    group("names not in the form, not in any gazetteer").add(hit);
                }
            }
        }
    }

    /** Types that identify a person by themselves: issue 17's "direct identifiers". */
    static final Set<String> DIRECT = Set.of("NAME", "EMAIL", "PHONE", "ADDRESS", "BIRTH_DATE", "CPR", "URL");
    static final String DIRECT_GROUP = "direct identifiers (NAME, EMAIL, PHONE, ADDRESS, BIRTH_DATE, CPR, URL)";

    private Tally group(String name) {
        return recallByGroup.computeIfAbsent(name, k -> new Tally());
    }

    /** Every occurrence of a labelled value: whole words, any spacing; names as written or in capitals. */
    static Pattern occurrence(Label g) {
        var sb = new StringBuilder();
        for (String piece : g.text().strip().split("\\s+")) {
            sb.append(sb.isEmpty() ? "" : "\\s+").append(Pattern.quote(piece));
        }
        String body = sb.toString();
        if (g.type().equals("NAME")) {
            var upper = new StringBuilder();
            for (String piece : g.text().strip().toUpperCase(Locale.ROOT).split("\\s+")) {
                upper.append(upper.isEmpty() ? "" : "\\s+").append(Pattern.quote(piece));
            }
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + "|" + upper + ")(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // ------------------------------------------------------------------------------------------ leaks

    /**
     * The released rendition read again, without the engine's verifier: visible text in reading order and every
     * string in the file; searched for the form's values and the known values as written.
     */
    static List<String> leaks(byte[] pdf, KnownPersonalData k, List<Label> gold) {
        String text;
        var strings = new StringBuilder();
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
            var cos = doc.getDocument();
            for (var key : cos.getXrefTable().keySet()) {
                collect(cos.getObjectFromPool(key).getObject(), strings, 0);
            }
            collect(cos.getTrailer(), strings, 0);
        } catch (IOException | RuntimeException e) {
            return List.of("the released PDF cannot be read: " + e.getMessage());
        }
        String all = text + "\n" + strings;
        Set<String> out = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        if (present(k.fullName())) {
            for (String part : k.fullName().strip().split("[\\s-]+")) {
                if (part.length() >= 2) {
                    words.add(part);
                }
            }
        }
        for (Label g : gold) {
            if (g.group().equals("known") && g.type().equals("NAME")) {
                for (String part : g.text().strip().split("[\\s,]+")) {
                    if (part.replace(".", "").length() >= 2) {
                        words.add(part);
                    }
                }
            }
        }
        for (String w : words) {
            var p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Pattern.quote(w) + "|" + Pattern.quote(w.toUpperCase(Locale.ROOT))
                + ")(?![\\p{L}\\p{N}])");
            if (p.matcher(all).find()) {
                out.add("name part");
            }
        }
        String squashed = squash(all);
        List<String> values = new ArrayList<>();
        if (present(k.email())) {
            values.add(k.email());
            String local = k.email().contains("@") ? k.email().substring(0, k.email().indexOf('@')) : k.email();
            if (local.length() >= 4) {
                values.add(local);
            }
        }
        if (present(k.address())) {
            values.add(k.address().replaceAll(",.*$", ""));
        }
        for (Label g : gold) {
            if (g.group().equals("known") && !g.type().equals("NAME")) {
                values.add(g.text());
            }
        }
        for (String v : values) {
            String s = squash(v);
            if (s.length() >= 5 && squashed.contains(s)) {
                out.add("known value (" + v.replaceAll("\\p{L}", "x").replaceAll("\\d", "9") + ")");
            }
        }
        String digits = text.replaceAll("[\\s./-]", "");
        List<String> numbers = new ArrayList<>();
        if (present(k.phone())) {
            String d = k.phone().replaceAll("\\D", "");
            numbers.add(d.length() > 8 ? d.substring(d.length() - 8) : d);
        }
        if (present(k.cpr())) {
            numbers.add(k.cpr().replaceAll("\\D", ""));
        }
        if (k.birthDate() != null) {
            for (String p : List.of("ddMMyyyy", "dMyyyy", "yyyyMMdd", "ddMMyy")) {
                numbers.add(k.birthDate().format(DateTimeFormatter.ofPattern(p)));
            }
        }
        for (String n : numbers) {
            if (n.length() >= 6 && digits.contains(n)) {
                out.add("known number (" + n.length() + " digits)");
            }
        }
        return List.copyOf(out);
    }

    private static void collect(COSBase b, StringBuilder sb, int depth) throws IOException {
        if (b == null || depth > 30) {
            return;
        }
        if (b instanceof COSString s) {
            sb.append(s.getString()).append('\n');
        } else if (b instanceof COSArray a) {
            for (COSBase x : a) {
                collect(x instanceof COSObject ? null : x, sb, depth + 1);
            }
        } else if (b instanceof COSDictionary d) {
            for (var e : d.entrySet()) {
                collect(e.getValue() instanceof COSObject ? null : e.getValue(), sb, depth + 1);
            }
            // Metadata and attached files carry text; page content and font programs do not carry it as such.
            if (d instanceof COSStream s && (COSName.METADATA.equals(s.getCOSName(COSName.TYPE))
                || COSName.EMBEDDED_FILE.equals(s.getCOSName(COSName.TYPE)))) {
                try (var in = s.createInputStream()) {
                    sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String context(String text, int start, int end) {
        int a = Math.max(0, start - 30);
        int b = Math.min(text.length(), end + 30);
        return (text.substring(a, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, b)).replace('\n', '⏎');
    }

    // ------------------------------------------------------------------------------------------ results

    private static double f2(double p, double r) {
        return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
    }

    String table() {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Corpus: %d documents %s, %,d characters extracted%n", documents, formats, characters));
        sb.append("Statuses: ").append(statuses).append('\n');
        sb.append(String.format(Locale.ROOT, "Time: %.1f ms per document (extract, detect, render, verify)%n%n",
            documents == 0 ? 0 : nanos / 1e6 / documents));
        sb.append(String.format(Locale.ROOT, "%-12s %22s %22s %7s%n", "type", "precision", "recall", "F2"));
        Set<String> types = new java.util.TreeSet<>(recallByType.keySet());
        types.addAll(precisionByType.keySet());
        long labelled = 0;
        long found = 0;
        for (String t : types) {
            Tally p = precisionByType.getOrDefault(t, new Tally());
            Tally r = recallByType.getOrDefault(t, new Tally());
            labelled += r.total;
            found += r.found;
            sb.append(String.format(Locale.ROOT, "%-12s %22s %22s %7.4f%n", t, p, r, f2(p.rate(), r.rate())));
        }
        double overallRecall = labelled == 0 ? 1 : (double) found / labelled;
        sb.append(String.format(Locale.ROOT, "%-12s %22s %22s %7.4f%n%n", "overall", precision,
            String.format(Locale.ROOT, "%.4f (%d/%d)", overallRecall, found, labelled), f2(precision.rate(), overallRecall)));
        sb.append("Recall by group\n");
        recallByGroup.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-52s %s%n", k, v)));
        sb.append("Recall of special categories (GDPR art. 9) and native language level\n");
        for (String t : SPECIAL) {
            Tally r = recallByType.getOrDefault(t, new Tally());
            sb.append(String.format(Locale.ROOT, "  %-52s %s%n", t, r.total == 0 ? "no labels" : r.toString()));
        }
        sb.append(String.format(Locale.ROOT, "Known values left in released documents (independent re-reading): %d%n", leaks.size()));
        leaks.forEach(l -> sb.append("  ").append(l).append('\n'));
        if (!problems.isEmpty()) {
            sb.append("Corpus problems (").append(problems.size()).append(")\n");
            problems.stream().limit(20).forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        int n = verbose ? Integer.MAX_VALUE : 15;
        sb.append("Misses (").append(misses.size()).append(")\n");
        misses.stream().limit(n).forEach(p -> sb.append("  ").append(p).append('\n'));
        sb.append("False positives (").append(falsePositives.size()).append(")\n");
        falsePositives.stream().limit(n).forEach(p -> sb.append("  ").append(p).append('\n'));
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ the hand-made subset

    /** Issue 17's targets for the hand-made real-format documents, gated from this many documents on. */
    static final int HANDMADE_GATE_FROM = 10;
    static final double MAX_WITHHELD_SHARE = 0.05;
    static final double MIN_DIRECT_RECALL = 0.97;

    /** Whether a label file stands in a folder named {@code handmade} below the corpus (or the corpus is one). */
    static boolean handmade(Path corpus, Path json) {
        for (Path part : corpus.toAbsolutePath().normalize().relativize(json.toAbsolutePath().normalize())) {
            if (part.toString().equals("handmade")) {
                return true;
            }
        }
        return corpus.toAbsolutePath().normalize().getFileName() != null
            && corpus.toAbsolutePath().normalize().toString().matches(".*[/\\\\]handmade(?:[/\\\\].*)?");
    }

    double withheldShare() {
        return documents == 0 ? 0 : (double) statuses.getOrDefault(RedactionStatus.WITHHELD, 0) / documents;
    }

    /** Withheld documents with their reasons (kind of data and place, no value). */
    private final List<String> withheld = new ArrayList<>();
    /** Documents where the verifier's checks found something detection missed, redacted in the loop. */
    private int completedByVerification;

    String withheldLine() {
        var sb = new StringBuilder(String.format(Locale.ROOT, "Withheld: %.4f (%d/%d documents)%n", withheldShare(),
            statuses.getOrDefault(RedactionStatus.WITHHELD, 0), documents));
        withheld.forEach(w -> sb.append("  ").append(w).append('\n'));
        sb.append(String.format(Locale.ROOT, "Completed by verification (redacted in the loop, not withheld): %d documents%n",
            completedByVerification));
        int pdfs = pdfRenditions.values().stream().mapToInt(Integer::intValue).sum();
        if (pdfs > 0) {
            sb.append(String.format(Locale.ROOT, "PDF renditions keeping the layout: %d/%d%n",
                pdfRenditions.getOrDefault("layout kept", 0), pdfs));
            pdfRenditions.forEach((k, v) -> {
                if (!k.equals("layout kept")) {
                    sb.append("  ").append(v).append(" × ").append(k).append('\n');
                }
            });
        }
        return sb.toString();
    }

    /** The hand-made subset's table and its gate; a missed target is added to {@code missed}. */
    String handmadeReport(List<String> missed) {
        var sb = new StringBuilder("\nHand-made real-format subset (handmade/)\n");
        if (documents == 0) {
            return sb.append("No documents.\n").toString();
        }
        sb.append(table()).append(withheldLine());
        Tally direct = recallByGroup.getOrDefault(DIRECT_GROUP, new Tally());
        sb.append(String.format(Locale.ROOT, "Direct-identifier recall: %s%n", direct));
        if (documents < HANDMADE_GATE_FROM) {
            sb.append(String.format(Locale.ROOT, "Not gated: %d documents, the gate (withheld <= %.0f %%, direct-identifier recall >= %.2f)"
                + " starts at %d.%n", documents, MAX_WITHHELD_SHARE * 100, MIN_DIRECT_RECALL, HANDMADE_GATE_FROM));
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "Gated (%d documents): withheld <= %.0f %%, direct-identifier recall >= %.2f.%n", documents,
            MAX_WITHHELD_SHARE * 100, MIN_DIRECT_RECALL));
        if (withheldShare() > MAX_WITHHELD_SHARE + 1e-9) {
            missed.add(String.format(Locale.ROOT, "hand-made subset: withheld share %.4f > %.2f", withheldShare(), MAX_WITHHELD_SHARE));
        }
        if (direct.rate() < MIN_DIRECT_RECALL) {
            missed.add(String.format(Locale.ROOT, "hand-made subset: direct-identifier recall %.4f < %.2f", direct.rate(), MIN_DIRECT_RECALL));
        }
        return sb.toString();
    }

    /** What fails any subset whatever its size: a special category below its recall, a known value left, a problem. */
    List<String> specialLeaksAndProblems(String subset) {
        List<String> missed = new ArrayList<>();
        specialMisses(missed);
        if (!leaks.isEmpty()) {
            missed.add(subset + ": " + leaks.size() + " known values left in released documents");
        }
        if (!problems.isEmpty()) {
            missed.add(subset + ": " + problems.size() + " corpus problems (failed documents or labels not in the extracted text)");
        }
        return missed;
    }

    private void specialMisses(List<String> missed) {
        for (String type : SPECIAL) {
            Tally r = recallByType.get(type);
            if (r != null && r.total > 0 && r.rate() < minSpecialRecall) {
                missed.add(String.format(Locale.ROOT, "recall of special category %s %.4f < %.3f", type, r.rate(), minSpecialRecall));
            }
        }
    }

    List<String> check(Targets t) {
        List<String> missed = new ArrayList<>();
        for (String g : List.of("known values (the form's data as written)", "e-mails", "phones", "CPR numbers")) {
            Tally v = recallByGroup.get(g);
            if (v != null && v.rate() < t.knownRecall()) {
                missed.add(String.format(Locale.ROOT, "recall of %s %.4f < %.3f", g, v.rate(), t.knownRecall()));
            }
        }
        Tally names = recallByGroup.get("names not in the form");
        if (names != null && names.rate() < t.namesRecall()) {
            missed.add(String.format(Locale.ROOT, "recall of names not in the form %.4f < %.3f", names.rate(), t.namesRecall()));
        }
        for (String prefix : List.of("names, ", "names not in the form, ")) {
            Tally da = recallByGroup.get(prefix + "danish origin");
            Tally other = recallByGroup.get(prefix + "non-danish origin");
            if (da != null && other != null && Math.abs(da.rate() - other.rate()) > t.maxOriginGap() + 1e-9) {
                missed.add(String.format(Locale.ROOT, "gap between Danish and non-Danish origin (%s) %.4f > %.3f", prefix.strip(),
                    Math.abs(da.rate() - other.rate()), t.maxOriginGap()));
            }
        }
        specialMisses(missed);
        if (precision.rate() < t.precision()) {
            missed.add(String.format(Locale.ROOT, "precision %.4f < %.3f", precision.rate(), t.precision()));
        }
        if (!leaks.isEmpty()) {
            missed.add(leaks.size() + " known values left in released documents");
        }
        if (!problems.isEmpty()) {
            missed.add(problems.size() + " corpus problems (failed documents or labels not in the extracted text)");
        }
        if (documents == 0) {
            missed.add("no documents in the corpus");
        }
        return missed;
    }
}
