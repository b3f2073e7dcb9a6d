package dk.rekrut.matching.vector;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence-transformer exported to ONNX, run by ONNX Runtime from the files of a {@link ModelFolder}: BERT-style
 * inputs ({@code input_ids}, {@code attention_mask}, and {@code token_type_ids} when the model asks for them), the
 * token states ({@code last_hidden_state} or {@code token_embeddings}) mean-pooled over the attention mask (or the
 * {@code [CLS]} state), L2-normalised. A model that outputs {@code sentence_embedding} itself is taken at its word.
 * A text longer than the model's window is read in windows, pooled over all of them. Nothing is downloaded.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    // Windows per text: a CV's first pages say what it is; the rest would only cost time.
    private static final int MAX_WINDOWS = 8;
    // Windows per call of the model: padding to the longest costs less than one call per text.
    private static final int BATCH = 16;

    private final ModelFolder folder;
    private final WordPiece tokenizer;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String output;
    private final Set<String> inputs;
    private final int dimension;
    private final String id;

    private OnnxSentenceEncoder(ModelFolder folder) throws IOException, OrtException {
        this.folder = folder;
        this.tokenizer = folder.tokenizer();
        this.env = OrtEnvironment.getEnvironment();
        try (var options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(folder.model().toString(), options);
        }
        this.inputs = session.getInputNames();
        for (String in : inputs) {
            if (!in.equals("input_ids") && !in.equals("attention_mask") && !in.equals("token_type_ids")) {
                session.close();
                throw new IllegalArgumentException("vectors: " + folder.model() + " asks for an input '" + in
                    + "'; a BERT-style model takes input_ids, attention_mask and token_type_ids");
            }
        }
        if (!inputs.contains("input_ids")) {
            session.close();
            throw new IllegalArgumentException("vectors: " + folder.model() + " takes no input_ids");
        }
        Set<String> outputs = session.getOutputNames();
        this.output = outputs.contains("sentence_embedding") ? "sentence_embedding"
            : outputs.contains("last_hidden_state") ? "last_hidden_state"
            : outputs.contains("token_embeddings") ? "token_embeddings" : outputs.iterator().next();
        this.id = folder.hash();
        this.dimension = raw(List.of(new int[] {tokenizer.cls(), tokenizer.sep()})).get(0).length;
    }

    /** Loads the model in the folder; an unusable folder is an {@link IllegalArgumentException} saying why. */
    public static OnnxSentenceEncoder open(ModelFolder folder) {
        try {
            return new OnnxSentenceEncoder(folder);
        } catch (IOException | OrtException e) {
            throw new IllegalArgumentException("vectors: cannot load " + folder.model() + ": " + e.getMessage(), e);
        }
    }

    public ModelFolder folder() {
        return folder;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public float[] encode(String text, Kind kind) {
        return encodeAll(List.of(text), kind).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<String> texts, Kind kind) {
        String prefix = kind == Kind.QUERY ? folder.queryPrefix() : folder.passagePrefix();
        var windows = new ArrayList<int[]>();
        var owner = new ArrayList<Integer>();
        for (int t = 0; t < texts.size(); t++) {
            for (int[] w : windows(prefix + (texts.get(t) == null ? "" : texts.get(t)))) {
                windows.add(w);
                owner.add(t);
            }
        }
        var sums = new float[texts.size()][];
        for (int from = 0; from < windows.size(); from += BATCH) {
            List<float[]> pooled = raw(windows.subList(from, Math.min(windows.size(), from + BATCH)));
            for (int i = 0; i < pooled.size(); i++) {
                int t = owner.get(from + i);
                float[] v = pooled.get(i);
                if (sums[t] == null) {
                    sums[t] = v;
                } else {
                    for (int k = 0; k < v.length; k++) {
                        sums[t][k] += v[k];
                    }
                }
            }
        }
        var out = new ArrayList<float[]>(texts.size());
        for (float[] s : sums) {
            out.add(SentenceEncoder.normalise(s));
        }
        return out;
    }

    /** The text's ids in windows of the model's length, each framed {@code [CLS] … [SEP]}; at least one. */
    private List<int[]> windows(String text) {
        int[] ids = tokenizer.bareIds(text);
        int size = folder.maxTokens() - 2;
        var out = new ArrayList<int[]>();
        for (int from = 0; from == 0 || (from < ids.length && out.size() < MAX_WINDOWS); from += size) {
            int to = Math.min(ids.length, from + size);
            int[] w = new int[to - from + 2];
            w[0] = tokenizer.cls();
            System.arraycopy(ids, from, w, 1, to - from);
            w[w.length - 1] = tokenizer.sep();
            out.add(w);
        }
        return out;
    }

    /**
     * One call of the model on the windows, padded to the longest: per window the sum of its token states over the
     * attention mask divided by the window's tokens (mean pooling, not yet normalised), or its [CLS] state, or the
     * model's own sentence embedding. Padding is masked out, so a window's vector does not depend on its batch.
     */
    private List<float[]> raw(List<int[]> windows) {
        int len = windows.stream().mapToInt(w -> w.length).max().orElse(0);
        long[][] ids = new long[windows.size()][len];
        long[][] mask = new long[windows.size()][len];
        for (int i = 0; i < windows.size(); i++) {
            Arrays.fill(ids[i], tokenizer.pad());
            for (int j = 0; j < windows.get(i).length; j++) {
                ids[i][j] = windows.get(i)[j];
                mask[i][j] = 1;
            }
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(env, ids));
            if (inputs.contains("attention_mask")) {
                feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
            }
            if (inputs.contains("token_type_ids")) {
                feed.put("token_type_ids", OnnxTensor.createTensor(env, new long[windows.size()][len]));
            }
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                OnnxValue value = result.get(0);
                Object v = value.getValue();
                if (v instanceof float[][] sentences) {
                    return Arrays.asList(sentences);
                }
                if (v instanceof float[][][] states) {
                    return pool(states, mask);
                }
                throw new IllegalStateException("vectors: the model's output " + output + " is not a float tensor of "
                    + "rank 2 or 3");
            }
        } catch (OrtException e) {
            throw new IllegalStateException("vectors: the model failed: " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private List<float[]> pool(float[][][] states, long[][] mask) {
        var out = new ArrayList<float[]>(states.length);
        for (int i = 0; i < states.length; i++) {
            float[] v = new float[states[i][0].length];
            if (folder.clsPooling()) {
                System.arraycopy(states[i][0], 0, v, 0, v.length);
            } else {
                int n = 0;
                for (int j = 0; j < states[i].length; j++) {
                    if (mask[i][j] == 1) {
                        n++;
                        for (int k = 0; k < v.length; k++) {
                            v[k] += states[i][j][k];
                        }
                    }
                }
                for (int k = 0; k < v.length; k++) {
                    v[k] /= Math.max(1, n);
                }
            }
            out.add(v);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
