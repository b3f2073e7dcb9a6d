package dk.rekrut.matching.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence-embedding model: a text to a fixed-length vector, L2-normalised, so the dot product of two vectors is
 * their cosine similarity. The engine needs none (its targets are reached with lexical signals alone); an operator may
 * supply one as files ({@link OnnxSentenceEncoder}), and {@link OccupationVectors} fuses its similarity with the
 * lexical signals. Implementations are thread-safe.
 */
public interface SentenceEncoder extends AutoCloseable {

    /** What the text is: models such as E5 embed a query and a passage with different prefixes. */
    enum Kind { QUERY, PASSAGE }

    /** The length of every vector. */
    int dimension();

    /**
     * Identifies the model and its settings (a hash of its files), so vectors computed by one model are never read as
     * another's: the occupation vectors' cache file is named by it.
     */
    String id();

    /** The unit-length vector of the text. */
    float[] encode(String text, Kind kind);

    /** As {@link #encode} for a query. */
    default float[] encode(String text) {
        return encode(text, Kind.QUERY);
    }

    /** The vectors of many texts, in order; implementations batch them. */
    default List<float[]> encodeAll(List<String> texts, Kind kind) {
        var out = new ArrayList<float[]>(texts.size());
        for (String t : texts) {
            out.add(encode(t, kind));
        }
        return out;
    }

    @Override
    default void close() {
    }

    /** The cosine similarity of two vectors of unit length (or zero). */
    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Divides the vector by its length in place; a zero vector stays zero. */
    static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
