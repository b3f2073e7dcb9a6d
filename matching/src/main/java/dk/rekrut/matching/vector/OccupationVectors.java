package dk.rekrut.matching.vector;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The optional vector signal for occupations from text: every occupation's vector (its English and Danish preferred
 * labels and its description, embedded once as a passage) and, for a query, the cosine similarity of the text's vector
 * to each, added to the lexical fusion's score:
 * <pre>score = lexical / best lexical score of the query + weight × cosine</pre>
 * with one weight for titles and one for long texts ({@link #withWeights}; {@code weight.title}/{@code weight.long}
 * in the model folder's {@value ModelFolder#SETTINGS}, or {@code --vector-weight}). The occupations nearest the text
 * by vector that the lexical signals did not find join the candidates ({@value #NEAREST}), with a lexical part of
 * zero. At weight 0 the ranking is the lexical one.
 *
 * <p>The occupations' vectors are computed at start-up and cached in the model folder, in a file named by the model's
 * hash and the occupations' texts, so a second start reads them; a read-only folder only costs the computation.
 * Thread-safe.
 */
public final class OccupationVectors {

    /** The system property naming the model folder; the environment variable {@value #ENV} is read when it is unset. */
    public static final String PROPERTY = "rekrut.matching.vectors";
    public static final String ENV = "REKRUT_MATCHING_VECTORS";
    /** Overrides both weights of the model folder's settings (environment: {@value #WEIGHT_ENV}). */
    public static final String WEIGHT_PROPERTY = "rekrut.matching.vectors.weight";
    public static final String WEIGHT_ENV = "REKRUT_MATCHING_VECTORS_WEIGHT";
    static final int NEAREST = 20;
    private static final int ENCODE_BATCH = 64;
    private static final System.Logger LOG = System.getLogger(OccupationVectors.class.getName());
    // One model and one set of occupation vectors per folder and ESCO data in a process, whatever the weights.
    private static final Map<String, Embedded> LOADED = new ConcurrentHashMap<>();

    /** An occupation and its fused score. */
    public record Scored(Occupation occupation, double score) {
    }

    private record Embedded(SentenceEncoder encoder, Occupation[] occupations, Map<String, Integer> index,
                            float[][] vectors) {
    }

    private final Embedded embedded;
    private final double titleWeight;
    private final double longWeight;

    private OccupationVectors(Embedded embedded, double titleWeight, double longWeight) {
        this.embedded = embedded;
        this.titleWeight = titleWeight;
        this.longWeight = longWeight;
    }

    /**
     * The occupations' vectors by the encoder, read from or written to the cache in {@code cacheDir} (null: not
     * cached).
     */
    public static OccupationVectors of(SentenceEncoder encoder, Esco esco, Path cacheDir, double titleWeight,
                                       double longWeight) {
        return new OccupationVectors(embed(encoder, esco, cacheDir), titleWeight, longWeight);
    }

    /** The model in the folder, with the weights of its settings unless {@code weight} overrides both. */
    public static OccupationVectors open(Path dir, Esco esco, Double weight) {
        ModelFolder folder = ModelFolder.read(dir);
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment", false, OccupationVectors.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // An optional dependency of the engine: the CLI jar carries it, a library user adds it when it wants vectors.
            throw new IllegalStateException("vectors: ONNX Runtime (com.microsoft.onnxruntime:onnxruntime) is not on "
                + "the class path");
        }
        String key = dir.toAbsolutePath().normalize() + "|" + textsHash(esco.occupations().stream().toList());
        Embedded e = LOADED.computeIfAbsent(key, k -> embed(OnnxSentenceEncoder.open(folder), esco, dir));
        return new OccupationVectors(e, weight != null ? weight : folder.titleWeight(),
            weight != null ? weight : folder.longWeight());
    }

    /**
     * The model the process is configured with: the folder in the system property {@value #PROPERTY} or the
     * environment variable {@value #ENV}; empty when neither is set, and the engine is lexical only.
     */
    public static Optional<OccupationVectors> configured(Esco esco) {
        String dir = setting(PROPERTY, ENV);
        if (dir == null) {
            return Optional.empty();
        }
        String w = setting(WEIGHT_PROPERTY, WEIGHT_ENV);
        Double weight;
        try {
            weight = w == null ? null : Double.valueOf(w.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vectors: the weight must be a number, not '" + w + "'");
        }
        return Optional.of(open(Path.of(dir), esco, weight));
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The same vectors with other weights: for tuning them. */
    public OccupationVectors withWeights(double title, double longText) {
        return new OccupationVectors(embedded, title, longText);
    }

    public double weight(boolean title) {
        return title ? titleWeight : longWeight;
    }

    public SentenceEncoder encoder() {
        return embedded.encoder();
    }

    /** The cosine similarity of the text to the occupation (0 for an occupation the vectors do not know). */
    public double similarity(float[] query, String occupationUri) {
        Integer i = embedded.index().get(occupationUri);
        return i == null ? 0 : SentenceEncoder.cosine(query, embedded.vectors()[i]);
    }

    /**
     * The lexical ranking of a text fused with the vector signal: {@code lexical[i]} is the fusion score of
     * {@code candidates.get(i)}. The {@code top} best, best first; ties keep the lexical order.
     */
    public List<Scored> fuse(String text, boolean title, List<Occupation> candidates, double[] lexical, int top) {
        double w = weight(title);
        float[] q = embedded.encoder().encode(text, SentenceEncoder.Kind.QUERY);
        double best = 0;
        for (double l : lexical) {
            best = Math.max(best, l);
        }
        double scale = best > 0 ? 1 / best : 1;
        var all = new ArrayList<Scored>(candidates.size() + NEAREST);
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < candidates.size(); i++) {
            Occupation o = candidates.get(i);
            seen.add(o.uri());
            all.add(new Scored(o, lexical[i] * scale + w * similarity(q, o.uri())));
        }
        for (int i : nearest(q, seen)) {
            all.add(new Scored(embedded.occupations()[i], w * SentenceEncoder.cosine(q, embedded.vectors()[i])));
        }
        // A stable sort: at equal scores the lexical order stands, so at weight 0 the ranking is the lexical one.
        all.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    /** The {@value #NEAREST} occupations most similar to the vector, leaving out those in {@code skip}. */
    private List<Integer> nearest(float[] q, java.util.Set<String> skip) {
        float[][] v = embedded.vectors();
        var heap = new java.util.PriorityQueue<double[]>((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < v.length; i++) {
            if (skip.contains(embedded.occupations()[i].uri())) {
                continue;
            }
            double c = SentenceEncoder.cosine(q, v[i]);
            if (heap.size() < NEAREST) {
                heap.add(new double[] {c, i});
            } else if (c > heap.peek()[0]) {
                heap.poll();
                heap.add(new double[] {c, i});
            }
        }
        return heap.stream().sorted((a, b) -> Double.compare(b[0], a[0])).map(a -> (int) a[1]).toList();
    }

    /** What an occupation's vector is computed from: its preferred labels in both languages and its description. */
    static String text(Occupation o) {
        var sb = new StringBuilder(o.labelEn());
        if (!o.labelDa().isBlank()) {
            sb.append(". ").append(o.labelDa());
        }
        if (!o.description().isBlank()) {
            sb.append(". ").append(o.description());
        }
        return sb.toString();
    }

    private static Embedded embed(SentenceEncoder encoder, Esco esco, Path cacheDir) {
        Occupation[] occs = esco.occupations().toArray(Occupation[]::new);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < occs.length; i++) {
            index.put(occs[i].uri(), i);
        }
        List<String> texts = java.util.Arrays.stream(occs).map(OccupationVectors::text).toList();
        Path cache = cacheDir == null ? null
            : cacheDir.resolve("occupations-" + encoder.id() + "-" + textsHash(List.of(occs)) + ".vectors");
        float[][] vectors = cache == null ? null : read(cache, occs.length, encoder.dimension());
        if (vectors == null) {
            LOG.log(System.Logger.Level.INFO, "vectors: embedding {0} occupations", occs.length);
            vectors = new float[occs.length][];
            for (int from = 0; from < occs.length; from += ENCODE_BATCH) {
                List<float[]> batch = encoder.encodeAll(texts.subList(from, Math.min(occs.length, from + ENCODE_BATCH)),
                    SentenceEncoder.Kind.PASSAGE);
                for (int i = 0; i < batch.size(); i++) {
                    vectors[from + i] = batch.get(i);
                }
            }
            if (cache != null) {
                write(cache, vectors);
            }
        }
        return new Embedded(encoder, occs, Map.copyOf(index), vectors);
    }

    private static String textsHash(List<Occupation> occs) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            for (Occupation o : occs) {
                md.update((o.uri() + "\n" + text(o) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[][] read(Path file, int n, int d) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != n || in.readInt() != d) {
                return null;
            }
            float[][] v = new float[n][d];
            for (float[] row : v) {
                for (int k = 0; k < d; k++) {
                    row[k] = in.readFloat();
                }
            }
            return v;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "vectors: ignoring the unreadable cache {0}: {1}", file, e.getMessage());
            return null;
        }
    }

    // Written beside and moved into place, so a reader never sees half a file.
    private static void write(Path file, float[][] vectors) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), "occupations", ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] row : vectors) {
                    for (float x : row) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "vectors: cannot cache the occupation vectors in {0}: {1}",
                file.getParent(), e.getMessage());
        }
    }
}
