package dk.rekrut.matching.vector;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files an operator supplies for a sentence-embedding model, in one folder: {@code model.onnx} (or
 * {@code onnx/model.onnx}, as Hugging Face repositories lay it out), the tokenizer's vocabulary ({@code vocab.txt},
 * or {@code tokenizer.json} with a WordPiece model), and optionally {@value #SETTINGS}:
 * <pre>
 * lowercase=true           # default: tokenizer.json's normaliser, else tokenizer_config.json's do_lower_case, else true
 * query.prefix=query:\u0020   # E5 models: prepended to a CV or a title (default none)
 * passage.prefix=passage:\u0020 # E5 models: prepended to an occupation's text (default none)
 * max.tokens=128           # the model's window; longer texts are read in windows of this size (default 256)
 * pooling=mean             # mean (over the attention mask) or cls (default mean)
 * weight.title=0.5         # the vector signal's weight in the fusion, titles (see OccupationVectors)
 * weight.long=0.5          # ... and long texts
 * </pre>
 */
public record ModelFolder(Path dir, Path model, Path vocabulary, boolean lowerCase, boolean lowerCaseGiven,
                          String queryPrefix, String passagePrefix, int maxTokens, boolean clsPooling,
                          double titleWeight, double longWeight) {

    public static final String SETTINGS = "rekrut-vectors.properties";
    static final double DEFAULT_WEIGHT = 0.5;

    /** Reads the folder; a missing file or a bad setting is an {@link IllegalArgumentException} naming it. */
    public static ModelFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("vectors: no folder " + dir);
        }
        Path model = first(dir.resolve("model.onnx"), dir.resolve("onnx").resolve("model.onnx"));
        if (model == null) {
            throw new IllegalArgumentException("vectors: " + dir + " has no model.onnx");
        }
        Path vocab = first(dir.resolve("vocab.txt"), dir.resolve("tokenizer.json"));
        if (vocab == null) {
            throw new IllegalArgumentException("vectors: " + dir + " has neither vocab.txt nor tokenizer.json");
        }
        var p = new Properties();
        Path settings = dir.resolve(SETTINGS);
        if (Files.isRegularFile(settings)) {
            try (Reader r = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("vectors: cannot read " + settings + ": " + e.getMessage());
            }
        }
        String lower = p.getProperty("lowercase");
        boolean lowerCase = lower != null ? Boolean.parseBoolean(lower.strip()) : doLowerCase(dir);
        String pooling = p.getProperty("pooling", "mean").strip().toLowerCase(Locale.ROOT);
        if (!pooling.equals("mean") && !pooling.equals("cls")) {
            throw new IllegalArgumentException("vectors: " + SETTINGS + ": pooling must be mean or cls, not " + pooling);
        }
        return new ModelFolder(dir, model, vocab, lowerCase, lower != null, p.getProperty("query.prefix", ""),
            p.getProperty("passage.prefix", ""), (int) number(p, "max.tokens", 256, 8),
            pooling.equals("cls"), number(p, "weight.title", DEFAULT_WEIGHT, 0), number(p, "weight.long", DEFAULT_WEIGHT, 0));
    }

    private static Path first(Path... candidates) {
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    private static double number(Properties p, String key, double fallback, double min) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d >= min) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vectors: " + SETTINGS + ": " + key + " must be a number ≥ " + min
                + ", not '" + v + "'");
        }
    }

    // For a vocab.txt the casing is in tokenizer_config.json when the model ships one; uncased is BERT's default.
    private static boolean doLowerCase(Path dir) {
        Path config = dir.resolve("tokenizer_config.json");
        if (Files.isRegularFile(config)) {
            try {
                JsonNode n = JsonMapper.builder().build().readTree(Files.readString(config, StandardCharsets.UTF_8));
                if (n.has("do_lower_case")) {
                    return n.get("do_lower_case").asBoolean();
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("vectors: cannot read " + config + ": " + e.getMessage());
            }
        }
        return true;
    }

    /** The tokenizer the folder names. */
    public WordPiece tokenizer() throws IOException {
        if (vocabulary.getFileName().toString().equals("tokenizer.json")) {
            return WordPiece.fromTokenizerJson(vocabulary, lowerCaseGiven ? lowerCase : null);
        }
        return WordPiece.fromVocabTxt(vocabulary, lowerCase, lowerCase);
    }

    /** A hash of the model, the vocabulary and the settings that change a vector: what the vectors' cache is keyed by. */
    public String hash() throws IOException {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            for (Path f : new Path[] {model, vocabulary}) {
                try (InputStream in = Files.newInputStream(f)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        md.update(buf, 0, n);
                    }
                }
            }
            md.update((lowerCase + "|" + queryPrefix + "|" + passagePrefix + "|" + maxTokens + "|" + clsPooling)
                .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
