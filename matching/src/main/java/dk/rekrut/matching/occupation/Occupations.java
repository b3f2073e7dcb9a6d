package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.occupation.Fusion.Feature;
import dk.rekrut.matching.vector.OccupationVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Text to ranked ESCO occupations. Two in-memory Lucene indexes: one document per label (English and Danish words,
 * stemmed, and their character n-grams), so a title meets its closest label rather than an occupation's whole list of
 * names; and one document per occupation with its description and its essential and optional skills' labels, for
 * long texts. Each candidate occupation gets the signals of {@link Feature}, which {@link Fusion} weighs into one
 * score, with one weight set for titles and one for long texts (fitted on development data, see {@link Fusion}).
 * Thread-safe once built.
 */
public final class Occupations implements OccupationRanker {

    /** A text of at most this many words (after "Jeg søger job som" is stripped) is a title. */
    static final int TITLE_WORDS = 8;
    private static final int LABEL_HITS = 100;
    private static final int GRAM_HITS = 200;
    private static final int OCCUPATION_HITS = 50;
    // Occupations counted per title phrase of a CV: the phrase's title ranking beyond these is noise.
    private static final int PHRASE_HITS = 10;
    // A CV phrase whose best match shares less than this with any label (words or n-grams) is not a job title.
    private static final double MIN_LIKE_LABEL = 0.35;
    private static final int MAX_QUERY_TERMS = ReferenceIndex.MAX_QUERY_TERMS;

    /** The candidates of one text and their signals, in {@link Feature} order: what {@link Fusion} weighs. */
    public record Candidates(boolean title, List<Occupation> occupations, List<float[]> features) {
    }

    private final Esco esco;
    private final Fusion fusion;
    private final Compounds compounds;
    private final Occupation[] byIndex;
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> preferred = new HashMap<>();
    private final float[] prior;
    private final Generality generality;
    private final TitleLanguage titleLanguage;
    // BM25 of the words against the labels' words, and against the occupations' fields.
    private final TermScores labels;
    // The labels scored by the number of shared terms (words, n-grams): for Jaccard and Dice.
    private final Overlap labelOverlap;
    private final int[] labelOccupation;
    private final int[] labelWordCount;
    private final int[] labelGramCount;
    private final int[] labelPreferred;
    private final TermScores occupations;
    private final int[] documentOccupation;
    // The optional sentence-vector signal (null: lexical only, the engine's targets are met without it).
    private final OccupationVectors vectors;

    /**
     * The shipped weights, and the sentence-vector model the process is configured with, if any
     * ({@link OccupationVectors#configured}: a system property or environment variable names its folder).
     */
    public Occupations(Esco esco) {
        this(esco, Fusion.shipped(), OccupationVectors.configured(esco).orElse(null));
    }

    /** With other weights and no vectors: for tuning them. */
    public Occupations(Esco esco, Fusion fusion) {
        this(esco, fusion, null);
    }

