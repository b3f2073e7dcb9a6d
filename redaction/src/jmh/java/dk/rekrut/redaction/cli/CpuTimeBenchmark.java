package dk.rekrut.redaction.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import dk.rekrut.redaction.cli.BenchmarkCorpus.Doc;
import dk.rekrut.redaction.RedactionEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The same work as {@link RedactionBenchmark}, timed by the CPU time of the measuring thread as well as by the wall
 * clock. On the shared two-core machine the wall clock mostly measures the other workers' load (JMH's figures swing by
 * a factor of two from one run to the next); CPU time is what the engine itself costs.
 *
 * <pre>java -cp ... dk.rekrut.redaction.cli.CpuTimeBenchmark [corpus-dir] [warm-up rounds] [measured rounds]</pre>
 */
public final class CpuTimeBenchmark {

    private CpuTimeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "redaction/corpus");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        var engine = new RedactionEngine();
        var corpus = BenchmarkCorpus.load(dir, engine);
        List<Doc> docs = corpus.texts();
        List<Doc> pdfs = corpus.pdfs();
        long bytes = corpus.textBytes();
        long pdfTextBytes = corpus.pdfTextBytes();
        System.out.printf(Locale.ROOT, "corpus: %d texts, %d bytes of text; %d PDFs%n", docs.size(), bytes, pdfs.size());
        double[] detect = time(warm, rounds, () -> {
            for (Doc d : docs) {
                engine.detect(d.text(), d.language(), d.known());
            }
        });
        System.out.printf(Locale.ROOT, "detection: %.2f MB/s by CPU time (%.1f ms CPU per pass), %.2f MB/s by wall clock%n",
            bytes / 1e6 / (detect[0] / 1e3), detect[0], bytes / 1e6 / (detect[1] / 1e3));
        double[] redact = time(warm, rounds, () -> {
            for (Doc d : pdfs) {
                engine.redact(d.pdf(), "application/pdf", d.language(), d.known());
            }
        });
        double[] bare = time(warm, rounds, () -> {
            for (Doc d : pdfs) {
                try (var doc = Loader.loadPDF(d.pdf()); var out = new ByteArrayOutputStream()) {
                    new PDFTextStripper().getText(doc);
                    doc.save(out);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        System.out.printf(Locale.ROOT, "PDF redaction: %.2f ms CPU per PDF, bare PDFBox load+extract+save: %.2f ms CPU per PDF, "
            + "ratio %.2f (wall clock: %.2f / %.2f ms, ratio %.2f)%n", redact[0] / pdfs.size(), bare[0] / pdfs.size(),
            redact[0] / bare[0], redact[1] / pdfs.size(), bare[1] / pdfs.size(), redact[1] / bare[1]);
        // The PDF path without detection: the detection of the PDFs' own texts, timed alone, is subtracted. The
        // verifier's search (which uses the known-value detector) stays in. The projection puts detection at the
        // issue's 5 MB/s instead.
        double[] detectPdf = time(warm, rounds, () -> {
            for (Doc d : pdfs) {
                engine.detect(d.text(), d.language(), d.known());
            }
        });
        double rest = redact[0] - detectPdf[0];
        double at5 = pdfTextBytes / 5e6 * 1e3;
        System.out.printf(Locale.ROOT, "PDF path without detection: %.2f ms CPU per PDF (detection of the %d bytes of PDF text: "
            + "%.2f ms CPU per PDF, %.2f MB/s), ratio %.2f; with detection at 5 MB/s: ratio %.2f%n", rest / pdfs.size(),
            pdfTextBytes, detectPdf[0] / pdfs.size(), pdfTextBytes / 1e6 / (detectPdf[0] / 1e3), rest / bare[0],
            (rest + at5) / bare[0]);
    }

    /** {CPU ms, wall ms} per round, the median of the measured rounds. */
    private static double[] time(int warm, int rounds, Runnable work) {
        var mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warm; i++) {
            work.run();
        }
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            work.run();
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[i] = (System.nanoTime() - w0) / 1e6;
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        return new double[] {cpu[rounds / 2], wall[rounds / 2]};
    }
}
