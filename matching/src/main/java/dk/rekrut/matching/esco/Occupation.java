package dk.rekrut.matching.esco;

import java.util.List;

/**
 * An ESCO occupation: its URI, ESCO code (e.g. {@code 2221.1}), ISCO-08 unit group ({@code "2221"}), labels in
 * English and Danish (Danish may be missing for occupations added after ESCO 1.0.8) and the English description.
 */
public record Occupation(String uri, String code, String isco, String labelEn, List<String> altLabelsEn,
                         List<String> hiddenLabelsEn, String description, String labelDa, List<String> altLabelsDa) {

    public Occupation {
        altLabelsEn = List.copyOf(altLabelsEn);
        hiddenLabelsEn = List.copyOf(hiddenLabelsEn);
        altLabelsDa = List.copyOf(altLabelsDa);
    }

    /** The preferred label in the language, falling back to English where ESCO has no Danish one. */
    public String label(Lang lang) {
        return lang == Lang.DA && !labelDa.isEmpty() ? labelDa : labelEn;
    }

    /** Preferred and alternative labels in the language (hidden English labels included for English). */
    public List<String> labels(Lang lang) {
        if (lang == Lang.DA) {
            return labelDa.isEmpty() ? altLabelsDa : Tsv.distinct(concat(List.of(labelDa), altLabelsDa));
        }
        return Tsv.distinct(concat(concat(List.of(labelEn), altLabelsEn), hiddenLabelsEn));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