    /** With the weights and the vector signal given ({@code vectors} null: lexical only). */
    public Occupations(Esco esco, Fusion fusion, OccupationVectors vectors) {
        this.esco = esco;
        this.fusion = fusion;
        this.vectors = vectors;
        this.byIndex = esco.occupations().toArray(Occupation[]::new);
        this.prior = new float[byIndex.length];
        this.generality = new Generality(esco, byIndex);
        this.titleLanguage = new TitleLanguage(esco);
        this.compounds = new Compounds(esco.occupations().stream().flatMap(o -> o.labels(Lang.DA).stream()).toList());
        try {
            var labelDir = ReferenceIndex.directory();
            var occupationDir = ReferenceIndex.directory();
            try (var lw = writer(labelDir); var ow = writer(occupationDir)) {
                double maxNames = 1;
                for (int i = 0; i < byIndex.length; i++) {
                    Occupation o = byIndex[i];
                    for (String name : List.of(o.labelEn(), o.labelDa())) {
                        if (!name.isBlank()) {
                            preferred.computeIfAbsent(Analysis.key(name), k -> new ArrayList<>()).add(i);
                        }
                    }
                    indexLabels(lw, i, o.labels(Lang.EN), o.labelEn(), "en", Analysis.ENGLISH);
                    indexLabels(lw, i, o.labels(Lang.DA), o.labelDa(), "da", Analysis.DANISH);
                    ow.addDocument(occupationDocument(i, o));
                    prior[i] = (float) Math.log1p(o.labels(Lang.EN).size() + o.labels(Lang.DA).size());
                    maxNames = Math.max(maxNames, prior[i]);
                }
                for (int i = 0; i < prior.length; i++) {
                    prior[i] /= (float) maxNames;
                }
                lw.forceMerge(1);
                ow.forceMerge(1);
            }
            ReferenceIndex labelIndex = ReferenceIndex.open(labelDir);
            ReferenceIndex occupationIndex = ReferenceIndex.open(occupationDir);
            labels = labelIndex.scores(List.of("en", "da"));
            occupations = occupationIndex.scores(List.of("names_en", "names_da", "description", "skills", "optional"));
            labelOverlap = labelIndex.overlap(List.of("en", "da", "gram"));
            labelOccupation = labelIndex.storedInts("occ");
            labelWordCount = labelIndex.storedInts("words");
            labelGramCount = labelIndex.storedInts("grams");
            labelPreferred = labelIndex.storedInts("preferred");
            documentOccupation = occupationIndex.storedInts("occ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Merged to one segment, so a document id is global; merging may reorder, hence the stored numbers.

    /** A label or title as the exact-label lookup compares it: lower-case words, one space between. */
    public static String labelKey(String text) {
        return Analysis.key(text);
    }

    /** The plain BM25 baseline, for comparison in {@code evaluate}. */
    public static OccupationRanker baseline(Esco esco) {
        return new Bm25Baseline(esco);
    }

    public Esco esco() {
        return esco;
    }

    /**
     * The language of a text when none is given: a title's by ESCO's label words ({@link TitleLanguage}), since a
     * word counter takes most English titles for Danish; a long text's by its common words ({@link Lang#detect}).
     */
    public Lang language(String text) {
        String query = Titles.strip(text == null ? "" : text);
        return Analysis.words(query).size() <= TITLE_WORDS ? titleLanguage.of(query) : Lang.detect(text);
    }

    private static IndexWriter writer(ByteBuffersDirectory dir) throws IOException {
        return new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()));
    }

    private void indexLabels(IndexWriter w, int occ, List<String> names, String preferredName, String lang,
                             org.apache.lucene.analysis.Analyzer analyzer) throws IOException {
        for (String name : names) {
            exact.computeIfAbsent(Analysis.key(name), k -> new ArrayList<>()).add(occ);
            Set<String> terms = Analysis.termSet(analyzer, lang.equals("da") ? compounds.withParts(name) : name);
            var d = new Document();
            d.add(new StoredField("occ", occ));
            d.add(new StoredField("preferred", name.equals(preferredName) ? 1 : 0));
            d.add(new StoredField("words", terms.size()));
            d.add(new TextField(lang, String.join(" ", terms), Field.Store.NO));
            Set<String> grams = Analysis.grams(name);
            d.add(new StoredField("grams", grams.size()));
            d.add(new TextField("gram", String.join(" ", grams), Field.Store.NO));
            w.addDocument(d);
        }
    }

    private Document occupationDocument(int occ, Occupation o) {
        var d = new Document();
        d.add(new StoredField("occ", occ));
        d.add(new TextField("description", joined(o.description()), Field.Store.NO));
        d.add(new TextField("names_en", joined(String.join(" . ", o.labels(Lang.EN))), Field.Store.NO));
        d.add(new TextField("names_da", String.join(" ", Analysis.terms(Analysis.DANISH, compounds.withParts(
            String.join(" . ", o.labels(Lang.DA))))), Field.Store.NO));
        d.add(new TextField("skills", joined(skillLabels(esco.essentialSkills(o.uri()))), Field.Store.NO));
        d.add(new TextField("optional", joined(skillLabels(esco.optionalSkills(o.uri()))), Field.Store.NO));
        return d;
    }

    private String skillLabels(List<String> ids) {
        var sb = new StringBuilder();
        ids.forEach(id -> esco.skill(id).ifPresent(s -> sb.append(s.label()).append(" . ")));
        return sb.toString();
    }

    private static String joined(String text) {
        return String.join(" ", Analysis.terms(Analysis.ENGLISH, text));
    }

    /**
     * The {@code top} occupations for the text, best first; an empty or wordless text gives an empty list. The text
     * is read with both languages' analyzers whatever {@code lang} says: a short title's language cannot be detected
     * reliably ("software developer" looks Danish to a word counter) and Danish texts carry English job titles.
     */
    @Override
    public List<RankedOccupation> rank(String text, Lang lang, int top) {
        if (top <= 0) {
            return List.of();
        }
        Candidates c = candidates(text, lang);
        int n = c.occupations().size();
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            score[i] = fusion.score(c.title(), lang, c.features().get(i));
        }
        List<RankedOccupation> ranked;
        if (vectors != null && n > 0) {
            ranked = vectors.fuse(Titles.strip(text), c.title(), c.occupations(), score, n).stream()
                .map(s -> new RankedOccupation(s.occupation(), s.score())).toList();
        } else {
            java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            ranked = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ranked.add(new RankedOccupation(c.occupations().get(order[i]), score[order[i]]));
            }
        }
        // A licence category ("kat. C", "CE-kørekort", "HGV") says which driver group; ESCO's labels do not.
        ranked = LicenceCategories.favour(ranked, LicenceCategories.groups(text), r -> r.occupation().isco(),
            (item, slot) -> new RankedOccupation(item.occupation(), slot.score()));
        return List.copyOf(ranked.subList(0, Math.min(top, ranked.size())));
    }

    /** The candidate occupations for a text with their signals (unsorted): what {@link #rank} fuses. */
    public Candidates candidates(String text, Lang lang) {
        String query = Titles.strip(text == null ? "" : text);
        List<String> words = Analysis.words(query);
        if (words.isEmpty()) {
            return new Candidates(true, List.of(), List.of());
        }
        boolean title = words.size() <= TITLE_WORDS;
        Map<Integer, float[]> found = signals(query, title, lang);
        if (!title) {
            addCvTitles(text, found);
        }
        var occs = new ArrayList<Occupation>(found.size());
        var features = new ArrayList<float[]>(found.size());
        for (var e : found.entrySet()) {
            occs.add(byIndex[e.getKey()]);
            features.add(e.getValue());
        }
        return new Candidates(title, occs, features);
    }

    /** Every signal but {@link Feature#CV_TITLES} for each candidate occupation (by index) of a framing-free text. */
    private Map<Integer, float[]> signals(String query, boolean title, Lang lang) {
        String expanded = title ? Titles.withTrades(query) : query;
        // Without posting noise ("Senior", "(m/w/d)", "Urgent"): compared on its own like a part of a joined title.
        String cleaned = title ? Titles.clean(query) : query;
        List<String> segments = title ? Titles.segments(cleaned) : List.of();
        // A trainee's trade ("Optikerelev" → "Optiker"), named on its own.
        List<String> trades = title && !expanded.equals(query) ? List.of(expanded.substring(query.length()).strip())
            : List.of();
        // In a Danish long text, Danish function words hit English stems by accident ("har" as in harness).
        Set<String> english = Analysis.termSet(Analysis.ENGLISH,
            !title && lang == Lang.DA ? Analysis.withoutDanishStopWords(expanded) : expanded);
        Set<String> danish = Analysis.termSet(Analysis.DANISH, title ? compounds.withParts(expanded) : expanded);
        Map<Integer, float[]> found = new LinkedHashMap<>();
        try {
            searchLabels("en", english, Feature.LABEL_EN, found);
            searchLabels("da", danish, Feature.LABEL_DA, found);
            searchCover("en", english, title, found);
            searchCover("da", danish, title, found);
            if (title) {
                searchGrams(Analysis.grams(expanded), found);
                if (!cleaned.equals(query)) {
                    searchGrams(Analysis.grams(cleaned), found);
                }
                for (String segment : segments) {
                    searchGrams(Analysis.grams(segment), found);
                }
            }
            searchOccupations("names_en", english, Feature.NAMES_EN, found);
            searchOccupations("names_da", danish, Feature.NAMES_DA, found);
            searchOccupations("description", english, Feature.DESCRIPTION, found);
            searchOccupations("skills", english, Feature.SKILLS, found);
            searchOccupations("optional", english, Feature.OPTIONAL_SKILLS, found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (title) {
            for (int occ : exact.getOrDefault(Analysis.key(query), List.of())) {
                found.computeIfAbsent(occ, k -> new float[Fusion.SIZE])[Feature.EXACT.ordinal()] = 1;
            }
            for (int occ : preferred.getOrDefault(Analysis.key(query), List.of())) {
                found.computeIfAbsent(occ, k -> new float[Fusion.SIZE])[Feature.PREFERRED.ordinal()] = 1;
            }
            if (!cleaned.equals(query)) {
                namedPart(cleaned, found);
            }
            for (String segment : segments) {
                // One part of a joined title named exactly ("Sales Assistant - Penang"): almost the title itself.
                namedPart(segment, found);
            }
            for (String trade : trades) {
                // A trainee's trade named exactly ("Optikerelev" → optiker): almost as good as the title itself.
                namedPart(trade, found);
            }
        }
        normalise(found.values());
        for (var e : found.entrySet()) {
            e.getValue()[Feature.PRIOR.ordinal()] = prior[e.getKey()];
            generality.fill(e.getKey(), e.getValue());
        }
        return found;
    }

    /**
     * A part of the title (without posting noise, one part of a joined title, a trainee's trade) that is exactly a
     * label: {@link Feature#EXACT} 0.9, and {@link Feature#PREFERRED} 0.9 for the occupation whose main name it is.
     */
    private void namedPart(String part, Map<Integer, float[]> found) {
        String key = Analysis.key(part);
        for (int occ : exact.getOrDefault(key, List.of())) {
            float[] f = found.computeIfAbsent(occ, k -> new float[Fusion.SIZE]);
            f[Feature.EXACT.ordinal()] = Math.max(f[Feature.EXACT.ordinal()], 0.9f);
        }
        for (int occ : preferred.getOrDefault(key, List.of())) {
            float[] f = found.computeIfAbsent(occ, k -> new float[Fusion.SIZE]);
            f[Feature.PREFERRED.ordinal()] = Math.max(f[Feature.PREFERRED.ordinal()], 0.9f);
        }
    }

    /**
     * The CV-titles signal of a long text: each title phrase ({@link CvTitles}: headline, dated experience and
     * education lines, "arbejder som ...") ranked as a title, its best {@value #PHRASE_HITS} occupations counted by
     * the phrase's weight (recency), their title score relative to the phrase's best over their rank, and how closely the phrase's
     * best match resembles a label (squared): an employer or a town resembles none, so it counts little. Summed over
     * the phrases, so an occupation named in several places counts more, and divided by the text's best.
     */
    private void addCvTitles(String text, Map<Integer, float[]> found) {
        Map<Integer, Double> sum = new HashMap<>();
        for (CvTitles.Phrase p : CvTitles.extract(text)) {
            Map<Integer, float[]> phrase = signals(p.text(), true, Lang.DA);
            if (phrase.isEmpty()) {
                continue;
            }
            var ranked = new ArrayList<Map.Entry<Integer, Double>>(phrase.size());
            // The joint title weights, not the English vacancy-title ones: those were fitted on noisy vacancy titles
            // and ranked the English titled CVs lower (ISCO-4 accuracy@1 0.936 -> 0.906 on the report half).
            phrase.forEach((occ, f) -> ranked.add(Map.entry(occ, fusion.score(true, Lang.DA, f))));
            ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
            double best = ranked.get(0).getValue();
            if (best <= 0) {
                continue;
            }
            float[] top = phrase.get(ranked.get(0).getKey());
            double likeLabel = Math.max(top[Feature.EXACT.ordinal()],
                Math.max(top[Feature.GRAM_SIMILARITY.ordinal()], top[Feature.COVER.ordinal()]));
            if (likeLabel < MIN_LIKE_LABEL) {
                continue;
            }
            double weight = p.weight() * likeLabel;
            // Divided by the rank too: the runners-up of a title are its neighbours, and without the discount an
            // occupation near the top for several titles ("kok" for "køkkenchef" and "kok") beats each one's first.
            for (int r = 0; r < Math.min(PHRASE_HITS, ranked.size()); r++) {
                sum.merge(ranked.get(r).getKey(), weight * ranked.get(r).getValue() / best / (r + 1), Double::sum);
            }
        }
        double max = sum.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 0) {
            return;
        }
        sum.forEach((occ, s) -> {
            float[] f = found.get(occ);
            if (f == null) {
                f = new float[Fusion.SIZE];
                f[Feature.PRIOR.ordinal()] = prior[occ];
                generality.fill(occ, f);
                found.put(occ, f);
            }
            f[Feature.CV_TITLES.ordinal()] = (float) (s / max);
        });
    }

    private void searchLabels(String field, Set<String> terms, Feature feature, Map<Integer, float[]> found)
        throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : labels.top(field, terms, MAX_QUERY_TERMS, LABEL_HITS)) {
            float[] f = found.computeIfAbsent(labelOccupation[hit.doc], k -> new float[Fusion.SIZE]);
            f[feature.ordinal()] = Math.max(f[feature.ordinal()], hit.score);
        }
    }

    /**
     * Word overlap with the labels sharing most words with the text, best label per occupation: Jaccard for a title
     * (an exact or near-exact label scores 1), the share of the label's words found for a long text.
     */
    private void searchCover(String field, Set<String> terms, boolean title, Map<Integer, float[]> found)
        throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : labelOverlap.top(field, terms, MAX_QUERY_TERMS, LABEL_HITS)) {
            int words = labelWordCount[hit.doc];
            float cover = title ? hit.score / (words + Math.min(terms.size(), MAX_QUERY_TERMS) - hit.score)
                : hit.score / Math.max(1, words);
            float[] f = found.computeIfAbsent(labelOccupation[hit.doc], k -> new float[Fusion.SIZE]);
            f[Feature.COVER.ordinal()] = Math.max(f[Feature.COVER.ordinal()], cover);
        }
    }

    /** The Dice similarity of the text's n-grams to the labels sharing most of them, best label per occupation. */
    private void searchGrams(Set<String> grams, Map<Integer, float[]> found) throws IOException {
        if (grams.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : labelOverlap.top("gram", grams, MAX_QUERY_TERMS, GRAM_HITS)) {
            float dice = 2 * hit.score / (grams.size() + labelGramCount[hit.doc]);
            float[] f = found.computeIfAbsent(labelOccupation[hit.doc], k -> new float[Fusion.SIZE]);
            f[Feature.GRAM_SIMILARITY.ordinal()] = Math.max(f[Feature.GRAM_SIMILARITY.ordinal()], dice);
            if (labelPreferred[hit.doc] == 1) {
                f[Feature.GRAM_PREFERRED.ordinal()] = Math.max(f[Feature.GRAM_PREFERRED.ordinal()], dice);
            }
        }
    }

    private void searchOccupations(String field, Set<String> terms, Feature feature, Map<Integer, float[]> found)
        throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : occupations.top(field, terms, MAX_QUERY_TERMS, OCCUPATION_HITS)) {
            found.computeIfAbsent(documentOccupation[hit.doc], k -> new float[Fusion.SIZE])[feature.ordinal()] = hit.score;
        }
    }

    /** Each BM25 signal divided by its best value for this text, so the weights compare like with like. */
    private static void normalise(Collection<float[]> all) {
        for (Feature f : List.of(Feature.LABEL_EN, Feature.LABEL_DA, Feature.NAMES_EN, Feature.NAMES_DA,
            Feature.DESCRIPTION, Feature.SKILLS, Feature.OPTIONAL_SKILLS)) {
            float max = 0;
            for (float[] v : all) {
                max = Math.max(max, v[f.ordinal()]);
            }
            if (max > 0) {
                for (float[] v : all) {
                    v[f.ordinal()] /= max;
                }
            }
        }
    }

}
