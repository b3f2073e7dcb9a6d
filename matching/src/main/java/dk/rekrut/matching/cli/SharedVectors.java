package dk.rekrut.matching.cli;

import dk.rekrut.matching.vector.OccupationVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared {@code --vectors DIR} and {@code --vector-weight W} options: an operator-supplied sentence-embedding model
 * fused with the lexical signals. They set, for one command, the system properties that every occupation ranker the
 * command builds reads ({@link OccupationVectors#configured}), the evaluation's included; {@link #restore} puts the
 * previous values back, so one command's model does not outlive it in a process that runs several (the tests).
 */
final class SharedVectors {

    static final String HELP = """
          --vectors DIR (occupations, match, serve, evaluate, index) fuse a sentence-embedding model in DIR (model.onnx
                        and vocab.txt or tokenizer.json; see matching/README.md); default: $%s, else none
          --vector-weight W  the vector signal's weight in the fusion (default: the model folder's settings)"""
        .formatted(OccupationVectors.ENV);

    private final String previousDir = System.getProperty(OccupationVectors.PROPERTY);
    private final String previousWeight = System.getProperty(OccupationVectors.WEIGHT_PROPERTY);

    /** Takes the options out of a command's arguments and applies them. */
    List<String> take(List<String> rest) {
        var out = new ArrayList<String>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            String name = a.startsWith("--vectors") ? "vectors" : a.startsWith("--vector-weight") ? "vector-weight" : null;
            if (name == null || !(a.equals("--" + name) || a.startsWith("--" + name + "="))) {
                out.add(a);
                continue;
            }
            String value = a.equals("--" + name) ? (i + 1 < rest.size() ? rest.get(++i) : null)
                : a.substring(name.length() + 3);
            if (value == null || value.isBlank()) {
                throw new UsageException("--" + name + " needs a value");
            }
            if (name.equals("vectors")) {
                if (!Files.isDirectory(Path.of(value))) {
                    throw new UsageException("--vectors: no folder " + value);
                }
                System.setProperty(OccupationVectors.PROPERTY, value);
            } else {
                try {
                    if (!(Double.parseDouble(value.strip()) >= 0)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new UsageException("--vector-weight must be a number ≥ 0, not '" + value + "'");
                }
                System.setProperty(OccupationVectors.WEIGHT_PROPERTY, value.strip());
            }
        }
        return out;
    }

    void restore() {
        set(OccupationVectors.PROPERTY, previousDir);
        set(OccupationVectors.WEIGHT_PROPERTY, previousWeight);
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
