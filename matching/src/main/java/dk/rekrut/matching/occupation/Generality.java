package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.occupation.Fusion.Feature;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How general an occupation is in ESCO, from its place in the hierarchy and its size alone (no figures from any
 * evaluation set): employers name the general occupation more often than a narrow one, and a title rarely says which.
 * The values fill {@link Feature#NARROWER}, {@link Feature#NO_NARROWER}, {@link Feature#DEPTH},
 * {@link Feature#SKILL_COUNT} and {@link Feature#SHORT_NAME}, each in [0, 1].
 */
final class Generality {

    private static final Feature[] FEATURES = {
        Feature.NARROWER, Feature.NO_NARROWER, Feature.DEPTH, Feature.SKILL_COUNT, Feature.SHORT_NAME};

    private final float[][] values;

    Generality(Esco esco, Occupation[] byIndex) {
        Set<String> occupationUris = esco.occupations().stream().map(Occupation::uri).collect(Collectors.toSet());
        Map<String, Integer> narrower = new HashMap<>();
        for (Occupation o : byIndex) {
            esco.broader(o.uri()).filter(occupationUris::contains).ifPresent(b -> narrower.merge(b, 1, Integer::sum));
        }
        values = new float[byIndex.length][];
        for (int i = 0; i < byIndex.length; i++) {
            Occupation o = byIndex[i];
            int below = narrower.getOrDefault(o.uri(), 0);
            int depth = 0;
            // The broader chain of an occupation ends in its ISCO group, which does not count as a level here.
            for (String u = o.uri(); depth < 3; depth++) {
                var up = esco.broader(u).filter(occupationUris::contains);
                if (up.isEmpty()) {
                    break;
                }
                u = up.get();
            }
            int nameWords = Math.max(1, Analysis.words(o.labelEn()).size());
            values[i] = new float[] {
                (float) Math.min(1, Math.log1p(below) / 3),
                below == 0 ? 1 : 0,
                depth / 3f,
                (float) Math.min(1, Math.log1p(esco.essentialSkills(o.uri()).size()) / 4),
                1f / nameWords};
        }
    }

    /** Writes the occupation's generality signals into a candidate's signal vector. */
    void fill(int occupation, float[] features) {
        for (int k = 0; k < FEATURES.length; k++) {
            features[FEATURES[k].ordinal()] = values[occupation][k];
        }
    }
}
