package dk.rekrut.matching.esco;

/**
 * An ISCO-08 group at level 1-4, with its parent's code ("" for a major group) and its English description (ILO's
 * text: tasks, examples, and for many unit groups the related occupations classified elsewhere, with their codes;
 * "" where the data has none).
 */
public record IscoGroup(String code, int level, String labelEn, String labelDa, String parent, String description) {

    /** Without a description. */
    public IscoGroup(String code, int level, String labelEn, String labelDa, String parent) {
        this(code, level, labelEn, labelDa, parent, "");
    }

    public String label(Lang lang) {
        return lang == Lang.DA && !labelDa.isEmpty() ? labelDa : labelEn;
    }
}
