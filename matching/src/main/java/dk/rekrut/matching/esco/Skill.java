package dk.rekrut.matching.esco;

import java.util.List;

/**
 * A skill or knowledge concept linked to at least one occupation. {@code id} is stable within one data set (the
 * shipped subset uses local {@code S#####} ids because its links carry labels, not URIs; the official download uses
 * the ESCO URI). {@code uri} and the alternative labels are empty where the data does not have them.
 */
public record Skill(String id, String label, String uri, String type, List<String> altLabels,
                    int essentialFor, int linkedTo) {

    public Skill {
        altLabels = List.copyOf(altLabels);
    }
}
