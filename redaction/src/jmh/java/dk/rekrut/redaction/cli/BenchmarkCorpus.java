package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;

/**
 * The labelled corpus as both speed harnesses read it: every document's extracted text (what detection is timed on)
 * and the PDFs (what the PDF path is timed on). Sizes are of the UTF-8 text and of the PDF files.
 */
record BenchmarkCorpus(List<Doc> texts, List<Doc> pdfs, long textBytes, long pdfTextBytes, long pdfBytes) {

    /** One document: its extracted text, language and the form's known data; for a PDF also the file's bytes. */
    record Doc(String text, String language, KnownPersonalData known, byte[] pdf) {
    }

    @SuppressWarnings("unchecked")
    static BenchmarkCorpus load(Path dir, RedactionEngine engine) throws IOException {
        List<Path> labels;
        try (Stream<Path> files = Files.walk(dir)) {
            labels = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var texts = new ArrayList<Doc>();
        var pdfs = new ArrayList<Doc>();
        long textBytes = 0;
        long pdfTextBytes = 0;
        long pdfBytes = 0;
        for (Path json : labels) {
            var m = (Map<String, Object>) Json.parse(Files.readString(json));
            Path file = json.resolveSibling((String) m.get("file"));
            String language = (String) m.get("language");
            KnownPersonalData known = m.get("known") instanceof Map<?, ?> k ? JsonOut.known(k) : KnownPersonalData.NONE;
            byte[] content = Files.readAllBytes(file);
            String text = engine.redact(content, Main.mediaType(file.toString()), language, known).extractedText();
            int size = text.getBytes(StandardCharsets.UTF_8).length;
            textBytes += size;
            texts.add(new Doc(text, language, known, null));
            if (file.toString().endsWith(".pdf")) {
                pdfs.add(new Doc(text, language, known, content));
                pdfTextBytes += size;
                pdfBytes += content.length;
            }
        }
        return new BenchmarkCorpus(List.copyOf(texts), List.copyOf(pdfs), textBytes, pdfTextBytes, pdfBytes);
    }
}
