package dk.rekrut.redaction.cli;

import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.cli.BenchmarkCorpus.Doc;
import dk.rekrut.redaction.detect.Detector;
import dk.rekrut.redaction.extract.Extraction;
import dk.rekrut.redaction.render.PdfLayoutRendition;
import dk.rekrut.redaction.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Where a PDF's redaction spends its CPU time, stage by stage, in one JVM, on the corpus's PDFs: each stage is
 * called through the engine's public steps and timed by the measuring thread's CPU time, per document, and the
 * groups (bare baseline, input load, whole redaction, the pipeline's stages) run in an order rotated every pass.
 * Stages that the whole redaction does and the parts here do not (the verifier's checks before rendering, the
 * report) are what is left of the whole after the parts.
 *
 * <pre>java -cp ... dk.rekrut.redaction.cli.PdfStageBenchmark [corpus-dir] [warm-up passes] [measured passes]</pre>
 */
public final class PdfStageBenchmark {

    private static final String[] STAGES = {
        "bare: load + PDFTextStripper.getText + save",
        "whole redaction (RedactionEngine.redact)",
        "load of the input alone",
        "extraction (load + positional extraction)",
        "detection (with the blocks' offsets)",
        "layout rendition (rewrite + save + verification)",
        "layout verification (load + readings + searches)",
        "load of the output alone",
        "deflate the output's content at level 6",
        "deflate the output's content at level 1",
    };

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final RedactionEngine engine = new RedactionEngine();
    private final Detector detector = new Detector();
    private long[] totals = new long[STAGES.length];
    private int kept;

    private PdfStageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        new PdfStageBenchmark().run(dir, warm, passes);
    }

    private void run(Path dir, int warm, int passes) throws Exception {
        List<Doc> pdfs = BenchmarkCorpus.load(dir, engine).pdfs();
        List<long[]> measured = new ArrayList<>();
        for (int pass = 0; pass < warm + passes; pass++) {
            totals = new long[STAGES.length];
            kept = 0;
            for (Doc d : pdfs) {
                for (int g = 0; g < 4; g++) {
                    group((g + pass) % 4, d);
                }
            }
            if (pass >= warm) {
                measured.add(totals);
            }
        }
        System.out.printf(Locale.ROOT, "%d PDFs, %d keep their layout; %d warm-up + %d measured passes; CPU ms per PDF%n",
            pdfs.size(), kept, warm, passes);
        for (int s = 0; s < STAGES.length; s++) {
            double[] v = new double[measured.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = measured.get(i)[s] / 1e6 / pdfs.size();
            }
            Arrays.sort(v);
            System.out.printf(Locale.ROOT, "%-52s median %.3f (quartiles %.3f-%.3f)%n", STAGES[s], v[v.length / 2],
                v[v.length / 4], v[v.length * 3 / 4]);
        }
    }

    private void group(int g, Doc d) throws Exception {
        switch (g) {
            case 0 -> {
                long t = mx.getCurrentThreadCpuTime();
                try (var doc = Loader.loadPDF(d.pdf()); var out = new ByteArrayOutputStream()) {
                    new PDFTextStripper().getText(doc);
                    doc.save(out);
                }
                totals[0] += mx.getCurrentThreadCpuTime() - t;
            }
            case 1 -> {
                long t = mx.getCurrentThreadCpuTime();
                engine.redact(d.pdf(), "application/pdf", d.language(), d.known());
                totals[1] += mx.getCurrentThreadCpuTime() - t;
            }
            case 2 -> {
                long t = mx.getCurrentThreadCpuTime();
                Loader.loadPDF(d.pdf()).close();
                totals[2] += mx.getCurrentThreadCpuTime() - t;
            }
            default -> pipeline(d);
        }
    }

    private void pipeline(Doc d) throws Exception {
        long t = mx.getCurrentThreadCpuTime();
        try (Extraction extraction = Extraction.read(d.pdf(), "application/pdf")) {
            long t1 = mx.getCurrentThreadCpuTime();
            String text = extraction.text();
            // Every corpus document gives its language, as the benchmark's redaction is given it.
            List<Span> spans = detector.detectWithText(text, d.language(), d.known(), extraction.offsets());
            long t2 = mx.getCurrentThreadCpuTime();
            byte[] pdf = PdfLayoutRendition.render(extraction, spans, d.known()).pdf();
            long t3 = mx.getCurrentThreadCpuTime();
            totals[3] += t1 - t;
            totals[4] += t2 - t1;
            totals[5] += t3 - t2;
            if (pdf == null) {
                return;
            }
            kept++;
            long t4 = mx.getCurrentThreadCpuTime();
            Verifier.verifyLayout(pdf, d.known(), spans, extraction.glyphs().fonts());
            long t5 = mx.getCurrentThreadCpuTime();
            Loader.loadPDF(pdf).close();
            long t6 = mx.getCurrentThreadCpuTime();
            totals[6] += t5 - t4;
            totals[7] += t6 - t5;
            List<byte[]> contents = contents(pdf);
            totals[8] += deflate(contents, 6);
            totals[9] += deflate(contents, 1);
        }
    }

    private static List<byte[]> contents(byte[] pdf) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (var doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                try (var in = page.getContents()) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }

    private long deflate(List<byte[]> contents, int level) {
        long t = mx.getCurrentThreadCpuTime();
        byte[] buffer = new byte[8192];
        for (byte[] c : contents) {
            var deflater = new Deflater(level);
            deflater.setInput(c);
            deflater.finish();
            while (!deflater.finished()) {
                deflater.deflate(buffer);
            }
            deflater.end();
        }
        return mx.getCurrentThreadCpuTime() - t;
    }
}
