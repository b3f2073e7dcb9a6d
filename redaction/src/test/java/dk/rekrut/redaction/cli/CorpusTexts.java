package dk.rekrut.redaction.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;

/** The evaluation corpus as texts with their language and known data, extracted the way the evaluation does. */
public final class CorpusTexts {

    public record Text(String name, String text, String language, KnownPersonalData known) {
    }

    private CorpusTexts() {
    }

    @SuppressWarnings("unchecked")
    public static List<Text> load(Path dir) throws IOException {
        var engine = new RedactionEngine();
        List<Path> labels;
        try (Stream<Path> files = Files.walk(dir)) {
            labels = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Text> out = new ArrayList<>();
        for (Path json : labels) {
            var m = (Map<String, Object>) Json.parse(Files.readString(json));
            Path file = json.resolveSibling((String) m.get("file"));
            String language = (String) m.get("language");
            KnownPersonalData known = m.get("known") instanceof Map<?, ?> k ? JsonOut.known(k) : KnownPersonalData.NONE;
            String text = engine.redact(Files.readAllBytes(file), Main.mediaType(file.toString()), language, known).extractedText();
            out.add(new Text(file.getFileName().toString(), text, language, known));
        }
        return out;
    }
}
