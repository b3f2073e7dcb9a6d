package dk.rekrut.redaction.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dk.rekrut.redaction.cli.BenchmarkCorpus.Doc;
import dk.rekrut.redaction.RedactionEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6, speed, on the evaluation corpus ({@code -p corpus=DIR}, default redaction/corpus):
 * <ul>
 *   <li>{@code detect}: one operation is detection (with the form's known data) over the extracted text of every
 *   corpus document; MB/s = the texts' UTF-8 size (printed at setup) / the time per operation.</li>
 *   <li>{@code redactPdfs}: one operation is the full redaction (extract, detect, render, verify) of every corpus PDF;
 *   {@code barePdfBox}: a PDFBox load, text extraction and save of the same files. The ratio is the target.</li>
 * </ul>
 * Single-threaded; the engine is built once (gazetteers load once) as in a service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class RedactionBenchmark {

    @Param("redaction/corpus")
    public String corpus;

    private final RedactionEngine engine = new RedactionEngine();
    private List<Doc> docs;
    private List<Doc> pdfs;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(corpus);
        if (!Files.isDirectory(dir) && Files.isDirectory(Path.of("..").resolve(corpus))) {
            dir = Path.of("..").resolve(corpus);
        }
        var corpus = BenchmarkCorpus.load(dir, engine);
        docs = corpus.texts();
        pdfs = corpus.pdfs();
        System.out.printf("%n[corpus] %d texts, %d bytes of extracted text (UTF-8); %d PDFs, %d bytes%n", docs.size(),
            corpus.textBytes(), pdfs.size(), corpus.pdfBytes());
    }

    @Benchmark
    public void detect(Blackhole bh) {
        for (Doc d : docs) {
            bh.consume(engine.detect(d.text(), d.language(), d.known()));
        }
    }

    @Benchmark
    public void redactPdfs(Blackhole bh) {
        for (Doc d : pdfs) {
            bh.consume(engine.redact(d.pdf(), "application/pdf", d.language(), d.known()).pdf());
        }
    }

    @Benchmark
    public void barePdfBox(Blackhole bh) throws IOException {
        for (Doc d : pdfs) {
            try (var doc = Loader.loadPDF(d.pdf()); var out = new ByteArrayOutputStream()) {
                bh.consume(new PDFTextStripper().getText(doc));
                doc.save(out);
                bh.consume(out.size());
            }
        }
    }
}
