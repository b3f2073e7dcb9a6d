package dk.rekrut.matching.esco;

/** An ISCO-08 group at level 1-4, with its parent's code ("" for a major group). */
public record IscoGroup(String code, int level, String labelEn, String labelDa, String parent) {

    public String label(Lang lang) {
        return lang == Lang.DA && !labelDa.isEmpty() ? labelDa : labelEn;
    }
}
