package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Lang;
import java.util.Set;

/**
 * One development query for the occupation tasks: a text in a language, the ESCO occupations that count as right and
 * their ISCO-4 groups, whether the text is literally one of ESCO's Danish labels, and the half it belongs to.
 */
public record OccupationQuery(String id, String text, Lang lang, Set<String> gold, Set<String> goldIsco,
                              boolean literal, Half half) {

    /**
     * Development rows are split in two by a stable hash of a key (the title, the STAR code, the CV's number): the
     * fusion weights are fitted on {@link #TUNE} and the figures reported on {@link #REPORT}, never on the same rows.
     */
    public enum Half {
        TUNE, REPORT;

        public static Half of(String key) {
            int h = key.hashCode() * 0x9E3779B1;
            return ((h ^ (h >>> 15)) & 1) == 0 ? TUNE : REPORT;
        }
    }
}
