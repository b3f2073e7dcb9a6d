package dk.rekrut.matching.esco;

import java.util.List;

/**
 * A skill or knowledge concept linked to at least one occupation. {@code id} is stable within one data set (the
 * shipped subset uses local {@code S#####} ids because its links carry labels, not URIs; the official download uses
 * the ESCO URI). {@code uri}, the alternative labels and the Danish labels are empty where the data does not have
 * them (the shipped subset has no Danish skill labels; the official download has).
 */
public record Skill(String id, String label, String uri, String type, List<String> altLabels,
                    int essentialFor, int linkedTo, String labelDa, List<String> altLabelsDa) {

    public Skill {
        altLabels = List.copyOf(altLabels);
        altLabelsDa = List.copyOf(altLabelsDa);
    }

    /** A skill without Danish labels. */
    public Skill(String id, String label, String uri, String type, List<String> altLabels, int essentialFor,
                 int linkedTo) {
        this(id, label, uri, type, altLabels, essentialFor, linkedTo, "", List.of());
    }
}
