package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/**
 * How the engine weighs its signals ({@link Feature}) into one score: one weight set for titles (a few words; Danish
 * titles and the job titles a CV names), one for English vacancy titles and one for long texts (a CV, a posting). The shipped weights ({@code fusion.properties}
 * beside this class) were fitted on the tuning half of the development data by {@code TuneFusion}; the file says how
 * to run it again. A weight may be negative (the English title set is fitted by a listwise model). English titles
 * also weigh each product of two signals ({@code titleEnPairs}, in {@link #withPairs} order): whether a signal counts
 * depends on the others ("the title is a label" means more when the label is short and general), which a sum of the
 * signals alone cannot say.
 */
public record Fusion(double[] title, double[] titleEn, double[] longText, double[] titleEnPairs) {

    /** One signal per candidate occupation, each in [0, 1] (the BM25 ones divided by the query's best). */
    public enum Feature {
        /** The text (framing stripped) is one of the occupation's labels, either language, after normalisation. */
        EXACT,
        /** The text is the occupation's preferred label in either language (ESCO's main name, not an alternative). */
        PREFERRED,
        /** BM25 of the text's English-stemmed words against the occupation's best English label. */
        LABEL_EN,
        /** BM25 of the text's Danish-stemmed words against the occupation's best Danish label. */
        LABEL_DA,
        /** BM25 against all the occupation's English labels as one text (the baseline's label signal). */
        NAMES_EN,
        /** BM25 against all the occupation's Danish labels as one text. */
        NAMES_DA,
        /**
         * Character 3/4-gram similarity (Dice) of a title to the occupation's closest label in either language
         * (titles only): a compound or an inflection close to a label ({@code lagerarbejdere},
         * {@code lagermedarbejder}) scores high.
         */
        GRAM_SIMILARITY,
        /** Word overlap with the best label: Jaccard for a title, the share of the label's words for a long text. */
        COVER,
        /** BM25 against the occupation's English description. */
        DESCRIPTION,
        /** BM25 against the labels of the occupation's essential skills. */
        SKILLS,
        /** BM25 against the labels of the occupation's optional skills. */
        OPTIONAL_SKILLS,
        /** How many labels the occupation has (log, scaled to [0, 1]): common occupations have many names. */
        PRIOR,
        /**
         * Long texts only: the occupation as the job titles the text names (headline, dated experience and education
         * lines, "arbejder som ...") rank it, weighed by recency; see {@code Occupations.addCvTitles}.
         */
        CV_TITLES,
        /**
         * Titles: character n-gram similarity (as {@link #GRAM_SIMILARITY}) to the occupation's preferred label in
         * either language, not to its alternative or hidden ones. Many occupations list another's name among their
         * alternative labels; the one whose main name the title resembles is more often the employer's choice.
         */
        GRAM_PREFERRED,
        /** How many narrower occupations ESCO files under the occupation (log, scaled to [0, 1]); see {@code Generality}. */
        NARROWER,
        /** 1 when ESCO files no narrower occupation under the occupation. */
        NO_NARROWER,
        /** How many occupations stand above it in ESCO's hierarchy (0 to 3, scaled to [0, 1]). */
        DEPTH,
        /** How many essential skills ESCO lists for it (log, scaled to [0, 1]). */
        SKILL_COUNT,
        /** One over the number of words of its English preferred label: "cook" 1, "head of kitchen" 1/3. */
        SHORT_NAME
    }

    public static final int SIZE = Feature.values().length;
    /** The products of two signals (each pair once, a signal with itself too). */
    public static final int PAIRS = SIZE * (SIZE + 1) / 2;

    public Fusion {
        if (title.length != SIZE || titleEn.length != SIZE || longText.length != SIZE || titleEnPairs.length != PAIRS) {
            throw new IllegalArgumentException("a fusion needs " + SIZE + " weights per mode and " + PAIRS + " pairs");
        }
        title = title.clone();
        titleEn = titleEn.clone();
        longText = longText.clone();
        titleEnPairs = titleEnPairs.clone();
    }

    /** Without weights for the products of signals. */
    public Fusion(double[] title, double[] titleEn, double[] longText) {
        this(title, titleEn, longText, new double[PAIRS]);
    }

