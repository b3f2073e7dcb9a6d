package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Lang;
import java.util.List;

/**
 * A citizen's profile as the job consultant gives it: the CV's text, the occupations the citizen wishes for (free
 * text, e.g. "sygeplejerske"), the home postcode and the longest commute in km (both optional: without a postcode
 * the whole country is searched), how many postings to return, and the language ({@code null}: detected from the CV).
 */
public record Profile(String cv, List<String> wishes, String postcode, Double maxKm, int top, Lang lang) {

    /** The commute radius when a postcode is given without one; Jobnet's Automatch asks for one, we assume 40 km. */
    public static final double DEFAULT_MAX_KM = 40;
    /** Bounds that keep one request from costing what a thousand would: postings asked for, wishes given. */
    public static final int MAX_TOP = 1000;
    public static final int MAX_WISHES = 20;

    public Profile {
        wishes = wishes == null ? List.of() : wishes.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
        if (cv == null || cv.isBlank()) {
            throw new BadProfileException("the CV is empty");
        }
        if (top <= 0 || top > MAX_TOP) {
            throw new BadProfileException("top must be a whole number from 1 to " + MAX_TOP);
        }
        if (wishes.size() > MAX_WISHES) {
            throw new BadProfileException("at most " + MAX_WISHES + " wishes");
        }
        if (maxKm != null && !(maxKm > 0 && maxKm < 20_000)) {
            throw new BadProfileException("the maximum commute must be a positive number of km, not " + maxKm);
        }
        if (maxKm != null && (postcode == null || postcode.isBlank())) {
            throw new BadProfileException("a maximum commute needs a home postcode");
        }
    }

    public Lang language() {
        return lang != null ? lang : Lang.detect(cv);
    }
}