    /**
     * The score of a candidate: the weighted sum of its signals by the mode's weights; an English title ({@code lang}
     * EN) by the English title weights plus the weighted products of its signals, unless it names the occupation's
     * preferred label ({@link Feature#PREFERRED}).
     */
    public double score(boolean isTitle, Lang lang, float[] features) {
        boolean english = isTitle && lang == Lang.EN;
        double[] w = !isTitle ? longText : english ? titleEn : title;
        double s = 0;
        for (int i = 0; i < SIZE; i++) {
            s += w[i] * features[i];
        }
        // A title that is (or has a part that is) the occupation's preferred label is scored by the signals alone:
        // the products, fitted on vacancy titles that rarely are one, outweighed PREFERRED for an occupation with
        // narrower ones ("Accountant" ranked accountant below the first 60).
        if (english && features[Feature.PREFERRED.ordinal()] == 0) {
            int p = 0;
            for (int i = 0; i < SIZE; i++) {
                double fi = features[i];
                if (fi == 0) {
                    p += SIZE - i;
                    continue;
                }
                for (int j = i; j < SIZE; j++) {
                    s += titleEnPairs[p++] * fi * features[j];
                }
            }
        }
        return s;
    }

    /**
     * The signals followed by the products of each pair ({@code i <= j}, by {@code i} then {@code j}): the order of
     * {@code titleEnPairs}, for fitting them.
     */
    public static float[] withPairs(float[] features) {
        float[] out = java.util.Arrays.copyOf(features, SIZE + PAIRS);
        int p = SIZE;
        for (int i = 0; i < SIZE; i++) {
            for (int j = i; j < SIZE; j++) {
                out[p++] = features[i] * features[j];
            }
        }
        return out;
    }

    /** The weights shipped in the jar. */
    public static Fusion shipped() {
        var p = new Properties();
        try (InputStream in = Fusion.class.getResourceAsStream("fusion.properties")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks dk/rekrut/matching/occupation/fusion.properties");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fusion(read(p, "title"), read(p, "title.en"), read(p, "long"), readPairs(p));
    }

    // Only the pairs with a weight are listed ("title.en.pair.EXACT.PRIOR=1.2"); the others weigh 0.
    private static double[] readPairs(Properties p) {
        double[] w = new double[PAIRS];
        int k = 0;
        for (Feature a : Feature.values()) {
            for (int j = a.ordinal(); j < SIZE; j++) {
                String v = p.getProperty(pairKey(a, Feature.values()[j]));
                w[k++] = v == null ? 0 : Double.parseDouble(v.strip());
            }
        }
        return w;
    }

    private static String pairKey(Feature a, Feature b) {
        return "title.en.pair." + a.name() + "." + b.name();
    }

    private static double[] read(Properties p, String mode) {
        double[] w = new double[SIZE];
        for (Feature f : Feature.values()) {
            String v = p.getProperty(mode + "." + f.name());
            if (v == null) {
                throw new IllegalStateException("fusion.properties lacks " + mode + "." + f.name());
            }
            w[f.ordinal()] = Double.parseDouble(v.strip());
        }
        return w;
    }

    /** The weights in the properties format {@link #shipped()} reads. */
    public String toProperties() {
        var sb = new StringBuilder();
        for (Feature f : Feature.values()) {
            sb.append("title.").append(f.name()).append('=').append(title[f.ordinal()]).append('\n');
        }
        for (Feature f : Feature.values()) {
            sb.append("title.en.").append(f.name()).append('=').append(titleEn[f.ordinal()]).append('\n');
        }
        int k = 0;
        for (Feature a : Feature.values()) {
            for (int j = a.ordinal(); j < SIZE; j++, k++) {
                if (titleEnPairs[k] != 0) {
                    sb.append(pairKey(a, Feature.values()[j])).append('=').append(titleEnPairs[k]).append('\n');
                }
            }
        }
        for (Feature f : Feature.values()) {
            sb.append("long.").append(f.name()).append('=').append(longText[f.ordinal()]).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fusion f && Arrays.equals(title, f.title) && Arrays.equals(titleEn, f.titleEn)
            && Arrays.equals(longText, f.longText) && Arrays.equals(titleEnPairs, f.titleEnPairs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(title) + Arrays.hashCode(titleEn)) + Arrays.hashCode(longText))
            + Arrays.hashCode(titleEnPairs);
    }

    @Override
    public String toString() {
        return "Fusion" + Arrays.toString(title) + Arrays.toString(titleEn) + Arrays.toString(longText)
            + Arrays.toString(titleEnPairs);
    }
}
